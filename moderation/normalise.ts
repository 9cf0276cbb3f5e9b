/**
 * Normalisation that keeps offsets.
 *
 * Turns what someone typed into a stream of plain lower-case words, each with
 * the span of the ORIGINAL text it came from (UTF-16 offsets), so every rule
 * match can be highlighted on the words the author really wrote.
 *
 * Disguises undone here, in order:
 *  1. characters: NFKD, accents, full-width, Cyrillic/Greek look-alikes,
 *     invisible characters (characters.ts);
 *  2. letters spaced or dotted apart ("s e n d n u d e s", "n.u.d.e.s") are
 *     glued back together and split into known words;
 *  3. punctuation inside a word ("su.icide", "k-ill") is dropped when the
 *     joined word is one the rules know;
 *  4. leetspeak ("k33p", "n00dz", "su1c1dal", "k!ll", "$hit");
 *  5. repeated letters ("pleeease", "nooooo");
 *  6. slang and misspellings ("kms", "ur", "noods", "insta"; slang.ts);
 *  7. emoji become words ("💊" → "pills").
 *
 * Cost is linear in the length of the text: every step walks the text or the
 * token list once, and the lexicon look-ups are hash or trie walks bounded by
 * the longest known word.
 */
import { foldCodePoint, isIgnorable, isPictograph } from "./characters.ts";
import { EMOJI_WORDS, SLANG } from "./slang.ts";

export type TokenKind = "word" | "number" | "emoji";

export interface Token {
  /** Normalised spellings to try, most likely first (e.g. "k1ll" → ["kill", "klll"]). */
  forms: string[];
  /** UTF-16 span in the original text. */
  start: number;
  end: number;
  /** Index of the sentence the word is in (0-based). */
  sentence: number;
  /** True when a comma, colon, dash or "but" separates this word from the one before. */
  clauseBreak: boolean;
  kind: TokenKind;
}

/** The words the rules know; used to glue spaced-out letters back into words. */
export interface Lexicon {
  has(word: string): boolean;
  /** Length of the longest known word that starts at s[i] (0 if none). */
  longestAt(s: string, i: number): number;
  /** Known words matching a self-censored spelling, "*" standing for one letter ("n*des" → "nudes"). */
  matchMasked?(pattern: string, limit: number): string[];
}

/** A word as typed, before spelling is undone: folded characters plus where each came from. */
interface Piece {
  chars: string; // folded, apostrophes removed
  offsets: number[]; // offsets[k] = start offset in the original of chars[k]
  start: number;
  end: number;
  gapBefore: string; // original text between the previous piece and this one
  emoji: string | null;
  /** Ended in apostrophe + s ("mum's", "he's"): also try the word without the s. */
  possessive: boolean;
}

const LEET: Readonly<Record<string, string>> = {
  "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
  "@": "a", "$": "s", "!": "i", "|": "i", "+": "t", "€": "e",
};
/** Single digits that stand for words in text-speak ("i want 2 die", "asking 4 pics"). */
const DIGIT_WORDS: Readonly<Record<string, string[]>> = { "2": ["to", "too"], "4": ["for"], "8": ["ate"] };
/** Symbols that count as letters inside a word ("k!ll", "$hit", "n@ked") but not at its edges. */
const WORD_SYMBOLS = new Set(["@", "$", "!", "|", "+", "*", "€"]);
const EDGE_TRIM = new Set(["@", "!", "|", "+", "*", "€"]);
/** Separators that may sit between spaced-out letters: "n.u.d.e.s", "k-i-l-l", "s e x". */
const SPACING = /^[\s.\-_*,/·•~+]{1,3}$/;
const SENTENCE_END = /[.!?]\s|[.!?]$|\n|[.!?]["')\]]/;
const CLAUSE_BREAK = /[,;:()–—]|\s-\s/;
/** Number-then-unit words that should be split, not leet-read: "14yo", "10pm", "£50", "2nd". */
const NUMBER_UNIT = /^(\d+)(yo|yos|y|yr|yrs|year|years|yearold|yrold|m|f|pm|am|th|st|nd|rd|k|p|mins?|hrs?|hours?|days?|weeks?|months?|ish|s)$/;

const OTHER_LETTER = /[\p{L}\p{N}\p{M}]/u;
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c > 0x7f && OTHER_LETTER.test(ch));
}
function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Where `scan` is: the word being read, and where the gap before it began. */
interface ScanState {
  text: string;
  pieces: Piece[];
  chars: string;
  offsets: number[];
  start: number;
  gapStart: number;
  apostropheBeforeLast: boolean;
  lastWasApostrophe: boolean;
}

