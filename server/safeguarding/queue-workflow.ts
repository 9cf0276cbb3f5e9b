import type { Kysely } from "kysely";
import type { Dialect } from "../../db/connect.ts";
import { nowIso } from "../../db/ids.ts";
import { raiseAlert } from "../../db/repos/alerts.ts";
import { addCaseAction, findOpenCaseForPost, openCase } from "../../db/repos/cases.ts";
import { closePendingItemsForPost, updateQueueItemIfVersion, type QueueRow } from "../../db/repos/queue.ts";
import { setPostStatus } from "../../db/repos/posts.ts";
import { touchThread } from "../../db/repos/threads.ts";
import type { Database, StaffRole } from "../../db/schema.ts";
import { inTransaction } from "../../db/tx.ts";
import { moderate, redact } from "../../moderation/index.ts";
import { safeguardingReason } from "../../moderation/reasons.ts";
import { staffActionLog } from "../audit.ts";
import type { StaffUser } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { REMOVED_NOTE, templateFor } from "./templates.ts";

export const DECISIONS = ["publish", "publish_redacted", "reject", "remove", "escalate"] as const;
export type Decision = (typeof DECISIONS)[number];

const CLAIM_MINUTES = 30;

// What this person may do with this item right now. The one source of truth for both the
// buttons the staff UI shows and what the server accepts.
export function actionsFor(item: Pick<QueueRow, "status" | "severity" | "kind" | "post_status">, role: StaffRole): Decision[] {
  if (item.status !== "pending") return [];
  const lead = role === "safeguarding_lead";
  if (role !== "moderator" && !lead) return [];
  // On a report, "publish" keeps the post up (or puts it back) and "remove" takes it down.
  if (item.kind === "report") {
    if (item.severity >= 3) return lead ? ["publish", "remove"] : ["remove"];
    return ["publish", "remove", "escalate"];
  }
  // Severity 3–4 posts are the safeguarding team's: a moderator may keep one unpublished,
  // only a lead may publish it (SAFEGUARDING.md section 3).
  if (item.severity >= 3) return lead ? ["publish", "publish_redacted", "reject"] : ["reject"];
  return ["publish", "publish_redacted", "reject", "escalate"];
}

export function claimHolder(item: Pick<QueueRow, "claimed_by" | "claimed_at">, now = Date.now()): string | null {
  if (!item.claimed_by || !item.claimed_at) return null;
  return now - Date.parse(item.claimed_at) < CLAIM_MINUTES * 60_000 ? item.claimed_by : null;
}

export interface PerformInput {
  decision: Decision;
  templateId?: string;
  reason?: string;
}

// Every decision goes through here: permission, claim, optimistic version check, the post's
// new status, the case record and the audit entry, all in one transaction.
export async function perform(
  db: Kysely<Database>,
  dialect: Dialect,
  item: QueueRow,
  staff: StaffUser,
  input: PerformInput,
): Promise<{ postStatus: string; severity: number }> {
  if (item.status !== "pending") throw new HttpError(409, "This item has already been decided.");
  if (!actionsFor(item, staff.role).includes(input.decision)) {
    throw new HttpError(403, `Your role can't "${input.decision}" this item.`);
  }
  const holder = claimHolder(item);
  if (holder && holder !== staff.id && staff.role !== "safeguarding_lead") {
    throw new HttpError(409, `${item.claimed_by_username ?? "Someone else"} is looking at this item. Wait for them to finish or release it.`);
  }
  const categories = JSON.parse(item.categories) as string[];
  const at = nowIso();
  return inTransaction(db, async (trx) => {
    const log = staffActionLog(trx, dialect, staff.username);
    const decided = { status: "decided" as const, decision: input.decision, decided_by: staff.id, decided_at: at };
    let postStatus = item.post_status;
    let severity = item.severity;

    if (input.decision === "escalate") {
      // The item stays in the queue, now as a safeguarding item, and a case is opened.
      severity = Math.max(3, item.severity);
      if (!(await updateQueueItemIfVersion(trx, item.id, item.version, { severity, claimed_by: null, claimed_at: null }))) throw concurrent();
      postStatus = "with_safeguarding_team";
      await setPostStatus(trx, item.post_id, { status: postStatus, reason: safeguardingReason(categories) });
      const existing = await findOpenCaseForPost(trx, item.post_id);
      const caseId = existing?.id ?? (await openCase(trx, { postId: item.post_id, identityId: item.author_id, space: item.space, severity, categories }));
      if (!existing) await raiseAlert(trx, { caseId, queueItemId: item.id, severity, space: item.space, categories });
      await addCaseAction(trx, { caseId, type: "escalated", note: input.reason ?? null, staffId: staff.id });
    } else {
      if (!(await updateQueueItemIfVersion(trx, item.id, item.version, decided))) throw concurrent();
      await closePendingItemsForPost(trx, item.post_id, staff.id, input.decision);
      if (input.decision === "publish" || input.decision === "publish_redacted") {
        const verdict = moderate(item.body);
        const shown = input.decision === "publish_redacted" ? redact(verdict.masked, verdict) : verdict.masked;
        const reason = input.decision === "publish_redacted" ? "Published, with some personal details hidden to keep you safe." : verdict.severity === 1 ? "Published, with a few words hidden by asterisks." : null;
        postStatus = "published";
        await setPostStatus(trx, item.post_id, { status: postStatus, reason, bodyShown: shown });
        // A post that was never visible shows up now; a report that is dismissed changes nothing.
        if (item.post_status !== "published") await touchThread(trx, item.thread_id, at);
      } else {
        const template = templateFor(input.templateId, categories, item.severity);
        postStatus = item.post_status === "published" || input.decision === "remove" ? "removed" : "not_published";
        await setPostStatus(trx, item.post_id, { status: postStatus, reason: postStatus === "removed" ? REMOVED_NOTE + template.text : template.text });
      }
      const openCaseRow = await findOpenCaseForPost(trx, item.post_id);
      if (openCaseRow) {
        const type = postStatus === "published" ? "post_published" : "post_kept_unpublished";
        await addCaseAction(trx, { caseId: openCaseRow.id, type, note: input.reason ?? null, staffId: staff.id });
      }
    }
    await log.decided(item.id, input.decision, input.reason ?? input.templateId ?? null);
    return { postStatus, severity };
  });
}

function concurrent() {
  return new HttpError(409, "Someone else changed this item while you were looking. Please reload it.");
}

export async function claim(db: Kysely<Database>, dialect: Dialect, item: QueueRow, staff: StaffUser, release: boolean): Promise<void> {
  if (item.status !== "pending") throw new HttpError(409, "This item has already been decided.");
  const holder = claimHolder(item);
  if (release) {
    if (holder && holder !== staff.id && staff.role !== "safeguarding_lead") throw new HttpError(409, "Only the person who claimed this item can release it.");
  } else if (holder && holder !== staff.id) {
    throw new HttpError(409, `${item.claimed_by_username ?? "Someone else"} has already claimed this item.`);
  }
  const patch = release ? { claimed_by: null, claimed_at: null } : { claimed_by: staff.id, claimed_at: nowIso() };
  await inTransaction(db, async (trx) => {
    if (!(await updateQueueItemIfVersion(trx, item.id, item.version, patch))) throw concurrent();
    const log = staffActionLog(trx, dialect, staff.username);
    await (release ? log.released(item.id) : log.claimed(item.id));
  });
}
