/**
 * The trained classifier: a fastText model (words, word pairs and letter n-grams,
 * averaged; one sigmoid output per label) run by our own few lines rather than by
 * fastText's WebAssembly runtime. Training (`npm run train:moderation`) lets fastText
 * learn its embeddings, then folds each feature's embedding and the output layer into
 * one weight per label (the model is linear in its features, so this is exact), keeps
 * the weights that matter and quantises them: the generated weights.ts.
 *
 * Pure: decoded once at module load, then every call is a few hundred table
 * look-ups and additions.
 */
import type { Token } from "../normalise.ts";
import { decodeModel, fromBase64, rowOf, type DecodedModel } from "./codec.ts";
import { extractFeatures, type Features } from "./features.ts";
import { LABEL_COUNT, MODEL_LABELS, type ModelLabel } from "./labels.ts";
import { TRAINED } from "./weights.ts";

export interface Thresholds {
  /** At or above: the model alone is confident enough to act at the label's severity. */
  act: number;
  /** At or above (and below `act`): a moderator should look (severity 2). */
  review: number;
}

export interface ModelOpinion {
  /** Probability per label, in MODEL_LABELS order. */
  probabilities: Float64Array;
  features: Features;
  /** Model row of each feature (-1: unknown to the model). */
  rows: Int32Array;
}

const decoded: DecodedModel = decodeModel(fromBase64(TRAINED.model));
if (decoded.labelCount !== LABEL_COUNT) throw new Error("model and labels disagree");

export const THRESHOLDS: Readonly<Record<string, Thresholds>> = TRAINED.thresholds;
export const MODEL_INFO = {
  featureCount: decoded.featureCount,
  /** Size of the model as shipped (base64 text in the bundle). */
  shippedBytes: TRAINED.model.length,
  /** Memory the decoded model holds (look-up table and weights). */
  memoryBytes: decoded.table.byteLength + decoded.weights.byteLength,
  trainedOn: TRAINED.trainedOn,
};

/**
 * The model's probability per label for a post's features: as fastText scores a line,
 * the average of the rows of its features (a word unknown to the model has no row and
 * does not count; an n-gram always does), one sigmoid per label.
 */
export function score(model: DecodedModel, features: Features): ModelOpinion {
  const z = new Float64Array(model.labelCount);
  const rows = new Int32Array(features.count);
  const w = model.weights;
  const { hashes, isWord } = features;
  const labels = model.labelCount;
  let counted = 0;
  for (let i = 0; i < features.count; i++) {
    const row = rowOf(model, hashes[i] ?? 0);
    rows[i] = row;
    if (row < 0) {
      if (isWord[i] === 0) counted++;
      continue;
    }
    counted++;
    const base = row * labels;
    for (let l = 0; l < labels; l++) z[l] = (z[l] ?? 0) + (w[base + l] ?? 0);
  }
  const probabilities = new Float64Array(labels);
  const scale = 1 / Math.max(1, counted);
  for (let l = 0; l < labels; l++) probabilities[l] = 1 / (1 + Math.exp(-((model.bias[l] ?? 0) + scale * (z[l] ?? 0))));
  return { probabilities, features, rows };
}

export function classify(tokens: readonly Token[]): ModelOpinion {
  return score(decoded, extractFeatures(tokens, TRAINED.buckets));
}

/**
 * The words that weighed most towards `label`: each word's share of the score
 * (its own features, its pair with the next word, its letter n-grams), strongest
 * first, at most `limit`, only words that pushed towards the label.
 */
export function weightiestWords(opinion: ModelOpinion, label: ModelLabel, limit = 3): Array<{ start: number; end: number; weight: number }> {
  const l = MODEL_LABELS.indexOf(label);
  const perWord = new Float64Array(opinion.features.spans.length);
  for (let i = 0; i < opinion.features.count; i++) {
    const row = opinion.rows[i] ?? -1;
    if (row < 0) continue;
    const t = opinion.features.word[i] ?? 0;
    perWord[t] = (perWord[t] ?? 0) + (decoded.weights[row * LABEL_COUNT + l] ?? 0);
  }
  const ranked = [...perWord.keys()].filter((t) => (perWord[t] ?? 0) > 0).sort((a, b) => (perWord[b] ?? 0) - (perWord[a] ?? 0));
  const top = ranked.slice(0, limit);
  const strongest = perWord[top[0] ?? 0] ?? 0;
  return top
    .filter((t) => (perWord[t] ?? 0) >= strongest / 4)
    .map((t) => ({ ...(opinion.features.spans[t] ?? { start: 0, end: 0 }), weight: perWord[t] ?? 0 }))
    .sort((a, b) => a.start - b.start);
}
