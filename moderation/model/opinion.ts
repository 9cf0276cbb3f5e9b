/**
 * How the trained model adds to the rules (issue 9, item 2).
 *
 * Rules stay in charge of what they are sure of, and of the spans that explain a
 * verdict. The model adds what rules miss:
 *   - a confident model-only verdict (probability ≥ the label's `act` threshold)
 *     acts at the label's own severity: escalate, or urgent for immediate danger;
 *   - a middling one (≥ `review`) sends the post to a moderator (severity 2);
 *   - either way, the words that weighed most are the match spans staff see.
 * Where a rule's exception said the words are an everyday use ("cut my hair"),
 * the model does not bring that category back; nor does it act on a crisis label when
 * the words it weighed most sit inside an everyday use of crisis words ("kill it at the
 * talent show"), because the exception lists are what a safeguarding lead has confirmed.
 * Negated self-harm talk that the rules recognised ("i'm not going to hurt myself") stays
 * at a moderator's look (SAFEGUARDING.md section 4), however sure the model is.
 * Thresholds are tuned by training, out of fold on the training split, never on held-out posts.
 */
import type { Category, Match, Severity } from "../types.ts";
import { THRESHOLDS, weightiestWords, type ModelOpinion, type Thresholds } from "./classifier.ts";
import { MODEL_LABELS, type ModelLabel } from "./labels.ts";

export const REVIEW_SEVERITY: Severity = 2;

/** The severity the model's probability `p` for `label` carries under thresholds `t` (0: none). */
export function modelSeverity(label: ModelLabel, p: number, t: Thresholds | undefined, negatedSelfHarm: boolean): Severity {
  if (t === undefined || p < t.review) return 0;
  const severity: Severity = p >= t.act ? label.severity : REVIEW_SEVERITY;
  return negatedSelfHarm && label.category === "self_harm" ? (Math.min(severity, REVIEW_SEVERITY) as Severity) : severity;
}

/** Self-harm and immediate danger share their figurative uses: "killing it" is neither. */
const CRISIS: readonly Category[] = ["self_harm", "immediate_danger"];

type Spans = ReadonlyArray<{ start: number; end: number }>;

function everydaySpansFor(category: Category, everyday: ReadonlyMap<Category, Spans>): Spans {
  return CRISIS.includes(category) ? CRISIS.flatMap((c) => everyday.get(c) ?? []) : (everyday.get(category) ?? []);
}

export function modelMatches(
  opinion: ModelOpinion,
  ruleMatches: readonly Match[],
  negatedSelfHarm: boolean,
  excepted: ReadonlySet<Category>,
  everyday: ReadonlyMap<Category, Spans> = new Map(),
): Match[] {
  const ruleSeverity = new Map<Category, Severity>();
  for (const m of ruleMatches) if (m.severity > (ruleSeverity.get(m.category) ?? 0)) ruleSeverity.set(m.category, m.severity);
  const out: Match[] = [];
  MODEL_LABELS.forEach((label, l) => {
    if (excepted.has(label.category)) return;
    const severity = modelSeverity(label, opinion.probabilities[l] ?? 0, THRESHOLDS[label.id], negatedSelfHarm);
    if (severity <= (ruleSeverity.get(label.category) ?? 0)) return;
    const ruleId = severity >= label.severity ? `model.${label.id}` : `model.${label.id}.review`;
    const words = weightiestWords(opinion, label);
    const ordinary = everydaySpansFor(label.category, everyday);
    if (words.some((w) => ordinary.some((o) => w.start < o.end && o.start < w.end))) return;
    const spans = opinion.spans;
    const first = spans[0];
    const last = spans[spans.length - 1];
    // A score carried by no single word (rare): highlight the whole post rather than nothing.
    if (words.length === 0 && first !== undefined && last !== undefined) words.push({ start: first.start, end: last.end, weight: 0 });
    for (const w of words) out.push({ ruleId, category: label.category, start: w.start, end: w.end, severity });
  });
  return out;
}

/** The model's probability for each category (the highest of its labels): what the post is mostly about. */
export function categoryProbabilities(opinion: ModelOpinion): Map<Category, number> {
  const out = new Map<Category, number>();
  MODEL_LABELS.forEach((label, l) => {
    const p = opinion.probabilities[l] ?? 0;
    if (p > (out.get(label.category) ?? 0)) out.set(label.category, p);
  });
  return out;
}
