import { randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

// Strictly increasing within this process, so rows written in the same millisecond
// still sort in the order they happened (thread lists order by activity time).
let last = 0;
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
