import type { Kysely } from "kysely";
import { nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

// Only sealed text ever reaches this table (server/contact-seal.ts); the plain details never do.
export async function storeContact(db: Kysely<Database>, input: { caseId: string; identityId: string; sealed: string }): Promise<void> {
  await db.deleteFrom("case_contacts").where("case_id", "=", input.caseId).execute();
  await db.insertInto("case_contacts").values({ case_id: input.caseId, identity_id: input.identityId, sealed: input.sealed, shared_at: nowIso() }).execute();
}

export const findContact = (db: Kysely<Database>, caseId: string) =>
  db.selectFrom("case_contacts").selectAll().where("case_id", "=", caseId).executeTakeFirst();

/** True when there was something to delete. */
export async function deleteContact(db: Kysely<Database>, caseId: string): Promise<boolean> {
  const res = await db.deleteFrom("case_contacts").where("case_id", "=", caseId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
