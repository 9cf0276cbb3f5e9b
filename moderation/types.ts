/** The shared vocabulary of the moderation engine (SAFEGUARDING.md sections 2–3). */

export type Severity = 0 | 1 | 2 | 3 | 4;

export type Action = "allow" | "allow_masked" | "review" | "escalate" | "urgent";

export const CATEGORIES = [
  "immediate_danger",
  "self_harm",
  "grooming",
  "sextortion",
  "image_abuse",
  "abuse_disclosure",
  "sexual_content",
  "bullying",
  "contact_seeking",
  "pii",
  "profanity",
] as const;

export type Category = (typeof CATEGORIES)[number];

export const PII_TYPES = ["phone", "email", "social_handle", "url", "school", "postcode", "address", "name"] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** Severity of each category (SAFEGUARDING.md section 3). */
export const CATEGORY_SEVERITY: Readonly<Record<Category, Severity>> = {
  immediate_danger: 4,
  self_harm: 3,
  grooming: 3,
  sextortion: 3,
  image_abuse: 3,
  abuse_disclosure: 3,
  sexual_content: 3,
  bullying: 2,
  contact_seeking: 2,
  pii: 2,
  profanity: 1,
};

/** What happens to a post at each severity (SAFEGUARDING.md section 3). */
export const ACTION_FOR_SEVERITY: Readonly<Record<Severity, Action>> = {
  0: "allow",
  1: "allow_masked",
  2: "review",
  3: "escalate",
  4: "urgent",
};

export interface Match {
  /** Which rule matched, e.g. "grooming.secrecy" or "pii.phone". */
  ruleId: string;
  category: Category;
  /** UTF-16 offsets into the ORIGINAL text; text.slice(start, end) is the matched words. */
  start: number;
  end: number;
  /** The severity this match contributes (a negated crisis match contributes 2). */
  severity: Severity;
  /** For PII matches, which kind of detail. */
  pii?: PiiType;
  /** True when crisis words were negated ("I'm not going to hurt myself"). */
  negated?: boolean;
}

export interface Verdict {
  severity: Severity;
  action: Action;
  /** Category ids, most severe first. */
  categories: Category[];
  /** PII types found (non-empty exactly when categories includes "pii"). */
  pii: PiiType[];
  /** Every rule that matched, with the span of the original text it matched. */
  matches: Match[];
  /** The text with profanity masked (same length as the input); shown when action is allow_masked. */
  masked: string;
  /** True when crisis words were found only in negated form ("I'm not going to hurt myself"). */
  negated: boolean;
}
