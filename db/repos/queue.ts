import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database, QueueKind } from "../schema.ts";

export async function enqueue(
  db: Kysely<Database>,
  input: { postId: string; kind: QueueKind; severity: number; categories: string[]; matches: unknown[] },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("queue_items")
    .values({
      id, post_id: input.postId, kind: input.kind, severity: input.severity,
      categories: JSON.stringify(input.categories), matches: JSON.stringify(input.matches),
      status: "pending", claimed_by: null, claimed_at: null, version: 0,
      decision: null, decided_by: null, decided_at: null, created_at: nowIso(),
    })
    .execute();
  return id;
}

const itemColumns = [
  "q.id", "q.post_id", "q.kind", "q.severity", "q.categories", "q.matches", "q.status", "q.version",
  "q.claimed_by", "q.claimed_at", "q.decision", "q.decided_at", "q.created_at",
  "p.status as post_status", "p.body", "p.thread_id", "p.author_id", "p.created_at as post_created_at",
  "t.title", "t.space", "t.opening_post_id", "claimer.username as claimed_by_username",
] as const;

// Highest severity first, then oldest first: the order the contract promises.
export const listPendingQueue = (db: Kysely<Database>, limit = 200) =>
  db
    .selectFrom("queue_items as q")
    .innerJoin("posts as p", "p.id", "q.post_id")
    .innerJoin("threads as t", "t.id", "p.thread_id")
    .leftJoin("staff as claimer", "claimer.id", "q.claimed_by")
    .select(itemColumns)
    .where("q.status", "=", "pending")
    .orderBy("q.severity", "desc")
    .orderBy("q.created_at", "asc")
    .orderBy("q.id", "asc")
    .limit(limit)
    .execute();

export const findQueueItem = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom("queue_items as q")
    .innerJoin("posts as p", "p.id", "q.post_id")
    .innerJoin("threads as t", "t.id", "p.thread_id")
    .leftJoin("staff as claimer", "claimer.id", "q.claimed_by")
    .select(itemColumns)
    .where("q.id", "=", id)
    .executeTakeFirst();

export type QueueRow = NonNullable<Awaited<ReturnType<typeof findQueueItem>>>;

export const findPendingItemForPost = (db: Kysely<Database>, postId: string, kind: QueueKind) =>
  db.selectFrom("queue_items").selectAll().where("post_id", "=", postId).where("kind", "=", kind).where("status", "=", "pending").executeTakeFirst();

// Optimistic concurrency: the write only lands if nobody changed the item since it was read.
export async function updateQueueItemIfVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  patch: Partial<{ status: "pending" | "decided"; claimed_by: string | null; claimed_at: string | null; decision: string; decided_by: string; decided_at: string; severity: number; categories: string }>,
): Promise<boolean> {
  const res = await db
    .updateTable("queue_items")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function closePendingItemsForPost(db: Kysely<Database>, postId: string, decidedBy: string, decision: string): Promise<void> {
  await db
    .updateTable("queue_items")
    .set((eb) => ({ status: "decided", decision, decided_by: decidedBy, decided_at: nowIso(), version: eb("version", "+", 1) }))
    .where("post_id", "=", postId)
    .where("status", "=", "pending")
    .execute();
}
