import type { PostStatus, SpaceId } from "../../db/schema.ts";
import { helpFor, type HelpPanel } from "../../moderation/help.ts";
import { moderate, type Verdict } from "../../moderation/index.ts";
import { heldForModeratorReason, MASKED_REASON, safeguardingReason } from "../../moderation/reasons.ts";

export interface StoredMatch {
  field: "title" | "body";
  ruleId: string;
  category: string;
  start: number;
  end: number;
}

export interface Assessment {
  status: PostStatus;
  reason: string | null;
  titleShown: string | null;
  bodyShown: string;
  severity: number;
  categories: string[];
  matches: StoredMatch[];
  // Held for a person to look at; with a case when it needs the safeguarding team.
  queue: boolean;
  openCase: boolean;
  help: HelpPanel | null;
}

// The engine only says what it found; this ordered chain decides what happens to the post
// (SAFEGUARDING.md section 3), the same way every time.
// `judge` is the engine with the active watched words (server/watched/active-engine.ts).
export function assessPost(input: { title?: string; body: string; space: SpaceId; premoderate: boolean }, judge: (text: string) => Verdict = moderate): Assessment {
  const bodyVerdict = judge(input.body);
  const titleVerdict = input.title !== undefined ? judge(input.title) : null;
  const verdicts = titleVerdict ? [titleVerdict, bodyVerdict] : [bodyVerdict];
  const severity = Math.max(...verdicts.map((v) => v.severity));
  const categories = [...new Set(verdicts.flatMap((v) => v.categories))];
  const pii = [...new Set(verdicts.flatMap((v) => v.pii))];
  const matches: StoredMatch[] = [
    ...(titleVerdict?.matches ?? []).map((m) => ({ field: "title" as const, ruleId: m.ruleId, category: m.category, start: m.start, end: m.end })),
    ...bodyVerdict.matches.map((m) => ({ field: "body" as const, ruleId: m.ruleId, category: m.category, start: m.start, end: m.end })),
  ];
  const base = { severity, categories, matches, help: helpFor(categories, input.space) };

  if (severity >= 3) {
    return { ...base, status: "with_safeguarding_team", reason: safeguardingReason(categories), titleShown: input.title ?? null, bodyShown: input.body, queue: true, openCase: true };
  }
  if (severity === 2 || input.premoderate) {
    return { ...base, status: "waiting_for_moderator", reason: heldForModeratorReason(categories, pii, input.premoderate), titleShown: input.title ?? null, bodyShown: input.body, queue: true, openCase: false };
  }
  if (severity === 1) {
    return { ...base, status: "published", reason: MASKED_REASON, titleShown: titleVerdict?.masked ?? null, bodyShown: bodyVerdict.masked, queue: false, openCase: false };
  }
  return { ...base, status: "published", reason: null, titleShown: input.title ?? null, bodyShown: input.body, queue: false, openCase: false };
}
