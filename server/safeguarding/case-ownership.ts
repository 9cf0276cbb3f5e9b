import type { Kysely } from "kysely";
import type { Dialect } from "../../db/connect.ts";
import { addCaseAction, setHandlingLead } from "../../db/repos/cases.ts";
import { findStaffByUsername } from "../../db/repos/staff.ts";
import type { Case, Database } from "../../db/schema.ts";
import { inTransaction } from "../../db/tx.ts";
import { staffActionLog } from "../audit.ts";
import type { StaffUser } from "../env.ts";
import { HttpError } from "../http-error.ts";

type OwnedCase = Pick<Case, "id" | "status" | "handled_by"> & { handled_by_username: string | null };

/**
 * One safeguarding lead handles a case: the person the author's contact details are for.
 * Claiming an unhandled case is one step; taking over someone else's needs a reason (they may be
 * off shift, and the case must not wait), and both are on the case's timeline and in the audit log.
 */
export async function claimCase(db: Kysely<Database>, dialect: Dialect, row: OwnedCase, staff: StaffUser, takeOver: { reason?: string } | null): Promise<void> {
  if (row.status !== "open") throw new HttpError(409, "This case is closed.");
  if (row.handled_by === staff.id) return;
  if (row.handled_by !== null && !takeOver?.reason?.trim()) {
    throw new HttpError(409, `${row.handled_by_username ?? "Another lead"} is handling this case. Ask them to hand it over, or take it over with a reason.`);
  }
  await inTransaction(db, async (trx) => {
    if (!(await setHandlingLead(trx, row.id, staff.id, row.handled_by))) throw new HttpError(409, "Someone else claimed this case a moment ago. Reload to see who.");
    const from = row.handled_by ? (row.handled_by_username ?? "another lead") : null;
    await addCaseAction(trx, { caseId: row.id, type: from ? "taken_over" : "claimed", note: from ? `from ${from}: ${takeOver?.reason}` : null, staffId: staff.id });
    await staffActionLog(trx, dialect, staff.username).claimedCase(row.id, from, takeOver?.reason ?? null);
  });
}

/** The handling lead passes the case to another safeguarding lead (who then alone can read any contact details). */
export async function handOverCase(db: Kysely<Database>, dialect: Dialect, row: OwnedCase, staff: StaffUser, to: string, note: string | null): Promise<void> {
  if (row.status !== "open") throw new HttpError(409, "This case is closed.");
  if (row.handled_by !== staff.id) throw new HttpError(403, "Only the lead handling this case can hand it over. Claim it first.");
  const target = await findStaffByUsername(db, to);
  if (!target || target.disabled || target.role !== "safeguarding_lead") throw new HttpError(400, "A case can only be handed to another active safeguarding lead.");
  if (target.id === staff.id) throw new HttpError(400, "You are already handling this case.");
  await inTransaction(db, async (trx) => {
    if (!(await setHandlingLead(trx, row.id, target.id, staff.id))) throw new HttpError(409, "This case changed hands a moment ago. Reload to see who has it.");
    await addCaseAction(trx, { caseId: row.id, type: "handed_over", note: `to ${target.username}${note ? `: ${note}` : ""}`, staffId: staff.id });
    await staffActionLog(trx, dialect, staff.username).handedOverCase(row.id, target.username, note);
  });
}
