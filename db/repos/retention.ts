import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";
import { inTransaction } from "../tx.ts";

export interface RetentionCutoffs {
  // Published threads whose last visible activity is older than this are deleted.
  publishedBefore: string;
  // Posts that were never published (held, not published, removed) older than this are deleted,
  // unless a safeguarding case about them is still open.
  unpublishedBefore: string;
  // Closed cases whose closure is older than this are deleted with their actions (the author's
  // messages stay theirs, no longer linked to a case).
  casesClosedBefore: string;
  now: string;
}

export interface RetentionResult {
  threads: number;
  posts: number;
  sessions: number;
  cases: number;
}

// SAFEGUARDING.md section 7, applied in one pass. The audit log is append-only and is never touched.
export async function applyRetention(db: Kysely<Database>, cut: RetentionCutoffs): Promise<RetentionResult> {
  return inTransaction(db, async (trx) => {
    const oldThreads = await trx.deleteFrom("threads").where("last_activity_at", "<", cut.publishedBefore).executeTakeFirst();
    const oldPosts = await trx
      .deleteFrom("posts")
      .where("status", "!=", "published")
      .where("created_at", "<", cut.unpublishedBefore)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom("cases").select("cases.id").whereRef("cases.post_id", "=", "posts.id").where("cases.status", "=", "open"))),
      )
      .executeTakeFirst();
    // A thread whose opening post has gone has nothing left to show.
    await trx
      .deleteFrom("threads")
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom("posts").select("posts.id").whereRef("posts.id", "=", "threads.opening_post_id"))))
      .execute();
    const expired = trx.selectFrom("cases").select("id").where("status", "=", "closed").where("closed_at", "<", cut.casesClosedBefore);
    await trx.deleteFrom("case_actions").where("case_id", "in", expired).execute();
    await trx.deleteFrom("case_contacts").where("case_id", "in", expired).execute();
    const expiredAlerts = trx.selectFrom("alerts").select("id").where("case_id", "in", expired);
    await trx.deleteFrom("alert_deliveries").where("alert_id", "in", expiredAlerts).execute();
    await trx.deleteFrom("alerts").where("case_id", "in", expired).execute();
    await trx.updateTable("messages").set({ case_id: null }).where("case_id", "in", expired).execute();
    // Alerts about posts that never became a case hold nothing worth keeping longer than the post.
    const oldPostAlerts = trx.selectFrom("alerts").select("id").where("case_id", "is", null).where("raised_at", "<", cut.unpublishedBefore);
    await trx.deleteFrom("alert_deliveries").where("alert_id", "in", oldPostAlerts).execute();
    await trx.deleteFrom("alerts").where("case_id", "is", null).where("raised_at", "<", cut.unpublishedBefore).execute();
    const oldCases = await trx.deleteFrom("cases").where("status", "=", "closed").where("closed_at", "<", cut.casesClosedBefore).executeTakeFirst();
    const sessions = await trx.deleteFrom("sessions").where("expires_at", "<", cut.now).executeTakeFirst();
    await trx.deleteFrom("staff_sessions").where("expires_at", "<", cut.now).execute();
    return {
      threads: Number(oldThreads.numDeletedRows),
      posts: Number(oldPosts.numDeletedRows),
      sessions: Number(sessions.numDeletedRows),
      cases: Number(oldCases.numDeletedRows),
    };
  });
}
