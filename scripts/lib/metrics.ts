/**
 * The figures every moderation report uses, computed one way only: escalation
 * recall (severity 3 held at ≥ 3, severity 4 at 4), right category (the labelled
 * category named first), per-category recall and precision, harmless posts held
 * (labelled 0–1, got ≥ 2), PII recall (every labelled PII type found), PII-only
 * posts escalated, and a confusion table of labelled against named category.
 */
import type { Verdict } from "../../moderation/index.ts";

export interface Labelled {
  text: string;
  severity: number;
  categories: readonly string[];
  pii: readonly string[];
}

export interface Figures {
  posts: number;
  severe: number;
  caught: number;
  rightCategory: number;
  harmless: number;
  held: number;
  piiPosts: number;
  piiFound: number;
  piiOnly: number;
  piiOnlyEscalated: number;
  /** category → labelled severe posts of it, caught, named first; and posts the engine named it first on, correctly. */
  perCategory: Map<string, { labelled: number; caught: number; named: number; predicted: number; correct: number }>;
  /** "labelled → named first" → count, over severe posts. */
  confusion: Map<string, number>;
  misses: string[];
  falseAlarms: string[];
}

const SEVERE_LIMIT = 3;

export function score(posts: readonly Labelled[], judge: (text: string) => Verdict): Figures {
  const f: Figures = {
    posts: posts.length, severe: 0, caught: 0, rightCategory: 0, harmless: 0, held: 0,
    piiPosts: 0, piiFound: 0, piiOnly: 0, piiOnlyEscalated: 0,
    perCategory: new Map(), confusion: new Map(), misses: [], falseAlarms: [],
  };
  const row = (c: string) => {
    let r = f.perCategory.get(c);
    if (r === undefined) f.perCategory.set(c, (r = { labelled: 0, caught: 0, named: 0, predicted: 0, correct: 0 }));
    return r;
  };
  for (const p of posts) {
    const v = judge(p.text);
    const first = v.categories[0] ?? "none";
    const labelled = p.categories[0] ?? "none";
    if (v.severity >= SEVERE_LIMIT) {
      const r = row(first);
      r.predicted++;
      if (p.severity >= SEVERE_LIMIT && first === labelled) r.correct++;
    }
    if (p.severity >= SEVERE_LIMIT) {
      f.severe++;
      const caught = p.severity === 4 ? v.severity === 4 : v.severity >= SEVERE_LIMIT;
      const r = row(labelled);
      r.labelled++;
      if (caught) {
        f.caught++;
        r.caught++;
      } else f.misses.push(`(${p.severity} ${labelled}) → ${v.severity} [${v.categories.join(", ")}]: ${p.text}`);
      if (first === labelled && v.severity >= SEVERE_LIMIT) {
        f.rightCategory++;
        r.named++;
      }
      const key = `${labelled} → ${v.severity >= SEVERE_LIMIT ? first : "(not escalated)"}`;
      f.confusion.set(key, (f.confusion.get(key) ?? 0) + 1);
    } else if (p.severity <= 1) {
      f.harmless++;
      if (v.severity >= 2) {
        f.held++;
        f.falseAlarms.push(`(${p.severity}) → ${v.severity} [${v.categories.join(", ")}]: ${p.text}`);
      }
    }
    if (p.pii.length > 0) {
      f.piiPosts++;
      if (p.pii.every((t) => (v.pii as readonly string[]).includes(t))) f.piiFound++;
      else f.misses.push(`(pii ${p.pii.join(",")}) → [${v.pii.join(", ")}]: ${p.text}`);
      if (p.severity === 2 && p.categories.every((c) => c === "pii")) {
        f.piiOnly++;
        if (v.severity >= SEVERE_LIMIT) f.piiOnlyEscalated++;
      }
    }
  }
  return f;
}

export const pct = (n: number, d: number): string => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

/** One line: the headline figures. */
export function headline(f: Figures): string {
  return [
    `escalation recall ${pct(f.caught, f.severe)} (${f.caught}/${f.severe})`,
    `right category ${pct(f.rightCategory, f.severe)}`,
    `harmless held ${pct(f.held, f.harmless)} (${f.held}/${f.harmless})`,
    `PII recall ${pct(f.piiFound, f.piiPosts)} (${f.piiFound}/${f.piiPosts})`,
    `PII-only escalated ${f.piiOnlyEscalated}/${f.piiOnly}`,
  ].join(", ");
}
