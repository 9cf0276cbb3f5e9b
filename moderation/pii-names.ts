/**
 * A person's full name written in passing (issue 9, item 4: "a full name with a town"):
 * "my best friend is ellie thompson in year 9", "Fiona Lennox at the chemist on Dalmuir Road",
 * "it's Callum Reid fae Kirkcaldy". A known first name (first-names.ts), then a word shaped
 * like a surname, with something around it that points at a real, findable person: a relation
 * or an introduction before it ("my aunt", "called", "search"), or a place, school, age or
 * address after it ("from", "at", "in year 9", "lives"). Two capitalised words alone are not
 * enough ("Taylor Swift is touring"), and famous names stay unflagged.
 */
import { FIRST_NAMES, WORD_FIRST_NAMES } from "./first-names.ts";

export interface NameSpan {
  start: number;
  end: number;
}

const WORD = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*/g;
const SURNAME_SHAPE = /^(?:(?:mc|mac|o['’]|d['’])?[a-z]{2,}(?:-[a-z]+)?)$/i;

/** Words that follow a first name but are never a surname ("ellie said", "jake and me"). */
const NOT_A_SURNAME = new Set(
  ("a an the and or but so if then than because as at by for from fae in into of on off out over to up down with about after before " +
    "is isnt was wasnt were are be been am do does did doesnt didnt have has had will would can could should cant wont must might " +
    "i im me my you your he hes him his she shes her hers we our they their them it its us who whos what when where why how which " +
    "just really very too also still even only not never always again now here there today tonight yesterday tomorrow lol lmao omg ngl tbh idk fr rn btw haha " +
    "said says told tells asked asks keeps kept got gets get wants want went goes go came comes come made makes make took takes sent sends saw sees " +
    "thinks think knows know likes like loves love hates hate left gave gives put puts ran runs broke fell won lost hit ate wrote texted messaged posted " +
    "called calls tried tries needs needed used uses started stopped showed shows looks looked seems seemed feels felt helped helps lives lived works worked " +
    "plays played this that these those one all some any every no knife underscore dot " +
    "close terrace grove crescent avenue drive way court gardens mews rise row walk place view square rd st " +
    "year yr years class form school academy high primary college club team fc united city town road street lane park centre center " +
    "mum mom dad nan gran sister brother friend mate cousin aunt uncle teacher coach everyone anyone someone everybody nobody people " +
    "birthday party house home room phone account page channel video videos pics pic photos photo").split(" "),
);

/** Before a name, these say it is someone the writer knows or points others to. */
const CUE_BEFORE = new Set(
  ("called named name names name's names is its it's im i'm iam am " +
    "friend friends bestie bff mate cousin sister brother sis bro aunt auntie aunty uncle nan nana gran grandma grandad granny grandpa mum mom dad stepdad stepmum " +
    "son daughter niece nephew grandson granddaughter husband wife partner boyfriend girlfriend bf gf ex crush neighbour neighbor classmate " +
    "teacher tutor coach worker carer keyworker counsellor manager boss leader head headteacher girl boy lad lass lassie kid guy man woman bloke " +
    "search find add follow tag know knows knew shoutout shout out to message msg contact ask").split(" "),
);

/** Words that say a name comes next, enough on their own even in lower case. */
const NAMING = new Set("called named name names name's".split(" "));

