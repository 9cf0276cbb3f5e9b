/**
 * Place codes the PII detectors need to tell a location from an ordinary word-and-number:
 * "around ls6" is a part of Leeds, "in yr7" is a school year. Data, not patterns.
 */

/** UK postcode areas (the letters of an outward code: LS, NG, B, RM …). */
export const UK_POSTCODE_AREAS: ReadonlySet<string> = new Set(
  ("ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex fk fy g gl gu " +
    "gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe " +
    "ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv " +
    "yo ze").split(" "),
);

/** US state abbreviations, for "Marcus Johnson, Tulsa OK". */
export const US_STATES: ReadonlySet<string> = new Set(
  ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC " +
    "SD TN TX UT VT VA WA WV WI WY DC").split(" "),
);
