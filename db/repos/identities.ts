import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database, Identity, SpaceId } from "../schema.ts";
import { inTransaction } from "../tx.ts";

export async function pseudonymTaken(db: Kysely<Database>, pseudonym: string): Promise<boolean> {
  const row = await db.selectFrom("identities").select("id").where("pseudonym", "=", pseudonym).executeTakeFirst();
  return row !== undefined;
}

export async function createIdentity(
  db: Kysely<Database>,
  input: { space: SpaceId; pseudonym: string; recoveryHash: string },
): Promise<Identity> {
  const row: Identity = {
    id: newId(),
    pseudonym: input.pseudonym,
    space: input.space,
    recovery_hash: input.recoveryHash,
    created_at: nowIso(),
  };
  await db.insertInto("identities").values(row).execute();
  return row;
}

export function findIdentityByRecoveryHash(db: Kysely<Database>, recoveryHash: string) {
  return db.selectFrom("identities").selectAll().where("recovery_hash", "=", recoveryHash).executeTakeFirst();
}

// Deleting a pseudonym removes its replies; an opening post is blanked rather than deleted
// so that other people's replies in the thread are not lost with it.
export async function deleteIdentity(db: Kysely<Database>, identityId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const opening = await trx
      .selectFrom("threads")
      .select(["id", "opening_post_id"])
      .where("author_id", "=", identityId)
      .execute();
    const openingIds = opening.map((t) => t.opening_post_id).filter((id): id is string => id !== null);
    if (openingIds.length > 0) {
      await trx
        .updateTable("posts")
        .set({ body: "", body_shown: "This post was deleted by the person who wrote it.", author_id: null })
        .where("id", "in", openingIds)
        .execute();
    }
    let del = trx.deleteFrom("posts").where("author_id", "=", identityId);
    if (openingIds.length > 0) del = del.where("id", "not in", openingIds);
    await del.execute();
    await trx.updateTable("threads").set({ author_id: null }).where("author_id", "=", identityId).execute();
    await trx.deleteFrom("sessions").where("identity_id", "=", identityId).execute();
    await trx.deleteFrom("identities").where("id", "=", identityId).execute();
  });
}
