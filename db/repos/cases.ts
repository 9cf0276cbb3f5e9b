import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database, SpaceId } from "../schema.ts";

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
      opened_at: nowIso(), first_response_at: null, closed_at: null, outcome: null, outcome_note: null,
    })
    .execute();
  return id;
}

export const findOpenCaseForPost = (db: Kysely<Database>, postId: string) =>
  db.selectFrom("cases").selectAll().where("post_id", "=", postId).where("status", "=", "open").executeTakeFirst();

export const listCases = (db: Kysely<Database>, status: "open" | "closed" | "all") => {
  let q = db.selectFrom("cases").selectAll();
  if (status !== "all") q = q.where("status", "=", status);
  return q.orderBy("status", "desc").orderBy("severity", "desc").orderBy("opened_at", "asc").limit(500).execute();
};

export const findCase = (db: Kysely<Database>, id: string) =>
  db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();

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
