import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema.ts";

/** Today's secret, made by whichever instance asks first; older ones are deleted. */
export async function dailySecret(db: Kysely<Database>, day: string): Promise<string> {
  await db
    .insertInto("rate_limit_secrets")
    .values({ day, secret: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("day").doNothing())
    .execute();
  const row = await db.selectFrom("rate_limit_secrets").select("secret").where("day", "=", day).executeTakeFirstOrThrow();
  await db.deleteFrom("rate_limit_secrets").where("day", "<", day).execute();
  return row.secret;
}

/** Count one request against `key` in one statement (atomic on both databases); the count and when it resets. */
export async function countRequest(db: Kysely<Database>, key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }> {
  const resetAt = now + windowMs;
  const row = await db
    .insertInto("rate_limit_counters")
    .values({ key, count: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql<number>`case when rate_limit_counters.reset_at <= ${now} then 1 else rate_limit_counters.count + 1 end`,
        reset_at: sql<number>`case when rate_limit_counters.reset_at <= ${now} then ${resetAt} else rate_limit_counters.reset_at end`,
      }),
    )
    .returning(["count", "reset_at"])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetAt: Number(row.reset_at) };
}

export async function requestCount(db: Kysely<Database>, key: string, now: number): Promise<{ count: number; resetAt: number } | null> {
  const row = await db.selectFrom("rate_limit_counters").select(["count", "reset_at"]).where("key", "=", key).where("reset_at", ">", now).executeTakeFirst();
  return row ? { count: Number(row.count), resetAt: Number(row.reset_at) } : null;
}

export async function clearRequests(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_counters").where("key", "=", key).execute();
}

/** Counters whose window has passed say nothing any more (run by the retention job). */
export async function deleteExpiredCounters(db: Kysely<Database>, now: number): Promise<number> {
  const r = await db.deleteFrom("rate_limit_counters").where("reset_at", "<=", now).executeTakeFirst();
  return Number(r.numDeletedRows);
}
