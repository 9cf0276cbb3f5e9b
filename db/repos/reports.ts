import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database } from "../schema.ts";

// Returns false when this person has already reported this post (one report each).
export async function addReport(db: Kysely<Database>, input: { postId: string; reporterId: string; reason: string }): Promise<boolean> {
  const already = await db
    .selectFrom("reports")
    .select("id")
    .where("post_id", "=", input.postId)
    .where("reporter_id", "=", input.reporterId)
    .executeTakeFirst();
  if (already) return false;
  await db.insertInto("reports").values({ id: newId(), post_id: input.postId, reporter_id: input.reporterId, reason: input.reason, created_at: nowIso() }).execute();
  return true;
}

export async function countReporters(db: Kysely<Database>, postId: string): Promise<number> {
  const row = await db
    .selectFrom("reports")
    .select((eb) => eb.fn.count<number>("reporter_id").distinct().as("n"))
    .where("post_id", "=", postId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const listReports = (db: Kysely<Database>, postId: string) =>
  db.selectFrom("reports").select(["reason", "created_at"]).where("post_id", "=", postId).orderBy("created_at").execute();
