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
const PHONE = /(?<![\d+])(?:(?:\+|00)\s?44[\s.\-]*(?:\(\s?0\s?\)[\s.\-]*)?|\(?0)[\s.\-]?([127])(?:[\s.\-()/]{0,3}\d){8,9}(?![\d])/g;

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
const PHONE_PIECE = "(?:[0-9oO]*[0-9][0-9oO]*|zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|hundred)";
const PHONE_MIXED = new RegExp(`(?<![\\w+])(?:(?:\\+\\s?|plus\\s+)(?:44|four\\s+four|1|one)[\\s.\\-]*)?\\(?${PHONE_PIECE}(?:[\\s,.\\-/()…]{1,5}${PHONE_PIECE}){2,14}(?![\\w])`, "gi");
/** Words that say a number is for reaching someone: "call me", "my cell", "hit my line". */
const CONTACT_CUE = /\b(?:call|calling|ring|text|txt|texts|cell|phone|mobile|number|numbers|num|digits|line|hmu|whatsapp|facetime|contact|reach)\b/i;
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
  for (const piece of run.toLowerCase().split(/[\s,.\-/()…]+/)) {
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
    if (d === null) return null;
    if (WORD_DIGIT[piece] !== undefined || /o/.test(piece)) words++;
    digits += d.repeat(repeat);
    repeat = 1;
  }
  return digits === "" ? null : { digits, words };
}

/** Digit groups as written: "(213) 555-0148" → [3, 3, 4]; single digits spaced out count as one group. */
function groupLengths(run: string): number[] {
  const bySeparator = run.split(/[,.\-/()…]+|\s{2,}/).map((g) => g.replace(/\D/g, "").length).filter((n) => n > 0);
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
  if (d.length === 10) return /^[2-9]\d\d[2-9]/.test(d) && (read.words > 0 || cued || /^(?:1,)?3,3,4$/.test(groups));
  if (d.length === 7) return cued && /^[2-9]/.test(d) && (read.words > 0 || groups === "3,4");
  return false;
}

function isUkNumber(digits: string): boolean {
  if (digits.startsWith("08") || digits.startsWith("116") || digits.startsWith("999")) return false;
  if (digits.startsWith("0")) return digits.length >= 10 && digits.length <= 11 && /^0[127]/.test(digits);
  return digits.startsWith("7") && digits.length === 10;
}

/** Plain emails, and emails spelt out: "sam dot t at gmail dot com", "sam [at] hotmail (dot) co (dot) uk". */
const EMAIL = /[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}/gi;
const EMAIL_SPELT =
  /\b[a-z0-9][a-z0-9._\-]*(?:\s*[[(]?\s*dot\s*[\])]?\s*[a-z0-9_\-]+)*\s*[[(]?\s*(?:at|@)\s*[\])]?\s*(?:gmail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|protonmail|proton|sky|me|mail|googlemail|msn)\s*[[(]?\s*(?:dot|\.)\s*[\])]?\s*(?:com|co|net|org|uk|me)(?:\s*[[(]?\s*(?:dot|\.)\s*[\])]?\s*(?:uk|com))?\b/gi;

/** "jamie[at]hillcrest-sixthform[dot]org", "k.patel22 at eastwoodhigh dot org dot uk": any domain, spelt out. */
const EMAIL_SPELT_ANY =
  /\b[a-z0-9][a-z0-9._\-]*\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[a-z0-9][a-z0-9\-]*(?:\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*[a-z0-9\-]+)*\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:com|co|org|net|uk|edu|sch|ac|me|io)\b(?:\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:uk|com|org))*/gi;
