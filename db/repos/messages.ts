import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

export async function addMessage(
  db: Kysely<Database>,
  input: { identityId: string; caseId: string | null; staffId: string | null; body: string; asksForContact?: boolean },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("messages")
    .values({
      id, identity_id: input.identityId, case_id: input.caseId, staff_id: input.staffId, body: input.body,
      created_at: nowIso(), read_at: null, asks_for_contact: input.asksForContact ? 1 : 0,
    })
    .execute();
  return id;
}

// Staff names are never shown to authors: a message comes from "the Harbour team".
export const listMessagesForIdentity = (db: Kysely<Database>, identityId: string) =>
  db
    .selectFrom("messages")
    .select(["id", "body", "created_at", "staff_id", "case_id", "read_at", "asks_for_contact"])
    .where("identity_id", "=", identityId)
    .orderBy("created_at")
    .limit(500)
    .execute();

export const listMessagesForCase = (db: Kysely<Database>, caseId: string) =>
  db
    .selectFrom("messages as m")
    .leftJoin("staff as s", "s.id", "m.staff_id")
    .select(["m.id", "m.body", "m.created_at", "m.staff_id", "m.asks_for_contact", "s.username"])
    .where("m.case_id", "=", caseId)
    .orderBy("m.created_at")
    .execute();

export async function markMessagesRead(db: Kysely<Database>, identityId: string): Promise<void> {
  await db.updateTable("messages").set({ read_at: nowIso() }).where("identity_id", "=", identityId).where("staff_id", "is not", null).where("read_at", "is", null).execute();
}

export async function countUnreadFromTeam(db: Kysely<Database>, identityId: string): Promise<number> {
  const row = await db
    .selectFrom("messages")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("identity_id", "=", identityId)
    .where("staff_id", "is not", null)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
