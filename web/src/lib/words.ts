// Plain words shown to people. Kind, non-judgemental, readable by a 13-year-old.
import type { PostStatus, Space } from "./api";

export const spaceName: Record<Space, string> = {
  "young-people": "Young people (13–17)",
  parents: "Parents and carers",
};

export interface StatusWords {
  /** Short label for a badge. */
  label: string;
  /** One or two sentences saying what is happening. */
  detail: string;
}

export const statusWords: Record<PostStatus, StatusWords> = {
  published: {
    label: "Published",
    detail: "Your post is up. Everyone in your space can read it.",
  },
  waiting_for_moderator: {
    label: "Waiting for a moderator",
    detail: "Waiting for a moderator, usually within a day. You don't need to do anything.",
  },
  with_safeguarding_team: {
    label: "With our safeguarding team",
    detail:
      "With our safeguarding team — a trained member of our team has been told and will message you here. You are not in trouble.",
  },
  not_published: {
    label: "Not published",
    detail:
      "We didn't publish this post. You're welcome to write it again in a different way, and the Get help page has people you can talk to.",
  },
  removed: {
    label: "Removed",
    detail: "This post was taken down after it was published. Only you can see it now.",
  },
};

export function isStatus(value: unknown): value is PostStatus {
  return typeof value === "string" && value in statusWords;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

export function formatTime(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return dateFormat.format(d);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
