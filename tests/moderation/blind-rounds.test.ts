import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { moderate } from "../../moderation/index.ts";

// Posts written blind (by someone who had not read the rules) in rounds during development,
// kept so that later rule changes cannot quietly lose what each round taught the engine.
const cases = readFileSync(new URL("../fixtures/moderation-blind-rounds.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; severity: number });

describe("blind rounds", () => {
  it("has cases of every kind", () => {
    expect(cases.filter((c) => c.severity >= 3).length).toBeGreaterThan(100);
    expect(cases.filter((c) => c.severity <= 1).length).toBeGreaterThan(80);
  });

  for (const c of cases) {
    const want = c.severity >= 4 ? "severity 4" : c.severity === 3 ? "severity ≥ 3" : c.severity === 2 ? "held (≥ 2)" : "not held (≤ 1)";
    it(`${want}: ${c.text}`, () => {
      const got = moderate(c.text).severity;
      if (c.severity >= 3) expect(got).toBeGreaterThanOrEqual(c.severity);
      else if (c.severity === 2) expect(got).toBeGreaterThanOrEqual(2);
      else expect(got).toBeLessThanOrEqual(1);
    });
  }
});
