/**
 * Harbour's moderation engine (SAFEGUARDING.md sections 2–4; API.md "The moderation engine").
 *
 * Pure and portable: text in, verdict out. No I/O, no clock, no Node APIs, so
 * the same module runs in the browser (help while typing) and on the server
 * (the only verdict that counts). Everything is compiled once at module load;
 * `moderate` is synchronous, deterministic, linear in the length of the text,
 * and never throws.
 */
import { findHits, evaluate, compileRules, everydayUseSpans, exceptedCategories, type CompiledRules, type RuleMatch } from "./matcher.ts";
import { watchedRule, type WatchedSet } from "./watched.ts";
import { tokenise, type Token } from "./normalise.ts";
import { findPii } from "./pii.ts";
import { RULES } from "./rules/index.ts";
import { classify, type ModelOpinion } from "./model/classifier.ts";
import { extractFeatures, wordsOf, type Features } from "./model/features.ts";
import { categoryProbabilities, modelMatches } from "./model/opinion.ts";
import {
  ACTION_FOR_SEVERITY,
  CATEGORIES,
  CATEGORY_SEVERITY,
  PII_TYPES,
  type Category,
  type Match,
  type PiiType,
  type Severity,
  type Verdict,
} from "./types.ts";

export { ACTION_FOR_SEVERITY, CATEGORIES, CATEGORY_SEVERITY, PII_TYPES };
export type { Action, Category, Match, PiiType, Severity, Verdict } from "./types.ts";
export type { Rule } from "./rules/rule.ts";
export { RULES } from "./rules/index.ts";
export { EMPTY_WATCHED_SET, phraseProblem, WATCHABLE_CATEGORIES, WATCHED_RULE_PREFIX, type WatchedPhrase, type WatchedSet } from "./watched.ts";

const COMPILED = compileRules(RULES);

/** Longer than any real post; beyond this only the first part is read (keeps cost bounded). */
export const MAX_TEXT_LENGTH = 100_000;

/** Among categories of equal weight, the more specific first (sextortion is a kind of image abuse, and so on). */
const PRIMARY_ORDER: readonly Category[] = [
  "immediate_danger",
  "sextortion",
  "abuse_disclosure",
  "image_abuse",
  "sexual_content",
  "grooming",
  "self_harm",
  "bullying",
  "contact_seeking",
  "pii",
  "profanity",
];

/** Put `first` ahead of `over` when both are present: sextortion is the more precise name for threatened images. */
function promote(categories: Category[], first: Category, over: Category): void {
  const i = categories.indexOf(first);
  const j = categories.indexOf(over);
  if (i > j && j >= 0) {
    categories.splice(i, 1);
    categories.splice(j, 0, first);
  }
}

/** Severity a negated crisis match contributes: a moderator looks, it is never silently published. */
const NEGATED_SEVERITY: Severity = 2;

function toMatch(rm: RuleMatch, tokens: readonly Token[]): Match[] {
  const severity: Severity = rm.negated ? NEGATED_SEVERITY : rm.rule.severity ?? CATEGORY_SEVERITY[rm.rule.category];
  const out: Match[] = [];
  for (const part of rm.parts) {
    const first = tokens[part.start];
    const last = tokens[part.end];
    if (first === undefined || last === undefined) continue;
    const m: Match = { ruleId: rm.rule.id, category: rm.rule.category, start: first.start, end: last.end, severity };
    if (rm.negated) m.negated = true;
    out.push(m);
  }
  return out;
}

/**
 * One rule often matches nested spans ("asking if i'm alone" inside "keeps asking
 * if i'm alone"): keep the widest, so a reviewer sees each highlighted phrase once.
 * Expects matches sorted by start, then widest first.
 */
function withoutNestedDuplicates(sorted: readonly Match[]): Match[] {
  const out: Match[] = [];
  for (const m of sorted) {
    const covered = out.some((o) => o.ruleId === m.ruleId && o.start <= m.start && m.end <= o.end && o.severity >= m.severity);
    if (!covered) out.push(m);
  }
  return out;
}

