import type { Kysely } from "kysely";
import type { Dialect } from "../../db/connect.ts";
import { addCaseAction, findCase, setContactState } from "../../db/repos/cases.ts";
import { deleteContact, findContact, storeContact } from "../../db/repos/contacts.ts";
import type { Database } from "../../db/schema.ts";
import { inTransaction } from "../../db/tx.ts";
import { staffActionLog } from "../audit.ts";
import { openContact, sealContact, UnreadableContact } from "../contact-seal.ts";
import type { ForumUser, StaffUser } from "../env.ts";
import { HttpError } from "../http-error.ts";

/**
 * Contact details exist only by the author's choice (SAFEGUARDING.md section 1): the handling lead
 * asks, the author alone answers (share, decline, or later withdraw), the details are sealed
 * before they are stored, only the handling lead can open them (each time audited), and they are
 * deleted when the case closes. They never appear in logs, the queue, figures or exports.
 */

/** The author's own open case, or 404: nobody learns whether someone else's case exists. */
async function authorsOpenCase(db: Kysely<Database>, user: ForumUser, caseId: string) {
  const row = /^[0-9a-f-]{36}$/.test(caseId) ? await findCase(db, caseId) : undefined;
  if (!row || row.identity_id !== user.id) throw new HttpError(404, "We couldn't find that conversation with our team.");
  if (row.status !== "open") throw new HttpError(409, "Our team has finished with this conversation, so there is nothing to share any more.");
  return row;
}

export async function shareContact(db: Kysely<Database>, key: Buffer, user: ForumUser, caseId: string, contact: string): Promise<void> {
  const row = await authorsOpenCase(db, user, caseId);
  if (row.contact_state === null) throw new HttpError(409, "Our team hasn't asked for a way to reach you in this conversation, so there is nothing to share.");
  const sealed = sealContact(key, row.id, contact);
  await inTransaction(db, async (trx) => {
    await storeContact(trx, { caseId: row.id, identityId: user.id, sealed });
    await setContactState(trx, row.id, "shared");
    await addCaseAction(trx, { caseId: row.id, type: "contact_shared", note: "The author chose to share how to reach them.", staffId: null });
  });
}

export async function declineContact(db: Kysely<Database>, user: ForumUser, caseId: string): Promise<void> {
  const row = await authorsOpenCase(db, user, caseId);
  if (row.contact_state !== "asked") throw new HttpError(409, "There is no question about contact details waiting for your answer.");
  await inTransaction(db, async (trx) => {
    await setContactState(trx, row.id, "declined");
    await addCaseAction(trx, { caseId: row.id, type: "contact_declined", note: "The author chose not to share contact details.", staffId: null });
  });
}

export async function withdrawContact(db: Kysely<Database>, user: ForumUser, caseId: string): Promise<void> {
  const row = await authorsOpenCase(db, user, caseId);
  await inTransaction(db, async (trx) => {
    if (!(await deleteContact(trx, row.id))) throw new HttpError(409, "You haven't shared any contact details in this conversation.");
    await setContactState(trx, row.id, "withdrawn");
    await addCaseAction(trx, { caseId: row.id, type: "contact_withdrawn", note: "The author took back their contact details; they were deleted.", staffId: null });
  });
}

export async function readContact(db: Kysely<Database>, dialect: Dialect, key: Buffer, staff: StaffUser, caseId: string): Promise<string> {
  const row = /^[0-9a-f-]{36}$/.test(caseId) ? await findCase(db, caseId) : undefined;
  if (!row) throw new HttpError(404, "There is no case with that id.");
  if (row.handled_by !== staff.id) throw new HttpError(403, "Only the safeguarding lead handling this case can see the author's contact details.");
  const stored = row.status === "open" ? await findContact(db, row.id) : undefined;
  if (!stored) throw new HttpError(404, "The author has not shared contact details for this case (or the case is closed and they were deleted).");
  let contact: string;
  try {
    contact = openContact(key, row.id, stored.sealed);
  } catch (err) {
    if (err instanceof UnreadableContact) throw new HttpError(409, "These details can't be opened with Harbour's current key (HARBOUR_CONTACT_KEY changed). Ask the author to share them again.");
    throw err;
  }
  await inTransaction(db, async (trx) => {
    await addCaseAction(trx, { caseId: row.id, type: "contact_read", note: null, staffId: staff.id });
    await staffActionLog(trx, dialect, staff.username).readContact(row.id);
  });
  return contact;
}

/** At closure, in the closing transaction: the details go, the record of what happened stays. */
export async function deleteContactAtClosure(trx: Kysely<Database>, caseId: string): Promise<void> {
  if (await deleteContact(trx, caseId)) {
    await setContactState(trx, caseId, "deleted");
    await addCaseAction(trx, { caseId, type: "contact_deleted", note: "Contact details deleted at closure.", staffId: null });
  }
}
