/**
 * What each labelled post teaches each model label: shared by the training script
 * and by anything that trains a model to compare against it.
 */
import { moderateWithRulesOnly } from "../../moderation/index.ts";
import { MODEL_LABELS, LABEL_COUNT } from "../../moderation/model/labels.ts";
import type { Category } from "../../moderation/types.ts";
import type { LabelledPost } from "./corpus.ts";

/** Target per label: 1, 0, or NaN for "unknown, don't learn this label from this post". */
export function targets(post: LabelledPost): Float64Array {
  const y = new Float64Array(LABEL_COUNT);
  let categories: Category[] = post.categories;
  if (!post.categoriesKnown) {
    // Older rows give only a severity: take the rules' categories at that severity (every such
    // row is a regression test the rules pass), and learn nothing else from the row.
    const v = moderateWithRulesOnly(post.text);
    categories = v.categories.filter((c) => v.matches.some((m) => m.category === c && m.severity >= Math.min(post.severity, 3)));
    if (categories.length === 0) return y.fill(Number.NaN);
  }
  const has = (c: Category): boolean => categories.includes(c);
  const otherSevere = categories.some((c) => c !== "bullying" && c !== "contact_seeking" && c !== "pii" && c !== "profanity");
  MODEL_LABELS.forEach((label, l) => {
    let t = 0;
    if (label.id === "bullying_urging_self_harm") t = has("bullying") && post.severity >= 3 ? (otherSevere ? Number.NaN : 1) : 0;
    else t = has(label.category) ? 1 : 0;
    // Negated crisis talk ("i'm not going to hurt myself") is labelled 2: neither a yes nor a no for self-harm.
    if ((label.category === "self_harm" || label.category === "immediate_danger") && has("self_harm") && post.severity < 3) t = Number.NaN;
    // Immediate danger is self-harm (or grooming, or abuse) happening now: don't teach self_harm "no" on it.
    if (label.category === "self_harm" && has("immediate_danger") && t === 0) t = Number.NaN;
    y[l] = t;
  });
  return y;
}
