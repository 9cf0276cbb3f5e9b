/**
 * The matcher: compiles every phrase of every rule into ONE word trie, then
 * walks the post's words through it once.
 *
 * Cost per word does not grow with the number of rules: at each word we follow
 * hash-map edges of the trie (plus a bounded number of prefix and wildcard
 * edges), so adding rules adds trie nodes, not work per character. Rules are
 * only evaluated when one of their phrases was actually found.
 */
import { normaliseRuleWords, type Lexicon, type Token } from "./normalise.ts";
import type { Rule } from "./rules/rule.ts";
import { SLANG } from "./slang.ts";

type Element =
  | { kind: "lit"; word: string }
  | { kind: "prefix"; stem: string }
  | { kind: "any" }
  | { kind: "range"; lo: number; hi: number };

/** Where a phrase came from: a rule's group (slot ≥ 0) or one of its exceptions. */
interface Ref {
  rule: number;
  /** ≥ 0: index of the `all` group (0 for `any`); -1: `unless`; -2: `unlessInSentence`. */
  slot: number;
}

const UNLESS = -1;
const UNLESS_IN_SENTENCE = -2;

interface TrieNode {
  lit: Map<string, TrieNode>;
  prefix: Map<string, TrieNode> | null;
  prefixLengths: number[];
  any: TrieNode | null;
  ranges: Array<{ lo: number; hi: number; node: TrieNode }>;
  refs: Ref[];
}

/** One phrase found in the post: words start..end (inclusive token indexes). */
export interface Hit {
  rule: number;
  slot: number;
  start: number;
  end: number;
}

export interface RuleMatch {
  rule: Rule;
  /** The phrases that made the rule fire (one per `all` group), as token ranges. */
  parts: Array<{ start: number; end: number }>;
  negated: boolean;
}

export interface CompiledRules {
  rules: readonly Rule[];
  root: TrieNode;
  lexicon: Lexicon;
  maxDepth: number;
}

function newNode(): TrieNode {
  return { lit: new Map(), prefix: null, prefixLengths: [], any: null, ranges: [], refs: [] };
}

/** Expand "(a|b) c (d|)" into every plain phrase it stands for. */
export function expandAlternatives(phrase: string): string[] {
  const open = phrase.indexOf("(");
  if (open < 0) return [phrase];
  // Find the matching ")" and the top-level "|" inside (choices may nest).
  let depth = 0;
  let close = -1;
  const bars: number[] = [];
  for (let i = open; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) {
      close = i;
      break;
    } else if (ch === "|" && depth === 1) bars.push(i);
  }
  if (close < 0) throw new Error(`Unclosed "(" in rule phrase: ${phrase}`);
  const before = phrase.slice(0, open);
  const after = phrase.slice(close + 1);
  const cuts = [open, ...bars, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const option = phrase.slice((cuts[k] ?? 0) + 1, cuts[k + 1]);
    out.push(...expandAlternatives(before + option + after));
  }
  return out;
}

const normalisedWordCache = new Map<string, string[]>();

