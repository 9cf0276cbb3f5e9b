/**
 * `npm run train:moderation`: trains the moderation engine's classifier from the
 * labelled corpus in the repo and writes moderation/model/weights.ts.
 *
 * Deterministic: a fixed seed for the shuffle, no clock, no randomness elsewhere,
 * so the same data gives byte-for-byte the same weights file.
 *
 *   1. Read the corpus (scripts/lib/corpus.ts) and its fixed split. Only `train`
 *      is learnt from; `validation` tunes the thresholds; the held-out splits are
 *      not read here at all.
 *   2. Features: the engine's own (moderation/model/features.ts), kept when they
 *      occur in at least MIN_DF training posts.
 *   3. One logistic output per label (moderation/model/labels.ts), trained together
 *      by AdaGrad SGD with L2; then the KEEP features that weigh most are kept and
 *      the model is trained again on those alone (that is what keeps it small).
 *   4. Weights quantised to one signed byte per label, scaled per label.
 *   5. Per-label thresholds (act / review) chosen on the validation split by the
 *      same combination code the engine uses (moderation/model/opinion.ts).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { moderateWithRulesOnly, modelFeaturesOf } from "../moderation/index.ts";
import { decodeModel, encodeModel, rowOf } from "../moderation/model/codec.ts";
import { MODEL_LABELS, LABEL_COUNT } from "../moderation/model/labels.ts";
import { modelSeverity } from "../moderation/model/opinion.ts";
import type { Thresholds } from "../moderation/model/classifier.ts";
import type { Category, Severity } from "../moderation/types.ts";
import { loadCorpus, type LabelledPost } from "./lib/corpus.ts";
import { targets } from "./lib/targets.ts";
import { recordFirstPass } from "./lib/first-pass.ts";
import { prng } from "./lib/prng.ts";

const SEED = 20261206;
const MIN_DF = 2;
const KEEP = Number(process.env.HARBOUR_KEEP ?? 20_000);
/** Non-zero weights kept in the shipped model (about 2.5 bytes each once packed and gzipped). */
const WEIGHT_BUDGET = Number(process.env.HARBOUR_WEIGHTS ?? 45_000);
const EPOCHS = Number(process.env.HARBOUR_EPOCHS ?? 12);
const LEARNING_RATE = Number(process.env.HARBOUR_LR ?? 0.3);
const L2 = Number(process.env.HARBOUR_L2 ?? 1e-5);
const COMMITTED = fileURLToPath(new URL("../moderation/model/weights.ts", import.meta.url));
/** HARBOUR_MODEL_OUT writes elsewhere (the reproducibility test); only the real model records first passes. */
const OUT = process.env.HARBOUR_MODEL_OUT ?? COMMITTED;

interface Example {
  features: Int32Array;
  y: Float64Array;
}

function toExamples(posts: readonly LabelledPost[], index: ReadonlyMap<number, number>): Example[] {
  return posts.map((p) => {
    const f = modelFeaturesOf(p.text);
    const idx: number[] = [];
    for (const h of f.hashes) {
      const j = index.get(h);
      if (j !== undefined) idx.push(j);
    }
    return { features: Int32Array.from(idx), y: targets(p) };
  });
}