/** A website spelt out: "stmatthewsacademy dot co dot uk". */
const URL_SPELT = /\b[a-z0-9][a-z0-9\-]{2,}\s+dot\s+(?:com|co\s+dot\s+uk|org\s+dot\s+uk|org|net|uk|tv|gg|io|me|xyz|ly|link|site|online|app|live|club|shop)\b(?:\s+slash\s+[a-z0-9_\-]+)?/gi;
/** A link with spaces round its dot, as people write to get past filters: "disc . gg / appgrind", "bit . ly/abc". */
const URL_SPACED = /\b[a-z0-9][a-z0-9\-]{1,}\s*\.\s+(?:gg|ly|com|tv|io|me|xyz|link)\s*\/\s*[a-z0-9_\-]+|\b[a-z0-9][a-z0-9\-]{1,}\s+\.\s*(?:gg|ly|com|tv|io|me|xyz|link)\s*\/\s*[a-z0-9_\-]+/gi;

/** Links: http(s), www., and bare domains with a common top-level domain ("twitch.tv/someone", "discord.gg/abc"). */
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|co\.uk|org\.uk|uk|net|org|tv|gg|io|me|ly|app|xyz|info|link|live|site|online|store|shop|club|fm|to|cc|be|us|ws|ru|gl|page|chat|social|ee|ie|de|fr|ca|au|nz|eu|ai|dev|tk|gd|gy|co)\b(?:\/[^\s<>"']*)?/gi;

/** Help services named in SAFEGUARDING.md section 5: signposting, not a risky link. */
const HELP_DOMAINS = /(?:^|\.|\/\/)(?:childline\.org\.uk|ceop\.police\.uk|nspcc\.org\.uk|samaritans\.org|papyrus-uk\.org|youngminds\.org\.uk|giveusashout\.org|stopitnow\.org\.uk|iwf\.org\.uk|nhs\.uk|police\.uk|gov\.uk)(?:\/|$)/i;

/** UK postcodes, full ("LS6 3HN", "sw1a1aa"). An outward code alone ("LS6") is an area, not an address. */
const POSTCODE = /\b(?:[a-z]{1,2}\d[a-z\d]?|gir)\s*\d[abd-hjlnp-uw-z]{2}\b/gi;
/** "anyone from around ls6", "my school is in ng7", "near rm7": an outward code where someone says they are. */
const OUTWARD_CODE_CUED = /\b(?:around|round|near|from|in|live in|area|postcode is|postcode)\s+(?:the\s+)?([a-z]{1,2})(\d{1,2}[a-z]?)\b(?!\s*(?:year|yr|set|class|form|tier|level|%|pm|am|mins?|hours?|times?|x\b))/gi;
/** "zip is 30318", "zip 10027", "what's everyone's zip? mine's 78704", "in the 95123 area". */
const ZIP_CUED = /\bzip(?:\s*code|code)?\b[^0-9\n]{0,20}?(\d{5}(?:-\d{4})?)\b|\bthe\s+(\d{5})\s+area\b/gi;

const STREET_SUFFIX =
  "street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|terrace|gardens|gdns|hill|row|walk|mews|square|sq|view|rise|parade|boulevard|green|park road|vale";
/** "22 Queen Street", "flat 3, 14 church lane": a house number and a street name. */
const ADDRESS = new RegExp(`\\b\\d{1,4}[a-z]?,?\\s+((?:[a-z][a-z'’\\-]+\\s+){1,3})(?:${STREET_SUFFIX})\\b`, "gi");
/** "I live on Queen Street": a street named right after a "where I live" cue. */
const ADDRESS_CUED = new RegExp(
  `\\b(?:live|living|lives|stay|staying|house is|home is|come to|come round to|address is)\\s+(?:on|at|in)\\s+((?:[a-z][a-z'’\\-]+\\s+){1,3})(?:${STREET_SUFFIX})\\b`,
  "gi",
);
const NOT_STREET_WORDS = new Set(
  "the a an my your his her our their on in at to of and or but this that these those some any every all no one two three four five six seven eight nine ten dogs cats hours days weeks months years times minutes people kids friends is was are were i me you he she we they it".split(" "),
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
  /\b(?:go to|goes to|went to|attend|attends|at|from|in|school is|school's|schools|year \d+ at|in year \d+ at)\s+((?:st\.? |saint )?(?:[a-z'’\-]+\s+){1,3})(?:high school|high|hs|academy|acad|grammar school|grammar|college|primary school|primary|sixth form|comprehensive|comp|infants|juniors|prep|middle school|middle|elementary|junior high|jr high|school)\b/dgi;
/** "st anne's rc primary", "st aidan's c of e acad", "holy trinity rc high": a faith school's name needs no cue. */
const SCHOOL_FAITH =
  /\b(?:st\.?|saint|holy|our lady(?: of)?)\s+[a-z'’\-]+(?:\s+[a-z'’\-]+)?\s+(?:(?:rc|c\s?of\s?e|ce|catholic|church of england)\s+)?(?:high school|high|academy|acad|primary|school|college|sixth form|infants|juniors|comp|comprehensive)\b/gi;
