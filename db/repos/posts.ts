import type { Kysely } from "kysely";
import type { Database, PostStatus } from "../schema.ts";

export const findPost = (db: Kysely<Database>, id: string) =>
  db.selectFrom("posts").selectAll().where("id", "=", id).executeTakeFirst();

export async function setPostStatus(
  db: Kysely<Database>,
  id: string,
  patch: { status: PostStatus; reason: string | null; bodyShown?: string },
): Promise<void> {
  await db
    .updateTable("posts")
    .set({ status: patch.status, reason: patch.reason, ...(patch.bodyShown !== undefined ? { body_shown: patch.bodyShown } : {}) })
    .where("id", "=", id)
    .execute();
}

export const getSpaceSettings = (db: Kysely<Database>, space: string) =>
  db.selectFrom("spaces").selectAll().where("id", "=", space as never).executeTakeFirst();

export async function setPremoderate(db: Kysely<Database>, space: string, on: boolean): Promise<void> {
  await db.updateTable("spaces").set({ premoderate: on ? 1 : 0 }).where("id", "=", space as never).execute();
}

/** The newest posts written since `since` (what a watched-word preview re-judges), at most `limit`. */
export const listPostsSince = (db: Kysely<Database>, since: string, limit: number) =>
  db
    .selectFrom("posts")
    .select(["id", "body", "created_at"])
    .where("created_at", ">=", since)
    .where("is_demo", "=", 0)
    .orderBy("created_at", "desc")
    .limit(limit)
    .execute();