function train(examples: readonly Example[], featureCount: number): { w: Float64Array; b: Float64Array } {
  const w = new Float64Array(featureCount * LABEL_COUNT);
  const g2 = new Float64Array(featureCount * LABEL_COUNT).fill(1e-6);
  const b = new Float64Array(LABEL_COUNT).fill(-3);
  const bg2 = new Float64Array(LABEL_COUNT).fill(1e-6);
  const random = prng(SEED);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(LABEL_COUNT);
  const g = new Float64Array(LABEL_COUNT);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const e of order) {
      const ex = examples[e];
      if (ex === undefined) continue;
      for (let l = 0; l < LABEL_COUNT; l++) z[l] = b[l] ?? 0;
      for (const j of ex.features) {
        const base = j * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) z[l] = (z[l] ?? 0) + (w[base + l] ?? 0);
      }
      for (let l = 0; l < LABEL_COUNT; l++) {
        const y = ex.y[l] ?? 0;
        g[l] = Number.isNaN(y) ? 0 : 1 / (1 + Math.exp(-(z[l] ?? 0))) - y;
        const gb = g[l] ?? 0;
        bg2[l] = (bg2[l] ?? 0) + gb * gb;
        b[l] = (b[l] ?? 0) - (LEARNING_RATE * gb) / Math.sqrt(bg2[l] ?? 1);
      }
      for (const j of ex.features) {
        const base = j * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) {
          const k = base + l;
          const grad = (g[l] ?? 0) + L2 * (w[k] ?? 0);
          if (grad === 0) continue;
          g2[k] = (g2[k] ?? 0) + grad * grad;
          w[k] = (w[k] ?? 0) - (LEARNING_RATE * grad) / Math.sqrt(g2[k] ?? 1);
        }
      }
    }
  }
  return { w, b };
}

function documentFrequencies(posts: readonly LabelledPost[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const p of posts) {
    for (const h of new Set(modelFeaturesOf(p.text).hashes)) df.set(h, (df.get(h) ?? 0) + 1);
  }
  return df;
}

// ---- tuning the thresholds on validation, through the engine's own combination rule ----

interface Scored {
  post: LabelledPost;
  p: Float64Array;
  ruleMatches: Array<{ category: Category; severity: Severity }>;
  negated: boolean;
}

/** The engine's verdict severity under `thresholds` (rule exceptions aside: they only ever lower it). */
function finalSeverity(s: Scored, thresholds: Readonly<Record<string, Thresholds>>): Severity {
  let sev: Severity = 0;
  for (const m of s.ruleMatches) if (m.severity > sev) sev = m.severity;
  MODEL_LABELS.forEach((label, l) => {
    const m = modelSeverity(label, s.p[l] ?? 0, thresholds[label.id], s.negated);
    if (m > sev) sev = m;
  });
  return sev;
}

/** Recall on severity ≥ 3 (4 must be 4) minus the cost of holding harmless posts. */
function objective(scored: readonly Scored[], thresholds: Readonly<Record<string, Thresholds>>): { score: number; recall: number; held: number } {
  let severe = 0;
  let caught = 0;
  let harmless = 0;
  let held = 0;
  for (const s of scored) {
    const sev = finalSeverity(s, thresholds);
    if (s.post.severity >= 3) {
      severe++;
      if (s.post.severity === 4 ? sev === 4 : sev >= 3) caught++;
    } else if (s.post.severity <= 1) {
      harmless++;
      if (sev >= 2) held++;
    }
  }
  const recall = caught / Math.max(1, severe);
  const heldRate = held / Math.max(1, harmless);
  // A missed crisis is worse than a false alarm (SAFEGUARDING.md section 4), but holding more
  // than a few in a hundred harmless posts wears out staff and children alike.
  const score = recall - HELD_WEIGHT * heldRate;
  return { score, recall, held: heldRate };
}

/** Above any probability: the label never acts (or never asks for a review) on its own. */
const OFF = 2;

/** How much a harmless post held weighs against a crisis caught, in rates (recall comes first). */
const HELD_WEIGHT = Number(process.env.HARBOUR_HELD_WEIGHT ?? 1.25);

/** Fewer validation examples than this and a label's thresholds would be fitted to noise: it stays off. */
const MIN_SUPPORT = 15;