/** "park view acad", "kingsmead comp", "westfield sixth form", "oakwood infants": the short forms are names by themselves. */
const NOT_BEFORE_SHORT_SCHOOL = new Set("for with into about which what want wants go goes going gone starting start started join joining leaving leave left doing do year yr then now when".split(" "));
const SCHOOL_SHORT = /\b((?:[a-z'’\-]+\s+){1,2})(?:acad|comp|comprehensive|sixth form|infants|juniors)\b/gi;
/** "go to st joseph's", "from st bedes in preston … gcse", "holy cross in yr 8": a saint's name as a school, with a school cue. */
const SCHOOL_SAINT = /\b(go to|goes to|going to|attend|attends|at|from|in|schools?|school is|school's)\s+(?:st\.?|saint|holy|our lady(?: of)?)\s+([a-z'’\-]+)/gi;
const SCHOOL_NEAR = /\b(?:year|yr|y\d|gcses?|sixth form|uniform|school|class|teacher|form tutor|head of year|blazer)\b/i;
/** Towns named after a saint: "from St Albans" is a place, not a school. */
const SAINT_TOWNS = new Set("albans helens ives andrews austell neots davids asaph leonards annes blazey columb just mawes agnes bees athan boswells ives mellons".split(" "));
/** "(north high)", "rhs (roosevelt high": a school named in brackets after its initials. */
const SCHOOL_BRACKETED = /\(\s*([a-z]+)\s+(?:high|middle|prep|academy|elementary)\b/gi;
/** "the grammar in tonbridge", "the academy in Wythenshawe", "the acad on bridge st": a school known by its town or street. */
const SCHOOL_BY_PLACE = /\bthe\s+(?:grammar school|grammar|academy|acad|comp|high school|sixth form|primary|catholic school)\s+(?:in|on|at)\s+([a-z][a-z'’\-]+)/gi;
const GENERIC_SCHOOL_WORDS = new Set(
  "the a my your his her our their this that same new old big local secondary primary high sixth form private state boarding grammar catholic faith free junior infant middle upper lower senior summer sunday driving dance music drama art football swim swimming language night holiday special mainstream public school uni university college different other another every each any is was in at to of and no".split(
    " ",
  ),
);
/** Everyday words that start a sentence with a capital and are never part of a school's name. */
const NOT_A_SCHOOL_NAME = new Set(
  "musical musicals i my the a we you he she they it this that when if so but and today tomorrow yesterday after before during back home went go going love hate like hating loving at in to from after then honestly literally why how what anyway also just ugh omg lol".split(" "),
);

/** Social handles with a platform cue: "my sc is jess_xo_11", "add me on insta @x", "tiktok: @jayden.k.07". */
const PLATFORM = "snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|tt|twitter|discord|telegram|tg|kik|whatsapp|wizz|yubo|roblox|fortnite|psn|xbox|gamertag|gt|steam|twitch|youtube|yt|pinterest|vsco|threads|bereal|facebook|fb|username|user name|user|handle|account|acc";
/** A possessive or request before the platform: "MY snap is …", "add me ON insta …". */
const OWNER_BEFORE = /\b(?:my|his|her|their|me on|him on|her on|add|follow|find me on)\s+$/i;
const HANDLE_CUED = new RegExp(
  `\\b(?:${PLATFORM})(?:['’]s)?(?:\\s+(?:name|username|user|handle|id|tag|gt|acc|account|me))?(?:\\s+on\\s+(?:${PLATFORM}))?\\s*(?:is|=|:|-|->|—|on|at|its|it's|it is|i'm|im)?\\s*(?:just\\s+)?(?:is\\s+)?(@\\s?[a-z0-9][a-z0-9._#]{1,29}|[a-z0-9][a-z0-9._#]{2,29})`,
  "gi",
);
const AT_HANDLE = /(?<![a-z0-9._%+\-])@([a-z0-9_][a-z0-9._]{1,29})/gi;
/**
 * A word shaped like a username, wherever it sits in the sentence: with an underscore
 * ("frog_prince2231", "xX_kebabking_Xx", "bookwormbea_"), dots between parts
 * ("lils.xoxo_2011", "lily.x.official"), or letters ending in digits ("swiftlyxo13"). Only a
 * handle when a platform or contact word is near it (HANDLE_SHAPED_CUE).
 */
const HANDLE_SHAPED = /(?<![\w@.\/])(?:[a-z0-9]+(?:[._][a-z0-9]+)+_*|[a-z0-9]{2,}_+|[a-z]{3,}\d{2,}[a-z0-9]*)(?![\w@]|\.[a-z0-9])/gi;
const HANDLE_SHAPED_CUE = new RegExp(
  `\\b(?:${PLATFORM}|add|adding|added|follow|followed|following|dm|dms|message|messaged|page|channel|server|called|named|profile|request|requests|search|wattpad|spotify|reddit|github|onlyfans|linktree|sub|subs|subscribe)\\b`,
  "i",
);
/** A plain word after "its"/"is"/"as": "follow me its xander.editz", "im on discord as frog_prince2231". */
const RIGHT_AFTER_CUE = /(?:\bits|\bit's|\bis|\bas|\bcalled|\bnamed|:|=|\bsearch|\badd)\s*['"‘“]?$/i;
/** A handle spelt out after a platform: "add me on insta its sunnyy dot days dot xo". */
const HANDLE_SPELT = /(?:\bits|\bit's|\bis|:)\s+([a-z0-9_]+(?:\s+dot\s+[a-z0-9_]+)+)/gi;
/** Words that are shaped like usernames but aren't: file names, consoles, years and school years. */
const NOT_HANDLE_SHAPED =
  /^(?:[a-z](?:\.[a-z])+\.?|.*\.(?:jpe?g|png|gif|mp[34]|mov|pdf|docx?|pptx?|xlsx?|txt|exe|zip|apk)|xbox\d+|ps\d|fifa\d+|fc\d+|gta\d+|nba2k\d+|covid\d+|year\d+|yr\d+|iphone\d+|galaxy\d+|pixel\d+|windows\d+|win\d+|top\d+|class\d+|under\d+|over\d+|u\d+|[a-z]+\d{4}s?)$/i;
const HANDLE_CUE_NEARBY = new RegExp(`\\b(?:${PLATFORM}|add|follow|dm|message|msg|text|my|me|find)\\b`, "i");
const NOT_A_HANDLE = new Set(
  "is are was the a an my me it its so too very really not on off down up out working broken dead private public banned hacked gone deleted glitching lagging weird annoying boring got get has have had and but or because when if then this that just also still now never always been being doing going there here what who how where why which mine yours his her their our them you your he she they we i im app apps name names account story stories streak streaks chat chats".split(
    " ",
  ),
);

/** "my name is Jessica Smith", "I'm called Tom Price from Leeds": a full name, or a name with a place. */
const NAME =
  /\b(?:(?:my|his|her|their) (?:full |real |actual )?name(?:'s| is)|(?:i'm|i am|im) called)\s+([A-Za-z][a-z'’\-]+)(?:\s+(?!(?:from|in|and|but|i|im)\b)([A-Za-z][a-z'’\-]+))?(?:\s+(?:from|in|and i live in|i live in)\s+[A-Za-z]+)?/dgi;
/**
 * "I'm Chloe Abernathy from Swindon", "her name is Bethany Clarke", "my cousin Freya Lindqvist in
 * Hexham": two capitalised words after an introduction, or a first and last name with a place.
 * Case-sensitive on purpose: names are written with capitals, ordinary words mostly aren't.
 */
const NAME_INTRODUCED =
  /\b(?:[Ii]'?m|I am|[Tt]his is|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir) (?:full |real )?name(?:'s| is)|(?:[Mm]y|[Oo]ur) (?:friend|cousin|sister|brother|mate|neighbour|classmate|son|daughter|child|niece|nephew|grandson|granddaughter|stepson|stepdaughter|little brother|little sister|big brother|big sister)(?:'s name is|'s called| is called)?)\s+([A-Z][a-z'’\-]+)\s+([A-Z][a-z'’\-]+)(?:\s+(?:from|in)\s+[A-Z][a-z]+)?/g;
const NOT_A_SURNAME = new Set("from in and but so the i im from year".split(" "));
/**
 * "Lucy Cartwright from Harrogate", "Brandon Le from Garden Grove", "Marcus Johnson, Tulsa OK":
 * a capitalised first and last name with a place, however the sentence around it runs.
 */
const NAME_WITH_PLACE = /\b([A-Z][a-z'’\-]+)\s+([A-Z][a-z'’\-]+)(?:\s+(?:from|in)\s+[A-Z][a-z]+|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+([A-Z]{2})\b)/g;
/** "Mrs Patel at Greenfield Primary", "Mr Okafor, head of year at Thornhill": a named adult at a named place. */
const TITLED_NAME_AT_PLACE = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'’\-]+(?=,?\s+(?:[a-z]+\s+){0,4}(?:at|from|in)\s+[A-Z])/g;
/** Capitalised words that open a phrase but are not a first name ("Year 9", "Mum from …", "Captain Hook in …"). */
const NOT_A_FIRST_NAME = new Set(
  ("the this that my our your his her their a an and but so if when then i im i'm it its we you they he she there here " +
    "mum mom dad nan gran grandma grandad mr mrs ms miss sir lady lord captain king queen prince princess saint st dr doctor " +
    "year yr class team form club school monday tuesday wednesday thursday friday saturday sunday january february march april " +
    "may june july august september october november december christmas easter halloween north south east west new old great little big " +
    "hi hello hey dear thanks thank also anyway honestly yesterday today tonight tomorrow last next every").split(" "),
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
      const read = dictatedDigits(m[0].replace(/^(?:\+\s?|plus\s+)(?:44|four\s+four)[\s.\-]*/i, "0 ").replace(/^(?:\+\s?|plus\s+)(?:1|one)\b/i, "1 "));
      if (read === null) continue;
      const cued = CONTACT_CUE.test(text.slice(Math.max(0, s - 40), Math.min(text.length, e + 25)));
      const uk = read.words > 0 && isUkNumber(read.digits);
      if (uk || isNorthAmericanNumber(m[0], read, cued)) push(out, "phone", s, trimEnd(text, s, e));
    }
  }

  const emailSpans: Array<[number, number]> = [];
  for (const re of hasAt ? [EMAIL, EMAIL_SPELT, EMAIL_SPELT_ANY] : []) {
    for (const m of matchesOf(re, text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (emailSpans.some(([a, b]) => s < b && a < e)) continue;
      emailSpans.push([s, e]);
      push(out, "email", s, e);
    }
  }

  for (const m of lower.includes("/") && /\s\.|\.\s/.test(lower) ? matchesOf(URL_SPACED, text) : []) push(out, "url", m.index, m.index + m[0].length);
  for (const m of lower.includes(" dot ") ? matchesOf(URL_SPELT, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (!emailSpans.some(([a, b]) => s < b && a < e)) push(out, "url", s, e);
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
    push(out, "url", s, e);
  }

  for (const m of digits >= 2 ? matchesOf(POSTCODE, text) : []) {
    const raw = m[0];
    // Need a digit-letter-letter inward code AND an outward code that isn't an ordinary word+number ("at 5pm").
    if (!/\d/.test(raw.slice(0, 4))) continue;
    push(out, "postcode", m.index, m.index + raw.length);
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

  const schoolCue = /school|academy|acad|college|high|grammar|primary|sixth form|comp|infants|juniors|middle|prep|elementary|\bhs\b/.test(lower);
  for (const re of schoolCue ? [SCHOOL_FAITH, SCHOOL_SHORT] : []) {
    for (const m of matchesOf(re, text)) {
      const nameWords = m[0].toLowerCase().split(/\s+/).slice(0, -1).map((w) => w.replace(/['’]s?$/, ""));
      if (re === SCHOOL_SHORT && nameWords.some(notASchoolName)) continue;
      const s = m.index;
      const e = s + m[0].length;
      pushNew(out, "school", s, e);
    }
  }
  for (const m of /\b(?:st|saint|holy|our lady)\b/i.test(text) ? matchesOf(SCHOOL_SAINT, text) : []) {
    const cue = (m[1] ?? "").toLowerCase();
    const saint = (m[2] ?? "").toLowerCase().replace(/['’]s?$/, "");
    if (SAINT_TOWNS.has(saint) || NOT_STREET_WORDS.has(saint)) continue;
    const strongCue = /go|attend|school/.test(cue);
    const s = m.index + cue.length + 1;
    const e = m.index + m[0].length;
    if (!strongCue && !SCHOOL_NEAR.test(text.slice(Math.max(0, s - 60), Math.min(text.length, e + 60)))) continue;
    pushNew(out, "school", s, e);
  }
  for (const re of schoolCue ? [SCHOOL_BRACKETED, SCHOOL_BY_PLACE] : []) {
    for (const m of matchesOf(re, text)) {
      const place = (m[1] ?? "").toLowerCase();
      if (NOT_STREET_WORDS.has(place) || GENERIC_SCHOOL_WORDS.has(place)) continue;
      const s = m.index;
      const e = m.index + m[0].length;
      pushNew(out, "school", s, e);
    }
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
    const nameWords = (m[1] ?? "").trim().toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, ""));
    if (nameWords.every((w) => GENERIC_SCHOOL_WORDS.has(w))) continue;
    if (nameWords.some((w) => NOT_A_SCHOOL_NAME.has(w) || NOT_STREET_WORDS.has(w) || NOT_BEFORE_SHORT_SCHOOL.has(w))) continue;
    const s = m.indices?.[1]?.[0] ?? m.index;
    const e = m.index + m[0].length;
    pushNew(out, "school", s, e);
  }

  for (const m of matchesOf(HANDLE_CUED, text)) {
    const handle = m[1] ?? "";
    const bare = handle.replace(/^@\s?/, "").replace(/[._]+$/, "");
    if (bare.length < 3 || NOT_A_HANDLE.has(bare.toLowerCase())) continue;
    // A plain word after a cue ("my snap is broken") is only a handle if it looks like one.
    const owned = OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    const looksLikeHandle = handle.startsWith("@") || /[\d_.]/.test(bare) || (owned && /(?:\bis|\bits|:|=)\s*@?$/i.test(m[0].slice(0, m[0].length - handle.length)));
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
    if (out.some((p) => p.start < e && s < p.end && p.type !== "url")) continue;
    const before = text.slice(Math.max(0, s - 50), s);
    const after = text.slice(e, Math.min(text.length, e + 30));
    if (!HANDLE_SHAPED_CUE.test(before) && !HANDLE_SHAPED_CUE.test(after)) continue;
    // Two plain words joined by a dot are as often a missing space ("fine.then") as a handle.
    const plainDotted = /^[a-z]+\.[a-z]+$/i.test(word);
    if (plainDotted && !RIGHT_AFTER_CUE.test(before) && !/^\s+on\s/i.test(after)) continue;
    push(out, "social_handle", s, e);
  }
  for (const m of lower.includes(" dot ") && HANDLE_SHAPED_CUE.test(text) ? matchesOf(HANDLE_SPELT, text) : []) {
    const s = m.index + m[0].length - (m[1] ?? "").length;
    const e = m.index + m[0].length;
    pushNew(out, "social_handle", s, e);
  }
  for (const m of lower.includes("@") ? matchesOf(AT_HANDLE, text) : []) {
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    if (out.some((p) => p.start < e && s < p.end)) continue;
    // Mentions of other forum users are fine; an @handle with a platform or contact cue nearby is not.
    const context = text.slice(Math.max(0, s - 60), Math.min(text.length, e + 40));
    if (!HANDLE_CUE_NEARBY.test(context.replace(m[0], " "))) continue;
    push(out, "social_handle", s, e);
  }

  const nameCue = lower.includes("name") || lower.includes("called");
  for (const m of nameCue ? matchesOf(NAME, text) : []) {
    const first = (m[1] ?? "").toLowerCase();
    const second = (m[2] ?? "").toLowerCase();
    if (NOT_NAMES.has(first)) continue;
    // Names are written with a capital ("my name is sad today" is not a name).
    const nameStart = m.indices?.[1]?.[0] ?? m.index;
    const initial = original[nameStart] ?? "";
    const hasSurname = m[2] !== undefined && !NOT_NAMES.has(second) && !NOT_STREET_WORDS.has(second);
    const hasPlace = /\s(?:from|in)\s/i.test(m[0]);
    if (!hasSurname && !hasPlace) continue;
    // Lowercase, a name needs both parts and a place: "my name is kayden brooks from rotherham",
    // but not "my name is sad today".
    if (initial === initial.toLowerCase() && !(hasSurname && hasPlace)) continue;
    push(out, "name", m.index, trimEnd(text, m.index, m.index + m[0].length));
  }

  for (const m of matchesOf(NAME_INTRODUCED, text)) {
    const [first = "", second = ""] = [m[1] ?? "", m[2] ?? ""];
    if (NOT_NAMES.has(first.toLowerCase()) || NOT_NAMES.has(second.toLowerCase()) || NOT_A_SURNAME.has(second.toLowerCase())) continue;
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    pushNew(out, "name", s, e);
  }
  const nameWithPlace = /\s(?:from|in)\s+[A-Z]|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+[A-Z]{2}\b/.test(text);
  for (const m of nameWithPlace ? matchesOf(NAME_WITH_PLACE, text) : []) {
    const [first = "", second = "", state] = [m[1] ?? "", m[2] ?? "", m[3]];
    if (NOT_A_FIRST_NAME.has(first.toLowerCase()) || NOT_NAMES.has(second.toLowerCase()) || NOT_A_FIRST_NAME.has(second.toLowerCase())) continue;
    if (state !== undefined && !US_STATES.has(state)) continue;
    const s = m.index;
    const e = trimEnd(text, s, s + m[0].length);
    pushNew(out, "name", s, e);
  }
  for (const m of /\bM(?:r|rs|s|iss)\b|\bDr\b/.test(text) ? matchesOf(TITLED_NAME_AT_PLACE, text) : []) {
    pushNew(out, "name", m.index, m.index + m[0].length);
  }
  for (const m of STREET_NAMED_LOWER_CUE.test(lower) ? matchesOf(STREET_NAMED, text) : []) {
    const words = (m[1] ?? "").toLowerCase().split(/\s+/);
    if (words.some((w) => NOT_STREET_WORDS.has(w) || GENERIC_STREET_WORDS.has(w))) continue;
    pushNew(out, "address", m.index, m.index + m[0].length);
  }
  for (const m of /\d(?:st|nd|rd|th)\b/i.test(text) ? matchesOf(CORNER, text) : []) {
    pushNew(out, "address", m.index, m.index + m[0].length);
  }
  for (const m of /\b(?:on|down|along|off|in)\s/.test(text) ? matchesOf(STREET_IN_PASSING, text) : []) {
    pushNew(out, "address", m.index, m.index + m[0].length);
  }

  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
