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
import { END_OF_LINE, featuresOfWord, pairBucket, wordKey, wordsOf, type Features } from "./features.ts";
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
  /** Each token's share of label `l`'s score: what explains a verdict (worked out only when asked). */
  tokenWeights: (l: number) => Float64Array;
  /** Each token's span in the original text. */
  spans: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

const decoded: DecodedModel = decodeModel(fromBase64(TRAINED.model));
if (decoded.labelCount !== LABEL_COUNT) throw new Error("model and labels disagree");

/**
 * Row of every n-gram and word-pair bucket, by bucket number (-1: none). Word pairs are looked
 * up for every post and most are not in the model; one array read is several times cheaper
 * than probing the hash table, whose misses walk memory.
 */
const bucketRow = new Int32Array(TRAINED.buckets).fill(-1);
for (let slot = 0; slot * 2 < decoded.table.length; slot++) {
  const row = decoded.table[2 * slot + 1] ?? 0;
  const key = decoded.table[2 * slot] ?? 0;
  if (row !== 0 && key < TRAINED.buckets) bucketRow[key] = row - 1;
}

export const THRESHOLDS: Readonly<Record<string, Thresholds>> = TRAINED.thresholds;
export const MODEL_INFO = {
  featureCount: decoded.featureCount,
  /** Size of the model as shipped (base64 text in the bundle). */
  shippedBytes: TRAINED.model.length,
  /** Memory the decoded model holds (look-up table and weights). */
  memoryBytes: decoded.table.byteLength + decoded.weights.byteLength + bucketRow.byteLength,
  trainedOn: TRAINED.trainedOn,
};

function sigmoids(model: DecodedModel, z: Float64Array, counted: number): Float64Array {
  const probabilities = new Float64Array(model.labelCount);
  const scale = 1 / Math.max(1, counted);
  for (let l = 0; l < model.labelCount; l++) probabilities[l] = 1 / (1 + Math.exp(-((model.bias[l] ?? 0) + scale * (z[l] ?? 0))));
  return probabilities;
}

/**
 * The model's probability per label for a post's features: as fastText scores a line,
 * the average of the rows of its features (a word unknown to the model has no row and
 * does not count; an n-gram always does), one sigmoid per label. The reference: training
 * scores with it, and `classify` must agree with it (tests/moderation/model.test.ts).
 */
export function score(model: DecodedModel, features: Features): ModelOpinion {
  const labels = model.labelCount;
  const z = new Float64Array(labels);
  const tokenWeights = new Float64Array(Math.max(1, features.spans.length) * labels);
  const w = model.weights;
  const { hashes, isWord, word } = features;
  let counted = 0;
  for (let i = 0; i < features.count; i++) {
    const row = rowOf(model, hashes[i] ?? 0);
    if (row < 0) {
      if (isWord[i] === 0) counted++;
      continue;
    }
    counted++;
    const base = row * labels;
    const owner = (word[i] ?? 0) * labels;
    for (let l = 0; l < labels; l++) {
      const x = w[base + l] ?? 0;
      z[l] = (z[l] ?? 0) + x;
      tokenWeights[owner + l] = (tokenWeights[owner + l] ?? 0) + x;
    }
  }
  return { probabilities: sigmoids(model, z, counted), tokenWeights: (l) => tokenWeights.filter((_, i) => i % labels === l), spans: features.spans };
}

/** A word's own row and its letter n-gram rows, summed per label, and how many of them count. */
interface WordScore {
  hash: number;
  z: Float64Array;
  counted: number;
}

/**
 * Posts share most of their words, so each word's summed rows are kept (bounded, emptied when
 * full: a memo of a pure function). A post then costs one vector addition per word and one
 * look-up per word pair, instead of one look-up per letter n-gram.
 */
const WORD_SCORE_LIMIT = 20_000;
const wordScores = new Map<string, WordScore>();

function addRow(z: Float64Array, row: number): void {
  const labels = decoded.labelCount;
  for (let l = 0; l < labels; l++) z[l] = (z[l] ?? 0) + (decoded.weights[row * labels + l] ?? 0);
}