function tuneThresholds(scored: readonly Scored[]): Record<string, Thresholds> {
  // Floors: the model acts alone only when clearly more sure than not (0.6), and asks for a
  // review only above even odds; lower thresholds would fit the validation split's few examples
  // of a rare label rather than anything real.
  const grid: number[] = [];
  for (let t = 0.5; t <= 0.975; t += 0.025) grid.push(Math.round(t * 1000) / 1000);
  grid.push(OFF);
  const thresholds: Record<string, Thresholds> = {};
  for (const label of MODEL_LABELS) thresholds[label.id] = { act: OFF, review: OFF };
  let best = objective(scored, thresholds).score;
  // Coordinate ascent, one label at a time over every (review ≤ act) pair, a few passes.
  for (let pass = 0; pass < 3; pass++) {
    for (const [l, label] of MODEL_LABELS.entries()) {
      if (scored.filter((s) => targets(s.post)[l] === 1).length < MIN_SUPPORT) continue;
      for (const act of grid) {
        for (const review of grid) {
          if (review > act || act < 0.6) continue;
          const trial = { ...thresholds, [label.id]: { act, review } };
          const s = objective(scored, trial).score;
          if (s > best + 1e-9) {
            best = s;
            thresholds[label.id] = { act, review };
          }
        }
      }
    }
  }
  return thresholds;
}

/**
 * Keep the `budget` weights that matter most (by size relative to the label's largest),
 * drop the rest: most of a linear model's weights are too small to change a verdict.
 */
function prune(features: Map<number, number[]>, budget: number): void {
  const max = new Float64Array(LABEL_COUNT);
  for (const w of features.values()) for (let l = 0; l < LABEL_COUNT; l++) max[l] = Math.max(max[l] ?? 0, Math.abs(w[l] ?? 0));
  const sizes: number[] = [];
  for (const w of features.values()) for (let l = 0; l < LABEL_COUNT; l++) sizes.push(Math.abs(w[l] ?? 0) / (max[l] || 1));
  if (sizes.length <= budget) return;
  sizes.sort((a, b) => b - a);
  const cut = sizes[budget] ?? 0;
  for (const [h, w] of features) {
    for (let l = 0; l < LABEL_COUNT; l++) if (Math.abs(w[l] ?? 0) / (max[l] || 1) <= cut) w[l] = 0;
    if (w.every((x) => x === 0)) features.delete(h);
  }
}