/** End the word being read, if any, and keep it as a piece. */
function flush(st: ScanState): void {
  if (st.start < 0) return;
  const { chars, offsets, text } = st;
  // Trim symbols at the edges ("help!" → "help", "@jay" → "jay") but keep "$hit".
  let a = 0;
  let b = chars.length;
  while (a < b && EDGE_TRIM.has(chars[a] ?? "")) a++;
  while (b > a && (EDGE_TRIM.has(chars[b - 1] ?? "") || chars[b - 1] === "$" && b - 1 > a && chars[b - 2] !== "$" && !/[a-z]/.test(chars[b - 2] ?? ""))) b--;
  if (b > a) {
    const pStart = offsets[a] ?? st.start;
    const lastOffset = offsets[b - 1] ?? st.start;
    // end = just after the last kept character (it may be a surrogate pair)
    const cp = text.codePointAt(lastOffset) ?? 0;
    const trimmedEnd = lastOffset + (cp > 0xffff ? 2 : 1);
    st.pieces.push({
      chars: a === 0 && b === chars.length ? chars : chars.slice(a, b),
      offsets: a === 0 && b === offsets.length ? offsets : offsets.slice(a, b),
      start: pStart,
      end: trimmedEnd,
      gapBefore: text.slice(st.gapStart, pStart),
      emoji: null,
      possessive: b === chars.length && st.apostropheBeforeLast,
    });
    st.gapStart = trimmedEnd;
  }
  st.chars = "";
  st.offsets = [];
  st.start = -1;
  st.apostropheBeforeLast = false;
  st.lastWasApostrophe = false;
}

/** Split the text into pieces (candidate words) and emoji, keeping offsets. */
function scan(text: string): Piece[] {
  const st: ScanState = { text, pieces: [], chars: "", offsets: [], start: -1, gapStart: 0, apostropheBeforeLast: false, lastWasApostrophe: false };
  let i = 0;
  while (i < text.length) {
    // Fast path: plain ASCII letters and digits (most of every post).
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) {
      if (st.start < 0) st.start = i;
      st.chars += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : text[i];
      st.offsets.push(i);
      st.apostropheBeforeLast = st.lastWasApostrophe && (c === 0x73 || c === 0x53);
      st.lastWasApostrophe = false;
      i++;
      continue;
    }
    if (c === 0x20) {
      flush(st);
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (isIgnorable(cp)) {
      i += width;
      continue;
    }
    if (cp > 0x7f && isPictograph(cp)) {
      flush(st);
      const ch = String.fromCodePoint(cp);
      st.pieces.push({
        chars: "",
        offsets: [],
        start: i,
        end: i + width,
        gapBefore: text.slice(st.gapStart, i),
        emoji: EMOJI_WORDS[ch] ?? "emoji",
        possessive: false,
      });
      st.gapStart = i + width;
      i += width;
      continue;
    }
    const folded = foldCodePoint(cp);
    let inWord = folded.length > 0;
    for (const ch of folded) {
      if (!(isLetter(ch) || isDigit(ch) || ch === "'" || WORD_SYMBOLS.has(ch))) inWord = false;
    }
    // Lone surrogates and other broken text fold to a space.
    if (folded === "'" && st.start < 0) inWord = false;
    if (inWord) {
      if (st.start < 0) st.start = i;
      for (const ch of folded) {
        if (ch === "'") {
          st.lastWasApostrophe = true;
          continue;
        }
        st.apostropheBeforeLast = st.lastWasApostrophe && ch === "s";
        st.lastWasApostrophe = false;
        st.chars += ch;
        st.offsets.push(i);
      }
    } else {
      flush(st);
    }
    i += width;
  }
  flush(st);
  return st.pieces;
}

function leet(chars: string): string {
  let out = "";
  for (const ch of chars) out += LEET[ch] ?? ch;
  return out.replace(/\*/g, "");
}

function hasLetter(s: string): boolean {
  for (const ch of s) if (isLetter(ch)) return true;
  return false;
}

/**
 * "kiiiill" → ["kill", "kiill", "kil"]: runs of 3+ letters collapsed to one (keeping real
 * doubles), to two, and every run to one. Words without a run of 3+ are returned as they are.
 */
