/** Every category of SAFEGUARDING.md section 2, with its severity (section 3). */
import { describe, expect, it } from "vitest";
import { moderate, type Category } from "../../moderation/index.ts";
import { explain } from "./helpers.ts";

function expectVerdict(text: string, category: Category, severity: number): void {
  const v = moderate(text);
  expect(v.categories, explain(text)).toContain(category);
  expect(v.severity, explain(text)).toBe(severity);
}

const CASES: Record<Exclude<Category, "pii">, Array<[string, number]>> = {
  immediate_danger: [
    ["I've taken all the tablets", 4],
    ["i'm on the bridge going to jump", 4],
    ["he's outside my house now", 4],
    ["meeting him tonight and he doesn't know I'm 14", 4],
    ["my daughter went to meet a man from online and isn't answering", 4],
    ["just swallowed a whole box of paracetamol", 4],
    ["the pills are in front of me", 4],
    ["goodbye everyone, by the time you read this i'll be gone", 4],
    ["someone is banging on my door and i'm home alone", 4],
  ],
  self_harm: [
    ["i've started cutting again", 3],
    ["i feel like hurting myself again tonight", 3],
    ["kms", 3],
    ["i want to unalive myself", 3],
    ["everyone would be better off without me", 3],
    ["my daughter says she wants to die", 3],
    ["i've got the 💊 ready", 4],
    ["💊", 3],
    ["I'm not going to hurt myself", 2],
  ],
  grooming: [
    ["he says keep our chats secret from my mum", 3],
    ["he told me to keep it secret", 3],
    ["he sent me robux and says i owe him a favour", 3],
    ["he wants us to move to telegram so it's more private", 3],
    ["he's 24 and i'm 14", 3],
    ["he says i'm mature for my age", 3],
    ["a guy from tiktok wants to meet up next week", 3],
    ["he asked what i'm wearing", 3],
  ],
  sextortion: [
    ["they'll post my pics unless i pay", 3],
    ["he's blackmailing me", 3],
    ["they said they'd send my nudes to my family if i don't give them £100", 3],
  ],
  image_abuse: [
    ["he keeps asking me to send nudes", 3],
    ["she wants pics in my underwear", 3],
    ["someone shared a nude of her around school", 3],
    ["he wants me to go on cam and take my clothes off", 3],
  ],
  abuse_disclosure: [
    ["my stepdad comes into my room at night", 3],
    ["my dad hits me", 3],
    ["my coach touched me and said not to tell", 3],
    ["I think my son's tutor has been doing something to him", 3],
  ],
  sexual_content: [
    ["i want to fuck you", 3],
    ["what would you do to me in bed", 3],
    ["🍆🍑", 3],
  ],
  bullying: [
    ["you're a pathetic loser and everyone hates you", 2],
    ["ur so ugly", 2],
    ["i'm going to batter you after school", 2],
    ["kys", 3],
    ["you should die", 3],
    ["everyone says i'm ugly and i should die", 3],
  ],
  contact_seeking: [
    ["dm me", 2],
    ["add me on snap", 2],
    ["what's your snap?", 2],
    ["whats ur insta", 2],
    ["hmu on whatsapp", 2],
  ],
  profanity: [
    ["this is so shit", 1],
    ["what the fuck", 1],
    ["bollocks, missed the bus", 1],
  ],
};

describe.each(Object.entries(CASES))("%s", (category, cases) => {
  it.each(cases)("%s → severity %i", (text, severity) => {
    const v = moderate(text);
    // "i've got the 💊 ready" is immediate danger AND self-harm; every case names its category.
    if (category === "self_harm" && severity === 4) {
      expect(v.categories, explain(text)).toContain("immediate_danger");
      expect(v.severity, explain(text)).toBe(4);
      return;
    }
    expectVerdict(text, category as Category, severity);
  });
});

describe("reported speech and parents", () => {
  it.each([
    ["he told me to keep it secret", "grooming"],
    ["she said not to tell my mum we talk", "grooming"],
    ["my son says his online friend told him to delete their chats", "grooming"],
    ["my daughter told me she wants to die", "self_harm"],
    ["My son said he's been cutting himself", "self_harm"],
    ["my 15 year old says someone is threatening to share her photos unless she pays", "sextortion"],
  ] as const)("%s → %s", (text, category) => {
    const v = moderate(text);
    expect(v.categories, explain(text)).toContain(category);
    expect(v.severity, explain(text)).toBeGreaterThanOrEqual(3);
  });
});
