import { compiledOnce } from "../compiled.ts";
import type { Kysely } from "kysely";
import { nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

export async function createSession(
  db: Kysely<Database>,
  input: { tokenHash: string; identityId: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ token_hash: input.tokenHash, identity_id: input.identityId, created_at: nowIso(), expires_at: input.expiresAt })
    .execute();
}

// Every forum request looks its session up: compiled once.
const sessionIdentity = compiledOnce(["tokenHash"], (db, v: { tokenHash: string }) =>
  db
    .selectFrom("sessions")
    .innerJoin("identities", "identities.id", "sessions.identity_id")
    .select(["sessions.token_hash", "sessions.expires_at", "identities.id", "identities.pseudonym", "identities.space"])
    .where("sessions.token_hash", "=", v.tokenHash),
);

export async function findSessionIdentity(db: Kysely<Database>, tokenHash: string) {
  return (await sessionIdentity(db, { tokenHash }))[0];
}

export async function extendSession(db: Kysely<Database>, tokenHash: string, expiresAt: string): Promise<void> {
  await db.updateTable("sessions").set({ expires_at: expiresAt }).where("token_hash", "=", tokenHash).execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<", now).execute();
}
