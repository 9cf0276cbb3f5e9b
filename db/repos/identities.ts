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
/** The author's posts that a safeguarding case is about: what the case keeps a redacted copy of. */
export const listCasePostsOf = (db: Kysely<Database>, identityId: string) =>
  db
    .selectFrom("cases")
    .innerJoin("posts", "posts.id", "cases.post_id")
    .select(["cases.id as case_id", "posts.body"])
    .where("posts.author_id", "=", identityId)
    .execute();

/** Deletes the identity and its posts; `caseCopies` (case id → redacted text) are kept on the cases first. */
export async function deleteIdentity(db: Kysely<Database>, identityId: string, caseCopies: ReadonlyMap<string, string> = new Map()): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const [caseId, copy] of caseCopies) await trx.updateTable("cases").set({ post_copy: copy }).where("id", "=", caseId).execute();
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
