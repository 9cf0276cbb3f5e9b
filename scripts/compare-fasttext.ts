/**
 * `npm run -s compare:fasttext`: fastText run by its own WebAssembly runtime
 * (`fasttext.wasm.js`) against the shipped engine model (fastText-trained, folded,
 * pruned and quantised, run by moderation/model/classifier.ts), on the same held-out
 * posts, with size and speed: what shipping without fastText's runtime costs and saves.
 *
 * Same input for both: the normaliser's words (disguises undone), the same training
 * split and the same labels (scripts/lib/targets.ts). Both models are read the same
 * way: a label "says yes" at probability ≥ 0.5 (no tuning, so neither is favoured), and
 * the post's severity is the highest severity among the labels saying yes. Figures:
 * each model alone, and each beside the rules (the higher of rule and model severity).
 * The deployed engine (tuned thresholds, exceptions, negation) is `npm run eval`.
 *
 * fastText here cannot be quantised (the WebAssembly build exposes no `quantize`), so
 * its model is dense floats: (words + buckets) × dim × 4 bytes. Sizes are printed with
 * the runtime, against the 300 KB gzipped budget for the compose page's chunk.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { getFastTextClass, getFastTextModule, type FastTextModel } from "fasttext.wasm.js";
import { moderateWithRulesOnly, modelProbabilitiesOf, modelWordsOf, type Severity } from "../moderation/index.ts";
import { MODEL_LABELS } from "../moderation/model/labels.ts";
import { TRAINED } from "../moderation/model/weights.ts";
import { loadCorpus, type LabelledPost, type Split } from "./lib/corpus.ts";
import { targets } from "./lib/targets.ts";

const YES = 0.5;
const NONE = "__label__none";
const SETTINGS = {
  lr: Number(process.env.FT_LR ?? 0.5),
  epoch: Number(process.env.FT_EPOCH ?? 25),
  dim: Number(process.env.FT_DIM ?? 16),
  wordNgrams: 2,
  minn: 3,
  maxn: 5,
  minCount: 1,
  bucket: Number(process.env.FT_BUCKET ?? 100_000),
  loss: "ova",
  seed: 20261206,
};

type Judge = (post: LabelledPost) => Severity;

function severityFromProbabilities(p: ArrayLike<number>): Severity {
  let sev = 0;
  MODEL_LABELS.forEach((label, l) => {
    if ((p[l] ?? 0) >= YES && label.severity > sev) sev = label.severity;
  });
  return sev as Severity;
}

function figures(posts: readonly LabelledPost[], judge: Judge): { recall: number; held: number; severe: number; harmless: number } {
  let severe = 0, caught = 0, harmless = 0, held = 0;
  for (const p of posts) {
    const sev = judge(p);
    if (p.severity >= 3) {
      severe++;
      if (p.severity === 4 ? sev === 4 : sev >= 3) caught++;
    } else if (p.severity <= 1) {
      harmless++;
      if (sev >= 2) held++;
    }
  }
  return { recall: caught / Math.max(1, severe), held: held / Math.max(1, harmless), severe, harmless };
}

function fastTextLine(post: LabelledPost): string | null {
  const y = targets(post);
  if (y.every((t) => Number.isNaN(t))) return null;
  const labels = MODEL_LABELS.filter((_, l) => y[l] === 1).map((label) => `__label__${label.id}`);
  return `${(labels.length > 0 ? labels : [NONE]).join(" ")} ${modelWordsOf(post.text).join(" ")}`;
}

async function main(): Promise<void> {
  const corpus = loadCorpus({ rounds: true });
  const train = corpus.posts.filter((p) => p.split === "train");
  const lines = train.map(fastTextLine).filter((l): l is string => l !== null);

  const FastText = await getFastTextClass({ getFastTextModule });
  const ft = new FastText();
  const started = performance.now();
  // Node's fetch reads data: URLs, so the training file never touches the disk.
  const url = `data:text/plain;base64,${Buffer.from(`${lines.join("\n")}\n`).toString("base64")}`;
  const model = (await ft.trainSupervised(url, SETTINGS, () => {})) as FastTextModel;
  const trainSeconds = (performance.now() - started) / 1000;
  const saved = new Uint8Array(await model.saveModel().arrayBuffer());

  const labelIndex = new Map(MODEL_LABELS.map((label, l) => [`__label__${label.id}`, l]));
  const fastTextProbabilities = (text: string): Float64Array => {
    const out = new Float64Array(MODEL_LABELS.length);
    const predictions = model.predict(modelWordsOf(text).join(" "), -1, 0);
    for (let i = 0; i < predictions.size(); i++) {
      const [p, label] = [predictions.get(i)[0], predictions.get(i)[1]];
      const l = labelIndex.get(label);
      if (l !== undefined) out[l] = p;
    }
    return out;
  };
  const ours = modelProbabilitiesOf;
  const rules = (text: string): Severity => moderateWithRulesOnly(text).severity;

  const engines: Array<[string, Judge]> = [
    ["ours alone", (p) => severityFromProbabilities(ours(p.text))],
    ["fastText alone", (p) => severityFromProbabilities(fastTextProbabilities(p.text))],
    ["rules + ours (untuned)", (p) => Math.max(rules(p.text), severityFromProbabilities(ours(p.text))) as Severity],
    ["rules + fastText (untuned)", (p) => Math.max(rules(p.text), severityFromProbabilities(fastTextProbabilities(p.text))) as Severity],
  ];
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  console.log(`trained on ${lines.length} posts; fastText ${JSON.stringify(SETTINGS)} in ${trainSeconds.toFixed(1)} s`);
  for (const split of ["heldout_voice", "heldout_rounds"] as Split[]) {
    const posts = corpus.posts.filter((p) => p.split === split);
    console.log(`\n${split} (${posts.length} posts)`);
    for (const [name, judge] of engines) {
      const f = figures(posts, judge);
      console.log(`  ${name.padEnd(28)} recall ${pct(f.recall).padStart(6)} of ${f.severe}   harmless held ${pct(f.held).padStart(6)} of ${f.harmless}`);
    }
  }

  // Speed on the same posts, model alone (features + scoring), µs per post.
  const sample = corpus.posts.slice(0, 2000).map((p) => p.text);
  const time = (f: (t: string) => unknown): number => {
    for (const t of sample.slice(0, 200)) f(t);
    const t0 = performance.now();
    for (const t of sample) f(t);
    return ((performance.now() - t0) * 1000) / sample.length;
  };
  const oursUs = time(ours);
  const fastTextUs = time(fastTextProbabilities);

  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve("fasttext.wasm.js").replace(/main[/\\]node\.cjs$/, "core/fastText.common.wasm"));
  const glue = readFileSync(require.resolve("fasttext.wasm.js").replace(/main[/\\]node\.cjs$/, "core/fastText.common.js"));
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  const oursShipped = Buffer.from(TRAINED.model);
  console.log(`\nsize, gzipped: ours ${kb(gzipSync(oursShipped).length)} (model as shipped, runtime is a few KB of our code)`);
  console.log(`               fastText model ${kb(gzipSync(saved).length)} (${kb(saved.length)} raw) + runtime ${kb(gzipSync(wasm).length + gzipSync(glue).length)} (wasm + glue)`);
  console.log(`speed, model alone: ours ${oursUs.toFixed(1)} µs/post, fastText ${fastTextUs.toFixed(1)} µs/post (ratio ${(fastTextUs / oursUs).toFixed(2)}×)`);
}

await main();