function repeatVariants(word: string): string[] {
  if (!/(.)\1\1/.test(word)) return [word];
  const out: string[] = [];
  for (const v of [word.replace(/(.)\1{2,}/g, "$1"), word.replace(/(.)\1{2,}/g, "$1$1"), word.replace(/(.)\1+/g, "$1")]) {
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/** Add a spelling and its repeat variants, once each. */
function addSpelling(forms: string[], w: string): void {
  for (const v of repeatVariants(w)) if (v.length > 0 && !forms.includes(v)) forms.push(v);
}

/** The spellings of a word to try, most likely first, before slang is applied. */
function spellings(chars: string): string[] {
  const forms: string[] = [];
  if (!hasLetter(chars) || !/[0-9@$!|+*€£]/.test(chars)) {
    addSpelling(forms, chars.replace(/\*/g, ""));
    return forms;
  }
  // A word as typed may itself be slang with digits in it ("2nite", "h8", "b4").
  if (SLANG[chars] !== undefined) forms.push(chars);
  addSpelling(forms, leet(chars));
  // "1" and "|" are sometimes an l ("se1f", "k1||"), not an i.
  if (/[1|]/.test(chars)) addSpelling(forms, leet(chars.replace(/[1|]/g, "l")));
  return forms;
}

interface Word {
  forms: string[];
  start: number;
  end: number;
  gapBefore: string;
  kind: TokenKind;
}

/** Apply slang to a word's spellings; may expand one word into several ("kms" → "kill myself"). */
function applySlang(w: Word): Word[] {
  if (w.kind !== "word") return [w];
  for (const f of w.forms) {
    const s = SLANG[f];
    if (s === undefined) continue;
    const parts = s.split(" ");
    if (parts.length === 1) {
      const forms = [s, ...w.forms.filter((x) => x !== s && x !== f)];
      return [{ ...w, forms }];
    }
    return parts.map((p, k) => ({ ...w, forms: [p], gapBefore: k === 0 ? w.gapBefore : " " }));
  }
  return [w];
}

/**
 * Glue runs of single letters ("s e n d n u d e s", "n.u.d.e.s") back together
 * and split the result into known words. Only replaces the run when known
 * words cover most of it, so "i m a b c" stays as it is.
 */
function glueSpacedLetters(pieces: Piece[], lexicon: Lexicon): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < pieces.length) {
    const p = pieces[i];
    if (p === undefined) break;
    // Find a run of single-character pieces separated by spacing characters only.
    let j = i;
    if (p.emoji === null && p.chars.length === 1) {
      while (j + 1 < pieces.length) {
        const q = pieces[j + 1];
        if (q === undefined || q.emoji !== null || q.chars.length !== 1 || !SPACING.test(q.gapBefore)) break;
        j++;
      }
    }
    const runLength = j - i + 1;
    if (runLength >= 3) {
      const run = pieces.slice(i, j + 1);
      const glued = run.map((r) => LEET[r.chars] ?? r.chars).join("");
      const segmented = segment(glued, lexicon);
      if (segmented !== null) {
        for (const [a, b] of segmented) {
          const first = run[a];
          const last = run[b - 1];
          if (first === undefined || last === undefined) continue;
          words.push({
            forms: repeatVariants(glued.slice(a, b)),
            start: first.start,
            end: last.end,
            gapBefore: a === 0 ? first.gapBefore : " ",
            kind: "word",
          });
        }
        i = j + 1;
        continue;
      }
    }
    words.push(toWord(p, lexicon));
    i++;
  }
  return mergeBrokenWords(words, lexicon);
}

/** Greedy longest-known-word segmentation; null unless known words cover ≥ 70% of the letters. */
function segment(s: string, lexicon: Lexicon): Array<[number, number]> | null {
  const parts: Array<[number, number]> = [];
  let covered = 0;
  let longest = 0;
  let i = 0;
  while (i < s.length) {
    const n = lexicon.longestAt(s, i);
    if (n > 0) {
      parts.push([i, i + n]);
      covered += n;
      longest = Math.max(longest, n);
      i += n;
    } else {
      parts.push([i, i + 1]);
      i++;
    }
  }
  return longest >= 3 && covered >= 0.7 * s.length ? parts : null;
}

