export interface Segment {
  text: string;
  category?: string;
}

// Splits text into plain and matched runs so the staff UI can highlight matched words while
// still rendering everything as text (never as HTML).
export function segments(text: string, matches: readonly { start: number; end: number; category: string }[]): Segment[] {
  const sorted = matches
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.end <= at) continue;
    const start = Math.max(m.start, at);
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, m.end), category: m.category });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