function main(): void {
  const started = performance.now();
  // Before anything is learnt from a new round, record how the engine as it stands does on it.
  // HARBOUR_FIXTURES_ONLY=1 trains on the older fixtures alone (how the first model was made).
  const fixturesOnly = process.env.HARBOUR_FIXTURES_ONLY === "1";
  for (const r of fixturesOnly || OUT !== COMMITTED ? [] : recordFirstPass()) {
    console.log(`first pass ${r.round} (${r.posts} posts, ${r.engine}): recall ${r.recall}, right category ${r.rightCategory}, harmless held ${r.harmlessHeld}, PII ${r.piiRecall}; rules alone ${r.rulesOnlyRecall} / ${r.rulesOnlyHarmlessHeld}`);
  }
  const corpus = loadCorpus({ rounds: !fixturesOnly });
  if (corpus.errors.length > 0) {
    console.error(`skipped ${corpus.errors.length} unusable rows, e.g. ${corpus.errors.slice(0, 3).join("; ")}`);
  }
  const trainPosts = corpus.posts.filter((p) => p.split === "train");
  const validation = corpus.posts.filter((p) => p.split === "validation");
  console.log(`corpus: ${corpus.posts.length} posts (${corpus.duplicatesDropped} duplicates dropped); train ${trainPosts.length}, validation ${validation.length}`);

  const df = documentFrequencies(trainPosts);
  const firstIndex = new Map<number, number>();
  for (const [h, n] of [...df].sort((a, b) => a[0] - b[0])) if (n >= MIN_DF) firstIndex.set(h, firstIndex.size);
  console.log(`features: ${df.size} seen, ${firstIndex.size} in at least ${MIN_DF} posts`);

  const full = train(toExamples(trainPosts, firstIndex), firstIndex.size);
  const importance: Array<[number, number]> = [];
  for (const [h, j] of firstIndex) {
    let m = 0;
    for (let l = 0; l < LABEL_COUNT; l++) m = Math.max(m, Math.abs(full.w[j * LABEL_COUNT + l] ?? 0));
    importance.push([h, m]);
  }
  importance.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = importance.slice(0, KEEP).map(([h]) => h).sort((a, b) => a - b);
  const index = new Map<number, number>(kept.map((h, j) => [h, j]));
  const small = train(toExamples(trainPosts, index), index.size);

  const features = new Map<number, number[]>();
  for (const [h, j] of index) features.set(h, Array.from(small.w.subarray(j * LABEL_COUNT, (j + 1) * LABEL_COUNT)));
  prune(features, WEIGHT_BUDGET);
  const bytes = encodeModel({ bias: Array.from(small.b), features });
  const model = decodeModel(bytes);

  const scored: Scored[] = validation.map((post) => {
    const f = modelFeaturesOf(post.text);
    const z = Float64Array.from(model.bias);
    for (const h of f.hashes) {
      const row = rowOf(model, h);
      if (row < 0) continue;
      for (let l = 0; l < LABEL_COUNT; l++) z[l] = (z[l] ?? 0) + (model.weights[row * LABEL_COUNT + l] ?? 0);
    }
    const v = moderateWithRulesOnly(post.text);
    return { post, p: z.map((x) => 1 / (1 + Math.exp(-x))), ruleMatches: v.matches, negated: v.negated };
  });
  const rulesOnly: Record<string, Thresholds> = {};
  for (const label of MODEL_LABELS) rulesOnly[label.id] = { act: OFF, review: OFF };
  const thresholds = tuneThresholds(scored);
  const before = objective(scored, rulesOnly);
  const after = objective(scored, thresholds);

  const base64 = Buffer.from(bytes).toString("base64");
  const source = [
    "// Generated by `npm run train:moderation` (scripts/train-moderation.ts) from the labelled corpus. Do not edit by hand.",
    `// ${trainPosts.length} training posts, ${model.featureCount} features, ${bytes.length} bytes; thresholds tuned on ${validation.length} validation posts.`,
    "export const TRAINED = {",
    `  trainedOn: ${JSON.stringify(`${trainPosts.length} posts`)},`,
    `  thresholds: ${JSON.stringify(thresholds)} as Record<string, { act: number; review: number }>,`,
    `  model: ${JSON.stringify(base64)},`,
    "};",
    "",
  ].join("\n");
  writeFileSync(OUT, source);

  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`model: ${model.featureCount} features, ${bytes.length} bytes (${base64.length} as base64) → moderation/model/weights.ts`);
  console.log(`validation, rules only:  recall ≥3 ${pct(before.recall)}, harmless held ${pct(before.held)}`);
  console.log(`validation, rules+model: recall ≥3 ${pct(after.recall)}, harmless held ${pct(after.held)}`);
  MODEL_LABELS.forEach((label, l) => {
    // The model alone at 0.5, on validation: is it any good at this label by itself?
    let tp = 0, fp = 0, fn = 0;
    for (const s of scored) {
      const y = targets(s.post)[l] ?? 0;
      if (Number.isNaN(y)) continue;
      const yes = (s.p[l] ?? 0) >= 0.5;
      if (yes && y === 1) tp++;
      else if (yes) fp++;
      else if (y === 1) fn++;
    }
    const t = thresholds[label.id];
    console.log(`  ${label.id.padEnd(26)} act ≥ ${t?.act === OFF ? "off" : t?.act}  review ≥ ${t?.review === OFF ? "off" : t?.review}   model alone at 0.5: precision ${pct(tp / Math.max(1, tp + fp))}, recall ${pct(tp / Math.max(1, tp + fn))} (${tp + fn} labelled)`);
  });
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
