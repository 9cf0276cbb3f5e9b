/**
 * PII detectors: identifying details about anyone (SAFEGUARDING.md section 2, `pii`).
 *
 * These run on a same-length folding of the original text (full-width digits,
 * look-alike letters and invisible characters undone; characters.ts), so the
 * spans they return are offsets into the ORIGINAL text. A fixed, small set of
 * regular expressions without nested quantifiers over the same characters:
 * their cost is linear in the text and independent of how many rules exist.
 */
import { foldSameLength } from "./characters.ts";
import { emailNamesSomeone, findFullNames, isTitledSurname, TITLED_SURNAME } from "./pii-names.ts";
import { UK_POSTCODE_AREAS, US_STATES } from "./pii-places.ts";
import type { PiiType } from "./types.ts";

export interface PiiMatch {
  type: PiiType;
  start: number;
  end: number;
}

/**
 * UK phone numbers: mobiles (07…) and landlines (01…, 02…), with +44 / 0044,
 * any spacing, dots, dashes or brackets, and digits spaced out one by one
 * ("0 7 7 0 0 9 0 0 3 2 1"). Freephone and service numbers (0800, 0808,
 * 116 123, 999) are signposting, not someone's details, so they are not flagged.
 */
const PHONE = /(?<![\d+])(?:(?:\+|00)\s?44[\s.\-]*(?:\(\s?0\s?\)[\s.\-]*)?|\(?0)[\s.\-–—]?([127])(?:[\s.\-–—()/]{0,3}\d){8,9}(?![\d])/g;

/** A phone number read out in words: "oh seven seven zero zero nine zero zero one two three". */
const DIGIT_WORD = "(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble)";
const PHONE_WORDS = new RegExp(`\\b(?:zero|oh|o|nought)(?:[\\s,.\\-]+${DIGIT_WORD}){8,13}\\b`, "gi");

/**
 * A number written in a mix of digits and words, as people dictate it: "07700 nine double oh
 * 8 4 3", "oh seven seven double oh, nine hundred, five six one", "077OO 9OO 3O5". Read as a run
 * of digit groups, digit words, "double"/"triple" and "hundred", then counted: 10–11 digits
 * starting 0 (or 9–10 starting 7, the 0 left out) is a UK number. 08… and 116… are services.
 * The same run read as a North American number: "(213) 555-0148", "+1 312 555 0199",
 * "9 1 7 - 5 5 8 - 2 0 4 6", "six one nine, four four two, oh one seven three".
 */
/** A piece is digits and digit words run together or alone: "07seven00", "zero7", "two1two", "then" (a pause). */
const PHONE_PIECE = "(?:[0-9oO]*[0-9][0-9oO]*|then|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|nought|double|triple|treble|hundred|o|[0-9])+)";
/** Country codes people write before a number: UK, North America, Ireland, Australia. */
const PHONE_COUNTRY = "44|four\\s+four|1|one|353|three\\s+five\\s+three|61|six\\s+one";
const PHONE_MIXED = new RegExp(`(?<![\\w+])(?:(?:\\+\\s?|plus\\s+)(?:${PHONE_COUNTRY})[\\s.\\-]*)?\\(?${PHONE_PIECE}(?:[\\s,.\\-/()…—–]{1,5}${PHONE_PIECE}){2,14}(?![\\w])`, "gi");
const PHONE_PREFIX = new RegExp(`^(?:\\+\\s?|plus\\s+)(${PHONE_COUNTRY})[\\s.\\-]*`, "i");
/** "wa.me/447700900222", "wa dot me slash 447700900123": a WhatsApp link is a phone number. */
const WA_ME = /\bwa(?:\.|\s+dot\s+)me\s*(?:\/|\bslash\b)\s*\+?(\d{10,13})\b/gi;
const DICTATED_TOKEN = /double|triple|treble|hundred|then|zero|oh|one|two|three|four|five|six|seven|eight|nine|nought|o|\d/g;
/** Words that say a number is for reaching someone: "call me", "my cell", "hit my line". */
const CONTACT_CUE = /\b(?:call|calling|ring|text|txt|texts|message|msg|cell|phone|mobile|number|numbers|num|digits|line|hmu|whatsapp|facetime|contact|reach)\b/i;
const WORD_DIGIT: Readonly<Record<string, string>> = {
  zero: "0", oh: "0", o: "0", nought: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};

/**
 * The digits a run stands for ("double oh" → "00", "nine hundred" → "900") and how many of its
 * pieces were words, or null if it isn't a number.
 */
function dictatedDigits(run: string): { digits: string; words: number } | null {
  let digits = "";
  let repeat = 1;
  let words = 0;
  for (const piece of run.toLowerCase().split(/[\s,.\-/()…—–]+/)) {
    if (piece === "") continue;
    if (piece === "double" || piece === "triple" || piece === "treble") {
      repeat = piece === "double" ? 2 : 3;
      words++;
      continue;
    }
    if (piece === "hundred") {
      digits += "00";
      words++;
      continue;
    }
    const d = WORD_DIGIT[piece] ?? (/^[0-9o]+$/.test(piece) ? piece.replace(/o/g, "0") : null);
    if (d !== null) {
      if (WORD_DIGIT[piece] !== undefined || /o/.test(piece)) words++;
      digits += d.repeat(repeat);
      repeat = 1;
      continue;
    }
    // Digits and words run together: "07seven00", "zero7", "4five6".
    const tokens = piece.match(DICTATED_TOKEN);
    if (tokens === null || tokens.join("") !== piece) return null;
    for (const t of tokens) {
      if (t === "then") continue;
      if (t === "double" || t === "triple" || t === "treble") {
        repeat = t === "double" ? 2 : 3;
        continue;
      }
      if (t === "hundred") {
        digits += "00";
        continue;
      }
      digits += (WORD_DIGIT[t] ?? t).repeat(repeat);
      repeat = 1;
    }
    words++;
  }
  return digits === "" ? null : { digits, words };
}

/** Digit groups as written: "(213) 555-0148" → [3, 3, 4]; single digits spaced out count as one group. */
function groupLengths(run: string): number[] {
  const bySeparator = run.split(/[,.\-/()…—–]+|\s{2,}/).map((g) => g.replace(/\D/g, "").length).filter((n) => n > 0);
  if (bySeparator.length > 1) return bySeparator;
  return run.split(/\s+/).map((g) => g.replace(/\D/g, "").length).filter((n) => n > 0);
}

/**
 * A North American number: ten digits with an area code and exchange that don't start 0 or 1
 * (a leading 1 allowed), written in the 3-3-4 shape, dictated in words, or after a contact cue;
 * seven digits (a local number) only when dictated or grouped 3-4 after a contact cue.
 */
function isNorthAmericanNumber(run: string, read: { digits: string; words: number }, cued: boolean): boolean {
  const groups = groupLengths(run).join(",");
  let d = read.digits;
  if (d.length === 11 && d.startsWith("1")) d = d.slice(1);
  if (/^8(?:00|88|77|66|55|44|33)/.test(d)) return false; // toll-free: helplines and businesses
  if (d.length === 10) return /^[2-9]\d\d[2-9]/.test(d) && (read.words > 0 || cued || /^(?:1,)?3,3,4$/.test(groups));
  if (d.length === 7) return cued && /^[2-9]/.test(d) && (read.words > 0 || groups === "3,4");
  return false;
}

function isUkNumber(digits: string): boolean {
  if (digits.startsWith("08") || digits.startsWith("116") || digits.startsWith("999")) return false;
  if (digits.startsWith("0")) return digits.length >= 10 && digits.length <= 11 && /^0[127]/.test(digits);
  return digits.startsWith("7") && digits.length === 10;
}

/** An Irish mobile (083, 085, 086, 087, 089 and seven digits) or an Australian one (04 and eight). */
function isIrishOrAustralianMobile(digits: string): boolean {
  return /^08[35679]\d{7}$/.test(digits) || /^04\d{8}$/.test(digits);
}

/** Plain emails, and emails spelt out: "sam dot t at gmail dot com", "sam [at] hotmail (dot) co (dot) uk". */
const EMAIL = /[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}/gi;
const EMAIL_SPELT =
  /\b[a-z0-9][a-z0-9._\-]*(?:\s*[[(]?\s*dot\s*[\])]?\s*[a-z0-9_\-]+)*\s*[[(]?\s*(?:at|@)\s*[\])]?\s*(?:gmail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmail|proton|sky|me|mail|googlemail|msn)\s*[[(]?\s*(?:dot|\.)\s*[\])]?\s*(?:com|co|net|org|uk|me)(?:\s*[[(]?\s*(?:dot|\.)\s*[\])]?\s*(?:uk|com))?\b/gi;

/** "jamie[at]hillcrest-sixthform[dot]org", "k.patel22 at eastwoodhigh dot org dot uk": any domain, spelt out. */
const EMAIL_SPELT_ANY =
  /\b[a-z0-9][a-z0-9._\-]*\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[a-z0-9][a-z0-9\-]*(?:\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*[a-z0-9\-]+)*\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:com|co|org|net|uk|edu|sch|ac|me|io|pl|ie|de|fr|es|nl|au|ca|gov)\b(?:\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:uk|com|org|au))*/gi;
/**
 * An email read out with the provider but no ending: "jakewilliams08 at outlook", "ella (dot) m (dot)
 * revises (at) outlook", "chloe underscore b 2011 at gmail", "freddie_plays at hotmail co uk". The
 * part before "at" must look like an address (a digit, dot, underscore or spelt "dot"/"underscore")
 * or follow an email cue, so "we met at outlook" is not one.
 */
const EMAIL_PROVIDER_ONLY =
  /\b([a-z0-9][a-z0-9._\-]*(?:\s*[[(]?\s*(?:dot|underscore)\s*[\])]?\s*[a-z0-9][a-z0-9._\-]*|\s+\d{1,4}\b){0,6})\s*(?:[[(]\s*at\s*[\])]|\sat|@)\s+(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|aol|btinternet|ymail|wp|bigpond)\b(?:\s*[[(]?\s*(?:dot|\.)?\s*[\])]?\s*(?:com|co|uk|pl|net|au)\b){0,3}/gi;
