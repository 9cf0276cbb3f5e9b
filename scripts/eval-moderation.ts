/**
 * `npm run eval`: how well the moderation engine does on labelled posts.
 *
 * For each labelled file (default: ../shared/eval/moderation-dev.jsonl and our
 * own tests/fixtures/moderation-corpus.jsonl; or the files given as arguments)
 * prints:
 *   - recall per category for severity ≥ 3 cases (held at ≥ 3; severity-4
 *     cases must be 4), and how often the expected category was named;
 *   - the share of harmless posts (labelled 0 or 1) held (severity ≥ 2);
 *   - PII recall (the labelled PII type was found);
 *   - every miss and false alarm, so a reviewer can see what went wrong.
 * Aims (issue 4): recall ≥ 97%, harmless held ≤ 3%, PII recall ≥ 95%.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { moderate, type Verdict } from "../moderation/index.ts";

interface Case {
  text: string;
  escalate?: boolean;
  category?: string;
  severity: number;
  pii?: string;
}

const DEFAULT_FILES = [
  fileURLToPath(new URL("../../shared/eval/moderation-dev.jsonl", import.meta.url)),
  fileURLToPath(new URL("../tests/fixtures/moderation-corpus.jsonl", import.meta.url)),
];

const pct = (n: number, d: number): string => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function load(path: string): Case[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Case);
}

function describe(v: Verdict): string {
  return `sev ${v.severity} [${[...v.categories, ...v.pii].join(", ")}]`;
}

function evaluateFile(path: string): { recall: [number, number]; held: [number, number]; pii: [number, number] } {
  const cases = load(path);
  const perCategory = new Map<string, { total: number; caught: number; named: number }>();
  let harmless = 0;
  let held = 0;
  let piiTotal = 0;
  let piiFound = 0;
  let exact = 0;
  const problems: string[] = [];

  for (const c of cases) {
    const v = moderate(c.text);
    if (v.severity === c.severity) exact++;
    if (c.severity >= 3) {
      const key = c.category ?? "(none)";
      const row = perCategory.get(key) ?? { total: 0, caught: 0, named: 0 };
      row.total++;
      const caught = c.severity === 4 ? v.severity === 4 : v.severity >= 3;
      if (caught) row.caught++;
      if (c.category !== undefined && v.categories.includes(c.category as never)) row.named++;
      perCategory.set(key, row);
      if (!caught) problems.push(`  MISSED   (${c.severity} ${key}) → ${describe(v)}: ${c.text}`);
    }
    if (c.severity <= 1) {
      harmless++;
      if (v.severity >= 2) {
        held++;
        problems.push(`  HELD     (${c.severity}) → ${describe(v)}: ${c.text}`);
      }
    }
    if (c.pii !== undefined) {
      piiTotal++;
      if (v.pii.includes(c.pii as never)) piiFound++;
      else problems.push(`  PII MISS (${c.pii}) → ${describe(v)}: ${c.text}`);
    }
  }

  const relative = path.replace(/^.*\/(shared|tests)\//, "$1/");
  console.log(`\n== ${relative} (${cases.length} cases; exact severity ${pct(exact, cases.length)})`);
  console.log("   recall, severity ≥ 3 (severity 4 must be 4), by category:");
  let total = 0;
  let caught = 0;
  for (const [category, row] of [...perCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
    total += row.total;
    caught += row.caught;
    console.log(`     ${category.padEnd(18)} ${pct(row.caught, row.total)}  (${row.caught}/${row.total}; category named ${row.named}/${row.total})`);
  }
  console.log(`     ${"ALL".padEnd(18)} ${pct(caught, total)}  (${caught}/${total})   aim ≥ 97%`);
  console.log(`   harmless posts held (labelled 0–1, got ≥ 2): ${pct(held, harmless)}  (${held}/${harmless})   aim ≤ 3%`);
  console.log(`   PII recall: ${pct(piiFound, piiTotal)}  (${piiFound}/${piiTotal})   aim ≥ 95%`);
  if (problems.length > 0) {
    console.log("   problems:");
    for (const p of problems) console.log(p);
  }
  return { recall: [caught, total], held: [held, harmless], pii: [piiFound, piiTotal] };
}

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES;
const sum = { recall: [0, 0], held: [0, 0], pii: [0, 0] };
for (const f of files) {
  const r = evaluateFile(f);
  for (const k of ["recall", "held", "pii"] as const) {
    sum[k][0] = (sum[k][0] ?? 0) + r[k][0];
    sum[k][1] = (sum[k][1] ?? 0) + r[k][1];
  }
}
if (files.length > 1) {
  const [rc = 0, rt = 0] = sum.recall;
  const [hc = 0, ht = 0] = sum.held;
  const [pc = 0, pt = 0] = sum.pii;
  console.log(`\n== all files: recall ${pct(rc, rt)} (${rc}/${rt}), harmless held ${pct(hc, ht)} (${hc}/${ht}), PII recall ${pct(pc, pt)} (${pc}/${pt})`);
}