/** After a name, these say where or who the person is. */
const DETAIL_AFTER = /^[\s,]*(?:(?:who\s+)?(?:from|fae|frae|in|at|on|off|lives|lived|living|goes|went|go|works|worked|runs|ran|plays|is\s+in|is\s+at|who\s+lives|who\s+goes|year|yr|aged?)\b|\(?\d{1,2}\b|,\s*[A-Z][a-z]+)/;

/** After a lower-case name, enough on its own: where the person is from, lives or is at school. */
const STRONG_DETAIL_AFTER = /^[\s,]*(?:from|fae|frae|who|lives|goes|in\s+(?:year|yr)|year|yr|at)\b/;

/** Full names everyone knows: mentioning them identifies nobody. */
const FAMOUS = new Set(
  ("harry potter|jack russell|sweeney todd|anne sexton|sylvia plath|ted hughes|harry styles|harry kane|taylor swift|billie eilish|ariana grande|olivia rodrigo|sabrina carpenter|selena gomez|justin bieber|" +
    "ed sheeran|lewis capaldi|lewis hamilton|tom holland|tom daley|emma watson|emma raducanu|peter parker|tony stark|bruce wayne|jake paul|logan paul|" +
    "andrew tate|mary berry|david attenborough|david beckham|marcus rashford|jude bellingham|cole palmer|charli xcx|dua lipa|kim kardashian|kylie jenner|" +
    "chris brown|nicki minaj|jack harlow|mary poppins|luke skywalker|anne frank|martin luther|king charles|elizabeth ii|greta thunberg|jamie oliver|" +
    "gordon ramsay|simon cowell|ant mcpartlin|declan donnelly|holly willoughby|phillip schofield|michael jackson|elton john|paul mccartney|john lennon|" +
    "amy winehouse|kate middleton|prince harry|prince william|keir starmer|rishi sunak|boris johnson|donald trump|joe biden|kamala harris|" +
    "miley cyrus|katy perry|lady gaga|james charles|ishowspeed|kai cenat|mr beast|jack black|steve harrington|will byers|mike wheeler|" +
    "lucas sinclair|dustin henderson|max mayfield|percy jackson|katniss everdeen|bella swan|edward cullen|hermione granger|ron weasley|" +
    "draco malfoy|albus dumbledore|lily evans|james bond|sherlock holmes|john watson|romeo montague|juliet capulet|oliver twist|" +
    "jane eyre|elizabeth bennet|victor frankenstein|tom riddle|lionel messi|cristiano ronaldo|erling haaland|bukayo saka|phil foden|declan rice").split("|"),
);

const isCapitalised = (w: string): boolean => /^[A-Z]/.test(w);

/** On either list (`lower` already in lower case). */
const listed = (lower: string): boolean => FIRST_NAMES.has(lower) || WORD_FIRST_NAMES.has(lower);

/** A first name as written: a name that is also a word only with its capital. */
const isFirstName = (w: string, lower: string): boolean => (WORD_FIRST_NAMES.has(lower) ? isCapitalised(w) : FIRST_NAMES.has(lower));

/** Could be a surname (`lower` in lower case, without a final "'s"). */
const surnameShaped = (lower: string): boolean => SURNAME_SHAPE.test(lower) && !NOT_A_SURNAME.has(lower);

function isSurname(w: string, firstCapitalised: boolean): boolean {
  const lower = w.toLowerCase().replace(/['’]s$/, "");
  if (!surnameShaped(lower)) return false;
  if (firstCapitalised) return isCapitalised(w);
  // In lower case a surname could be any word: leave out word shapes that are mostly verbs.
  if (/(?:ing|ed|ly)$/.test(lower) && lower.length > 4) return false;
  return !listed(lower);
}

interface Word {
  text: string;
  start: number;
  end: number;
}

export function findFullNames(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  // Most posts name nobody: read words one at a time, keeping only the last three, and look
  // further only at a first name.
  const recent: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    // Most words are written in lower case already; lowering every word is most of the cost.
    const lower = /[A-Z]/.test(w) ? w.toLowerCase() : w;
    if (isFirstName(w, lower)) {
      const name = nameAt(text, { text: w, start: m.index, end: m.index + w.length }, recent);
      if (name !== null) {
        out.push(name);
        WORD.lastIndex = name.end;
        recent.length = 0;
        continue;
      }
    }
    recent.push(lower);
    if (recent.length > 3) recent.shift();
  }
  return out;
}

const FOLLOWING = / +([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)/y;

/** The word straight after `at`, if only spaces come between ("ellie thompson", not "ellie, thompson"). */
function wordAfter(text: string, at: number): Word | null {
  FOLLOWING.lastIndex = at;
  const m = FOLLOWING.exec(text);
  const word = m?.[1];
  if (m === null || word === undefined) return null;
  return { text: word, start: at + m[0].length - word.length, end: at + m[0].length };
}

function nameAt(text: string, first: Word, previous: readonly string[]): NameSpan | null {
  const cap = isCapitalised(first.text);
  let last = wordAfter(text, first.end);
  if (last === null) return null;
  // A middle name is allowed: "emily rose harper".
  if (listed(last.text.toLowerCase())) {
    const after = wordAfter(text, last.end);
    if (after !== null && isSurname(after.text, cap)) last = after;
  }
  if (!isSurname(last.text, cap)) return null;
  const full = `${first.text} ${last.text}`.toLowerCase().replace(/['’]s$/, "");
  if (FAMOUS.has(full)) return null;
  const cued = previous.some((w) => CUE_BEFORE.has(w));
  const detailed = DETAIL_AFTER.test(text.slice(last.end, last.end + 40));
  if (!cued && !detailed) return null;
  // Lower case needs more: "her name's chloe summers", "my friend jake morris from leeds",
  // "jake morris from leeds", never "we love jake morris".
  if (!cap && !previous.slice(-2).some((w) => NAMING.has(w)) && !(cued && detailed) && !STRONG_DETAIL_AFTER.test(text.slice(last.end, last.end + 20))) return null;
  return { start: first.start, end: last.end - (/['’]s$/.test(last.text) ? 2 : 0) };
}

/** The part of an email address before "@" / " at " / "[at]". */
const LOCAL_PART = /^(.+?)(?:\s*@|\s+at\s+|\s*\[at\]|\s*\(at\))/i;

/**
 * An email address that spells out a full name ("sarah.dunmore@…", "claire dot whitmore at
 * btinternet dot com", "kaylee.m.ross at gmail") names the person as well as reaching them.
 */
export function emailNamesSomeone(email: string): boolean {
  const local = LOCAL_PART.exec(email)?.[1];
  if (local === undefined) return false;
  const parts = local.toLowerCase().split(/\s+dot\s+|[._\s]+/).filter((p) => p !== "" && !/^\d+$/.test(p));
  const first = parts[0];
  const last = parts.length >= 2 && (parts[1]?.length ?? 0) === 1 ? parts[2] : parts[1];
  if (first === undefined || last === undefined) return false;
  return listed(first) && surnameShaped(last) && !FIRST_NAMES.has(last);
}

/**
 * "Mrs Patel", "mr hughes", "Miss Kowalska": an adult named by title, findable once a school or
 * place is given too. "Dr" only with its capital: in lower case it is mostly a street ("maple ridge dr").
 */
export const TITLED_SURNAME = /\b(?:[Mm]rs?|[Mm]s|[Mm]iss|Dr)\.?\s+([A-Za-z][A-Za-z'’\-]+)/g;

export const isTitledSurname = (surname: string): boolean => surnameShaped(surname.toLowerCase().replace(/['’]s$/, ""));