function maskSpans(text: string, matches: readonly Match[]): string {
  const spans = matches.filter((m) => m.category === "profanity");
  if (spans.length === 0) return text;
  const chars = text.split("");
  for (const m of spans) {
    for (let i = m.start; i < m.end; i++) {
      // Keep spaces and the first letter readable? No: mask every letter and digit of the word.
      if (/[\p{L}\p{N}$@!|+*]/u.test(chars[i] ?? "")) chars[i] = "*";
    }
  }
  return chars.join("");
}

function emptyVerdict(text: string): Verdict {
  return { severity: 0, action: "allow", categories: [], pii: [], matches: [], masked: text, negated: false };
}

/** Crisis words found only in negated form ("I'm not going to hurt myself"). */
function onlyNegated(matches: readonly Match[]): boolean {
  return matches.some((m) => m.negated === true) && !matches.some((m) => m.negated !== true && (m.category === "self_harm" || m.category === "immediate_danger"));
}

/** A watched set ready to apply: its phrases compiled on their own (microseconds, not a recompile of every rule). */
interface CompiledWatched {
  phrases: CompiledRules;
  disabled: ReadonlySet<string>;
}

function decide(text: string, useModel: boolean, watched: CompiledWatched | null): Verdict {
  const compiled = COMPILED;
  const tokens = tokenise(text, compiled.lexicon);
  const hits = findHits(tokens, compiled);
  let ruleMatches = evaluate(tokens, hits, compiled);
  if (watched !== null) {
    ruleMatches = ruleMatches.filter((rm) => !watched.disabled.has(rm.rule.id));
    ruleMatches.push(...evaluate(tokens, findHits(tokens, watched.phrases), watched.phrases));
  }

  const matches: Match[] = [];
  for (const rm of ruleMatches) matches.push(...toMatch(rm, tokens));

  const piiTypes = new Set<PiiType>();
  for (const p of findPii(text)) {
    piiTypes.add(p.type);
    matches.push({ ruleId: `pii.${p.type}`, category: "pii", start: p.start, end: p.end, severity: CATEGORY_SEVERITY.pii, pii: p.type });
  }
  const negatedOnly = onlyNegated(matches);

  // The trained model adds what the rules missed (model/opinion.ts), and says what the post is mostly about.
  const opinion = useModel ? classify(tokens) : null;
  if (opinion !== null) matches.push(...modelMatches(opinion, matches, negatedOnly, exceptedCategories(tokens, hits, compiled), everydayUseSpans(tokens, hits, compiled)));
  const modelSays = opinion === null ? new Map<Category, number>() : categoryProbabilities(opinion);

  // A category's severity is the highest of its matches (a negated self-harm match counts 2,
  // unless another self-harm match in the same post is not negated).
  const categorySeverity = new Map<Category, Severity>();
  for (const m of matches) {
    const current = categorySeverity.get(m.category) ?? 0;
    if (m.severity > current) categorySeverity.set(m.category, m.severity);
  }
  let severity: Severity = 0;
  for (const s of categorySeverity.values()) if (s > severity) severity = s;

  // Most severe first; among equals, the one the model thinks the post is mostly about, then one
  // a rule is sure of before one only the model sees, then the category with more distinct rules
  // behind it, then the more specific one (PRIMARY_ORDER).
  const rulesPerCategory = new Map<Category, Set<string>>();
  const ruleBacked = new Set<Category>();
  for (const m of matches) {
    const set = rulesPerCategory.get(m.category) ?? new Set<string>();
    set.add(m.ruleId);
    rulesPerCategory.set(m.category, set);
    if (!m.ruleId.startsWith("model.")) ruleBacked.add(m.category);
  }
  const categories = [...categorySeverity.keys()].sort(
    (a, b) =>
      (categorySeverity.get(b) ?? 0) - (categorySeverity.get(a) ?? 0) ||
      (modelSays.get(b) ?? 0) - (modelSays.get(a) ?? 0) ||
      (ruleBacked.has(b) ? 1 : 0) - (ruleBacked.has(a) ? 1 : 0) ||
      (rulesPerCategory.get(b)?.size ?? 0) - (rulesPerCategory.get(a)?.size ?? 0) ||
      PRIMARY_ORDER.indexOf(a) - PRIMARY_ORDER.indexOf(b),
  );
  promote(categories, "sextortion", "image_abuse");
  if (matches.some((m) => m.category === "bullying" && m.severity === 3)) promote(categories, "bullying", "self_harm");
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  const shown = withoutNestedDuplicates(matches);

  return {
    severity,
    action: ACTION_FOR_SEVERITY[severity],
    categories,
    pii: PII_TYPES.filter((t) => piiTypes.has(t)),
    matches: shown,
    masked: maskSpans(text, shown),
    negated: negatedOnly,
  };
}