/** "gmail is gamerbro2011", "my email's tara_w09": an address named after an email cue. */
const EMAIL_CUED = /\b(?:gmail|hotmail|e-?mail|email address)(?:['’]s|\s+is|\s*:)\s+([a-z0-9][a-z0-9._\-]*[0-9._][a-z0-9._\-]*)\b(?!\s*(?:at|@|\[at\]|\(at\)))/gi;
const EMAIL_CUE_BEFORE = /\b(?:e-?mail|gmail|mail|hotmail|outlook)\b/i;
/** A website spelt out: "stmatthewsacademy dot co dot uk". */
const URL_SPELT = /\b[a-z0-9][a-z0-9\-]{2,}\s+dot\s+(?:com|co\s+dot\s+uk|org\s+dot\s+uk|org|net|uk|tv|gg|io|me|xyz|ly|link|site|online|app|live|club|shop)\b(?:\s+slash\s+[a-z0-9_\-]+)?/gi;
/** A link with spaces round its dot, as people write to get past filters: "disc . gg / appgrind", "bit . ly/abc". */
const URL_SPACED = /\b[a-z0-9][a-z0-9\-]{1,}\s*\.\s+(?:gg|ly|com|tv|io|me|xyz|link)\s*\/\s*[a-z0-9_\-]+|\b[a-z0-9][a-z0-9\-]{1,}\s+\.\s*(?:gg|ly|com|tv|io|me|xyz|link)\s*\/\s*[a-z0-9_\-]+/gi;

/**
 * A link read out with "slash" or spaced slashes: "discord gg slash hxhfam22", "bit ly / romaniUK",
 * "yt dot com forward slash c forward slash TinyTurnipGames", "youtube slash at brothersofnoor",
 * "chat whatsapp com / invite / Kx82Lm". A platform alone before the path needs the word "slash".
 */
const URL_SLASHED =
  /\b(?:[a-z0-9][a-z0-9\-]*(?:\s*(?:\.|\bdot\b)\s*[a-z0-9\-]+)*(?:\s*(?:\.|\bdot\b)\s*(?:com|gg|ly|tv|me|ee|org|net|co|io|link|uk|gle)|\s+(?:gg|ly|com))(?:\s*(?:\.|\bdot\b)\s*uk)?\s*(?:\/|\b(?:forward\s+)?slash\b)|(?:youtube|yt|ttv|twitch|tiktok|insta|instagram|fb|facebook|soundcloud|linktree|discord)\s+(?:forward\s+)?slash\b)\s*(?:@|\bat\s+(?=[a-z0-9_]{4}))?[a-z0-9_\-]+(?:\.[a-z0-9_\-]+)*(?:\s*(?:\/|\b(?:forward\s+)?slash\b)\s*@?[a-z0-9_\-]+(?:\.[a-z0-9_\-]+)*){0,4}/gi;
/** A profile link names a handle: "soundcloud.com/quietfoxmusic", "youtube dot com slash at sionmorgan", "ttv slash dalesfarmer". */
const PROFILE_URL =
  /^(?:https?:\/\/)?(?:www\.)?(?:youtube|yt|soundcloud|linktr|linktree|ttv|twitch|tiktok|instagram|insta)\b(?:\s*(?:\.|\bdot\b)\s*[a-z]{2,3})?\s*(?:\/|\b(?:forward\s+)?slash\b)\s*(?:(?:at|c|channel|user)\s*(?:\/|\b(?:forward\s+)?slash\b)\s*|at\s+)?(@?[a-z0-9_.\-]{3,30})$/i;
/** Links: http(s), www., and bare domains with a common top-level domain ("twitch.tv/someone", "discord.gg/abc"). */
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|co\.uk|org\.uk|uk|net|org|tv|gg|io|me|ly|app|xyz|info|link|live|site|online|store|shop|club|fm|to|cc|be|us|ws|ru|gl|gle|page|chat|social|ee|ie|de|fr|ca|au|nz|eu|ai|dev|tk|gd|gy|co)\b(?:\/[^\s<>"']*)?/gi;

/** Help services named in SAFEGUARDING.md section 5: signposting, not a risky link. */
const HELP_DOMAINS = /(?:^|\.|\/\/)(?:childline\.org\.uk|ceop\.police\.uk|nspcc\.org\.uk|samaritans\.org|papyrus-uk\.org|youngminds\.org\.uk|giveusashout\.org|stopitnow\.org\.uk|iwf\.org\.uk|nhs\.uk|police\.uk|gov\.uk)(?:\/|$)/i;

/** UK postcodes, full ("LS6 3HN", "sw1a1aa"). An outward code alone ("LS6") is an area, not an address. */
const POSTCODE = /\b(?:[a-z]{1,2}\d[a-z\d]?|gir)\s*\d[abd-hjlnp-uw-z]{2}\b/gi;
/** "anyone from around ls6", "my school is in ng7", "near rm7": an outward code where someone says they are. */
const OUTWARD_CODE_CUED = /\b(?:around|round|near|from|in|live in|area|postcode is|postcode)\s+(?:the\s+)?([a-z]{1,2})(\d{1,2}[a-z]?|\d{3})\b(?!\s*(?:year|yr|set|class|form|tier|level|%|pm|am|mins?|hours?|times?|x\b))/gi;
/**
 * Whether letters-and-digits are a real UK outward code: a known area ("n00dz", "su1c1de" and
 * "d3l3te" are leetspeak, not postcodes) and a district that doesn't start with 0, except the
 * few district-0 codes that exist (BL0, BS0, CM0, CR0, SS0, BT0).
 */
function isOutwardCode(outward: string): boolean {
  const m = /^([a-z]{1,2})(\d)(\d|[a-z])?$/i.exec(outward);
  if (m === null) return false;
  const area = (m[1] ?? "").toLowerCase();
  if (!UK_POSTCODE_AREAS.has(area)) return false;
  if (m[2] === "0") return m[3] === undefined && DISTRICT_ZERO_AREAS.has(area);
  return true;
}
const DISTRICT_ZERO_AREAS: ReadonlySet<string> = new Set("bl bs cm cr ss bt".split(" "));
/** A postcode typed with a space between every character: "b s 1 4 9 r t". */
const POSTCODE_SPACED = /\b[a-z](?: [a-z])? \d(?: [a-z\d])? \d [abd-hjlnp-uw-z] [abd-hjlnp-uw-z]\b/gi;
/**
 * An outward code (or outward code and sector: "ls62", "cf14 4") said as where someone is: after
 * a street ("7 Orchard Close, BS16", "rydal road m14"), before "area"/"way" ("CR0 area", "m24
 * way"), after "postcode starts", "moving to" or "anyone in".
 */
const OUTWARD_CODE_AFTER = new RegExp(
  `(?:\\b(?:${"street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|crescent|cres|court|ct|grove|terrace|gardens|gdns|mews"})\\b,?\\s+|\\bpostcode\\s+(?:starts|begins)(?:\\s+with)?\\s+|\\b(?:moving|moved|move)\\s+to\\s+|\\banyone\\s+(?:in|near|round)\\s+)([a-z]{1,2}\\d[a-z\\d]?(?:\\s?\\d)?)(?![a-z\\d])|\\b([a-z]{1,2}\\d[a-z\\d]?)(?=\\s+(?:area|way)\\b)`,
  "gi",
);
/** Irish Eircodes: a routing key (letter, two digits) and a four-character identifier: "D08XY12". */
const EIRCODE = /\b[ac-fhknprtvwxy]\d{2}\s?([0-9ac-fhknprtvwxy]{4})\b/gi;
/** Australian postcodes after "live in"/"live near"/"postcode is": "i live in 3064". */
const POSTCODE_4_CUED = /\b(?:live|living|lives)\s+(?:in|near|round)\s+(\d{4})\b(?!\s*(?:pm|am|%|people|kids|times|miles))|\bpostcode\s+(?:is\s+)?(\d{4})\b/gi;
/** "zip is 30318", "zip 10027", "what's everyone's zip? mine's 78704", "in the 95123 area". */
const ZIP_CUED = /\bzip(?:\s*code|code)?\b[^0-9\n]{0,20}?(\d{5}(?:-\d{4})?)\b|\bthe\s+(\d{5})\s+(?:area|zip)\b/gi;

const STREET_SUFFIX_WORDS =
  "street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|terrace|gardens|gdns|hill|row|walk|mews|square|sq|view|rise|parade|boulevard|green|park road|vale";
const STREET_SUFFIX = STREET_SUFFIX_WORDS;
/** "22 Queen Street", "flat 3, 14 church lane": a house number and a street name. */
const ADDRESS = new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+((?:[a-z][a-z'’\\-]+\\s+){1,3})(?:${STREET_SUFFIX})\\b`, "gi");
/** "I live on Queen Street": a street named right after a "where I live" cue. */
const ADDRESS_CUED = new RegExp(
  `\\b(?:live|living|lives|stay|staying|house is|home is|come to|come round to|address is)\\s+(?:on|at|in)\\s+((?:[a-z][a-z'’\\-]+\\s+){1,3})(?:${STREET_SUFFIX})\\b`,
  "gi",
);
const NOT_STREET_WORDS = new Set(
  "the a an my your his her our their on in at to of and or but this that these those some any every all no one two three four five six seven eight nine ten dogs cats hours days weeks months years times minutes people kids friends is was are were i me you he she we they it so fairly very minute min mins hour hr hrs mile miles metre metres second seconds".split(" "),
);

/**
 * Schools: a proper name before "High School", "Academy", "Grammar", "College",
 * "Primary" ("St Mary's Catholic High School"), or after a cue ("I go to
 * oakfield academy"). Generic phrases ("secondary school", "my high school")
 * are not names.
 */
const SCHOOL_CAPITALISED =
  /\b(?:(?:St\.?|Saint|The)\s+)?(?:[A-Z][A-Za-z'’\-]+\s+){1,4}(?:(?:C\s?of\s?E|CE|RC|Catholic|Church of England|Community|Comprehensive|Girls'?|Boys'?|Grammar|High|Primary|Secondary|Junior|Infant|Free|Sixth Form)\s+)*(?:High School|School|Academy|Grammar School|Grammar|College|Primary|High)\b/g;
const SCHOOL_CUED =
  /\b(?:go to|goes to|go 2|goes 2|went to|attend|attends|at|from|in|school is|school's|schools|school,|year \d+ at|in year \d+ at)\s+((?:st\.? |saint )?(?:[a-z'’\-]+\s+){1,3})(?:high school|high|hs|academy|acad|grammar school|grammar|college|primary school|primary|sixth form|comprehensive|comp|infants|juniors|prep|middle school|middle|elementary|elem|junior high|jr high|junior|school|sch|gs|cs|ms|cofe|c of e|rc|ce)\b/dgi;
/** "st anne's rc primary", "st aidan's c of e acad", "holy trinity rc high": a faith school's name needs no cue. */
const SCHOOL_FAITH =
  /\b(?:st\.?|saint|holy|our lady(?: of)?|bishop|cardinal|archbishop|blessed)\s+[a-z'’\-]+(?:\s+[a-z'’\-]+)?\s+(?:(?:rc|c\s?of\s?e|cofe|ce|catholic|church of england)\s+)?(?:high school|high|academy|acad|primary|school|sch|college|sixth form|infants|juniors|comp|comprehensive|gs|cs|cofe|c\s?of\s?e|rc|ce|cath)\b/gi;
/** "park view acad", "kingsmead comp", "westfield sixth form", "oakwood infants": the short forms are names by themselves. */
const NOT_BEFORE_SHORT_SCHOOL = new Set("for with into about which what want wants go goes going gone starting start starts started join joining leaving leave left doing do year yr then now when up moved moving back".split(" "));
const DROP_BEFORE_SHORT_SCHOOL = new Set("to off at from go goes going into".split(" "));
const SCHOOL_SHORT = /\b((?:[a-z'’\-]+\s+){1,2})(?:acad|comp|comprehensive|sixth form|infants|juniors|sch)\b/gi;
/** "go to st joseph's", "from st bedes in preston … gcse", "holy cross in yr 8": a saint's name as a school, with a school cue. */
const SCHOOL_SAINT = /\b(go to|goes to|going to|go 2|goes 2|attend|attends|at|from|in|schools?|school is|school's|school,|school:)\s+(?:st\.?|saint|holy|our lady(?: of)?|bishop|cardinal|archbishop|blessed)\s+([a-z'’\-]+)/gi;
const SCHOOL_NEAR =
  /\b(?:year|yr\d*|y\d|gcses?|sixth form|uniform|school|class|teacher|form tutor|head of year|blazer|prom|mocks|pe|detention|btec|a levels?|primary|convent|catholic|c of e|(?:[7-9]|1[0-3])[a-z])\b/i;
/** Towns named after a saint: "from St Albans" is a place, not a school. */
const SAINT_TOWNS = new Set("albans helens ives andrews austell neots davids asaph leonards annes blazey columb just mawes agnes bees athan boswells ives mellons".split(" "));
/** "(north high)", "rhs (roosevelt high": a school named in brackets after its initials. */
const SCHOOL_BRACKETED = /\(\s*([a-z]+)\s+(?:high|middle|prep|academy|elementary)\b/gi;
/** "the grammar in tonbridge", "the academy in Wythenshawe", "the acad on bridge st": a school known by its town or street. */
const SCHOOL_BY_PLACE = /\bthe\s+(?:(?:girls'?|boys'?)\s+grammar|grammar school|grammar|academy|acad|comp|high school|sixth form|primary|catholic school|gaelscoil|convent)\s+(?:in|on|at|by|near)\s+(?:the\s+)?([a-z][a-z'’\-]+)/gi;
/**
 * "the acad": how pupils name their own academy ("everyone at the acad knows", "lads from the acad").
 * Always one particular school; "the academy" is left alone (football academies, the police academy).
 */
const THE_ACAD = /\bthe\s+acad\b(?!emy)/gi;
/** "QEGS", "BGHS", "at bgs", "from lhs": a grammar or high school by its initials. */
const SCHOOL_INITIALS_UPPER = /\b[A-Z]{1,4}(?:GS|HS)\b/g;
const SCHOOL_INITIALS_CUED = /\b(?:go to|goes to|going to|went to|attend|attends|at|from|the)\s+([b-df-hj-np-tv-z]{1,3}(?:gs|hs))\b/gi;
/** "Ysgol Bro Dinefwr", "Coláiste Éanna", "Gaelscoil na Mara": Welsh and Irish names that begin with "school". */
const SCHOOL_CELTIC = /\b(?:ysgol|scoil|gaelscoil|gaelcholáiste|coláiste|colaiste|meánscoil)\s+[A-Za-zÀ-ÿ'’\-]+(?:\s+[A-Za-zÀ-ÿ'’\-]+)?/gi;
/** "year 11 at the grange", "in yr8 at st john fisher", "in 10R at Ridgeway", "Year 10 at Kingsmead": a school after the year. */
const SCHOOL_YEAR_AT = /\b(?:year\s?\d{1,2}|yr\s?\d{1,2}|y\d{1,2}|(?:[7-9]|1[0-3])[a-z])\s+at\s+(?:the\s+)?([a-z][a-z'’\-]+)/gi;
/**
 * "Mr Dawson at Kings Norton Girls", "my teacher at Westview", "Mrs Danielle Price at Hollins Park":
 * a teacher's school, named with capitals.
 */
const SCHOOL_OF_TEACHER =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Sir)\.?\s+[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?|teacher|tutor|head of year|headteacher|head teacher)(?:,?\s+[a-z]+){0,4}\s+(?:at|from)\s+([A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2})/g;
/** "oakwood academy in bristol", "hillcrest academy in dudley", "moorside high, leeds": a named school with its town needs no other cue. */
const SCHOOL_NAMED_WITH_TOWN =
  /\b((?:(?:st\.?|saint)\s+)?[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?)\s+(academy|acad|grammar school|grammar|high school|high|primary school|primary|comp)(?:\s+in|,)\s+([a-z]{3,})\b/dgi;
/** "at Ridgeway in Hexham", "go to parkside in cambridge", "kgv in southport": a name and its town, near school words. */
const SCHOOL_IN_TOWN = /\b(go to|goes to|attend|attends|at|from)\s+((?:[a-z][a-z'’\-]+\s+){1,3})in\s+[a-z][a-z\-]+/gi;
const NOT_SCHOOL_INITIALS: ReadonlySet<string> = new Set("NHS DHS HHS CAMHS".split(" "));
/** Words that make "at X in Y" a house, a bed or a year rather than a school in a town. */
const NOT_A_SCHOOL_TOWN_WORDS = new Set(
  "house flat place gaff party bed sleep therapy counselling year yr class form set my our the a an his her their school bed work front back middle parents evening general".split(" "),
);
/**
 * A name after "at"/"go to"/"my school is" and a school year right after it: "anyone at the hollins?
 * year 9", "im at bishop barry, year 10", "my school is ormiston victory yr 8", "go to kgv? year 10".
 */
const SCHOOL_BEFORE_YEAR =
  /\b(?:at|go to|goes to|attend|attends|school is|school's)\s+(?:the\s+)?((?:[a-z][a-z'’\-]*\s+){0,2}[a-z][a-z'’\-]*)[,?!.]*\s+(?:(?:now|too|btw|lol|[a-z]+'s)[,.]?\s+)?(?:in\s+)?(?:year|yr)\s?\d{1,2}\b/gi;
/** "Bishop Ullathorne year 10", "st aidans in sunderland, year 9": a faith school's name with a school year. */
const SAINT_BEFORE_YEAR = /\b(?:st\.?|saint|holy|bishop|cardinal|archbishop)\s+[a-z'’\-]+(?:\s+[a-z'’\-]+)?(?:\s+in\s+[a-z]+)?,?\s+(?:year|yr)\s?\d{1,2}\b/gi;
/** "stmatthewsacademy dot co dot uk", "eastwoodhigh dot org dot uk", "@wrenacademy.sch.uk": a school in a web or email address. */
const SCHOOL_IN_ADDRESS = /[a-z]{3,}(?:academy|high|school|college|primary|grammar)\b/i;
/** Words after "at"/"from" that are places, times or people, never a school's name. */
const NOT_A_SCHOOL_PLACE = new Set(
  ("home work lunch break night weekend gates gate park church mosque temple club camp party front back end start bottom top moment time times " +
    "beach pool gym shops shop town city centre library station bus train hospital uni university least last first once all someone everyone " +
    "nan nans gran grans mum mums dad dads mine yours his hers theirs ours friends mates cousins tesco asda lidl aldi mcdonalds maccies costa " +
    "football rugby cricket swimming dance drama practice training the a an my your our their this that one same").split(" "),
);
const GENERIC_SCHOOL_WORDS = new Set(
  "the a my your his her our their this that same new old big local secondary primary high sixth form private state boarding grammar catholic faith free junior infant middle upper lower senior summer sunday driving dance music drama art football swim swimming language night holiday special mainstream public school uni university college different other another every each any is was in at to of ur u them outside hospital saturday netball gymnastics skating figure rugby chess maths coding gaming esports and no".split(
    " ",
  ),
);
/** Everyday words that start a sentence with a capital and are never part of a school's name. */
const NOT_A_SCHOOL_NAME = new Set(
  "musical musicals i my the a we you he she they it this that when if so but and today tomorrow yesterday after before during back home went go going love hate like hating loving at in to from after then honestly literally why how what anyway also just ugh omg lol ur u whole him them outside hospital".split(" "),
);

/** Social handles with a platform cue: "my sc is jess_xo_11", "add me on insta @x", "tiktok: @jayden.k.07". */
const PLATFORM = "snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|tt|twitter|discord|telegram|tg|kik|whatsapp|wizz|yubo|roblox|fortnite|psn|xbox|gamertag|gt|steam|twitch|youtube|yt|pinterest|vsco|threads|bereal|facebook|fb|username|user name|user|handle|account|acc|epic|riot id|riot|soundcloud|channel";
/** A possessive or request before the platform: "MY snap is …", "add me ON insta …". */
const OWNER_BEFORE = /\b(?:my|his|her|their|me on|him on|her on|add|follow|find me on)\s+$/i;
const HANDLE_CUED = new RegExp(
  `\\b(?:${PLATFORM})(?![a-z0-9_])(?:['’]s)?(\\s+(?:name|username|user|handle|id|tag|gt|gamertag|acc|account|channel|me))?(?:\\s+on\\s+(?:${PLATFORM})(?![a-z0-9_]))?(\\s*,?\\s*(?:(?:is called|is|on|at|as|its|it's|it is|i'm|im|called)\\b|=|:|-|->|—)?\\s*(?:just\\s+)?(?:is\\s+)?)(@\\s?[a-z0-9_][a-z0-9._#]{1,29}|#?[a-z0-9_][a-z0-9._#]{2,29})`,
  "gi",
);
/** Nouns that say the next word is a name: "the user is wiganwarehousegirl", "channel is BrummieBoyGaming". */
const NAME_NOUN = /^(?:user\s?name|user|handle|gamertag|gt|tag|id|riot id|channel|name)$/i;
/** "that girl at 1am", "on tiktok 2nite": times and text-speak, not usernames. */
const NOT_A_HANDLE_SHAPE = /^(?:\d+|\d{1,2}(?:[:.]\d\d)?(?:am|pm)|\d(?:nite|night|day|moro|morrow|mrw|gether|u)|\d+(?:st|nd|rd|th|s|k|m|x|hrs?|mins?))$/i;
/** Forum mentions, not accounts: "@everyone", "@mods", "reply to @the_op". */
const FORUM_MENTIONS = new Set("everyone all here mods mod moderators admin admins op the_op staff".split(" "));
/** "tiktok is ", "tt its ", "insta: ": a platform then a word saying its name comes next. */
const PLATFORM_THEN_IS = new RegExp(`\\b(?:${PLATFORM})(?![a-z0-9_])(?:['’]s)?\\s*,?\\s*(?:is|its|it's|:|=)\\s*(?:[a-z0-9_]+\\s*(?:\\.|\\bdot\\b)\\s*){0,3}$`, "i");
const AT_HANDLE = /(?<![a-z0-9._%+\-])@([a-z0-9_][a-z0-9._]{1,29})/gi;
/**
 * A word shaped like a username, wherever it sits in the sentence: with an underscore
 * ("frog_prince2231", "xX_kebabking_Xx", "bookwormbea_"), dots between parts
 * ("lils.xoxo_2011", "lily.x.official"), or letters ending in digits ("swiftlyxo13"). Only a
 * handle when a platform or contact word is near it (HANDLE_SHAPED_CUE).
 */
const HANDLE_SHAPED = /(?<![\w@.\/])(?:[a-z0-9]+(?:[._][a-z0-9]+)+_*|[a-z0-9]{2,}_+|[a-z]{3,}\d{2,}[a-z0-9]*)(?![\w@]|\.[a-z0-9])/gi;
const HANDLE_SHAPED_CUE = new RegExp(
  `\\b(?:${PLATFORM}|add|adding|added|follow|followed|following|dm|dms|message|messaged|page|channel|server|called|named|profile|request|requests|search|wattpad|spotify|reddit|github|onlyfans|linktree|sub|subs|subscribe|minecraft)\\b`,
  "i",
);
/** A plain word after "its"/"is"/"as": "follow me its xander.editz", "im on discord as frog_prince2231". */
const RIGHT_AFTER_CUE = /(?:\bits|\bit's|\bis|\bas|\bcalled|\bnamed|:|=|\bsearch|\badd|\bshes|\bshe's|\bhes|\bhe's)\s*['"‘“]?$/i;
/** A handle spelt out after a platform: "add me on insta its sunnyy dot days dot xo". */
const HANDLE_SPELT = /(?:\bits|\bit's|\bis|:|\bat|\bshes|\bshe's|\bhes|\bhe's)\s+([a-z0-9_]+(?:\s+(?:dot|underscore|\.)\s+[a-z0-9_]+|\s+underscore\b)+)/gi;
/**
 * A handle typed one character at a time so filters miss it: "my snap is k a y l e e x x",
 * "snap me: m i l l s y . x x", "a y s h a dot b 2 0 1 0". Five or more single characters.
 */
const HANDLE_SPACED = /(?:\bits|\bit's|\bis|:|\bme)\s+([a-z0-9](?:\s(?:\.\s|dot\s|_\s|underscore\s)?[a-z0-9]){4,30})(?![a-z0-9])/gi;
/** A gamer tag with its number or region: "sadgirl#4412", "tofuboi#EUW", "frostbyte#2291". */
const HANDLE_TAGGED = /(?<![\w#])[a-z0-9_.]{3,20}#(?:\d{3,5}|[a-z]{2,4}\d?)\b/gi;
/**
 * An account given by reference and a change: "my insta is the same as my username on here but with
 * _x on the end", "sc is just my name on here with 07 at the end". Needs a platform word. ("Same
 * name as here" alone only points back at this forum's name.)
 */
const HANDLE_SAME_AS_HERE =
  /\b(?:same\s+(?:user\s?name|name|handle|tag)\s+as\s+(?:on\s+)?here|same\s+as\s+(?:my\s+(?:user\s?name|name|handle)\s+)?(?:on\s+)?here|my\s+(?:user\s?name|name)\s+(?:on\s+)?here),?\s+(?:but\s+)?(?:with|plus)\s+(?:an?\s+|my\s+)?[^\s,.!?]+/gi;
/** "search for 'katiebakescakes'": a quoted name to look up. */
const HANDLE_SEARCH_QUOTED = /\bsearch(?:\s+for)?\s+['"‘“]([a-z0-9_.]{4,30})['"’”]/gi;
/** Words that are shaped like usernames but aren't: file names, consoles, years and school years. */
const NOT_HANDLE_SHAPED =
  /^(?:[a-z](?:\.[a-z])+\.?|.*\.(?:jpe?g|png|gif|mp[34]|mov|pdf|docx?|pptx?|xlsx?|txt|exe|zip|apk)|xbox\d+|ps\d|fifa\d+|fc\d+|gta\d+|nba2k\d+|covid\d+|year\d+|yr\d+|iphone\d+|galaxy\d+|pixel\d+|windows\d+|win\d+|top\d+|class\d+|under\d+|over\d+|u\d+|[a-z]+\d{4}s?)$/i;
const HANDLE_CUE_NEARBY = new RegExp(`\\b(?:${PLATFORM}|add|follow|dm|message|msg|text|my|me|find)\\b`, "i");
const NOT_A_HANDLE = new Set(
  "is are was the a an my me it its so too very really not on off down up out working broken dead private public banned hacked gone deleted glitching lagging weird annoying boring got get has have had and but or because when if then this that just also still now never always been being doing going there here what who how where why which mine yours his her their our them you your he she they we i im app apps name names account story stories streak streaks chat chats below above same literally basically actually probably easier".split(
    " ",
  ),
);

/** "my name is Jessica Smith", "I'm called Tom Price from Leeds": a full name, or a name with a place. */
const NAME =
  /\b(?:(?:my|his|her|their) (?:full |real |actual |whole )?name(?:'s| is|s)|(?:full|real|whole) name(?:'s| is)|(?:i'm|i am|im|he's|hes|she's|shes|he is|she is) called)\s+([a-z][a-z'’\-]+)(?:\s+(?!(?:from|fae|in|and|but|i|im|i'm)\b)([a-z][a-z'’\-]+))?(?:\s+(?!(?:from|fae|in|and|but|i|im|i'm)\b)([a-z][a-z'’\-]+))?(,?\s+(?:and\s+)?(?:i'm\s+|im\s+|i am\s+)?(?:from|fae|in)\s+[a-z]+|,?\s+(?:and\s+)?(?:i|he|she)?\s*(?:live|lives)\s+in\s+[a-z]+)?/dgi;
/** A capitalised name part: "Chloe", "O'Connor", "McGrath", "Asante-Reid". */
const CAP = "(?:(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+|[A-Z][a-z'’]+)(?:-[A-Z][a-z]+)?";
/**
 * "jess okafor from leyland is a liar", "does anyone know kayden mitchell from rotherham", "im ellie
 * hughes from barnsley": a first and last name in lower case with "from" a place, after an
 * introduction, a question about someone or at the start of a sentence. Every word checked against
 * ordinary words.
 */
const NAME_LOWER_FROM =
  /(\b(?:know|knows|called|named|im|i'm|i am|literally|believe|shout ?out to|talk to|talking to|with|cousin|friend|bestie|bff|mate|sister|brother|its|it's|is|me and)\s+|^|[.!?]\s+)([a-z][a-z'’]+(?:-[a-z]+)?)\s+([a-z][a-z'’]+(?:-[a-z]+)?)(?:\s+([a-z][a-z'’]+))?\s+(?:from|fae)\s+([a-z][a-z\-]{2,})(?=(\s+(?:is|was|has|keeps|if|here|hi|just|said|says|goes|plays)\b)?)/g;
/**
 * "Farida Begum, Oldham", "Oliver Pryce, Year 9 at …", "Amelia Grant, 14,", "Jordan Pickering in year 9":
 * a capitalised full name with a town, an age or a school year.
 */
const NAME_WITH_DETAIL = new RegExp(
  `\\b(${CAP})\\s+(${CAP})(?:,\\s*(?:year|yr)\\s*\\d|,\\s*\\d{1,2},|\\s+in\\s+(?:year|yr)\\s*\\d|,\\s+(${CAP})(?:\\s+${CAP})?(?=\\s*(?:[,.!?)]|$)))`,
  "gi",
);
/** "Mr Daniel Kowalski", "Mrs Gillian Hart": a title with a first and last name. */
const TITLED_FULL_NAME = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(${CAP})\\s+(${CAP})\\b`, "g");
/** Words that are never part of a lower-case name ("some girl from leeds", "the lads from school"). */
const COMMON_WORDS = new Set(
  ("a an the my your his her our their this that these those some any every all no each other another one two three " +
    "i me you he she we they it us them him is are was were be been am do does did have has had will would can could should " +
    "and or but so if then than because as at by for from in into of on off out over to up down with about after before " +
    "just really very so too also still even only not never always again now here there where when what who why how " +
    "girl girls boy boys lad lads guy guys man men woman women kid kids people person someone anyone everyone friend friends mums dads parents group groups " +
    "mate mates mum mom dad nan gran sister brother cousin son daughter family teacher coach team class year form school " +
    "bloke fella dude bro sis babe bestie bf gf ex crush random new old big little young older younger other same best worst " +
    "nice mean horrible lovely weird creepy scary fake real proper bit lot lots loads thing things stuff way back home work " +
    "got get getting going gone went come came coming moved moving run running lol lmao omg ngl tbh idk fr rn btw like " +
    "literally actually basically honestly genuinely apparently probably definitely hi hey hello thanks thank sorry please yes yeah no nah " +
    "love hate miss know think said says told tell asked message messages texted texting posted posting reported blocked").split(" "),
);
/**
 * "I'm Chloe Abernathy from Swindon", "her name is Bethany Clarke", "my cousin Freya Lindqvist in
 * Hexham": two capitalised words after an introduction, or a first and last name with a place.
 * Case-sensitive on purpose: names are written with capitals, ordinary words mostly aren't.
 */
const NAME_INTRODUCED =
  /\b(?:[Ii]'?m|I am|[Tt]his is|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir) (?:full |real )?name(?:'s| is)|(?:[Mm]y|[Oo]ur) (?:friend|cousin|sister|brother|mate|neighbour|classmate|son|daughter|child|niece|nephew|grandson|granddaughter|stepson|stepdaughter|little brother|little sister|big brother|big sister)(?:'s name is|'s called| is called)?)\s+([A-Z][a-z'’\-]+)\s+([A-Z][a-z'’\-]+)(?:\s+(?:from|in)\s+[A-Z][a-z]+)?/g;
const NOT_A_SURNAME = new Set(
  ("from in and but so the i im from year macbeth " +
    STREET_SUFFIX_WORDS + " high middle academy primary school college grammar junior juniors infants sixth games studios park centre club united city town fc").split(/[|\s]+/),
);
/**
 * "Lucy Cartwright from Harrogate", "Brandon Le from Garden Grove", "Marcus Johnson, Tulsa OK":
 * a capitalised first and last name with a place, however the sentence around it runs.
 */
const NAME_WITH_PLACE = new RegExp(`\\b(${CAP})\\s+(${CAP})(?:\\s+(?:from|in)\\s+[A-Z][a-z]+|,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?,?\\s+([A-Z]{2})\\b)`, "g");
/** "Mrs Patel at Greenfield Primary", "Mr Okafor, head of year at Thornhill": a named adult at a named place. */
const TITLED_NAME_AT_PLACE = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?(?=,?\s+(?:[a-z]+\s+){0,4}(?:at|from|in)\s+[A-Z])/g;
/** Capitalised words that open a phrase but are not a first name ("Year 9", "Mum from …", "Captain Hook in …"). */
const NOT_A_FIRST_NAME = new Set(
  ("the this that my our your his her their a an and but so if when then i im i'm it its we you they he she there here " +
    "mum mom dad nan gran grandma grandad mr mrs ms miss sir lady lord captain king queen prince princess saint st dr doctor " +
    "year yr class team form club school monday tuesday wednesday thursday friday saturday sunday january february march april " +
    "may june july august september october november december christmas easter halloween north south east west new old great little big " +
    "hi hello hey dear thanks thank also anyway honestly yesterday today tonight tomorrow last next every holy bishop cardinal sacred blessed").split(" "),
);
/** A capitalised street named in passing: "we're on Hollybank Road", "down Church Lane", "on Cedar Lane, number 9". */
const STREET_IN_PASSING =
  /\b(?:on|down|along|off|in)\s+(?:the\s+corner\s+of\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?\s+(?:Street|Road|Avenue|Lane|Close|Drive|Way|Crescent|Court|Grove|Terrace|Gardens|Mews|Rise|Row|Walk|Place)\b(?:,?\s+number\s+\d{1,4}[a-z]?)?/g;
/**
 * A street named in passing, in any case: "near kingsbridge lane", "the bus stop on elm grove rd",
 * "round the corner from the skate park on ashworth road". Only suffixes that are rarely anything
 * else ("drive" is also Google Drive, "way" is everywhere).
 */
const STREET_NAMED =
  /\b(?:on|near|by|off|down|along|opposite|outside|corner of)\s+([a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?)\s+(?:street|road|rd|avenue|ave|lane|crescent|cres|terrace|gardens|gdns|grove|mews|boulevard|blvd|st)\b/gi;
const STREET_NAMED_LOWER_CUE = /\b(?:street|road|rd|avenue|ave|lane|crescent|cres|terrace|gardens|gdns|grove|mews|boulevard|blvd|st)\b/;
const GENERIC_STREET_WORDS = new Set(
  "main high back side busy memory long same dirt country private quiet slip toll ring fast bus cycle bike wrong open yellow brick silk abbey coronation sesame wall easy".split(" "),
);
/** "we live on 4th and Maple", "right by 5th and pine": a North American street corner. */
/**
 * A home given by its number or name: "my house is number 14 on ashdown close", "my door number is 23",
 * "my address is honeysuckle cottage", "our street is Alum Rock Road", "Our road, Maple Drive".
 */
const ADDRESS_OWN =
  /\b(?:my|our)\s+(?:house|home|door|flat)\s+(?:number\s+)?is\s+(?:number\s+)?\d{1,4}[a-z]?\b|\bnumber\s+\d{1,4}[a-z]?\s+on\s+(?:the\s+)?[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?\s+(?:road|rd|street|st|lane|close|drive|avenue|ave|crescent|grove|way|terrace|gardens)\b|\b(?:my|our)\s+address\s+is\s+[a-z0-9][a-z0-9'’\-]*(?:\s+[a-z][a-z'’\-]*){0,3}|\b(?:my|our)\s+(?:street|road)(?:\s+is|,)\s+[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+)?\s+(?:road|rd|street|st|lane|close|drive|avenue|ave|crescent|grove|way|terrace|gardens)\b/gi;
const CORNER = /\b(?:on|by|at|near|corner of)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:and|&)\s+[a-z]+/gi;
const NOT_NAMES = new Set(
  "and but so the a an from in at on not is was i im if when because too very really just like lol lmao haha tbh ngl btw rn literally".split(" "),
);

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

/**
 * Every match of a global pattern, as `matchAll` gives them, without `matchAll`'s cost: it
 * builds a fresh RegExp for every call, and findPii makes some twenty calls per post.
 */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

function push(out: PiiMatch[], type: PiiType, start: number, end: number): void {
  out.push({ type, start, end });
}

/** Push unless a detail of the same type already covers part of the span (two patterns, one detail). */
function pushNew(out: PiiMatch[], type: PiiType, start: number, end: number): void {
  if (!out.some((p) => p.type === type && p.start < end && start < p.end)) push(out, type, start, end);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,!?;:)'"’\]]/.test(text[e - 1] ?? "")) e--;
  return e;
}

/**
 * "my tiktok is bella dot bakes dot uk", "search mattyb.official.uk on tiktok", "follow my tt its
 * sunnydaze.fr": a domain-shaped name with no path, given as someone's account on a platform, is a
 * handle, not a link.
 */
function handleNotLink(text: string, s: number, e: number): boolean {
  if (/[\/:]|\bslash\b|^www/i.test(text.slice(s, e))) return false;
  const before = text.slice(Math.max(0, s - 30), s);
  const after = text.slice(e, Math.min(text.length, e + 20));
  return PLATFORM_THEN_IS.test(before) || new RegExp(`^\\s+on\\s+(?:${PLATFORM})\\b`, "i").test(after) && /\bsearch\s*$/i.test(before);
}

/** A word that cannot be the name part of "<name> high" and the like. */
function notASchoolName(w: string): boolean {
  return GENERIC_SCHOOL_WORDS.has(w) || NOT_STREET_WORDS.has(w) || NOT_A_SCHOOL_NAME.has(w) || NOT_BEFORE_SHORT_SCHOOL.has(w);
}

/** Find identifying details. Never throws; spans are offsets into `text`. */
export function findPii(original: string): PiiMatch[] {
  const text = foldSameLength(original);
  const out: PiiMatch[] = [];
  // Cheap gates: most posts have no digits, no "@" and no dot-word, so most detectors never run.
  const lower = text.toLowerCase();
  const digits = countDigits(text);
  const hasAt = lower.includes("@") || lower.includes(" at ") || lower.includes("[at]") || lower.includes("(at)");
  const hasDot = /[a-z0-9]\.[a-z]/.test(lower) || lower.includes("://");

  if (digits >= 9) for (const m of matchesOf(PHONE, text)) push(out, "phone", m.index, m.index + m[0].length);
  if (/\b(?:zero|oh|nought)\b/.test(lower)) for (const m of matchesOf(PHONE_WORDS, text)) push(out, "phone", m.index, m.index + m[0].length);
  if (digits >= 3 || /\b(?:zero|oh|nought|double|seven)\b/.test(lower)) {
    for (const m of matchesOf(PHONE_MIXED, text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (out.some((p) => p.type === "phone" && p.start < e && s < p.end)) continue;
      const prefix = PHONE_PREFIX.exec(m[0]);
      const country = prefix === null ? "" : (dictatedDigits(prefix[1] ?? "")?.digits ?? "");
      const read = dictatedDigits(country === "" ? m[0] : (country === "1" ? "1 " : "0 ") + m[0].slice(prefix?.[0].length ?? 0));
      if (read === null) continue;
      const cued = CONTACT_CUE.test(text.slice(Math.max(0, s - 40), Math.min(text.length, e + 25)));
      // "four four seven seven …": the country code read out without a plus.
      if (country === "" && read.words > 0 && /^44[127]\d{9}$/.test(read.digits)) read.digits = `0${read.digits.slice(2)}`;
      const vouched = read.words > 0 || cued || country !== "";
      const uk = vouched && country !== "353" && country !== "61" && country !== "1" && isUkNumber(read.digits);
      const other = vouched && country !== "44" && country !== "1" && isIrishOrAustralianMobile(read.digits);
      if (uk || other || (country !== "44" && isNorthAmericanNumber(m[0], read, cued))) push(out, "phone", s, trimEnd(text, s, e));
    }
  }

  for (const m of digits >= 10 && lower.includes("wa") ? matchesOf(WA_ME, text) : []) {
    const s = m.index + m[0].length - (m[1] ?? "").length;
    pushNew(out, "phone", s, m.index + m[0].length);
  }

  const emailSpans: Array<[number, number]> = [];
  for (const re of hasAt ? [EMAIL, EMAIL_SPELT, EMAIL_SPELT_ANY, EMAIL_PROVIDER_ONLY] : []) {
    for (const m of matchesOf(re, text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (emailSpans.some(([a, b]) => s < b && a < e)) continue;
      // "find it at harbourparents dot weebly dot com", "report him at ceop.police.uk": a plain word
      // before " at " is a sentence going to a website, not an address.
      if (re === EMAIL_SPELT_ANY || re === EMAIL_PROVIDER_ONLY) {
        const local = re === EMAIL_PROVIDER_ONLY ? (m[1] ?? "") : (/^[^\s[({]+(?:\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*[^\s[({]+)*/i.exec(m[0])?.[0] ?? "");
        const addressy = /[\d._]|\bdot\b|\bunderscore\b/i.test(local) || /(?:\bdot|\bunderscore|[._])\s*$/i.test(text.slice(Math.max(0, s - 12), s)) || /^\S+\s*(?:\[at\]|\(at\)|\{at\})/i.test(m[0]);
        if (!addressy && !(re === EMAIL_PROVIDER_ONLY && EMAIL_CUE_BEFORE.test(text.slice(Math.max(0, s - 40), s)))) continue;
      }
      emailSpans.push([s, e]);
      push(out, "email", s, e);
    }
  }

  for (const m of /mail/.test(lower) ? matchesOf(EMAIL_CUED, text) : []) {
    const s = m.index + m[0].length - (m[1] ?? "").length;
    const e = trimEnd(text, s, m.index + m[0].length);
    if (emailSpans.some(([a, b]) => s < b && a < e)) continue;
    emailSpans.push([s, e]);
    push(out, "email", s, e);
  }

  for (const m of /slash|\s\/|\/\s/.test(lower) ? matchesOf(URL_SLASHED, text) : []) {
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    if (emailSpans.some(([a, b]) => s < b && a < e) || HELP_DOMAINS.test(m[0].replace(/\s*\bdot\b\s*/gi, "."))) continue;
    pushNew(out, "url", s, e);
  }
  for (const m of lower.includes("/") && /\s\.|\.\s/.test(lower) ? matchesOf(URL_SPACED, text) : []) pushNew(out, "url", m.index, trimEnd(text, m.index, m.index + m[0].length));
  for (const m of lower.includes(" dot ") ? matchesOf(URL_SPELT, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (!emailSpans.some(([a, b]) => s < b && a < e) && !handleNotLink(text, s, e)) pushNew(out, "url", s, e);
  }
  for (const m of hasDot ? matchesOf(URL, text) : []) {
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    if (emailSpans.some(([a, b]) => s < b && a < e)) continue; // the domain of an email
    if (text[s - 1] === "@") continue; // "@jayden.k" is a handle, not a domain
    if (HELP_DOMAINS.test(m[0])) continue;
    // "hello.me" is more often a missing space than a link: need a path, www, http or a known link domain.
    const word = m[0].toLowerCase();
    if (/^[a-z]+\.(?:me|to|be|us|so|it|at|in|no|my)$/.test(word)) continue;
    if (handleNotLink(text, s, e)) continue;
    pushNew(out, "url", s, e);
  }
  for (const p of out.filter((p) => p.type === "url")) {
    // A profile link, written out or read out ("youtube.com/@tomsbuilds", "youtube slash at X"), names the account too.
    const link = text.slice(p.start, p.end);
    const handle = PROFILE_URL.exec(link.replace(/^https?:\/\/(?:www\.)?/i, ""));
    if (handle === null || /^(?:@|at|c|channel|user|watch|playlist|groups?|invite)$/i.test(handle[1] ?? "")) continue;
    pushNew(out, "social_handle", p.end - (handle[1] ?? "").length, p.end);
  }

  for (const m of digits >= 2 ? matchesOf(POSTCODE, text) : []) {
    const raw = m[0];
    // Need a digit-letter-letter inward code AND an outward code that isn't an ordinary word+number ("at 5pm").
    if (!/\d/.test(raw.slice(0, 4))) continue;
    if (!isOutwardCode(raw.replace(/\s+/g, "").slice(0, -3))) continue;
    push(out, "postcode", m.index, m.index + raw.length);
  }
  for (const m of digits >= 2 ? matchesOf(POSTCODE_SPACED, text) : []) {
    const compact = m[0].replace(/\s+/g, "");
    if (!isOutwardCode(compact.slice(0, -3))) continue;
    pushNew(out, "postcode", m.index, m.index + m[0].length);
  }
  for (const m of digits >= 1 ? matchesOf(OUTWARD_CODE_AFTER, text) : []) {
    const raw = m[1] ?? m[2] ?? "";
    const code = raw.replace(/\s+/g, "");
    if (!isOutwardCode(code) && !(/\d$/.test(code) && isOutwardCode(code.slice(0, -1)))) continue;
    const s = m[1] !== undefined ? m.index + m[0].length - raw.length : m.index;
    pushNew(out, "postcode", s, s + raw.length);
  }
  for (const m of digits >= 2 ? matchesOf(EIRCODE, text) : []) {
    if (!/[a-z]/i.test(m[1] ?? "") || !/\d/.test(m[1] ?? "")) continue;
    pushNew(out, "postcode", m.index, m.index + m[0].length);
  }
  for (const m of digits >= 4 ? matchesOf(POSTCODE_4_CUED, text) : []) {
    const code = m[1] ?? m[2] ?? "";
    if (/^(?:19|20)\d\d$/.test(code) && !/postcode/i.test(m[0])) continue;
    const s = m.index + m[0].length - code.length;
    pushNew(out, "postcode", s, s + code.length);
  }
  for (const m of digits >= 1 ? matchesOf(OUTWARD_CODE_CUED, text) : []) {
    const area = (m[1] ?? "").toLowerCase();
    if (!UK_POSTCODE_AREAS.has(area) || Number((m[2] ?? "").replace(/\D/g, "")) === 0) continue;
    const e = m.index + m[0].length;
    const s = e - (m[1] ?? "").length - (m[2] ?? "").length;
    pushNew(out, "postcode", s, e);
  }
  for (const m of digits >= 5 ? matchesOf(ZIP_CUED, text) : []) {
    const zip = m[1] ?? m[2] ?? "";
    const s = m.index + m[0].lastIndexOf(zip);
    push(out, "postcode", s, s + zip.length);
  }

  const addressCue = digits > 0 || /\b(?:live|living|lives|stay|staying|house|home|come|address)\b/.test(lower);
  for (const re of addressCue ? [ADDRESS, ADDRESS_CUED] : []) {
    for (const m of matchesOf(re, text)) {
      const streetWords = (m[1] ?? "").trim().toLowerCase().split(/\s+/);
      if (streetWords.some((w) => NOT_STREET_WORDS.has(w))) continue;
      const s = m.index;
      const e = s + m[0].length;
      pushNew(out, "address", s, e);
    }
  }

  const schoolCue = /school|academy|acad|college|high|grammar|primary|sixth form|comp|infants|junior|middle|prep|elem|\b(?:hs|sch|gs|cs|ce|rc|cofe|c of e|cath)\b/.test(lower);
  for (const re of schoolCue ? [SCHOOL_FAITH, SCHOOL_SHORT] : []) {
    for (const m of matchesOf(re, text)) {
      let s = m.index;
      if (re === SCHOOL_SHORT) {
        // "off to oakwood acad": drop a motion word in front, then every word left must be a name.
        const words = (m[1] ?? "").trim().split(/\s+/);
        let k = 0;
        while (k < words.length && DROP_BEFORE_SHORT_SCHOOL.has((words[k] ?? "").toLowerCase())) s += (words[k++] ?? "").length + 1;
        const nameWords = words.slice(k).map((w) => w.toLowerCase().replace(/['’]s?$/, "").replace(/^['"‘“]/, ""));
        if (nameWords.length === 0 || nameWords.some(notASchoolName)) continue;
      }
      const e = s + m[0].length;
      pushNew(out, "school", s, e);
    }
  }
  for (const m of /\b(?:st|saint|holy|our lady|bishop|cardinal|archbishop|blessed)\b/i.test(text) ? matchesOf(SCHOOL_SAINT, text) : []) {
    const cue = (m[1] ?? "").toLowerCase();
    const saint = (m[2] ?? "").toLowerCase().replace(/['’]s?$/, "");
    if (SAINT_TOWNS.has(saint) || NOT_STREET_WORDS.has(saint)) continue;
    const strongCue = /go|attend|school/.test(cue) || /\b(?:bishop|cardinal|archbishop)\s/i.test(m[0]);
    const s = m.index + cue.length + 1;
    const e = m.index + m[0].length;
    // "anyone from st ambrose barlow?", "the lads at St Ambrose Barlow": someone's school, unless it's a hospital or church.
    const after = text.slice(e, e + 25);
    const who = /\b(?:anyone|any1|lads|girls|boys|kids?|girl|boy|son|daughter|i'm|im|we're|were|i was|she's|he's)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 25), m.index));
    const institution = /^['’]?s?\s+(?:[a-z]+\s+)?(?:hospital|hospice|church|cathedral|chapel|park|station|road|street|lane|centre|center|surgery|ward|court|market|way)\b/i.test(after);
    if (!strongCue && !(who && !institution) && !SCHOOL_NEAR.test(text.slice(Math.max(0, s - 60), Math.min(text.length, e + 60)))) continue;
    pushNew(out, "school", s, e);
  }
  for (const re of schoolCue ? [SCHOOL_BRACKETED, SCHOOL_BY_PLACE] : []) {
    for (const m of matchesOf(re, text)) {
      const place = (m[1] ?? "").toLowerCase();
      if (NOT_STREET_WORDS.has(place) || GENERIC_SCHOOL_WORDS.has(place) || NOT_A_FIRST_NAME.has(place)) continue;
      const s = m.index;
      const e = m.index + m[0].length;
      pushNew(out, "school", s, e);
    }
  }
  for (const m of lower.includes("acad") ? matchesOf(THE_ACAD, text) : []) pushNew(out, "school", m.index, m.index + m[0].length);
  for (const m of /[A-Z]{2,}/.test(text) ? matchesOf(SCHOOL_INITIALS_UPPER, text) : []) {
    // Not a word in capitals ("MATHS", "MONTHS") or part of a shouted sentence ("IN MATHS HOMEWORK").
    if (NOT_SCHOOL_INITIALS.has(m[0]) || /THS$/.test(m[0])) continue;
    const near = `${text.slice(Math.max(0, m.index - 4), m.index)} ${text.slice(m.index + m[0].length, m.index + m[0].length + 4)}`;
    if (/[A-Z]{2}/.test(near)) continue;
    pushNew(out, "school", m.index, m.index + m[0].length);
  }
  for (const m of /[gh]s\b/.test(lower) ? matchesOf(SCHOOL_INITIALS_CUED, text) : []) {
    const e = m.index + m[0].length;
    if (NOT_SCHOOL_INITIALS.has((m[1] ?? "").toUpperCase())) continue;
    pushNew(out, "school", e - (m[1] ?? "").length, e);
  }
  for (const m of /ysgol|scoil|col[aá]iste/.test(lower) ? matchesOf(SCHOOL_CELTIC, text) : []) pushNew(out, "school", m.index, m.index + m[0].length);
  for (const m of /\d\w*\s+at\s/.test(lower) ? matchesOf(SCHOOL_YEAR_AT, text) : []) {
    const word = (m[1] ?? "").toLowerCase().replace(/['’]s?$/, "");
    if (notASchoolName(word) || NOT_A_SCHOOL_PLACE.has(word) || NOT_A_FIRST_NAME.has(word)) continue;
    const e = m.index + m[0].length;
    pushNew(out, "school", e - (m[1] ?? "").length, e);
  }
  for (const m of /\b(?:mrs?|ms|miss|sir|teacher|tutor|head)\b/i.test(text) ? matchesOf(SCHOOL_OF_TEACHER, text) : []) {
    const name = m[1] ?? "";
    const first = (name.split(/\s+/)[0] ?? "").toLowerCase().replace(/['’]s?$/, "");
    if (NOT_A_FIRST_NAME.has(first) || notASchoolName(first) || NOT_A_SCHOOL_PLACE.has(first)) continue;
    const e = m.index + m[0].length;
    pushNew(out, "school", e - name.length, e);
  }
  for (const m of schoolCue ? matchesOf(SCHOOL_NAMED_WITH_TOWN, text) : []) {
    const words = (m[1] ?? "").toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, ""));
    const name = words[words.length - 1] ?? "";
    const town = (m[2] ?? "").toLowerCase();
    if (words.some((w) => notASchoolName(w) || COMMON_WORDS.has(w) || NOT_A_FIRST_NAME.has(w) && !/^(?:st|saint)$/.test(w)) || NOT_A_SCHOOL_PLACE.has(name)) continue;
    if (NOT_A_SCHOOL_TOWN_WORDS.has(town) || notASchoolName(town) || COMMON_WORDS.has(town)) continue;
    const s = words.length === 2 && NOT_BEFORE_SHORT_SCHOOL.has(words[0] ?? "") ? m.index + (m[1] ?? "").indexOf(" ") + 1 : m.index;
    pushNew(out, "school", s, m.indices?.[2]?.[1] ?? m.index + m[0].length);
  }
  for (const m of / in /.test(lower) ? matchesOf(SCHOOL_IN_TOWN, text) : []) {
    const cue = (m[1] ?? "").toLowerCase();
    const words = (m[2] ?? "").trim().toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, ""));
    const town = m[0].slice(m[0].lastIndexOf(" ") + 1).toLowerCase();
    if (NOT_A_SCHOOL_PLACE.has(words[0] ?? "") || words.some((w) => notASchoolName(w) || NOT_A_SCHOOL_TOWN_WORDS.has(w) || NOT_A_FIRST_NAME.has(w))) continue;
    if (NOT_A_SCHOOL_TOWN_WORDS.has(town) || notASchoolName(town) || NOT_A_FIRST_NAME.has(town)) continue;
    const s = m.index + (m[1] ?? "").length + 1;
    const e = m.index + m[0].length;
    const strongCue = /go|attend/.test(cue);
    if (!strongCue && !SCHOOL_NEAR.test(text.slice(Math.max(0, s - 60), Math.min(text.length, e + 60)))) continue;
    pushNew(out, "school", s, e);
  }
  for (const m of /\d/.test(lower) ? matchesOf(SCHOOL_BEFORE_YEAR, text) : []) {
    const name = m[1] ?? "";
    const words = name.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, ""));
    if (words.some((w) => notASchoolName(w) || NOT_A_SCHOOL_PLACE.has(w) || NOT_A_FIRST_NAME.has(w))) continue;
    const s = m.index + m[0].indexOf(name, m[0].search(/\s/));
    pushNew(out, "school", s, s + name.length);
  }
  for (const m of /\d/.test(lower) ? matchesOf(SAINT_BEFORE_YEAR, text) : []) {
    const saint = (m[0].split(/\s+/)[1] ?? "").toLowerCase().replace(/['’]s?$/, "");
    if (SAINT_TOWNS.has(saint) || NOT_STREET_WORDS.has(saint)) continue;
    pushNew(out, "school", m.index, m.index + m[0].length);
  }
  for (const p of out.filter((p) => p.type === "url" || p.type === "email")) {
    if (SCHOOL_IN_ADDRESS.test(text.slice(p.start, p.end))) pushNew(out, "school", p.start, p.end);
  }
  for (const m of schoolCue ? matchesOf(SCHOOL_CAPITALISED, text) : []) {
    const words = m[0].split(/\s+/);
    const first = (words[0] ?? "").toLowerCase();
    if (NOT_A_SCHOOL_NAME.has(first)) continue;
    if (words.slice(0, -1).some((w) => NOT_A_SCHOOL_NAME.has(w.toLowerCase()))) continue;
    const nameWords = words.slice(0, -1).map((w) => w.toLowerCase().replace(/['’]s?$/, ""));
    if (nameWords.every((w) => GENERIC_SCHOOL_WORDS.has(w) || w === "st" || w === "saint")) continue;
    push(out, "school", m.index, m.index + m[0].length);
  }
  for (const m of schoolCue ? matchesOf(SCHOOL_CUED, text) : []) {
    const nameWords = (m[1] ?? "").trim().toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, "").replace(/^['"‘“]/, ""));
    if (nameWords.every((w) => GENERIC_SCHOOL_WORDS.has(w))) continue;
    if (nameWords.some((w) => NOT_A_SCHOOL_NAME.has(w) || NOT_STREET_WORDS.has(w) || NOT_BEFORE_SHORT_SCHOOL.has(w))) continue;
    const s = m.indices?.[1]?.[0] ?? m.index;
    const e = m.index + m[0].length;
    pushNew(out, "school", s, e);
  }

  // Scanned from every platform word, not just after the last match: "my xbox gamertag is SlyFoxx2009"
  // fails at "xbox" but matches at "gamertag".
  HANDLE_CUED.lastIndex = 0;
  for (let m = HANDLE_CUED.exec(text); m !== null; HANDLE_CUED.lastIndex = m.index + 1, m = HANDLE_CUED.exec(text)) {
    const handle = m[3] ?? "";
    const bare = handle.replace(/^[@#]\s?/, "").replace(/[._]+$/, "");
    if (bare.length < 3 || NOT_A_HANDLE.has(bare.toLowerCase()) || NOT_A_HANDLE_SHAPE.test(bare)) continue;
    // A plain word after a cue ("my snap is broken") is only a handle if it looks like one.
    const ownerText = text.slice(Math.max(0, m.index - 20), m.index);
    const owned = OWNER_BEFORE.test(ownerText);
    const possessive = /\b(?:my|his|her|their|add|follow)\s+$/i.test(ownerText);
    const connector = (m[2] ?? "").trim().toLowerCase();
    const head = m[0].slice(0, m[0].length - handle.length - (m[2] ?? "").length);
    const platformWord = head.slice(0, head.length - (m[1] ?? "").length).trim();
    const apostropheS = /['’]s$/.test(platformWord);
    const named = NAME_NOUN.test((m[1] ?? "").trim()) || NAME_NOUN.test(platformWord.replace(/['’]s$/, ""));
    // A possessive says whose account it is ("my snap is emilyxo"); weaker cues need a longer,
    // made-up looking word ("on twitch i'm lunarlatte", not "on discord im bored").
    const plainOk =
      (possessive && /^(?:,\s*)?(?:is|its|it's|it is|:|=)$/.test(connector)) ||
      (bare.length >= 7 &&
        (((possessive || named) && (/^(?:,\s*)?(?:is|its|it's|it is|:|=|is called|called)$/.test(connector) || (connector === "" && apostropheS))) ||
          (owned && /^(?:,\s*)?(?:its|it's|:)$/.test(connector)) ||
          (/\bon\s+$/i.test(ownerText) && /^(?:,\s*)?(?:as|i'm|im)$/.test(connector))));
    if (handle.startsWith("#") && !/\d/.test(handle)) continue; // "#rate-the-girls" is a channel, not an account
    const looksLikeHandle = handle.startsWith("@") || /[\d_.#]/.test(bare) || plainOk;
    if (!looksLikeHandle) continue;
    const e = m.index + m[0].length;
    const s = e - handle.length;
    if (out.some((p) => p.start < e && s < p.end)) continue;
    push(out, "social_handle", s, trimEnd(text, s, e));
  }
  const handleShaped = /[a-z0-9][._][a-z0-9]|[a-z0-9]_|[a-z]{3}\d{2}/i.test(text) && HANDLE_SHAPED_CUE.test(text);
  for (const m of handleShaped ? matchesOf(HANDLE_SHAPED, text) : []) {
    const word = m[0];
    if (NOT_HANDLE_SHAPED.test(word) || !/[a-z]{2}/i.test(word)) continue;
    const s = m.index;
    const e = trimEnd(text, s, s + word.length);
    if (out.some((p) => p.start < e && s < p.end)) continue;
    const before = text.slice(Math.max(0, s - 50), s);
    const after = text.slice(e, Math.min(text.length, e + 30));
    if (!HANDLE_SHAPED_CUE.test(before) && !HANDLE_SHAPED_CUE.test(after)) continue;
    // Two plain words joined by a dot are as often a missing space ("fine.then") as a handle.
    const plainDotted = /^[a-z]+\.[a-z]+$/i.test(word);
    if (plainDotted && !RIGHT_AFTER_CUE.test(before) && !/^\s+on\s/i.test(after)) continue;
    push(out, "social_handle", s, e);
  }
  const platformCue = HANDLE_SHAPED_CUE.test(text);
  for (const m of platformCue && /\s[a-z0-9]\s[a-z0-9]\s/i.test(text) ? matchesOf(HANDLE_SPACED, text) : []) {
    const s = m.index + m[0].length - (m[1] ?? "").length;
    const e = m.index + m[0].length;
    if (!HANDLE_SHAPED_CUE.test(text.slice(Math.max(0, s - 40), s))) continue;
    if (out.some((p) => p.start < e && s < p.end)) continue;
    push(out, "social_handle", s, e);
  }
  for (const m of lower.includes("#") ? matchesOf(HANDLE_TAGGED, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (!HANDLE_CUE_NEARBY.test(text.slice(Math.max(0, s - 60), Math.min(text.length, e + 30)))) continue;
    if (out.some((p) => p.start < e && s < p.end)) continue;
    push(out, "social_handle", s, e);
  }
  for (const m of lower.includes("same") || lower.includes("here") ? matchesOf(HANDLE_SAME_AS_HERE, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    const around = text.slice(Math.max(0, s - 60), Math.min(text.length, e + 20));
    if (!new RegExp(`\\b(?:${PLATFORM})\\b`, "i").test(around)) continue;
    pushNew(out, "social_handle", s, e);
  }
  for (const m of lower.includes("search") ? matchesOf(HANDLE_SEARCH_QUOTED, text) : []) {
    const s = m.index + m[0].length - (m[1] ?? "").length - 1;
    pushNew(out, "social_handle", s, s + (m[1] ?? "").length);
  }
  for (const m of (lower.includes(" dot ") || lower.includes("underscore") || lower.includes(" . ")) && platformCue ? matchesOf(HANDLE_SPELT, text) : []) {
    const s = m.index + m[0].length - (m[1] ?? "").length;
    const e = m.index + m[0].length;
    if (/^\s*(?:\d{1,4}\s+)?(?:at|@|\[at\]|\(at\))\s/i.test(text.slice(e, e + 12))) continue; // the start of an email
    if (out.some((p) => p.start < e && s < p.end)) continue;
    push(out, "social_handle", s, e);
  }
  for (const m of lower.includes("@") ? matchesOf(AT_HANDLE, text) : []) {
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    if (out.some((p) => p.start < e && s < p.end) || FORUM_MENTIONS.has((m[1] ?? "").toLowerCase())) continue;
    // Mentions of other forum users are fine; an @handle with a platform or contact cue nearby is not.
    const context = text.slice(Math.max(0, s - 60), Math.min(text.length, e + 40));
    if (!HANDLE_CUE_NEARBY.test(context.replace(m[0], " "))) continue;
    push(out, "social_handle", s, e);
  }

  const nameCue = lower.includes("name") || lower.includes("called");
  for (const m of nameCue ? matchesOf(NAME, text) : []) {
    const first = (m[1] ?? "").toLowerCase();
    const second = (m[3] ?? m[2] ?? "").toLowerCase();
    if (NOT_NAMES.has(first) || NOT_A_FIRST_NAME.has(first) || (m[3] !== undefined && NOT_NAMES.has((m[2] ?? "").toLowerCase()))) continue;
    // Names are written with a capital ("my name is sad today" is not a name).
    const nameStart = m.indices?.[1]?.[0] ?? m.index;
    const initial = original[nameStart] ?? "";
    const hasSurname = m[2] !== undefined && !NOT_NAMES.has(second) && !NOT_STREET_WORDS.has(second) && !COMMON_WORDS.has(second);
    const hasPlace = m[4] !== undefined && !COMMON_WORDS.has(m[4].trim().split(/\s+/).pop()?.toLowerCase() ?? "");
    if (!hasSurname && !hasPlace) continue;
    // Lowercase, a name needs both parts and a place: "my name is kayden brooks from rotherham",
    // but not "my name is sad today".
    if (initial === initial.toLowerCase() && !(hasSurname && hasPlace)) continue;
    push(out, "name", m.index, trimEnd(text, m.index, m.index + m[0].length));
  }

  for (const m of matchesOf(NAME_INTRODUCED, text)) {
    const [first = "", second = ""] = [m[1] ?? "", m[2] ?? ""];
    if (NOT_A_FIRST_NAME.has(first.toLowerCase()) || NOT_NAMES.has(first.toLowerCase()) || NOT_NAMES.has(second.toLowerCase()) || NOT_A_SURNAME.has(second.toLowerCase())) continue;
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    pushNew(out, "name", s, e);
  }
  const nameWithPlace = /\s(?:from|in)\s+[A-Z]|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+[A-Z]{2}\b/.test(text);
  for (const m of nameWithPlace ? matchesOf(NAME_WITH_PLACE, text) : []) {
    const [first = "", second = "", state] = [m[1] ?? "", m[2] ?? "", m[3]];
    if (NOT_A_FIRST_NAME.has(first.toLowerCase()) || NOT_NAMES.has(second.toLowerCase()) || NOT_A_FIRST_NAME.has(second.toLowerCase()) || NOT_A_SURNAME.has(second.toLowerCase())) continue;
    if (state !== undefined && !US_STATES.has(state)) continue;
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    pushNew(out, "name", s, e);
  }
  for (const m of /\bM(?:r|rs|s|iss)\b|\bDr\b/.test(text) ? matchesOf(TITLED_NAME_AT_PLACE, text) : []) {
    pushNew(out, "name", m.index, m.index + m[0].length);
  }
  for (const m of /\bM(?:r|rs|s|iss)\b|\bDr\b/.test(text) ? matchesOf(TITLED_FULL_NAME, text) : []) {
    if (NOT_A_FIRST_NAME.has((m[1] ?? "").toLowerCase()) || NOT_A_SURNAME.has((m[2] ?? "").toLowerCase())) continue;
    pushNew(out, "name", m.index, m.index + m[0].length);
  }
  for (const m of /\b(?:from|fae)\s/.test(lower) ? matchesOf(NAME_LOWER_FROM, text) : []) {
    const parts = [m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
    const place = (m[5] ?? "").toLowerCase();
    // At the start of a sentence, only as its subject: "jess okafor from leyland is a liar", not "bath bombs from lush are".
    if (!/[a-z]/i.test(m[1] ?? "") && m[6] === undefined) continue;
    const lowerParts = parts.map((w) => w.toLowerCase());
    if (lowerParts.some((w) => COMMON_WORDS.has(w) || NOT_NAMES.has(w) || NOT_A_FIRST_NAME.has(w) || NOT_STREET_WORDS.has(w) || w.length < 2)) continue;
    if (COMMON_WORDS.has(place) || NOT_A_FIRST_NAME.has(place) || NOT_A_SCHOOL_PLACE.has(place) || GENERIC_SCHOOL_WORDS.has(place)) continue;
    if (lowerParts.some((w) => /(?:ing|ed|ly)$/.test(w) && w.length > 4)) continue; // "stop texting", "so scared", "really"
    const s = m.index + (m[1] ?? "").length;
    pushNew(out, "name", s, m.index + m[0].length);
  }
  for (const m of /,|\s+in\s+(?:year|yr)/i.test(text) ? matchesOf(NAME_WITH_DETAIL, text) : []) {
    const [first = "", second = "", town] = [m[1] ?? "", m[2] ?? "", m[3]];
    // Case-insensitive for the detail ("Year 9"/"year 9"), but the name itself must be capitalised.
    if (!/^[A-Z]/.test(first) || !/^[A-Z]/.test(second) || (town !== undefined && !/^[A-Z]/.test(town))) continue;
    if (NOT_A_FIRST_NAME.has(first.toLowerCase()) || NOT_NAMES.has(second.toLowerCase()) || NOT_A_FIRST_NAME.has(second.toLowerCase()) || NOT_A_SURNAME.has(second.toLowerCase())) continue;
    if (town !== undefined && (NOT_A_FIRST_NAME.has(town.toLowerCase()) || NOT_A_SURNAME.has(town.toLowerCase()))) continue;
    pushNew(out, "name", m.index, m.index + m[0].length);
  }
  for (const n of findFullNames(text)) pushNew(out, "name", n.start, n.end);
  for (const m of STREET_NAMED_LOWER_CUE.test(lower) ? matchesOf(STREET_NAMED, text) : []) {
    const words = (m[1] ?? "").toLowerCase().split(/\s+/);
    if (words.some((w) => NOT_STREET_WORDS.has(w) || GENERIC_STREET_WORDS.has(w))) continue;
    pushNew(out, "address", m.index, m.index + m[0].length);
  }
  for (const m of /\b(?:number|address|street|road)\b/.test(lower) ? matchesOf(ADDRESS_OWN, text) : []) {
    if (out.some((p) => p.type === "postcode" && p.start < m.index + m[0].length && m.index < p.end)) continue; // "my address is sw1a 1aa": the postcode says it
    pushNew(out, "address", m.index, trimEnd(text, m.index, m.index + m[0].length));
  }
  for (const m of /\d(?:st|nd|rd|th)\b/i.test(text) ? matchesOf(CORNER, text) : []) {
    pushNew(out, "address", m.index, m.index + m[0].length);
  }
  for (const m of /\b(?:on|down|along|off|in)\s/.test(text) ? matchesOf(STREET_IN_PASSING, text) : []) {
    if (/\b(?:on|down|along|off|in)\s+(?:the\s+corner\s+of\s+)?High\s+Street\b/.test(m[0])) continue; // every town has one
    pushNew(out, "address", m.index, m.index + m[0].length);
  }

  // Once a post gives one detail, a name beside it is what makes the person findable: an email
  // that spells a full name, or "Mrs Patel" with the school she teaches at.
  for (const p of out.filter((m) => m.type === "email")) if (emailNamesSomeone(text.slice(p.start, p.end))) pushNew(out, "name", p.start, p.end);
  if (out.some((p) => p.type !== "name")) {
    for (const m of matchesOf(TITLED_SURNAME, text)) if (isTitledSurname(m[1] ?? "")) pushNew(out, "name", m.index, m.index + m[0].length);
  }

  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
