/** Item 8 of issue 4: properties that hold for ANY input (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moderate, redact } from "../../moderation/index.ts";

/** Characters that break naive text code: lone surrogates, bidi marks, joiners, combining marks, emoji, look-alikes. */
const NASTY = [
  "\uD800", "\uDC00", "\uDBFF", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202E", "\u2066", "\uFEFF", "\u00AD",
  "\u0301", "\uFE0F", "👩‍👩‍👧", "💊", "🔪", "🍆", "🤫", "ｓ", "а", "ο", "ß", "ﬁ", "\n", "\r\n", "\t", ".", "-", "'", "’", "@", "#", "0", "1", "3", "$", "!", "|",
];
const WORDS = [
  "kill", "myself", "send", "nudes", "n00dz", "k33p", "it", "between", "us", "secret", "tonight", "meet", "he", "says", "i'm", "14",
  "07700", "900123", "@jess_01", "insta", "dm", "me", "shit", "you", "loser", "not", "going", "to", "hurt", "cut", "my", "hair", "s", "e", "x",
];

const nastyChar = fc.constantFrom(...NASTY);
const word = fc.constantFrom(...WORDS);
/** Mixed text: any UTF-16 units (incl. lone surrogates), nasty characters, and risky words with separators. */
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.array(fc.oneof(word, nastyChar, fc.constantFrom(" ", "  ", ". ", ", ", " - ")), { maxLength: 200 }).map((parts) => parts.join("")),
  fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), word, nastyChar), { maxLength: 120 }).map((parts) => parts.join(" ")),
);

function checkSpans(input: string): void {
  const v = moderate(input);
  for (const m of v.matches) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(input.length);
    expect(m.start).toBeLessThan(m.end);
    const slice = input.slice(m.start, m.end);
    // Spans cover words: they never start or end on whitespace.
    expect(slice.trim().length).toBeGreaterThan(0);
    expect(/^\s/.test(slice)).toBe(false);
    expect(/\s$/.test(slice)).toBe(false);
  }
  expect(v.masked.length).toBe(input.length);
  expect(v.severity).toBeGreaterThanOrEqual(0);
  expect(v.severity).toBeLessThanOrEqual(4);
}

describe("properties", () => {
  it("never throws, and spans stay inside the text and cover words", () => {
    fc.assert(
      fc.property(text, (input) => {
        checkSpans(input);
        expect(() => redact(input, moderate(input))).not.toThrow();
      }),
      { numRuns: 600, seed: 42 },
    );
  });

  it("never throws on long strings up to 20,000 characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(word, nastyChar, fc.constant(" "), fc.string({ unit: "binary", maxLength: 50 })), { minLength: 500, maxLength: 4000 }),
        (parts) => {
          const input = parts.join(" ").slice(0, 20_000);
          checkSpans(input);
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });

  it("handles 20,000 characters of one repeated nasty character", () => {
    for (const ch of ["\uD800", "\u200D", "a", "1", " ", ".", "💊", "s ", "k33p "]) {
      const input = ch.repeat(Math.ceil(20_000 / ch.length)).slice(0, 20_000);
      expect(() => checkSpans(input)).not.toThrow();
    }
  });

  it("is deterministic: the same input gives the same verdict", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(moderate(input)).toEqual(moderate(input));
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it("a crisis phrase is found wherever it sits in harmless text, and its span covers exactly its words", () => {
    const filler = fc.array(fc.constantFrom("hello", "school", "today", "was", "fine", "and", "the", "bus", "late"), { maxLength: 30 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(filler, filler, fc.constantFrom("kill myself", "send nudes", "k33p it between us"), (before, after, phrase) => {
        const input = `${before}. ${phrase}. ${after}`;
        const v = moderate(input);
        expect(v.severity).toBeGreaterThanOrEqual(3);
        const at = input.indexOf(phrase);
        expect(v.matches.some((m) => m.start === at && m.end === at + phrase.length) || v.matches.some((m) => m.start >= at && m.end <= at + phrase.length)).toBe(true);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
