/**
 * The co-occurrence rules (moderation/rules/combinations.ts), case by case over
 * tests/fixtures/moderation-combinations.jsonl: new wordings of known situations
 * and harmless look-alikes from the same topics (advice, school letters, family,
 * pets, games, figurative speech).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { moderate, RULES } from "../../moderation/index.ts";
import { COMBINATION_RULES } from "../../moderation/rules/combinations.ts";
import { explain } from "./helpers.ts";

interface Case {
  text: string;
  escalate: boolean;
  category?: string;
  severity: number;
  pii?: string;
}

const FIXTURE = fileURLToPath(new URL("../fixtures/moderation-combinations.jsonl", import.meta.url));
const CASES: Case[] = readFileSync(FIXTURE, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Case);

describe("combination rules: registration", () => {
  it("are all registered, with unique ids and a note", () => {
    const ids = RULES.map((r) => r.id);
    for (const r of COMBINATION_RULES) {
      expect(ids, r.id).toContain(r.id);
      expect(ids.filter((id) => id === r.id), r.id).toHaveLength(1);
      expect(r.id).toContain(".combo_");
      expect(r.note.length).toBeGreaterThan(20);
    }
  });

  it("the fixture is large and balanced", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(CASES.filter((c) => c.severity <= 1).length).toBeGreaterThanOrEqual(60);
  });
});

describe("combination fixture: severity 3–4 cases are held", () => {
  for (const c of CASES.filter((x) => x.severity >= 3)) {
    it(c.text, () => {
      const v = moderate(c.text);
      if (c.severity === 4) expect(v.severity, explain(c.text)).toBe(4);
      else expect(v.severity, explain(c.text)).toBeGreaterThanOrEqual(3);
    });
  }
});

describe("combination fixture: harmless look-alikes are not held", () => {
  for (const c of CASES.filter((x) => x.severity <= 1)) {
    it(c.text, () => {
      expect(moderate(c.text).severity, explain(c.text)).toBeLessThan(2);
    });
  }
});
