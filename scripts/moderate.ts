/**
 * `npm run -s moderate`: JSON lines in, JSON lines out.
 *
 * Reads `{"text": "..."}` per line on stdin and writes, per line, one JSON line:
 * the input's `text` plus the verdict (severity, action, categories, pii,
 * matches, masked, negated). A line that is not valid JSON, or has no string
 * `text`, gets `{"error": "..."}` instead; nothing else is ever written to stdout.
 */
import { createInterface } from "node:readline";
import { moderate } from "../moderation/index.ts";

function handle(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: "invalid JSON", line });
  }
  if (typeof input !== "object" || input === null || typeof (input as { text?: unknown }).text !== "string") {
    return JSON.stringify({ error: 'expected an object with a string "text" field', line });
  }
  const text = (input as { text: string }).text;
  const v = moderate(text);
  return JSON.stringify({
    text,
    severity: v.severity,
    action: v.action,
    categories: v.categories,
    pii: v.pii,
    matches: v.matches,
    masked: v.masked,
    negated: v.negated,
  });
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (line.trim() === "") return;
  process.stdout.write(handle(line) + "\n");
});
