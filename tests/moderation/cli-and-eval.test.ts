/** Items 6 and 7 of issue 4: the CLI contract, and the evaluation aims on the labelled sets. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORIES, moderate } from "../../moderation/index.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

interface Case {
  text: string;
  severity: number;
  category?: string;
  pii?: string;
}
const load = (path: string): Case[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Case);

const corpus = load(fileURLToPath(new URL("../fixtures/moderation-corpus.jsonl", import.meta.url)));
const devPath = fileURLToPath(new URL("../../../shared/eval/moderation-dev.jsonl", import.meta.url));

describe("npm run -s moderate", () => {
  it("writes one JSON line per input line, errors as JSON, nothing else", () => {
    const input = ['{"text":"ring me 07700 900987"}', "not json", '{"text": 5}', '{"text":"hello"}', ""].join("\n");
    const run = spawnSync(tsx, ["scripts/moderate.ts"], { cwd: root, input, encoding: "utf8" });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    const out = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toMatchObject({ text: "ring me 07700 900987", severity: 2, action: "review", pii: ["phone"] });
    expect(out[0]).toHaveProperty("categories");
    expect(out[0]).toHaveProperty("matches");
    expect(out[1]).toHaveProperty("error");
    expect(out[2]).toHaveProperty("error");
    expect(out[3]).toMatchObject({ text: "hello", severity: 0, action: "allow", categories: [], pii: [], matches: [] });
  }, 60_000);
});

describe("labelled corpus", () => {
  it("has at least 300 hand-written cases covering every category, and harmless look-alikes", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const categories = new Set(corpus.flatMap((c) => (c.category === undefined ? [] : [c.category])));
    for (const c of CATEGORIES) if (c !== "pii") expect(categories.has(c), c).toBe(true);
    expect(new Set(corpus.flatMap((c) => (c.pii === undefined ? [] : [c.pii]))).size).toBeGreaterThanOrEqual(7);
    expect(corpus.filter((c) => c.severity === 0).length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length);
  });

  it.each([
    ["own corpus", corpus],
    ["shared dev set", load(devPath)],
  ] as const)("%s meets the aims: recall ≥ 97%%, harmless held ≤ 3%%, PII recall ≥ 95%%", (_name, cases) => {
    const severe = cases.filter((c) => c.severity >= 3);
    const caught = severe.filter((c) => {
      const v = moderate(c.text);
      return c.severity === 4 ? v.severity === 4 : v.severity >= 3;
    });
    const harmless = cases.filter((c) => c.severity <= 1);
    const held = harmless.filter((c) => moderate(c.text).severity >= 2);
    const withPii = cases.filter((c) => c.pii !== undefined);
    const piiFound = withPii.filter((c) => moderate(c.text).pii.includes(c.pii as never));
    expect(caught.length / severe.length).toBeGreaterThanOrEqual(0.97);
    expect(held.length / harmless.length).toBeLessThanOrEqual(0.03);
    expect(piiFound.length / withPii.length).toBeGreaterThanOrEqual(0.95);
  });
});
