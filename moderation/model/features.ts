/**
 * The features the classifier reads: fastText's own, computed exactly as fastText
 * computes them, so a model trained by fastText (scripts/train-moderation.ts) runs here
 * without fastText's runtime.
 *
 * The input is the normaliser's words (disguises already undone: "k33p" → "keep",
 * "kms" → "kill myself", 💊 → "pills"), so the model learns meaning rather than
 * spelling tricks; training feeds fastText the same words (`wordsOf`). Then, as
 * fastText does for a line ending in "</s>":
 *   - each word itself (a model row only if the word was in the training vocabulary);
 *   - the letter 3–5-grams of "<word>" (in Unicode characters), hashed into buckets;
 *   - each pair of neighbouring words, hashed into the same buckets.
 * Hashes are fastText's: 32-bit FNV-1a over UTF-8 bytes read as signed chars; word
 * pairs combine the words' hashes in 64-bit arithmetic (done here in 32-bit halves,
 * with no BigInt, because this runs for every post and every keystroke).
 *
 * A feature's key in the model: a bucket number (0 … buckets-1) for n-grams and pairs,
 * `buckets + hash mod (2³² - buckets)` for whole words, so the two never collide.
 *
 * Cost: a handful of integer operations per character, no strings built per n-gram,
 * no allocation per feature. The arrays returned are reused by the next call: read
 * them before calling again.
 */
import type { Token } from "../normalise.ts";

