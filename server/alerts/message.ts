import type { SpaceId } from "../../db/schema.ts";

/**
 * What an alert says, on every channel. Deliberately nothing from the post: no words, no
 * pseudonym, no category (a category with a space and a time can point at one child). Only
 * that something is waiting, how urgent it is, in which space, and where to sign in.
 */
export interface AlertWords {
  title: string;
  body: string;
}

const SPACE_WORDS: Record<SpaceId, string> = { "young-people": "the young people's space", parents: "the parents and carers' space" };

export function alertWords(severity: number, space: SpaceId): AlertWords {
  const what =
    severity >= 4 ? "An urgent item (severity 4) is waiting: first response within 15 minutes."
    : severity === 3 ? "An escalated item (severity 3) is waiting: first response within 1 hour."
    : "A post (severity 2) is waiting for a moderator.";
  const title = severity >= 4 ? "Harbour: an urgent item is waiting" : severity === 3 ? "Harbour: an escalated item is waiting" : "Harbour: a post is waiting for a moderator";
  return { title, body: `${what} It is in ${SPACE_WORDS[space]}.` };
}

export function alertEmail(input: { severity: number; space: SpaceId; link: string; raisedAt: string; timeZone: string }): { subject: string; text: string } {
  const words = alertWords(input.severity, input.space);
  const when = new Intl.DateTimeFormat("en-GB", { timeZone: input.timeZone, hour: "2-digit", minute: "2-digit", day: "numeric", month: "short" }).format(new Date(input.raisedAt));
  return {
    subject: words.title,
    text: [
      words.body,
      `Waiting since ${when}.`,
      "",
      `Sign in to see it and say you're on it: ${input.link}`,
      "",
      "This email has none of the post's words and nothing about who wrote it. Please don't forward it.",
      "You get these because of your alert settings or the on-call rota in Harbour.",
    ].join("\n"),
  };
}
