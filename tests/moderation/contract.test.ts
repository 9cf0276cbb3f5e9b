/** The contract in API.md ("The moderation engine") and SAFEGUARDING.md section 3. */
import { describe, expect, it } from "vitest";
import {
  ACTION_FOR_SEVERITY,
  CATEGORIES,
  CATEGORY_SEVERITY,
  PII_TYPES,
  RULES,
  moderate,
  redact,
  type Verdict,
} from "../../moderation/index.ts";

describe("exports", () => {
  it("exports the severity table from SAFEGUARDING.md section 3", () => {
    expect(CATEGORY_SEVERITY).toEqual({
      immediate_danger: 4,
      self_harm: 3,
      grooming: 3,
      sextortion: 3,
      image_abuse: 3,
      abuse_disclosure: 3,
      sexual_content: 3,
      bullying: 2,
      contact_seeking: 2,
      pii: 2,
      profanity: 1,
    });
  });

  it("maps every severity to its action", () => {
    expect(ACTION_FOR_SEVERITY).toEqual({ 0: "allow", 1: "allow_masked", 2: "review", 3: "escalate", 4: "urgent" });
  });

  it("lists the category and PII ids of the contract", () => {
    expect([...CATEGORIES].sort()).toEqual(Object.keys(CATEGORY_SEVERITY).sort());
    expect([...PII_TYPES]).toEqual(["phone", "email", "social_handle", "url", "school", "postcode", "address", "name"]);
  });
});

describe("verdict shape", () => {
  const examples: Array<[string, number]> = [
    ["I got a hamster and named him Pickle", 0],
    ["this is so shit, my phone died again", 1],
    ["ring me 07700 900987", 2],
    ["he told me to keep our chats secret from my mum", 3],
    ["I've taken all the tablets", 4],
  ];

  it.each(examples)("%s → severity %i with the matching action", (text, severity) => {
    const v = moderate(text);
    expect(v.severity).toBe(severity);
    expect(v.action).toBe(ACTION_FOR_SEVERITY[v.severity]);
  });

  it("has every field of the contract, with valid ids", () => {
    for (const [text] of examples) {
      const v: Verdict = moderate(text);
      expect(Object.keys(v)).toEqual(expect.arrayContaining(["severity", "action", "categories", "pii", "matches", "masked", "negated"]));
      for (const c of v.categories) expect(CATEGORIES).toContain(c);
      for (const p of v.pii) expect(PII_TYPES).toContain(p);
      for (const m of v.matches) {
        expect(typeof m.ruleId).toBe("string");
        expect(CATEGORIES).toContain(m.category);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThan(m.end);
      }
    }
  });

  it("severity is the highest category severity", () => {
    const v = moderate("you're a loser, dm me, and i want to kill myself");
    expect(v.categories).toEqual(expect.arrayContaining(["self_harm", "bullying", "contact_seeking"]));
    expect(v.severity).toBe(3);
    expect(v.categories[0]).toBe("self_harm");
  });

  it("includes pii in categories exactly when PII types are listed", () => {
    const withPii = moderate("my sc is jess_xo_11 add me");
    expect(withPii.categories).toContain("pii");
    expect(withPii.pii).toEqual(["social_handle"]);
    const without = moderate("hello everyone");
    expect(without.categories).not.toContain("pii");
    expect(without.pii).toEqual([]);
  });

  it("matches point at the original words, with a rule id", () => {
    const text = "He said 'k33p it between us' 🤫";
    const v = moderate(text);
    const secrecy = v.matches.find((m) => m.category === "grooming");
    expect(secrecy).toBeDefined();
    expect(text.slice(secrecy?.start, secrecy?.end)).toBe("k33p it between us");
    expect(secrecy?.ruleId).toMatch(/^grooming\./);
  });

  it("masks profanity for allow_masked, keeping the length", () => {
    const text = "this is so shit, fucking phone";
    const v = moderate(text);
    expect(v.action).toBe("allow_masked");
    expect(v.masked).toBe("this is so ****, ******* phone");
    expect(v.masked.length).toBe(text.length);
    expect(moderate("hello").masked).toBe("hello");
  });

  it("flags negated crisis talk", () => {
    const v = moderate("I'm not going to hurt myself, I just feel sad today");
    expect(v.severity).toBe(2);
    expect(v.categories).toEqual(["self_harm"]);
    expect(v.negated).toBe(true);
    expect(v.matches[0]?.negated).toBe(true);
  });

  it("handles the empty string", () => {
    expect(moderate("")).toMatchObject({ severity: 0, action: "allow", categories: [], pii: [], matches: [], masked: "" });
  });
});

describe("redact", () => {
  it("replaces PII with labels for the review queue", () => {
    const text = "text me on 07700 900123 or email sam.t.2011@hotmail.co.uk, I go to St Mary's Catholic High School";
    expect(redact(text, moderate(text))).toBe("text me on [phone number] or email [email], I go to [school]");
  });

  it("masks profanity too and leaves text without PII alone", () => {
    const text = "shit, my insta is @lily.rose_09";
    expect(redact(text, moderate(text))).toBe("****, my insta is [social handle]");
    expect(redact("hello there", moderate("hello there"))).toBe("hello there");
  });

  it("never leaves a phone digit visible", () => {
    const text = "phone me on 0 7 7 0 0 9 0 0 3 2 1 ok";
    const out = redact(text, moderate(text));
    expect(out).toBe("phone me on [phone number] ok");
  });
});

describe("rules are data a safeguarding lead can read", () => {
  it("every rule has a unique id named after its category, and a note", () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
      expect(rule.note.length, rule.id).toBeGreaterThan(10);
      expect(rule.any !== undefined || rule.all !== undefined, rule.id).toBe(true);
    }
  });

  it("has at least one rule for every category except pii (code detectors)", () => {
    const covered = new Set(RULES.map((r) => r.category));
    for (const c of CATEGORIES) if (c !== "pii") expect(covered.has(c), c).toBe(true);
  });
});
