import { moderate, type Verdict } from "../../moderation/index.ts";

/** The words each match covers, as "ruleId: words" (for readable assertions and failure messages). */
export function matchedWords(text: string, v: Verdict = moderate(text)): string[] {
  return v.matches.map((m) => `${m.ruleId}: ${text.slice(m.start, m.end)}`);
}

/** A short description of a verdict for failure messages. */
export function explain(text: string): string {
  const v = moderate(text);
  return `${JSON.stringify(text)} → severity ${v.severity} [${v.categories.join(", ")}] pii [${v.pii.join(", ")}] ${matchedWords(text, v).join(" | ")}`;
}
