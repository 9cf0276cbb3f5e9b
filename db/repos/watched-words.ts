import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

export const latestWatchedVersion = (db: Kysely<Database>) =>
  db.selectFrom("watched_word_versions").selectAll().orderBy("version", "desc").limit(1).executeTakeFirst();

/** Just the active version's number: what every post checks (cheap), before loading a set it has not seen. */
export async function activeWatchedVersionNumber(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("watched_word_versions").select((eb) => eb.fn.max("version").as("v")).executeTakeFirst();
  return Number(row?.v ?? 0);
}

export const findWatchedVersion = (db: Kysely<Database>, version: number) =>
  db.selectFrom("watched_word_versions").selectAll().where("version", "=", version).executeTakeFirst();

export const listWatchedVersions = (db: Kysely<Database>) =>
  db
    .selectFrom("watched_word_versions")
    .select(["version", "changed_by", "changed_at", "change", "reason"])
    .orderBy("version", "desc")
    .limit(200)
    .execute();

/** Adds a version; two leads saving at once race for the same number, and the loser's insert fails. */
export async function insertWatchedVersion(
  db: Kysely<Database>,
  row: { version: number; words: string; disabled_rules: string; changed_by: string; changed_at: string; change: string; reason: string },
): Promise<void> {
  await db.insertInto("watched_word_versions").values(row).execute();
}
