/**
 * The matcher: compiles every phrase of every rule into ONE automaton over
 * words, then walks the post's words through it.
 *
 * Compilation: each phrase ("(keep|kept) (it|our chats) secret") becomes a
 * small graph of word edges, without multiplying out its choices; all phrases
 * hang off one shared root, indexed by their first word. That is a
 * non-deterministic automaton (NFA) the size of the rules as written.
 *
 * Matching: the NFA is turned into a DETERMINISTIC automaton lazily, as words
 * are seen (the technique RE2 and grep use): a DFA state is the set of NFA
 * positions alive, and each (state, word) transition is computed once and then
 * cached. So matching costs one hash look-up per word per start position: it
 * does not grow with the number of rules, and rules are only evaluated when
 * one of their phrases was actually found. The cache is bounded (reset when
 * large), which never changes results, only speed.
 */
import { normaliseRuleWords, type Lexicon, type Token } from "./normalise.ts";
import type { Rule } from "./rules/rule.ts";
import { SLANG } from "./slang.ts";

type Element =
  | { kind: "lit"; word: string }
  | { kind: "prefix"; stem: string }
  | { kind: "any" }
  | { kind: "range"; lo: number; hi: number };

/** A phrase, parsed: words, choices "(a|b)", and gaps "~". */
type Item = { kind: "el"; el: Element } | { kind: "choice"; alternatives: Item[][] } | { kind: "gap" };

/** Where a phrase came from: a rule's group (slot ≥ 0) or one of its exceptions. */
interface Ref {
  rule: number;
  /** ≥ 0: index of the `all` group (0 for `any`); -1: `unless`; -2: `unlessInSentence`. */
  slot: number;
}

const UNLESS = -1;
const UNLESS_IN_SENTENCE = -2;

/** A position inside some phrase (an NFA state). Edges are labelled by words. */
interface PhraseNode {
  id: number;
  lit: Map<string, PhraseNode[]>;
  prefix: Map<string, PhraseNode[]> | null;
  prefixLengths: number[];
  any: PhraseNode[];
  ranges: Array<{ lo: number; hi: number; to: PhraseNode[] }>;
  refs: Ref[];
}

/** A DFA state: the set of phrase positions alive after some words, with cached transitions. */
interface WordState {
  nodes: PhraseNode[];
  refs: Ref[];
  next: Map<string, WordState | null>;
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
  lexicon: Lexicon;
  /** Lazily built DFA over the phrase NFA. */
  automaton: WordAutomaton;
  /** Size of the phrase NFA (for tests and the bench). */
  nodeCount: number;
}

const normalisedWordCache = new Map<string, string[]>();