/**
 * Moderate one post. Pure, synchronous, deterministic; never throws.
 * Matches carry UTF-16 offsets into `text`; `text.slice(m.start, m.end)` is the matched words.
 */
export function moderate(text: string): Verdict {
  return judge(text, true, null);
}

/**
 * The engine with a safeguarding lead's watched words (watched.ts): the built-in rules not
 * switched off, plus the watched phrases, with the model as in `moderate`. Keep the returned
 * function for as long as the set is active.
 */
export function moderatorWith(set: WatchedSet): (text: string) => Verdict {
  if (set.words.length === 0 && set.disabledRules.length === 0) return moderate;
  const watched: CompiledWatched = { phrases: compileRules(set.words.map(watchedRule)), disabled: new Set(set.disabledRules) };
  return (text) => judge(text, true, watched);
}

/** The rules alone, without the trained model: the baseline `npm run eval` compares against. */
export function moderateWithRulesOnly(text: string): Verdict {
  return judge(text, false, null);
}

function judge(text: string, useModel: boolean, watched: CompiledWatched | null): Verdict {
  if (typeof text !== "string" || text.length === 0) return emptyVerdict(typeof text === "string" ? text : "");
  const input = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  try {
    const verdict = decide(input, useModel, watched);
    if (input !== text) verdict.masked += text.slice(MAX_TEXT_LENGTH);
    return verdict;
  } catch {
    // A bug must never publish a post unseen: fail closed, to a moderator.
    return { ...emptyVerdict(text), severity: 2, action: "review" };
  }
}

const PII_LABEL: Readonly<Record<PiiType, string>> = {
  phone: "[phone number]",
  email: "[email]",
  social_handle: "[social handle]",
  url: "[link]",
  school: "[school]",
  postcode: "[postcode]",
  address: "[address]",
  name: "[name]",
};

/**
 * The text for the review queue: every PII span replaced by a label
 * ("text me on [phone number]"), profanity masked. Overlapping spans are merged.
 */
export function redact(text: string, verdict: Verdict): string {
  const spans = verdict.matches
    .filter((m) => m.category === "pii" && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((m) => ({ start: m.start, end: m.end, label: PII_LABEL[m.pii ?? "name"] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const base = verdict.masked.length === text.length ? verdict.masked : text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    out += base.slice(at, Math.max(at, s.start));
    out += s.label;
    at = s.end;
  }
  return out + base.slice(at);
}

function tokensOf(text: string): Token[] {
  return tokenise(text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text, COMPILED.lexicon);
}

/** The classifier's features for a text, exactly as `moderate` computes them (for training). */
export function modelFeaturesOf(text: string, buckets: number): Features {
  return extractFeatures(tokensOf(text), buckets);
}

/** The classifier's probability per label (MODEL_LABELS order), before thresholds or rules. */
export function modelProbabilitiesOf(text: string): Float64Array {
  return classify(tokensOf(text)).probabilities;
}

/** The classifier's whole opinion (probabilities and each word's share), as `moderate` reads it. */
export function modelOpinionOf(text: string): ModelOpinion {
  return classify(tokensOf(text));
}

/** The normalised words the classifier reads (disguises undone), e.g. to train another model on the same input. */
export function modelWordsOf(text: string): string[] {
  return wordsOf(tokensOf(text)).words;
}
