/**
 * What the trained classifier predicts: one yes/no output per label, each tied to a
 * SAFEGUARDING.md category and the severity a confident "yes" carries. PII and profanity
 * are left to the rules (they are crisp patterns, not meaning).
 */
import type { Category, Severity } from "../types.ts";

export interface ModelLabel {
  id: string;
  category: Category;
  severity: Severity;
}

export const MODEL_LABELS: readonly ModelLabel[] = [
  { id: "immediate_danger", category: "immediate_danger", severity: 4 },
  { id: "self_harm", category: "self_harm", severity: 3 },
  { id: "grooming", category: "grooming", severity: 3 },
  { id: "sextortion", category: "sextortion", severity: 3 },
  { id: "image_abuse", category: "image_abuse", severity: 3 },
  { id: "abuse_disclosure", category: "abuse_disclosure", severity: 3 },
  { id: "sexual_content", category: "sexual_content", severity: 3 },
  // Bullying that urges self-harm ("kys") is severity 3; other bullying is 2. Two labels,
  // because the words that tell them apart are exactly what the model has to learn.
  { id: "bullying_urging_self_harm", category: "bullying", severity: 3 },
  { id: "bullying", category: "bullying", severity: 2 },
  { id: "contact_seeking", category: "contact_seeking", severity: 2 },
];

export const LABEL_COUNT = MODEL_LABELS.length;