export interface Features {
  /** Feature keys, in the order found (a feature may repeat: counts matter). */
  hashes: Uint32Array;
  /** For each key, the index of the token it came from (explanations highlight words). */
  word: Uint32Array;
  /** 1 where the key is a whole word: it counts towards the average only if the model knows the word. */
  isWord: Uint8Array;
  /** Each token's span in the original text. */
  spans: Array<{ start: number; end: number }>;
  count: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** fastText's multiplier for combining word hashes into word n-grams. */
const PAIR_MULTIPLIER = 116049371;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** The end-of-line word fastText adds to every line; it has a row of its own and no n-grams. */
export const END_OF_LINE = "</s>";
const TWO_32 = 4294967296;

/** Longer than any word: keyboard mash or a pasted string, whose repeated letter n-grams would swamp the average. */
const MAX_WORD = 40;

/** Numbers of three or more digits are just "a number" (ages matter: "i'm 13, he's 24"); over-long strings are just "a long string". */
function wordOf(form: string, kind: Token["kind"]): string {
  if (kind === "number" && form.length > 2) return "#";
  if (form.length > MAX_WORD) return "#long";
  return form;
}

/** The words the classifier reads, with the token each came from ("kill myself" is two words of one token). */
export function wordsOf(tokens: readonly Token[]): { words: string[]; owner: number[] } {
  const words: string[] = [];
  const owner: number[] = [];
  tokens.forEach((t, i) => {
    const form = t.forms[0];
    if (form === undefined || form === "") return;
    // Most tokens are one word; only slang that expands ("kms" → "kill myself") needs splitting.
    if (!/\s/.test(form)) {
      words.push(wordOf(form, t.kind));
      owner.push(i);
      return;
    }
    for (const w of form.split(/\s+/)) {
      if (w === "") continue;
      words.push(wordOf(w, t.kind));
      owner.push(i);
    }
  });
  return { words, owner };
}

function s(b: number): number {
  return (b << 24) >> 24;
}

/** UTF-8 bytes of one code point, as signed chars (fastText hashes `int8_t(c)`), into `out` from `at`. */
function utf8Signed(cp: number, out: Int32Array, at: number): number {
  if (cp < 0x80) {
    out[at] = cp;
    return 1;
  }
  if (cp < 0x800) {
    out[at] = s(0xc0 | (cp >> 6));
    out[at + 1] = s(0x80 | (cp & 0x3f));
    return 2;
  }
  if (cp < 0x10000) {
    out[at] = s(0xe0 | (cp >> 12));
    out[at + 1] = s(0x80 | ((cp >> 6) & 0x3f));
    out[at + 2] = s(0x80 | (cp & 0x3f));
    return 3;
  }
  out[at] = s(0xf0 | (cp >> 18));
  out[at + 1] = s(0x80 | ((cp >> 12) & 0x3f));
  out[at + 2] = s(0x80 | ((cp >> 6) & 0x3f));
  out[at + 3] = s(0x80 | (cp & 0x3f));
  return 4;
}

/** fastText's `Dictionary::hash`. */
export function fastTextHash(s: string): number {
  const bytes = new Int32Array(4);
  let h = FNV_OFFSET;
  for (const ch of s) {
    const n = utf8Signed(ch.codePointAt(0) ?? 0, bytes, 0);
    for (let k = 0; k < n; k++) h = Math.imul((h ^ (bytes[k] ?? 0)) >>> 0, FNV_PRIME) >>> 0;
  }
  return h;
}

/**
 * fastText's bucket for the word pair (a, b): (int64(int32(a)) × 116049371 + int64(int32(b)))
 * mod 2⁶⁴ mod buckets, without 64-bit integers. The product is worked out modulo `buckets`
 * (every intermediate below 2⁵³, so exact in a double, for up to 2²⁶ buckets); only its sign
 * needs the full value, and a double has that right. A negative value wraps round 2⁶⁴.
 */
export function pairBucket(a: number, b: number, buckets: number): number {
  const sa = a | 0;
  const sb = b | 0;
  let r = (((sa % buckets) * (PAIR_MULTIPLIER % buckets)) % buckets + (sb % buckets)) % buckets;
  if (sa * PAIR_MULTIPLIER + sb < 0) r = (r + twoTo64Mod(buckets)) % buckets;
  return r < 0 ? r + buckets : r;
}

/** 2⁶⁴ mod n, as (2³² mod n)² mod n. */
function twoTo64Mod(n: number): number {
  const t = TWO_32 % n;
  return (t * t) % n;
}

export function wordKey(hash: number, buckets: number): number {
  return buckets + (hash % (TWO_32 - buckets));
}

// Scratch space reused between calls (moderate is synchronous, so calls never overlap).
let scratchHashes = new Uint32Array(1024);
let scratchWord = new Uint32Array(1024);
let scratchIsWord = new Uint8Array(1024);
/** "<word>" as UTF-8 signed bytes, and where each character starts. */
let bytes = new Int32Array(256);
let charStart = new Int32Array(64);

/** A word's whole-word hash and its letter n-gram buckets: the same for every post it is in. */
export interface WordFeatures {
  hash: number;
  grams: Uint32Array;
}

/**
 * Words repeat from post to post far more than they vary, so each word's features are
 * computed once and kept (a bounded cache, emptied when full: a memo of a pure function,
 * so verdicts never depend on what was seen before).
 */
const WORD_CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordFeatures>();
let cachedBuckets = -1;

export function featuresOfWord(w: string, buckets: number): WordFeatures {
  if (buckets !== cachedBuckets) {
    wordCache.clear();
    cachedBuckets = buckets;
  }
  const known = wordCache.get(w);
  if (known !== undefined) return known;
  if (bytes.length < 4 * w.length + 8) bytes = new Int32Array(8 * w.length + 16);
  if (charStart.length < w.length + 3) charStart = new Int32Array(2 * w.length + 8);
  // "<" + w + ">" as signed UTF-8 bytes; its hash as a whole word skips the brackets.
  let len = 0;
  let chars = 0;
  charStart[chars++] = len;
  bytes[len++] = 0x3c;
  let h = FNV_OFFSET;
  for (let k = 0; k < w.length; k++) {
    let cp = w.charCodeAt(k);
    if (cp >= 0xd800 && cp < 0xdc00 && k + 1 < w.length) cp = ((cp - 0xd800) << 10) + (w.charCodeAt(++k) - 0xdc00) + 0x10000;
    charStart[chars++] = len;
    const m = utf8Signed(cp, bytes, len);
    for (let b = 0; b < m; b++) h = Math.imul((h ^ (bytes[len + b] ?? 0)) >>> 0, FNV_PRIME) >>> 0;
    len += m;
  }
  charStart[chars++] = len;
  bytes[len++] = 0x3e;
  charStart[chars] = len;

  const grams: number[] = [];
  if (w !== END_OF_LINE) {
    for (let start = 0; start < chars; start++) {
      let g = FNV_OFFSET;
      for (let size = 1; size <= MAX_GRAM && start + size <= chars; size++) {
        for (let b = charStart[start + size - 1] ?? 0; b < (charStart[start + size] ?? 0); b++) g = Math.imul((g ^ (bytes[b] ?? 0)) >>> 0, FNV_PRIME) >>> 0;
        if (size >= MIN_GRAM) grams.push(g % buckets);
      }
    }
  }
  const features = { hash: h, grams: Uint32Array.from(grams) };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(w, features);
  return features;
}

export function extractFeatures(tokens: readonly Token[], buckets: number): Features {
  const { words, owner } = wordsOf(tokens);
  words.push(END_OF_LINE);
  owner.push(Math.max(0, tokens.length - 1));
  let capacity = 0;
  for (const w of words) capacity += 2 + 3 * (w.length + 2);
  if (scratchHashes.length < capacity) {
    scratchHashes = new Uint32Array(capacity * 2);
    scratchWord = new Uint32Array(capacity * 2);
    scratchIsWord = new Uint8Array(capacity * 2);
  }
  const hashes = scratchHashes;
  const word = scratchWord;
  const isWord = scratchIsWord;
  let n = 0;
  let previous = 0;
  for (let i = 0; i < words.length; i++) {
    const t = owner[i] ?? 0;
    const { hash: h, grams } = featuresOfWord(words[i] ?? "", buckets);
    hashes[n] = wordKey(h, buckets);
    isWord[n] = 1;
    word[n++] = t;
    if (i > 0) {
      hashes[n] = pairBucket(previous, h, buckets);
      isWord[n] = 0;
      word[n++] = owner[i - 1] ?? 0;
    }
    previous = h;
    for (let g = 0; g < grams.length; g++) {
      hashes[n] = grams[g] ?? 0;
      isWord[n] = 0;
      word[n++] = t;
    }
  }
  return {
    hashes: hashes.subarray(0, n),
    word: word.subarray(0, n),
    isWord: isWord.subarray(0, n),
    spans: tokens.map((t) => ({ start: t.start, end: t.end })),
    count: n,
  };
}
