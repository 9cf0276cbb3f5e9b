/**
 * The labelled corpus, read from the repo, with the split every script agrees on.
 *
 * Sources:
 *   - moderation/corpus/rounds/WRITER-rNN.jsonl: posts written blind, in rounds
 *     ({"text", "severity", "category"?, "also"?, "pii"?});
 *   - tests/fixtures/moderation-{corpus,combinations,blind-rounds}.jsonl: the
 *     earlier hand-written sets ({"text", "severity", "category"?, "pii"?}).
 *
 * The split (never changes with the data, so a post never moves between splits):
 *   - heldout_voice: every round of the `heldout` writer. Never trained or tuned on.
 *   - heldout_rounds: round 04 of every other writer. Never trained or tuned on.
 *   - train: everything else. The thresholds are tuned on it out of fold
 *     (scripts/train-moderation.ts), so no post is kept back from learning.
 * A text that appears in a held-out split is dropped from train.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CATEGORIES, PII_TYPES, type Category, type PiiType } from "../../moderation/types.ts";

export type Split = "train" | "heldout_rounds" | "heldout_voice";

export interface LabelledPost {
  text: string;
  severity: number;
  /** Primary category first; empty for harmless posts (and for old rows without a category). */
  categories: Category[];
  pii: PiiType[];
  /** False for old rows that only give a severity: their categories are unknown. */
  categoriesKnown: boolean;
  source: string;
  round: string;
  split: Split;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ROUNDS_DIR = join(ROOT, "moderation/corpus/rounds");
const FIXTURES = ["moderation-corpus.jsonl", "moderation-combinations.jsonl", "moderation-blind-rounds.jsonl"].map((f) => join(ROOT, "tests/fixtures", f));

export const SHARED_DEV_SET = join(ROOT, "../shared/eval/moderation-dev.jsonl");

const HELD_OUT_WRITER = "heldout";
const HELD_OUT_ROUND = "r04";

function isCategory(x: unknown): x is Category {
  return typeof x === "string" && (CATEGORIES as readonly string[]).includes(x);
}

/** Bullying that urges self-harm is `bullying` at severity 3 in SAFEGUARDING.md; some writers named it on its own. */
const CATEGORY_ALIASES: Readonly<Record<string, Category>> = { bullying_urging_self_harm: "bullying" };

function categoryOf(x: unknown): unknown {
  return typeof x === "string" && CATEGORY_ALIASES[x] !== undefined ? CATEGORY_ALIASES[x] : x;
}
function isPii(x: unknown): x is PiiType {
  return typeof x === "string" && (PII_TYPES as readonly string[]).includes(x);
}

/** The plain words blind writers were told to use for a kind of detail, in the engine's terms. */
const PII_ALIASES: Readonly<Record<string, PiiType>> = {
  handle: "social_handle",
  username: "social_handle",
  full_name: "name",
  link: "url",
  invite: "url",
  invite_link: "url",
};

function piiTypeOf(x: unknown): PiiType | null {
  if (isPii(x)) return x;
  return typeof x === "string" ? (PII_ALIASES[x] ?? null) : null;
}

/** FNV-1a of the text: a stable way to pick a post's fold. */
export function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function sameText(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

interface RawRow {
  text?: unknown;
  severity?: unknown;
  category?: unknown;
  also?: unknown;
  pii?: unknown;
}

/** One JSON line to a post; null (with a reason) when it can't be used. */
export function parseRow(line: string): Omit<LabelledPost, "source" | "round" | "split"> | { error: string } {
  let raw: RawRow;
  try {
    raw = JSON.parse(line) as RawRow;
  } catch {
    return { error: "not JSON" };
  }
  if (typeof raw.text !== "string" || raw.text.trim() === "") return { error: "no text" };
  const severity = typeof raw.severity === "number" && Number.isInteger(raw.severity) && raw.severity >= 0 && raw.severity <= 4 ? raw.severity : null;
  if (severity === null) return { error: "severity is not 0-4" };
  const categories: Category[] = [];
  const primary = categoryOf(raw.category);
  if (isCategory(primary)) categories.push(primary);
  else if (primary !== undefined && primary !== null) return { error: `unknown category ${String(primary)}` };
  for (const c of Array.isArray(raw.also) ? raw.also.map(categoryOf) : []) if (isCategory(c) && !categories.includes(c)) categories.push(c);
  const piiList = Array.isArray(raw.pii) ? raw.pii : raw.pii === undefined ? [] : [raw.pii];
  const pii = [...new Set(piiList.map(piiTypeOf).filter((t): t is PiiType => t !== null))];
  if (pii.length > 0 && !categories.includes("pii")) categories.push("pii");
  const categoriesKnown = severity === 0 || categories.length > 0;
  return { text: raw.text, severity, categories, pii, categoriesKnown };
}

export function readJsonl(path: string, source: string, round: string): { posts: Omit<LabelledPost, "split">[]; errors: string[] } {
  const posts: Omit<LabelledPost, "split">[] = [];
  const errors: string[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const row = parseRow(line);
      if ("error" in row) errors.push(`${basename(path)}:${i + 1}: ${row.error}`);
      else posts.push({ ...row, source, round });
    });
  return { posts, errors };
}

export interface RoundFile {
  path: string;
  writer: string;
  round: string;
}

export function roundFiles(): RoundFile[] {
  let names: string[] = [];
  try {
    names = readdirSync(ROUNDS_DIR);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^[a-z0-9]+-r\d\d\.jsonl$/.test(n))
    .sort()
    .map((n) => {
      const [writer = "", round = ""] = n.replace(/\.jsonl$/, "").split("-");
      return { path: join(ROUNDS_DIR, n), writer, round };
    });
}

function splitOf(writer: string, round: string): Split {
  if (writer === HELD_OUT_WRITER) return "heldout_voice";
  if (round === HELD_OUT_ROUND && writer !== "fixture") return "heldout_rounds";
  return "train";
}

export interface Corpus {
  posts: LabelledPost[];
  errors: string[];
  duplicatesDropped: number;
}

export function loadCorpus(options: { rounds?: boolean } = {}): Corpus {
  const raw: Array<Omit<LabelledPost, "split"> & { writer: string }> = [];
  const errors: string[] = [];
  for (const f of options.rounds === false ? [] : roundFiles()) {
    const r = readJsonl(f.path, basename(f.path), f.round);
    errors.push(...r.errors);
    for (const p of r.posts) raw.push({ ...p, writer: f.writer });
  }
  for (const path of FIXTURES) {
    const r = readJsonl(path, basename(path), "fixture");
    errors.push(...r.errors);
    for (const p of r.posts) raw.push({ ...p, writer: "fixture" });
  }
  const withSplit = raw.map(({ writer, ...p }) => ({ ...p, split: splitOf(writer, p.round) }));
  const heldOut = new Set(withSplit.filter((p) => p.split.startsWith("heldout")).map((p) => sameText(p.text)));
  const seen = new Set<string>();
  const posts: LabelledPost[] = [];
  let duplicatesDropped = 0;
  for (const p of withSplit) {
    const key = sameText(p.text);
    const leaks = !p.split.startsWith("heldout") && heldOut.has(key);
    if (seen.has(key) || leaks) {
      duplicatesDropped++;
      continue;
    }
    seen.add(key);
    posts.push(p);
  }
  return { posts, errors, duplicatesDropped };
}