function wordItems(raw: string): Item[] {
  if (raw === "~") return [{ kind: "gap" }];
  if (raw === "_") return [{ kind: "el", el: { kind: "any" } }];
  if (/^#\d+-\d+$/.test(raw)) {
    const [lo = 0, hi = 0] = raw.slice(1).split("-").map(Number);
    return [{ kind: "el", el: { kind: "range", lo, hi } }];
  }
  if (raw.endsWith("*") && raw.length > 1) {
    return [{ kind: "el", el: { kind: "prefix", stem: raw.slice(0, -1).toLowerCase().replace(/['’]/g, "") } }];
  }
  let words = normalisedWordCache.get(raw);
  if (words === undefined) normalisedWordCache.set(raw, (words = normaliseRuleWords(raw)));
  // Punctuation (":", "=") is not a word after normalisation: that choice can never match
  // (rather than silently becoming optional).
  if (words.length === 0) return [{ kind: "el", el: { kind: "lit", word: "\u0000" } }];
  return words.map((word): Item => ({ kind: "el", el: { kind: "lit", word } }));
}

/** Parse a rule phrase (see rules/rule.ts for the syntax). Throws on unbalanced brackets (a rule bug, caught by tests). */
export function parsePhrase(phrase: string): Item[] {
  let i = 0;
  const parseSequence = (): Item[] => {
    const items: Item[] = [];
    let word = "";
    const flush = (): void => {
      if (word !== "") items.push(...wordItems(word));
      word = "";
    };
    while (i < phrase.length) {
      const ch = phrase[i] ?? "";
      if (ch === "(") {
        flush();
        i++;
        const alternatives = [parseSequence()];
        while (phrase[i] === "|") {
          i++;
          alternatives.push(parseSequence());
        }
        if (phrase[i] !== ")") throw new Error(`Unclosed "(" in rule phrase: ${phrase}`);
        i++;
        items.push({ kind: "choice", alternatives });
      } else if (ch === "|" || ch === ")") {
        break;
      } else if (/\s/.test(ch)) {
        flush();
        i++;
      } else {
        word += ch;
        i++;
      }
    }
    flush();
    return items;
  };
  const items = parseSequence();
  if (i < phrase.length) throw new Error(`Unbalanced ")" or "|" in rule phrase: ${phrase}`);
  return items;
}

class PhraseGraph {
  readonly root: PhraseNode;
  count = 0;
  constructor() {
    this.root = this.node();
  }
  node(): PhraseNode {
    return { id: this.count++, lit: new Map(), prefix: null, prefixLengths: [], any: [], ranges: [], refs: [] };
  }
  private edge(from: PhraseNode, el: Element, to: PhraseNode): void {
    if (el.kind === "lit") {
      const list = from.lit.get(el.word);
      if (list === undefined) from.lit.set(el.word, [to]);
      else list.push(to);
    } else if (el.kind === "prefix") {
      from.prefix ??= new Map();
      const list = from.prefix.get(el.stem);
      if (list === undefined) from.prefix.set(el.stem, [to]);
      else list.push(to);
      if (!from.prefixLengths.includes(el.stem.length)) from.prefixLengths.push(el.stem.length);
    } else if (el.kind === "any") {
      from.any.push(to);
    } else {
      from.ranges.push({ lo: el.lo, hi: el.hi, to: [to] });
    }
  }
  /** Add the items after every node of `frontier`; returns the nodes where the items end. */
  build(frontier: PhraseNode[], items: readonly Item[]): PhraseNode[] {
    let current = frontier;
    for (const item of items) {
      if (item.kind === "el") {
        const next = this.node();
        for (const n of current) this.edge(n, item.el, next);
        current = [next];
      } else if (item.kind === "gap") {
        // "~": up to three words of anything.
        const all = [...current];
        let step = current;
        for (let k = 0; k < 3; k++) {
          const next = this.node();
          for (const n of step) this.edge(n, { kind: "any" }, next);
          step = [next];
          all.push(next);
        }
        current = all;
      } else {
        const ends = new Set<PhraseNode>();
        for (const alt of item.alternatives) for (const n of this.build(current, alt)) ends.add(n);
        current = [...ends];
      }
    }
    return current;
  }
}

/** Lazily determinised automaton over the phrase graph. */
export class WordAutomaton {
  private start: WordState;
  private states = new Map<string, WordState>();
  private transitions = 0;
  private static readonly MAX_TRANSITIONS = 200_000;

  constructor(private readonly root: PhraseNode) {
    this.start = this.fresh();
  }
  private fresh(): WordState {
    this.states = new Map();
    this.transitions = 0;
    return { nodes: [this.root], refs: [], next: new Map() };
  }
  get initial(): WordState {
    return this.start;
  }
  step(state: WordState, token: Token): WordState | null {
    const key = token.kind === "number" ? `#${token.forms.join("\u0001")}` : token.forms.join("\u0001");
    const cached = state.next.get(key);
    if (cached !== undefined) return cached;
    if (this.transitions > WordAutomaton.MAX_TRANSITIONS) {
      // Bound memory on a long-running server: start the cache again (results are unchanged).
      this.start = this.fresh();
      if (state.nodes.length === 1 && state.nodes[0] === this.root) state = this.start;
    }
    const targets = new Set<PhraseNode>();
    for (const node of state.nodes) stepNode(node, token, targets);
    let result: WordState | null = null;
    if (targets.size > 0) {
      const nodes = [...targets].sort((a, b) => a.id - b.id);
      const id = nodes.map((n) => n.id).join(",");
      result = this.states.get(id) ?? null;
      if (result === null) {
        const refs: Ref[] = [];
        for (const n of nodes) for (const r of n.refs) if (!refs.some((x) => x.rule === r.rule && x.slot === r.slot)) refs.push(r);
        result = { nodes, refs, next: new Map() };
        this.states.set(id, result);
      }
    }
    state.next.set(key, result);
    this.transitions++;
    return result;
  }
}

function stepNode(node: PhraseNode, token: Token, into: Set<PhraseNode>): void {
  for (const form of token.forms) {
    const lit = node.lit.get(form);
    if (lit !== undefined) for (const n of lit) into.add(n);
    if (node.prefix !== null) {
      for (const len of node.prefixLengths) {
        if (form.length < len) continue;
        const p = node.prefix.get(form.slice(0, len));
        if (p !== undefined) for (const n of p) into.add(n);
      }
    }
  }
  for (const n of node.any) into.add(n);
  if (node.ranges.length > 0 && token.kind === "number") {
    const value = Number(token.forms[0]);
    for (const r of node.ranges) if (value >= r.lo && value <= r.hi) for (const n of r.to) into.add(n);
  }
}

function literalWords(items: readonly Item[], out: Set<string>): void {
  for (const item of items) {
    if (item.kind === "el") {
      if (item.el.kind === "lit") out.add(item.el.word);
      else if (item.el.kind === "prefix" && item.el.stem.length >= 4) out.add(item.el.stem);
    } else if (item.kind === "choice") {
      for (const alt of item.alternatives) literalWords(alt, out);
    }
  }
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
  matchMasked(pattern: string, limit: number): string[] {
    const out: string[] = [];
    // Depth-first over the letter trie; "*" takes any one letter. Bounded by the pattern length.
    const walk = (node: Map<string, unknown>, k: number, prefix: string): void => {
      if (out.length >= limit) return;
      if (k === pattern.length) {
        if (node.has(WordLexicon.END)) out.push(prefix);
        return;
      }
      const ch = pattern[k] ?? "";
      if (ch === "*") {
        for (const [letter, next] of node) if (letter !== WordLexicon.END) walk(next as Map<string, unknown>, k + 1, prefix + letter);
      } else {
        const next = node.get(ch) as Map<string, unknown> | undefined;
        if (next !== undefined) walk(next, k + 1, prefix + ch);
      }
    };
    if (pattern.length <= 20 && (pattern.match(/\*/g) ?? []).length <= 3) walk(this.trie as Map<string, unknown>, 0, "");
    return out;
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
  const graph = new PhraseGraph();
  const lexicon = new WordLexicon();
  const words = new Set<string>();
  const add = (phrase: string, ref: Ref): void => {
    const items = parsePhrase(phrase);
    // A phrase must start with a word (not a gap), or it would match everywhere.
    while (items[0]?.kind === "gap") items.shift();
    literalWords(items, words);
    for (const end of graph.build([graph.root], items)) {
      if (end === graph.root) continue;
      if (!end.refs.some((r) => r.rule === ref.rule && r.slot === ref.slot)) end.refs.push(ref);
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
  for (const w of words) lexicon.add(w);
  for (const w of COMMON_WORDS) lexicon.add(w);
  // Slang is a word too: "k y s" glues to "kys", which slang then reads as "kill yourself".
  for (const w of Object.keys(SLANG)) if (w.length >= 3) lexicon.add(w);
  return { rules, lexicon, automaton: new WordAutomaton(graph.root), nodeCount: graph.count };
}

/** Every phrase of every rule found in the tokens: one cached DFA step per word per start position. */
export function findHits(tokens: readonly Token[], compiled: CompiledRules): Hit[] {
  const hits: Hit[] = [];
  const dfa = compiled.automaton;
  for (let i = 0; i < tokens.length; i++) {
    let state = dfa.initial;
    const sentence = tokens[i]?.sentence;
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j];
      // A phrase never runs across a sentence boundary.
      if (token === undefined || token.sentence !== sentence) break;
      const next = dfa.step(state, token);
      if (next === null) break;
      for (const ref of next.refs) hits.push({ rule: ref.rule, slot: ref.slot, start: i, end: j });
      state = next;
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
    if (t.forms.some((f) => NEGATORS.has(f)) && next !== "know" && next !== "sure" && next !== "care" && next !== "understand" && next !== "one" && next !== "matter") return true;
    if (after?.clauseBreak === true) return false;
  }
  return false;
}

function near(a: Hit, b: Hit, tokens: readonly Token[], within: Rule["within"], ordered: boolean): boolean {
  if (ordered && b.start <= a.end) return false;
  if (within === "message") return true;
  if (typeof within === "number") {
    // A window of words never reaches into another sentence.
    if (tokens[a.start]?.sentence !== tokens[b.start]?.sentence) return false;
    const gap = a.start > b.end ? a.start - b.end : b.start > a.end ? b.start - a.end : 0;
    return gap <= within;
  }
  return tokens[a.start]?.sentence === tokens[b.start]?.sentence;
}

function overlaps(a: Hit, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Categories where a rule's phrase was found but an exception cancelled it ("cut my
 * hair", "killing it", "a talk about sextortion"): the everyday use is certain, so
 * the trained model must not bring that category back (index.ts).
 */
export function exceptedCategories(tokens: readonly Token[], hits: readonly Hit[], compiled: CompiledRules): Set<Rule["category"]> {
  const out = new Set<Rule["category"]>();
  const exceptions = hits.filter((h) => h.slot === UNLESS || h.slot === UNLESS_IN_SENTENCE);
  for (const u of exceptions) {
    const rule = compiled.rules[u.rule];
    if (rule === undefined) continue;
    const cancels = hits.some(
      (h) => h.rule === u.rule && h.slot === 0 && (u.slot === UNLESS ? overlaps(u, h) : tokens[u.start]?.sentence === tokens[h.start]?.sentence),
    );
    if (cancels) out.add(rule.category);
  }
  return out;
}

/**
 * Where the post uses risky words in an everyday way ("kill it at the talent show", "cut my
 * hair"): the spans, in the original text, of every word-level exception any rule of a category
 * found, whether or not the rule's own phrase matched. The model (model/opinion.ts) does not act
 * on words that sit inside one.
 */
export function everydayUseSpans(tokens: readonly Token[], hits: readonly Hit[], compiled: CompiledRules): Map<Rule["category"], Array<{ start: number; end: number }>> {
  const out = new Map<Rule["category"], Array<{ start: number; end: number }>>();
  for (const h of hits) {
    if (h.slot !== UNLESS) continue;
    const category = compiled.rules[h.rule]?.category;
    const first = tokens[h.start];
    const last = tokens[h.end];
    if (category === undefined || first === undefined || last === undefined) continue;
    const list = out.get(category) ?? [];
    list.push({ start: first.start, end: last.end });
    out.set(category, list);
  }
  return out;
}

/** A part of a rule is blocked by an exception over its words, or one anywhere in its sentence. */
function isBlocked(part: Hit, unless: readonly Hit[], unlessInSentence: readonly Hit[], tokens: readonly Token[]): boolean {
  return (
    unless.some((u) => overlaps(u, part)) ||
    unlessInSentence.some((u) => tokens[u.start]?.sentence === tokens[part.start]?.sentence || tokens[u.end]?.sentence === tokens[part.end]?.sentence)
  );
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
    const within = rule.within ?? "sentence";
    const [anchors = [], ...others] = groups;
    for (const anchor of anchors) {
      if (isBlocked(anchor, unless, unlessInSentence, tokens)) continue;
      const parts: Hit[] = [anchor];
      for (const group of others) {
        const partner = group.find((h) => !isBlocked(h, unless, unlessInSentence, tokens) && near(parts[parts.length - 1] ?? anchor, h, tokens, within, rule.ordered === true));
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
