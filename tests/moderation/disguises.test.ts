/** Item 1 of issue 4: every disguise is undone, and every match maps back to the ORIGINAL text. */
import { describe, expect, it } from "vitest";
import { moderate } from "../../moderation/index.ts";
import { tokenise } from "../../moderation/normalise.ts";
import { explain } from "./helpers.ts";

/** [disguised text, category expected, the original words the match must cover] */
const DISGUISES: Array<[string, string, string, string]> = [
  ["full-width letters (NFKC)", "ｓｅｎｄ ｎｕｄｅｓ", "image_abuse", "ｎｕｄｅｓ"],
  ["mathematical bold letters", "i want to 𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟", "self_harm", "𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟"],
  ["Cyrillic look-alikes", "i want to kіll mysеlf", "self_harm", "kіll mysеlf"],
  ["Greek look-alikes", "he wants nαked pιcs", "image_abuse", "nαked pιcs"],
  ["accents", "he wants nüdes", "image_abuse", "nüdes"],
  ["upper case", "I WANT TO KILL MYSELF", "self_harm", "KILL MYSELF"],
  ["leet k33p", "k33p it between us", "grooming", "k33p it between us"],
  ["leet n00dz", "he wants n00dz", "image_abuse", "n00dz"],
  ["leet su1c1dal", "su1c1dal again, sorry", "self_harm", "su1c1dal"],
  ["leet k!ll", "i want to k!ll myself", "self_harm", "k!ll myself"],
  ["leet nud3s", "he'll send my nud3s to everyone unless i pay", "sextortion", "send my nud3s"],
  ["spaced letters", "s e n d n u d e s", "image_abuse", "n u d e s"],
  ["dotted letters", "n.u.d.e.s? he asks every day", "image_abuse", "n.u.d.e.s"],
  ["dashed letters", "k-y-s", "bullying", "k-y-s"],
  ["punctuation inside a word", "thinking about su.icide again", "self_harm", "su.icide"],
  ["zero-width space inside a word", "sui\u200bcide is all i think about", "self_harm", "sui\u200bcide"],
  ["soft hyphen and joiners", "n\u00adu\u200dd\u200ces", "image_abuse", "n\u00adu\u200dd\u200ces"],
  ["right-to-left mark", "\u200fkill myself", "self_harm", "kill myself"],
  ["repeated letters", "pleeeease send nuuuudes", "image_abuse", "nuuuudes"],
  ["repeated letters (2)", "i want to diiiie", "self_harm", "want to diiiie"],
  ["repeated letters keep real doubles", "kiiiill myseeeelf", "self_harm", "kiiiill myseeeelf"],
  ["self-censored with *", "he wants n*des", "image_abuse", "n*des"],
  ["misspelling", "he said dont tel ur mum about us", "grooming", "dont tel ur mum"],
  ["slang kms", "honestly kms", "self_harm", "kms"],
  ["slang kys", "kys loser", "bullying", "kys"],
  ["slang unalive", "i want to unalive", "self_harm", "unalive"],
  ["slang noods", "send noods", "image_abuse", "noods"],
  ["slang sc", "whats ur sc", "contact_seeking", "whats ur sc"],
  ["slang insta", "whats ur insta", "contact_seeking", "whats ur insta"],
  ["slang wanna", "i wanna die", "self_harm", "wanna die"],
  ["text-speak 2nite", "meeting him 2nite and he doesnt know im 13", "immediate_danger", "2nite"],
  ["pill emoji", "💊 tonight", "self_harm", "💊"],
  ["emoji as words", "🍆💦 for u", "sexual_content", "🍆💦"],
  ["shush emoji", "don't tell 🤫", "grooming", "🤫"],
];

describe("disguises are undone and matches map back to the original text", () => {
  it.each(DISGUISES)("%s: %s", (_name, text, category, words) => {
    const v = moderate(text);
    expect(v.categories, explain(text)).toContain(category);
    const spans = v.matches.filter((m) => m.category === category).map((m) => text.slice(m.start, m.end));
    expect(spans, explain(text)).toContain(words);
  });
});

describe("normaliser", () => {
  const lexicon = { has: (w: string) => ["send", "nudes"].includes(w), longestAt: (s: string, i: number) => (s.startsWith("send", i) ? 4 : s.startsWith("nudes", i) ? 5 : 0) };

  it("keeps UTF-16 offsets across surrogate pairs and emoji", () => {
    const text = "😀 𝐡𝐢 💊 there";
    const tokens = tokenise(text, lexicon);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["😀", "𝐡𝐢", "💊", "there"]);
    expect(tokens.map((t) => t.forms[0])).toEqual(["emoji", "hi", "pill_emoji", "there"]);
  });

  it("splits numbers from units instead of reading them as leetspeak", () => {
    const tokens = tokenise("he's 19yo and i'm 14", lexicon);
    expect(tokens.map((t) => t.forms[0])).toEqual(["hes", "19", "yo", "and", "im", "14"]);
  });

  it("glues spaced letters only into known words", () => {
    expect(tokenise("s e n d n u d e s", lexicon).map((t) => t.forms[0])).toEqual(["send", "nudes"]);
    expect(tokenise("a b c d", lexicon).map((t) => t.forms[0])).toEqual(["a", "b", "c", "d"]);
  });

  it("numbers sentences and marks clause breaks", () => {
    const tokens = tokenise("i am fine. but, honestly", lexicon);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1]);
    expect(tokens.map((t) => t.clauseBreak)).toEqual([false, false, false, true, true]);
  });
});
