/**
 * Profanity (severity 1: published with the words masked).
 *
 * The word list is bad-words' own list (its `Filter().list`, from the
 * badwords-list package), matched by OUR matcher on whole words after
 * normalisation, so "Scunthorpe", "assassin" and "cocktail" never match and
 * "sh1t", "f*ck" and "b!tch" do.
 *
 * Words removed from the list, and why: they are everyday English (a door
 * knob, a blue tit, sex education, breast cancer, football balls, "love you
 * xxx"), body words young people need for health questions, history words
 * (Nazi), surnames and foreign words that collide with English or names.
 * Slurs are also in bullying.slurs (hate aimed at people, severity 2).
 */
import { Filter } from "bad-words";
import type { Rule } from "./rule.ts";

const EVERYDAY_OR_MEDICAL = new Set(
  (
    "anal anus balls bum butt breasts boob boobs booobs boooobs booooobs booooooobs b00bs b00b hell hells bloody " +
    "cox dink dinks enema fart flange hoar hoer hore hoor hoore knob knobs knobz masochist sadist nazi nazis orifice oriface orifiss " +
    "penis vagina vulva vullva clitoris scrotum testicle testical semen rectum recktum foreskin screw screwing sex sexy poop porn p0rn pr0n " +
    "preteen pula pule puta puto suka yed perse kuk hui muie cipa dupa faen feg fitt kusi paska pillu pimpis picka shiz teez teets " +
    "tit xxx xrated s.o.b. h4x0r ekrem rautenberg schaffer monkleigh mibun orgasim orgasm orgasum boiolas buceta dirsa ayir chraa " +
    "dominatricks dominatrics dominatrix jap japs spic injun kraut gook honkey wop w0p daygo dego mouliewop polac polak polack " +
    "ejaculate ejaculated ejaculates ejaculating ejaculatings ejaculation ejakulate ejackulate breast lesbo doosh duche cum cums " +
    "hoer* pusse pussee puuke puuker nastt smut queef feces"
  ).split(/\s+/),
);

function cleanEntry(entry: string): string | null {
  const word = entry.toLowerCase().replace(/[*;]/g, "").replace(/_/g, "").trim();
  if (word === "" || EVERYDAY_OR_MEDICAL.has(word) || EVERYDAY_OR_MEDICAL.has(entry.toLowerCase())) return null;
  // Entries like "@$$" are pure symbols: our normaliser reads leetspeak inside words, not alone.
  if (!/[a-z]/.test(word)) return null;
  // Phrases may contain spaces or hyphens; anything else is not a word we can match on boundaries.
  if (!/^[a-z0-9!$@+ \-]+$/.test(word)) return null;
  // "f u c k": spaced-out letters are glued back by the normaliser, so the plain word covers it.
  if (word.split(/[ \-]/).some((part) => part.length === 1)) return null;
  return word;
}

/** bad-words' list, cleaned and de-duplicated (about 700 entries). */
export const PROFANITY_WORDS: readonly string[] = [
  ...new Set(
    new Filter().list.flatMap((entry) => {
      const w = cleanEntry(entry);
      return w === null ? [] : [w];
    }),
  ),
  // Common UK and self-censored spellings bad-words does not list.
  "fucking",
  "fuckin",
  "fking",
  "fkn",
  "fk",
  "fck",
  "fcking",
  "f*ck",
  "f*cking",
  "sh*t",
  "bullshit",
  "shite",
  "shitty",
  "pissed",
  "pissing",
  "bollocks",
  "wanker",
  "wankers",
  "tosser",
  "knobhead",
  "dickhead",
  "arsehole",
  "motherfucker",
  "wtf",
  "ffs",
];

export const PROFANITY_RULES: readonly Rule[] = [
  {
    id: "profanity.word",
    category: "profanity",
    note: "Swearing not aimed at a person: published with the word masked.",
    any: PROFANITY_WORDS,
  },
];
