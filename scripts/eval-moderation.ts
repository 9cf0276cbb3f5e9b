/**
 * `npm run eval`: how well the moderation engine does on labelled posts.
 *
 * Reports, for the rules with the trained model (what `moderate` does) and for
 * the rules alone (the baseline), on:
 *   - heldout_voice: the `heldout` writer's rounds, never trained or tuned on;
 *   - heldout_rounds: round 04 of every other writer, never trained or tuned on;
 *   - train: learnt from, and thresholds tuned on out of fold (not evidence);
 *   - the shared everyday dev set (../shared/eval);
 *   - the server bench's generated ordinary posts (all harmless: how many would be held).
 * Figures (scripts/lib/metrics.ts): escalation recall, right category, per-category
 * recall and precision, harmless held, PII recall, PII-only posts escalated, a
 * confusion table, and (with --problems) every miss and false alarm on held-out posts.
 * Then each round's first-pass figures (moderation/corpus/first-pass.jsonl).
 * Given file arguments, it scores those files instead.
 */
import { moderate, moderateWithRulesOnly } from "../moderation/index.ts";
import { loadCorpus, readJsonl, SHARED_DEV_SET, type LabelledPost, type Split } from "./lib/corpus.ts";
import { readFirstPass } from "./lib/first-pass.ts";
import { headline, pct, score, type Labelled } from "./lib/metrics.ts";
import { nextPost } from "../bench/lib/posts.ts";

const args = process.argv.slice(2);
const showProblems = args.includes("--problems");
const files = args.filter((a) => !a.startsWith("--"));

function report(name: string, posts: readonly Labelled[], detail: boolean): void {
  const both = score(posts, moderate);
  const rules = score(posts, moderateWithRulesOnly);
  console.log(`\n== ${name} (${posts.length} posts)`);
  console.log(`   rules + model: ${headline(both)}`);
  console.log(`   rules alone:   ${headline(rules)}`);
  if (!detail) return;
  console.log(`   ${"category".padEnd(18)} ${"recall".padStart(14)} ${"precision".padStart(14)}`);
  for (const [c, r] of [...both.perCategory].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (c === "none") continue;
    console.log(`   ${c.padEnd(18)} ${`${pct(r.caught, r.labelled)} (${r.caught}/${r.labelled})`.padStart(14)} ${`${pct(r.correct, r.predicted)} (${r.correct}/${r.predicted})`.padStart(14)}`);
  }
  console.log("   confusion (labelled → named first), severity ≥ 3 posts:");
  for (const [k, n] of [...both.confusion].sort((a, b) => b[1] - a[1])) console.log(`     ${String(n).padStart(4)}  ${k}`);
  if (showProblems) {
    for (const m of both.misses) console.log(`   MISS  ${m}`);
    for (const m of both.falseAlarms) console.log(`   HELD  ${m}`);
  }
}

if (files.length > 0) {
  for (const f of files) report(f, readJsonl(f, f, "file").posts, true);
} else {
  const corpus = loadCorpus();
  const of = (split: Split): LabelledPost[] => corpus.posts.filter((p) => p.split === split);
  report("heldout_voice: a writer never trained or tuned on", of("heldout_voice"), true);
  report("heldout_rounds: round 04 of each other writer, never trained or tuned on", of("heldout_rounds"), true);
  report("train: learnt from (not evidence)", of("train"), false);
  report("shared everyday dev set (../shared/eval)", readJsonl(SHARED_DEV_SET, "dev", "dev").posts, true);
  // The server bench's generated posts: ordinary, harmless, in a confiding tone (never trained on).
  const ordinary = Array.from({ length: 256 }, () => nextPost().body).map((text) => ({ text, severity: 0, categories: [], pii: [], categoriesKnown: true }));
  report("ordinary posts: the server bench's 256 generated posts, all harmless", ordinary, false);
  const rounds = readFirstPass();
  if (rounds.length > 0) {
    console.log("\n== first pass of each round (scored before it was ever learnt from)");
    for (const r of rounds) {
      console.log(`   ${r.round.padEnd(20)} ${String(r.posts).padStart(4)} posts  recall ${pct(r.recall, 1)}  right category ${pct(r.rightCategory, 1)}  harmless held ${pct(r.harmlessHeld, 1)}  PII ${pct(r.piiRecall, 1)}   (${r.engine}; rules alone ${pct(r.rulesOnlyRecall, 1)} / ${pct(r.rulesOnlyHarmlessHeld, 1)})`);
    }
  }
}

