/**
 * The shape of a rule, written so a safeguarding lead can read and change it.
 *
 * PHRASE SYNTAX (every phrase is matched on normalised words, so disguises,
 * leetspeak, slang like "ur"/"kms" and emoji are already undone):
 *   plain words           "keep it secret"          the words in this order
 *   (a|b|c)               "(mum|dad|parents)"       any one of the choices
 *   (a|)                  "(really |)sad"           optional
 *   word*                 "suicid*"                 any word starting with "suicid"
 *   ~                     "leak ~ pics"             up to 3 words of anything in between
 *   _                     "meet _ tonight"          exactly one word of anything
 *   #13-17                "im #11-17"               a number in that range (ages)
 *   emoji                 "💊"                      the emoji itself
 *
 * A rule fires when:
 *   any:  one of its phrases appears, or
 *   all:  one phrase from EACH group appears, close together (`within`).
 * unless:            exceptions that stop the rule when they overlap the matched words
 *                    ("dying of laughter", "cut my hair");
 * unlessInSentence:  exceptions anywhere in the same sentence (asking for advice,
 *                    a school talk, a game).
 * negatable:         crisis words that may be negated ("I'm not going to hurt
 *                    myself"); negated matches are severity 2, never silently allowed.
 */
import type { Category, Severity } from "../types.ts";

export interface Rule {
  /** Stable id, "<category>.<what>", shown to reviewers and recorded on cases. */
  id: string;
  category: Category;
  /** Defaults to the category's severity (CATEGORY_SEVERITY). */
  severity?: Severity;
  any?: readonly string[];
  all?: readonly (readonly string[])[];
  /** For `all`: how close the groups must be. A number is a distance in words. Default "sentence". */
  within?: number | "sentence" | "message";
  /** For `all`: each group must come after the one before it ("you … loser", not "loser … you"). */
  ordered?: boolean;
  unless?: readonly string[];
  unlessInSentence?: readonly string[];
  negatable?: boolean;
  /** Why the rule exists: what it is meant to catch. */
  note: string;
}