/** Turn one phrase of a rule into the element sequences it stands for. */
export function compilePhrase(phrase: string): Element[][] {
  const sequences: Element[][] = [];
  for (const plain of expandAlternatives(phrase)) {
    let partial: Element[][] = [[]];
    for (const raw of plain.trim().split(/\s+/)) {
      if (raw === "") continue;
      let choices: Element[][];
      if (raw === "~") {
        choices = [[], [{ kind: "any" }], [{ kind: "any" }, { kind: "any" }], [{ kind: "any" }, { kind: "any" }, { kind: "any" }]];
      } else if (raw === "_") {
        choices = [[{ kind: "any" }]];
      } else if (/^#\d+-\d+$/.test(raw)) {
        const [lo, hi] = raw.slice(1).split("-").map(Number);
        choices = [[{ kind: "range", lo: lo ?? 0, hi: hi ?? 0 }]];
      } else if (raw.endsWith("*") && raw.length > 1) {
        choices = [[{ kind: "prefix", stem: raw.slice(0, -1).toLowerCase().replace(/['’]/g, "") }]];
      } else {
        let words = normalisedWordCache.get(raw);
        if (words === undefined) normalisedWordCache.set(raw, (words = normaliseRuleWords(raw)));
        choices = [words.map((word): Element => ({ kind: "lit", word }))];
      }
      const next: Element[][] = [];
      for (const p of partial) for (const c of choices) next.push([...p, ...c]);
      partial = next;
    }
    for (const p of partial) if (p.length > 0 && p.some((e) => e.kind !== "any")) sequences.push(p);
  }
  return sequences;
}

function insert(root: TrieNode, seq: Element[], ref: Ref): void {
  let node = root;
  for (const el of seq) {
    let next: TrieNode | undefined;
    if (el.kind === "lit") {
      next = node.lit.get(el.word);
      if (next === undefined) node.lit.set(el.word, (next = newNode()));
    } else if (el.kind === "prefix") {
      node.prefix ??= new Map();
      next = node.prefix.get(el.stem);
      if (next === undefined) {
        node.prefix.set(el.stem, (next = newNode()));
        if (!node.prefixLengths.includes(el.stem.length)) node.prefixLengths.push(el.stem.length);
      }
    } else if (el.kind === "any") {
      next = node.any ??= newNode();
    } else {
      const found = node.ranges.find((r) => r.lo === el.lo && r.hi === el.hi);
      if (found !== undefined) next = found.node;
      else node.ranges.push({ lo: el.lo, hi: el.hi, node: (next = newNode()) });
    }
    node = next;
  }
  if (!node.refs.some((r) => r.rule === ref.rule && r.slot === ref.slot)) node.refs.push(ref);
}

/** A character trie over known words, for gluing spaced-out letters back into words. */
class WordLexicon implements Lexicon {
  private readonly words = new Set<string>();
  private readonly trie = new Map<string, Map<string, unknown>>();
  private static readonly END = "$end";

  add(word: string): void {
    if (word.length < 2 || !/^[a-z]+$/.test(word)) return;
    this.words.add(word);
    let node = this.trie as Map<string, unknown>;
    for (const ch of word) {
      let next = node.get(ch) as Map<string, unknown> | undefined;
      if (next === undefined) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(WordLexicon.END, true);
  }
  has(word: string): boolean {
    return this.words.has(word);
  }
  longestAt(s: string, i: number): number {
    let node: Map<string, unknown> | undefined = this.trie as Map<string, unknown>;
    let best = 0;
    for (let k = i; k < s.length && node !== undefined; k++) {
      node = node.get(s[k] ?? "") as Map<string, unknown> | undefined;
      if (node?.has(WordLexicon.END) === true) best = k - i + 1;
    }
    return best;
  }
}

/** Words that help split glued letters ("sendmeurpics") even though no rule names them. */
const COMMON_WORDS =
  "me my you your send i a to the is it and on in of for with want can do dont wanna come over please now tonight pic pics see show".split(" ");

/** Compile rules once, at module load. Throws on a malformed rule (a programming error, caught by tests). */
export function compileRules(rules: readonly Rule[]): CompiledRules {
  const root = newNode();
  const lexicon = new WordLexicon();
  let maxDepth = 1;
  const add = (phrase: string, ref: Ref): void => {
    for (const seq of compilePhrase(phrase)) {
      insert(root, seq, ref);
      maxDepth = Math.max(maxDepth, seq.length);
      for (const el of seq) {
        if (el.kind === "lit") lexicon.add(el.word);
        else if (el.kind === "prefix" && el.stem.length >= 4) lexicon.add(el.stem);
      }
    }
  };
  rules.forEach((rule, r) => {
    const groups = rule.all ?? (rule.any !== undefined ? [rule.any] : []);
    if (groups.length === 0) throw new Error(`Rule ${rule.id} has neither "any" nor "all"`);
    groups.forEach((group, g) => {
      for (const phrase of group) add(phrase, { rule: r, slot: g });
    });
    for (const phrase of rule.unless ?? []) add(phrase, { rule: r, slot: UNLESS });
    for (const phrase of rule.unlessInSentence ?? []) add(phrase, { rule: r, slot: UNLESS_IN_SENTENCE });
  });
  for (const w of COMMON_WORDS) lexicon.add(w);
  // Slang is a word too: "k y s" glues to "kys", which slang then reads as "kill yourself".
  for (const w of Object.keys(SLANG)) if (w.length >= 3) lexicon.add(w);
  return { rules, root, lexicon, maxDepth };
}

function step(node: TrieNode, token: Token, into: TrieNode[]): void {
  for (const form of token.forms) {
    const lit = node.lit.get(form);
    if (lit !== undefined) into.push(lit);
    if (node.prefix !== null) {
      for (const n of node.prefixLengths) {
        if (form.length < n) continue;
        const p = node.prefix.get(form.slice(0, n));
        if (p !== undefined) into.push(p);
      }
    }
  }
  if (node.any !== null) into.push(node.any);
  if (node.ranges.length > 0 && token.kind === "number") {
    const value = Number(token.forms[0]);
    for (const r of node.ranges) if (value >= r.lo && value <= r.hi) into.push(r.node);
  }
}

/** Every phrase of every rule found in the tokens. Linear in the number of tokens (trie depth is bounded). */
export function findHits(tokens: readonly Token[], compiled: CompiledRules): Hit[] {
  const hits: Hit[] = [];
  let active: TrieNode[] = [];
  let next: TrieNode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    active.length = 0;
    active.push(compiled.root);
    for (let j = i; j < tokens.length && j - i < compiled.maxDepth && active.length > 0; j++) {
      const token = tokens[j];
      if (token === undefined) break;
      next.length = 0;
      for (const node of active) step(node, token, next);
      if (next.length > 1) {
        const unique = [...new Set(next)];
        next.length = 0;
        next.push(...unique);
      }
      for (const node of next) for (const ref of node.refs) hits.push({ rule: ref.rule, slot: ref.slot, start: i, end: j });
      const swap = active;
      active = next;
      next = swap;
    }
  }
  return hits;
}

const NEGATORS = new Set(["not", "never", "dont", "wont", "wouldnt", "isnt", "arent", "shouldnt", "no", "nor", "neither"]);

/** "I'm not going to hurt myself", "I would never kill myself": a negator up to 3 words before, same clause. */
function isNegated(tokens: readonly Token[], at: number): boolean {
  const here = tokens[at];
  if (here === undefined) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = tokens[k];
    const after = tokens[k + 1];
    if (t === undefined || t.sentence !== here.sentence) return false;
    // "I don't know how much longer…", "not sure": a negator that doesn't negate the crisis words.
    const next = tokens[k + 1]?.forms[0];
    if (t.forms.some((f) => NEGATORS.has(f)) && next !== "know" && next !== "sure" && next !== "care" && next !== "understand") return true;
    if (after?.clauseBreak === true) return false;
  }
  return false;
}

function near(a: Hit, b: Hit, tokens: readonly Token[], within: Rule["within"], ordered: boolean): boolean {
  if (ordered && b.start <= a.end) return false;
  if (within === "message") return true;
  if (typeof within === "number") {
    const gap = a.start > b.end ? a.start - b.end : b.start > a.end ? b.start - a.end : 0;
    return gap <= within;
  }
  return tokens[a.start]?.sentence === tokens[b.start]?.sentence;
}

function overlaps(a: Hit, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Decide which rules fire, from the phrases found. */
export function evaluate(tokens: readonly Token[], hits: readonly Hit[], compiled: CompiledRules): RuleMatch[] {
  const byRule = new Map<number, Hit[]>();
  for (const h of hits) {
    const list = byRule.get(h.rule);
    if (list === undefined) byRule.set(h.rule, [h]);
    else list.push(h);
  }
  const out: RuleMatch[] = [];
  for (const [r, ruleHits] of byRule) {
    const rule = compiled.rules[r];
    if (rule === undefined) continue;
    const groupCount = rule.all?.length ?? 1;
    const groups: Hit[][] = Array.from({ length: groupCount }, () => []);
    const unless: Hit[] = [];
    const unlessInSentence: Hit[] = [];
    for (const h of ruleHits) {
      if (h.slot === UNLESS) unless.push(h);
      else if (h.slot === UNLESS_IN_SENTENCE) unlessInSentence.push(h);
      else groups[h.slot]?.push(h);
    }
    if (groups.some((g) => g.length === 0)) continue;
    const blocked = (part: Hit): boolean =>
      unless.some((u) => overlaps(u, part)) ||
      unlessInSentence.some((u) => tokens[u.start]?.sentence === tokens[part.start]?.sentence || tokens[u.end]?.sentence === tokens[part.end]?.sentence);
    const within = rule.within ?? "sentence";
    const [anchors = [], ...others] = groups;
    for (const anchor of anchors) {
      if (blocked(anchor)) continue;
      const parts: Hit[] = [anchor];
      for (const group of others) {
        const partner = group.find((h) => !blocked(h) && near(parts[parts.length - 1] ?? anchor, h, tokens, within, rule.ordered === true));
        if (partner === undefined) break;
        parts.push(partner);
      }
      if (parts.length !== groupCount) continue;
      const negated = rule.negatable === true && isNegated(tokens, anchor.start);
      out.push({ rule, parts: parts.map((p) => ({ start: p.start, end: p.end })), negated });
    }
  }
  return out;
}
