/**
 * Character folding: how one character of what someone typed becomes the plain
 * lower-case letters the rules are written in.
 *
 * Disguises this undoes: full-width and "fancy" letters (𝐬𝐮𝐢𝐜𝐢𝐝𝐞, ｎｕｄｅｓ, via
 * NFKD), accents (nüdes), Cyrillic and Greek look-alikes (Cyrillic "а" in "nаked"),
 * and invisible characters slipped inside a word (zero-width space, soft hyphen,
 * direction marks) so that "su\u200Bicide" is still one word.
 */

/** Cyrillic and Greek letters that look like Latin ones (lower case, after folding). */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: "a", в: "b", е: "e", ё: "e", з: "3", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t",
  у: "y", х: "x", ѕ: "s", і: "i", ї: "i", ј: "j", ԁ: "d", ԛ: "q", ԝ: "w", ɡ: "g", ү: "y", һ: "h",
  п: "n", г: "r", ь: "b", л: "n",
  // Greek
  α: "a", β: "b", γ: "y", δ: "d", ε: "e", η: "n", ι: "i", κ: "k", μ: "u", ν: "v", ο: "o", ρ: "p",
  σ: "o", ς: "s", τ: "t", υ: "u", χ: "x", ω: "w", ϲ: "c",
  // Latin oddities NFKD leaves alone
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ı: "i", ȷ: "j", ð: "d", þ: "th",
  // apostrophe look-alikes become a plain apostrophe (dropped inside words later)
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'",
};

/**
 * Characters that are invisible or only steer rendering. Dropped wherever they
 * are, so they can neither split a word nor hide one.
 */
export function isIgnorable(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) || // bidi isolates
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors (emoji vs text style)
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin-tone modifiers
    (cp >= 0xe0000 && cp <= 0xe007f) // tag characters
  );
}

const MARKS = /\p{M}/gu;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const foldCache = new Map<number, string>();

/** True for emoji and other pictographs (they become words of their own). */
export function isPictograph(cp: number): boolean {
  if (cp < 0x2000) return cp === 0x00a9 || cp === 0x00ae;
  return PICTOGRAPHIC.test(String.fromCodePoint(cp));
}

/**
 * Fold one code point to the lower-case Latin text the rules use. May return
 * "" (ignorable) or more than one character ("ß" → "ss", "ﬁ" → "fi").
 */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = "";
  if (!isIgnorable(cp) && !(cp >= 0xd800 && cp <= 0xdfff)) {
    const decomposed = String.fromCodePoint(cp).normalize("NFKD").replace(MARKS, "").toLowerCase();
    for (const ch of decomposed) out += LOOK_ALIKES[ch] ?? ch;
  } else if (cp >= 0xd800 && cp <= 0xdfff) {
    out = " "; // a lone surrogate is broken text: treat it as a space
  }
  // Only cache the small alphabets; emoji and CJK would just grow the map.
  if (cp < 0x3000 || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x1d400 && cp <= 0x1d7ff)) {
    foldCache.set(cp, out);
  }
  return out;
}

/**
 * A same-length (UTF-16 unit for unit) folding of the whole text, used by the
 * PII detectors, which work with regular expressions on the original offsets:
 * full-width digits and letters become ASCII, look-alike letters become Latin,
 * invisible characters become spaces (so "077\u200B00" reads as "077 00").
 */
export function foldSameLength(text: string): string {
  // Most posts are plain ASCII: nothing to fold, and no copy to build.
  let first = 0;
  while (first < text.length && text.charCodeAt(first) < 0x80) first++;
  if (first === text.length) return text;
  let out = text.slice(0, first);
  let changed = false;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += text[i];
      continue;
    }
    let r: string = text[i] ?? " ";
    if (c >= 0xff01 && c <= 0xff5e) r = String.fromCharCode(c - 0xfee0);
    else if (isIgnorable(c) || c === 0x00a0 || c === 0x2007 || c === 0x202f) r = " ";
    else if (c >= 0xd800 && c <= 0xdfff) r = text[i] ?? " ";
    else {
      const lower = (text[i] ?? "").toLowerCase();
      const mapped = LOOK_ALIKES[lower];
      if (mapped !== undefined && mapped.length === 1) r = mapped;
    }
    if (r !== text[i]) changed = true;
    out += r;
  }
  return changed ? out : text;
}
