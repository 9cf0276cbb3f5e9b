/** Item 4 of issue 4: one automaton over all phrases; cost per word does not grow with the number of rules. */
import { describe, expect, it } from "vitest";
import { RULES } from "../../moderation/index.ts";
import { compileRules, evaluate, findHits, parsePhrase } from "../../moderation/matcher.ts";
import { tokenise } from "../../moderation/normalise.ts";
import type { Rule } from "../../moderation/rules/rule.ts";

function fire(rules: Rule[], text: string): string[] {
  const compiled = compileRules(rules);
  const tokens = tokenise(text, compiled.lexicon);
  return evaluate(tokens, findHits(tokens, compiled), compiled).map((m) => `${m.rule.id}${m.negated ? " (negated)" : ""}`);
}

describe("phrase syntax", () => {
  it("parses words, choices, optional words, gaps, prefixes and number ranges", () => {
    expect(() => parsePhrase("(keep|kept) (it|our (chats|messages)) (a |)secret ~ suicid* #13-17")).not.toThrow();
    expect(() => parsePhrase("(unclosed")).toThrow();
    expect(() => parsePhrase("stray)")).toThrow();
  });

  it("matches choices, optional words, gaps, prefixes and ranges", () => {
    const rules: Rule[] = [
      { id: "grooming.t1", category: "grooming", note: "test rule", any: ["(keep|kept) (it|our (chats|messages)) (a |)secret"] },
      { id: "self_harm.t2", category: "self_harm", note: "test rule", any: ["suicid*"] },
      { id: "grooming.t3", category: "grooming", note: "test rule", any: ["leak ~ pics"] },
      { id: "grooming.t4", category: "grooming", note: "test rule", any: ["im #11-15"] },
    ];
    expect(fire(rules, "he said keep our messages a secret")).toEqual(["grooming.t1"]);
    expect(fire(rules, "kept it secret")).toEqual(["grooming.t1"]);
    expect(fire(rules, "feeling suicidal")).toEqual(["self_harm.t2"]);
    expect(fire(rules, "they will leak all my pics")).toEqual(["grooming.t3"]);
    expect(fire(rules, "they will leak one two three four pics")).toEqual([]);
    expect(fire(rules, "im 14")).toEqual(["grooming.t4"]);
    expect(fire(rules, "im 18")).toEqual([]);
  });

  it("combines groups within a window, in order when asked, with exceptions", () => {
    const rules: Rule[] = [
      { id: "bullying.t", category: "bullying", note: "test rule", all: [["you"], ["loser"]], within: 3, ordered: true, unless: ["not a loser"] },
      { id: "grooming.t", category: "grooming", note: "test rule", all: [["secret"], ["us"]], within: "sentence", unlessInSentence: ["secret santa"] },
      { id: "self_harm.t", category: "self_harm", note: "test rule", any: ["hurt myself"], negatable: true },
    ];
    expect(fire(rules, "you are a loser")).toEqual(["bullying.t"]);
    expect(fire(rules, "loser, you")).toEqual([]);
    expect(fire(rules, "you are not a loser")).toEqual([]);
    expect(fire(rules, "it's a secret between us")).toEqual(["grooming.t"]);
    expect(fire(rules, "it's a secret. us two went out")).toEqual([]);
    expect(fire(rules, "secret santa for us")).toEqual([]);
    expect(fire(rules, "I won't hurt myself")).toEqual(["self_harm.t (negated)"]);
  });

  it("never lets a phrase or a word window run across a sentence boundary", () => {
    const rules: Rule[] = [
      { id: "grooming.p", category: "grooming", note: "test rule", any: ["keep it quiet"] },
      { id: "grooming.w", category: "grooming", note: "test rule", all: [["secret"], ["us"]], within: 5 },
    ];
    expect(fire(rules, "we had to keep it. quiet please")).toEqual([]);
    expect(fire(rules, "it's a secret. us two went out")).toEqual([]);
    expect(fire(rules, "keep it quiet, it's a secret for us")).toEqual(["grooming.p", "grooming.w"]);
  });
});

// How cost grows with the number of rules and with length is measured by `npm run bench:moderation`
// (figures, not timed tests); here only the automaton's size is checked.
describe("one automaton", () => {
  it("compiles all rules into a graph the size of the rules as written", () => {
    const compiled = compileRules(RULES);
    expect(compiled.nodeCount).toBeLessThan(60_000);
  });
});
