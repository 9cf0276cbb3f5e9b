/**
 * The features the classifier reads, shared by training and by `moderate()`.
 *
 * It reads the normaliser's words (disguises already undone: "k33p" → "keep",
 * "kms" → "kill myself", 💊 → "pills"), so the model learns meaning rather than
 * spelling tricks. Per word: the word, the pair with the next word in the same
 * sentence, and fastText-style character n-grams (3–5 letters of "<word>") so
 * typos and new word forms still share most of their features. Every feature is
 * a 32-bit FNV-1a hash; only features kept by training exist in the model, so an
 * unknown feature simply weighs nothing.
 *
 * Cost: a handful of integer operations per character, no strings built, no
 * allocation per feature. The arrays returned are reused by the next call: read
 * them before calling again (training copies what it keeps).
 */
import type { Token } from "../normalise.ts";

export interface Features {
  /** Feature hashes, in the order found (a feature may repeat: counts matter). */
  hashes: Uint32Array;
  /** For each hash, the index of the word it came from (explanations highlight words). */
  word: Uint32Array;
  /** Each word's span in the original text. */
  spans: Array<{ start: number; end: number }>;
  count: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x57;
const SEED_PAIR = 0x50;
const SEED_GRAM = 0x47;
const BOUNDARY = 0x3c; // "<" and ">" mark the ends of a word for its character n-grams
const BOUNDARY_END = 0x3e;
const MIN_GRAM = 3;
const MAX_GRAM = 5;

function mix(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

function hashWord(seed: number, w: string): number {
  let h = mix(FNV_OFFSET, seed);
  for (let i = 0; i < w.length; i++) h = mix(h, w.charCodeAt(i));
  return h;
}

function hashPair(a: string, b: string): number {
  let h = mix(FNV_OFFSET, SEED_PAIR);
  for (let i = 0; i < a.length; i++) h = mix(h, a.charCodeAt(i));
  h = mix(h, 0x20);
  for (let i = 0; i < b.length; i++) h = mix(h, b.charCodeAt(i));
  return h;
}

/** Numbers of one or two digits stay (ages matter: "i'm 13, he's 24"); longer ones are just "a number". */
function wordOf(form: string, kind: Token["kind"]): string {
  if (kind === "number" && form.length > 2) return "#";
  return form;
}

/** Split a token's normalised form into words ("kill myself" is two). */
function wordsOf(tokens: readonly Token[]): { words: string[]; owner: number[]; sentence: number[] } {
  const words: string[] = [];
  const owner: number[] = [];
  const sentence: number[] = [];
  tokens.forEach((t, i) => {
    const form = t.forms[0];
    if (form === undefined || form === "") return;
    for (const w of form.split(" ")) {
      if (w === "") continue;
      words.push(wordOf(w, t.kind));
      owner.push(i);
      sentence.push(t.sentence);
    }
  });
  return { words, owner, sentence };
}

// Scratch space reused between calls (moderate is synchronous, so calls never overlap):
// extraction allocates nothing per feature.
let scratchHashes = new Uint32Array(1024);
let scratchWord = new Uint32Array(1024);
const letters = new Int32Array(64);

export function extractFeatures(tokens: readonly Token[]): Features {
  const { words, owner, sentence } = wordsOf(tokens);
  let capacity = 16;
  for (const w of words) capacity += 2 + 3 * (Math.min(w.length, letters.length - 2) + 2);
  if (scratchHashes.length < capacity) {
    scratchHashes = new Uint32Array(capacity * 2);
    scratchWord = new Uint32Array(capacity * 2);
  }
  const hashes = scratchHashes;
  const word = scratchWord;
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const t = owner[i] ?? 0;
    hashes[n] = hashWord(SEED_WORD, w);
    word[n++] = t;
    const next = words[i + 1];
    if (next !== undefined && sentence[i + 1] === sentence[i]) {
      hashes[n] = hashPair(w, next);
      word[n++] = t;
    }
    if (w.length < 2) continue;
    // Character n-grams of "<w>" (long words cut short: their first letters say enough),
    // computed by extending one hash per start position.
    const len = Math.min(w.length, letters.length - 2) + 2;
    letters[0] = BOUNDARY;
    for (let k = 1; k < len - 1; k++) letters[k] = w.charCodeAt(k - 1);
    letters[len - 1] = BOUNDARY_END;
    for (let start = 0; start + MIN_GRAM <= len; start++) {
      let h = mix(FNV_OFFSET, SEED_GRAM);
      const stop = Math.min(start + MAX_GRAM, len);
      for (let k = start; k < stop; k++) {
        h = Math.imul(h ^ (letters[k] ?? 0), FNV_PRIME) >>> 0;
        if (k - start + 1 >= MIN_GRAM) {
          hashes[n] = h;
          word[n++] = t;
        }
      }
    }
  }
  return {
    hashes: hashes.subarray(0, n),
    word: word.subarray(0, n),
    spans: tokens.map((t) => ({ start: t.start, end: t.end })),
    count: n,
  };
}
