/**
 * First-pass figures, recorded once per round: before a new round is ever learnt
 * from, it is scored by the engine as it stands (the committed model, trained only
 * on earlier rounds) and by the rules alone, and the figures are appended to
 * moderation/corpus/first-pass.jsonl. A round is never scored twice, so the file
 * is the honest history of how the engine did on wording it had not seen.
 */
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { MODEL_INFO } from "../../moderation/model/classifier.ts";
import { moderate, moderateWithRulesOnly } from "../../moderation/index.ts";
import { readJsonl, roundFiles } from "./corpus.ts";
import { score, type Figures } from "./metrics.ts";

export const FIRST_PASS_FILE = fileURLToPath(new URL("../../moderation/corpus/first-pass.jsonl", import.meta.url));

export interface FirstPass {
  round: string;
  posts: number;
  engine: string;
  recall: number;
  rightCategory: number;
  harmlessHeld: number;
  piiRecall: number;
  rulesOnlyRecall: number;
  rulesOnlyHarmlessHeld: number;
}

export function readFirstPass(): FirstPass[] {
  if (!existsSync(FIRST_PASS_FILE)) return [];
  return readFileSync(FIRST_PASS_FILE, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as FirstPass);
}

const rate = (n: number, d: number): number => (d === 0 ? 0 : Math.round((1000 * n) / d) / 1000);

/** Score and record every round file that has no first-pass record yet. */
export function recordFirstPass(): FirstPass[] {
  const done = new Set(readFirstPass().map((r) => r.round));
  const added: FirstPass[] = [];
  for (const f of roundFiles()) {
    const name = basename(f.path);
    if (done.has(name)) continue;
    const { posts } = readJsonl(f.path, name, f.round);
    if (posts.length === 0) continue;
    const both: Figures = score(posts, moderate);
    const rules: Figures = score(posts, moderateWithRulesOnly);
    const record: FirstPass = {
      round: name,
      posts: posts.length,
      engine: MODEL_INFO.featureCount > 0 ? `rules + model (${MODEL_INFO.trainedOn})` : "rules only",
      recall: rate(both.caught, both.severe),
      rightCategory: rate(both.rightCategory, both.severe),
      harmlessHeld: rate(both.held, both.harmless),
      piiRecall: rate(both.piiFound, both.piiPosts),
      rulesOnlyRecall: rate(rules.caught, rules.severe),
      rulesOnlyHarmlessHeld: rate(rules.held, rules.harmless),
    };
    appendFileSync(FIRST_PASS_FILE, `${JSON.stringify(record)}\n`);
    added.push(record);
  }
  return added;
}