function wordScoreOf(word: string): WordScore {
  const known = wordScores.get(word);
  if (known !== undefined) return known;
  const labels = decoded.labelCount;
  const { hash, grams } = featuresOfWord(word, TRAINED.buckets);
  const z = new Float64Array(labels);
  let counted = 0;
  const own = rowOf(decoded, wordKey(hash, TRAINED.buckets));
  if (own >= 0) {
    counted++;
    addRow(z, own);
  }
  for (let g = 0; g < grams.length; g++) {
    counted++;
    const row = bucketRow[grams[g] ?? 0] ?? -1;
    if (row >= 0) addRow(z, row);
  }
  const scored = { hash, z, counted };
  if (wordScores.size >= WORD_SCORE_LIMIT) wordScores.clear();
  wordScores.set(word, scored);
  return scored;
}

/** The shipped model's opinion of a post: the same sums as `score`, grouped by word. */
export function classify(tokens: readonly Token[]): ModelOpinion {
  const labels = decoded.labelCount;
  const { words, owner } = wordsOf(tokens);
  words.push(END_OF_LINE);
  owner.push(Math.max(0, tokens.length - 1));
  const z = new Float64Array(labels);
  const w = decoded.weights;
  let counted = 0;
  let previous = 0;
  for (let i = 0; i < words.length; i++) {
    const ws = wordScoreOf(words[i] ?? "");
    counted += ws.counted;
    for (let l = 0; l < labels; l++) z[l] = (z[l] ?? 0) + (ws.z[l] ?? 0);
    if (i > 0) {
      counted++;
      const row = bucketRow[pairBucket(previous, ws.hash, TRAINED.buckets)] ?? -1;
      if (row >= 0) for (let l = 0; l < labels; l++) z[l] = (z[l] ?? 0) + (w[row * labels + l] ?? 0);
    }
    previous = ws.hash;
  }
  return new Classified(sigmoids(decoded, z, counted), tokens, words, owner);
}

/**
 * Most posts never need explaining (no label passes a threshold), so the per-word shares are
 * worked out again, from the memo, only when asked.
 */
class Classified implements ModelOpinion {
  constructor(
    readonly probabilities: Float64Array,
    readonly spans: readonly Token[],
    private readonly words: readonly string[],
    private readonly owner: readonly number[],
  ) {}

  tokenWeights(l: number): Float64Array {
    const { words, owner } = this;
    const labels = decoded.labelCount;
    const w = decoded.weights;
    const out = new Float64Array(this.spans.length);
    let before = 0;
    for (let i = 0; i < words.length; i++) {
      const ws = wordScoreOf(words[i] ?? "");
      const t = owner[i] ?? 0;
      out[t] = (out[t] ?? 0) + (ws.z[l] ?? 0);
      if (i > 0) {
        const row = bucketRow[pairBucket(before, ws.hash, TRAINED.buckets)] ?? -1;
        const previousToken = owner[i - 1] ?? 0;
        if (row >= 0) out[previousToken] = (out[previousToken] ?? 0) + (w[row * labels + l] ?? 0);
      }
      before = ws.hash;
    }
    return out;
  }
}

/**
 * The words that weighed most towards `label`: each word's share of the score
 * (its own features, its pair with the next word, its letter n-grams), strongest
 * first, at most `limit`, only words that pushed towards the label.
 */
export function weightiestWords(opinion: ModelOpinion, label: ModelLabel, limit = 3): Array<{ start: number; end: number; weight: number }> {
  const l = MODEL_LABELS.indexOf(label);
  const perWord = opinion.tokenWeights(l);
  const ranked = [...perWord.keys()].filter((t) => (perWord[t] ?? 0) > 0).sort((a, b) => (perWord[b] ?? 0) - (perWord[a] ?? 0));
  const top = ranked.slice(0, limit);
  const strongest = perWord[top[0] ?? 0] ?? 0;
  return top
    .filter((t) => (perWord[t] ?? 0) >= strongest / 4)
    .map((t) => ({ ...(opinion.spans[t] ?? { start: 0, end: 0 }), weight: perWord[t] ?? 0 }))
    .sort((a, b) => a.start - b.start);
}
