/**
 * Watched words: phrases a safeguarding lead adds without a release (new slang, a local dare),
 * and built-in rules a lead has switched off with a reason. They are data handed to the engine;
 * the engine stays pure (the server loads the active set from the database and passes it in).
 *
 * A watched phrase is matched like a rule phrase, on normalised words (disguises, leetspeak and
 * slang already undone), so "n3w d4re" is caught by "new dare". Staff write plain words; a word may
 * end in `*` ("unaliv*"). The rest of the rule syntax stays for developers: a lead should not have
 * to learn it, and a stray "|" or "~" could make a phrase match almost anything.
 */
import { normaliseRuleWords } from "./normalise.ts";
import type { Rule } from "./rules/rule.ts";
import type { Category } from "./types.ts";

export interface WatchedPhrase {
  id: string;
  phrase: string;
  category: Category;
}

export interface WatchedSet {
  /** Active watched phrases. */
  words: readonly WatchedPhrase[];
  /** Ids of built-in rules switched off. */
  disabledRules: readonly string[];
}

export const EMPTY_WATCHED_SET: WatchedSet = { words: [], disabledRules: [] };

/** Categories a watched phrase can raise: personal details are found by their shape, never by a phrase. */
export const WATCHABLE_CATEGORIES = [
  "immediate_danger",
  "self_harm",
  "grooming",
  "sextortion",
  "image_abuse",
  "abuse_disclosure",
  "sexual_content",
  "bullying",
  "contact_seeking",
  "profanity",
] as const satisfies readonly Category[];

export const WATCHED_RULE_PREFIX = "watched.";
export const MAX_PHRASE_LENGTH = 80;
const MAX_PHRASE_WORDS = 8;

/** Why a phrase cannot be watched, in words a lead understands; null when it can. */
export function phraseProblem(phrase: string): string | null {
  const p = phrase.trim();
  if (p.length === 0) return "Write the words to watch for.";
  if (p.length > MAX_PHRASE_LENGTH) return `Keep a phrase to ${MAX_PHRASE_LENGTH} characters or fewer.`;
  if (/[|()~_#\\]/.test(p)) return "Use plain words (a word may end in * to catch its endings); brackets and symbols like | ~ _ # are not allowed.";
  const words = p.split(/\s+/);
  if (words.length > MAX_PHRASE_WORDS) return `Keep a phrase to ${MAX_PHRASE_WORDS} words or fewer.`;
  if (words.some((w) => w.includes("*") && !/^[^*]{3,}\*$/.test(w))) return "A * may only end a word, after at least three letters (for example unaliv*).";
  const normalised = words.flatMap((w) => (w.endsWith("*") ? [w.slice(0, -1)] : normaliseRuleWords(w)));
  // One short everyday word would catch nearly every post.
  if (!normalised.some((w) => [...w].length >= 3)) return "A phrase needs at least one word of three or more letters.";
  return null;
}

/** A watched phrase as a rule the matcher compiles like any other. */
export function watchedRule(word: WatchedPhrase): Rule {
  const negatable = word.category === "self_harm" || word.category === "immediate_danger";
  return {
    id: `${WATCHED_RULE_PREFIX}${word.id}`,
    category: word.category,
    any: [word.phrase.trim().toLowerCase()],
    ...(negatable ? { negatable: true } : {}),
    note: "A watched phrase added by a safeguarding lead.",
  };
}
