import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { ContactState, Database, SpaceId } from "../schema.ts";

export async function openCase(
  db: Kysely<Database>,
  input: { postId: string | null; identityId: string | null; space: SpaceId; severity: number; categories: string[] },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("cases")
    .values({
      id, post_id: input.postId, identity_id: input.identityId, space: input.space, severity: input.severity,
      categories: JSON.stringify(input.categories), status: "open", threshold_level: null, ice_category: null,
      opened_at: nowIso(), first_response_at: null, closed_at: null, outcome: null, outcome_note: null, post_copy: null,
    })
    .execute();
  return id;
}

export const findOpenCaseForPost = (db: Kysely<Database>, postId: string) =>
  db.selectFrom("cases").selectAll().where("post_id", "=", postId).where("status", "=", "open").executeTakeFirst();

export const listCases = (db: Kysely<Database>, status: "open" | "closed" | "all") => {
  let q = db.selectFrom("cases").leftJoin("staff as lead", "lead.id", "cases.handled_by").selectAll("cases").select("lead.username as handled_by_username");
  if (status !== "all") q = q.where("cases.status", "=", status);
  return q.orderBy("cases.status", "desc").orderBy("cases.severity", "desc").orderBy("cases.opened_at", "asc").limit(500).execute();
};

export const findCase = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom("cases")
    .leftJoin("staff as lead", "lead.id", "cases.handled_by")
    .selectAll("cases")
    .select("lead.username as handled_by_username")
    .where("cases.id", "=", id)
    .executeTakeFirst();

/**
 * Make `staffId` the case's handling lead, only if the lead is still `expected` (null: nobody),
 * so two leads claiming at once cannot both win. False when someone else got there first.
 */
export async function setHandlingLead(db: Kysely<Database>, caseId: string, staffId: string, expected: string | null): Promise<boolean> {
  let q = db.updateTable("cases").set({ handled_by: staffId, handled_since: nowIso() }).where("id", "=", caseId).where("status", "=", "open");
  q = expected === null ? q.where("handled_by", "is", null) : q.where("handled_by", "=", expected);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

export async function setContactState(db: Kysely<Database>, caseId: string, state: ContactState): Promise<void> {
  await db.updateTable("cases").set({ contact_state: state }).where("id", "=", caseId).execute();
}

export const listCaseActions = (db: Kysely<Database>, caseId: string) =>
  db
    .selectFrom("case_actions as a")
    .leftJoin("staff as s", "s.id", "a.staff_id")
    .select(["a.id", "a.type", "a.note", "a.at", "s.username"])
    .where("a.case_id", "=", caseId)
    .orderBy("a.at")
    .execute();

// Every action is time-stamped and attributed; the first one by staff is the first response.
export async function addCaseAction(
  db: Kysely<Database>,
  input: { caseId: string; type: string; note: string | null; staffId: string | null },
): Promise<void> {
  const at = nowIso();
  await db.insertInto("case_actions").values({ id: newId(), case_id: input.caseId, type: input.type, note: input.note, staff_id: input.staffId, at }).execute();
  if (input.staffId) {
    await db.updateTable("cases").set({ first_response_at: at }).where("id", "=", input.caseId).where("first_response_at", "is", null).execute();
  }
}

export async function recordCaseDetails(
  db: Kysely<Database>,
  caseId: string,
  patch: { threshold_level?: number | null; ice_category?: string | null },
): Promise<void> {
  await db.updateTable("cases").set(patch).where("id", "=", caseId).execute();
}

export async function closeCase(db: Kysely<Database>, caseId: string, outcome: string, note: string | null): Promise<boolean> {
  const res = await db
    .updateTable("cases")
    .set({ status: "closed", closed_at: nowIso(), outcome, outcome_note: note })
    .where("id", "=", caseId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The author's open cases where the team has asked for contact details, and where each stands. */
export const listContactRequestsFor = (db: Kysely<Database>, identityId: string) =>
  db
    .selectFrom("cases")
    .select(["id", "contact_state"])
    .where("identity_id", "=", identityId)
    .where("status", "=", "open")
    .where("contact_state", "is not", null)
    .orderBy("opened_at")
    .execute();
