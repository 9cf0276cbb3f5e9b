// Harmless forum posts for the posting scenarios of bench/server.ts.

// Pieces of an ordinary, harmless forum post; combined they give 4 × 4 × 4 × 4 different
// posts of about 200 characters, so the server never sees the same text twice in a row.
const TITLES = [
  "Tips for talking to a teacher about worries",
  "How do you get to sleep before exams?",
  "Moving to a new school after half term",
  "Friend stopped replying to my messages",
];
const OPENINGS = [
  "I've been thinking about this for a while and wanted to ask here first.",
  "Not sure if this is the right place, but here goes.",
  "This has been on my mind all week, so I'm finally writing it down.",
  "Hoping someone has been through something similar.",
];
const MIDDLES = [
  "Most days are fine, but in the evenings I keep going over everything and it's hard to switch off.",
  "I don't really want to make a big deal of it, I just want to know what other people did.",
  "My mum says it will sort itself out, and she's probably right, but I'd like a plan anyway.",
  "I tried writing a list of what's bothering me and it helped a bit, so I'm curious what else works.",
];
const CLOSINGS = [
  "Thanks for reading, any ideas are welcome.",
  "Thank you, it helps just to write it here.",
  "Any advice at all would be really appreciated.",
  "Cheers for any tips you can share.",
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

let postCount = 0;
export function nextPost(): { title: string; body: string } {
  const n = postCount++;
  return {
    title: pick(TITLES, n),
    body: `${pick(OPENINGS, n >> 2)} ${pick(MIDDLES, n >> 4)} ${pick(CLOSINGS, n >> 6)}`,
  };
}