function toWord(p: Piece, lexicon: Lexicon): Word {
  if (p.emoji !== null) {
    return { forms: [p.emoji], start: p.start, end: p.end, gapBefore: p.gapBefore, kind: "emoji" };
  }
  const kind: TokenKind = /^\d+$/.test(p.chars) ? "number" : "word";
  // Text-speak digits used as words: "want 2 die", "4 u", "h8".
  const forms = kind === "number" ? [p.chars, ...(DIGIT_WORDS[p.chars] ?? [])] : spellings(p.chars);
  // Self-censored words: "n*des", "f*ck", "s*icide" (only when letters surround the "*").
  if (kind === "word" && /[a-z0-9]\*|\*[a-z0-9]/.test(p.chars) && lexicon.matchMasked !== undefined) {
    const pattern = leet(p.chars.replace(/\*/g, "\u0000")).replace(/\u0000/g, "*");
    for (const w of lexicon.matchMasked(pattern, 3)) if (!forms.includes(w)) forms.push(w);
  }
  if (p.possessive && forms[0] !== undefined && forms[0].length > 2) forms.push(forms[0].slice(0, -1));
  return { forms, start: p.start, end: p.end, gapBefore: p.gapBefore, kind };
}

/** "su.icide", "k-ill", "nu_des": join two pieces split by one punctuation mark when the join is a known word. */
function mergeBrokenWords(words: Word[], lexicon: Lexicon): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    // "3:30", "7.15", "10/10": times, decimals and scores are one token, not two numbers (so "30" is not an age).
    if (prev !== undefined && prev.kind === "number" && w.kind === "number" && /^[:./]$/.test(w.gapBefore)) {
      out[out.length - 1] = { forms: [`${prev.forms[0] ?? ""}${w.gapBefore}${w.forms[0] ?? ""}`], start: prev.start, end: w.end, gapBefore: prev.gapBefore, kind: "word" };
      continue;
    }
    if (prev !== undefined && prev.kind !== "emoji" && w.kind !== "emoji" && /^[.\-_*'/]$/.test(w.gapBefore)) {
      const joined = (prev.forms[0] ?? "") + (w.forms[0] ?? "");
      const known = repeatVariants(joined).find((v) => lexicon.has(v) || SLANG[v] !== undefined);
      if (known !== undefined && !lexicon.has(prev.forms[0] ?? "") ) {
        out[out.length - 1] = { forms: [known], start: prev.start, end: w.end, gapBefore: prev.gapBefore, kind: "word" };
        continue;
      }
      if (known !== undefined && !lexicon.has(w.forms[0] ?? "")) {
        out[out.length - 1] = { forms: [known], start: prev.start, end: w.end, gapBefore: prev.gapBefore, kind: "word" };
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/** Split "14yo" into "14" + "yo", "10pm" into "10" + "pm" (they are not leetspeak). */
function splitNumberUnits(w: Word, text: string): Word[] {
  if (w.kind !== "word") return [w];
  const c = text.charCodeAt(w.start);
  if (!(c >= 0x30 && c <= 0x39)) return [w];
  const raw = text.slice(w.start, w.end).toLowerCase();
  const m = NUMBER_UNIT.exec(raw);
  if (m === null || m[1] === undefined || m[2] === undefined) return [w];
  const digitsEnd = w.start + m[1].length;
  return [
    { forms: [m[1]], start: w.start, end: digitsEnd, gapBefore: w.gapBefore, kind: "number" },
    { forms: [m[2]], start: digitsEnd, end: w.end, gapBefore: "", kind: "word" },
  ];
}

/** Normalise a text into tokens. Never throws; linear in the length of the text. */
export function tokenise(text: string, lexicon: Lexicon): Token[] {
  const words = glueSpacedLetters(scan(text), lexicon);
  const tokens: Token[] = [];
  let sentence = 0;
  for (const w0 of words) {
    for (const w1 of splitNumberUnits(w0, text)) {
      for (const w of applySlang(w1)) {
        const gap = w.gapBefore;
        if (tokens.length > 0 && SENTENCE_END.test(gap)) sentence++;
        const first = w.forms[0] ?? "";
        tokens.push({
          forms: w.forms,
          start: w.start,
          end: w.end,
          sentence,
          clauseBreak: CLAUSE_BREAK.test(gap) || first === "but" || first === "although",
          kind: w.kind,
        });
      }
    }
  }
  return tokens;
}

/** Normalise one word of a rule the same way as posts ("don't" → "dont", "ur" → "your", "kms" → "kill myself"). */
export function normaliseRuleWords(phrase: string): string[] {
  const empty: Lexicon = { has: () => false, longestAt: () => 0 };
  return tokenise(phrase, empty).flatMap((t) => (t.forms[0] === undefined ? [] : [t.forms[0]]));
}
