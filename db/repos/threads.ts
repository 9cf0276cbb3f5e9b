import { sql, type Kysely } from "kysely";
import { compiledOnce } from "../compiled.ts";
import { newId, nowIso } from "../ids.ts";
import { inTransaction } from "../tx.ts";
import type { Database, PostStatus, SpaceId } from "../schema.ts";

export interface PostInput {
  authorId: string | null;
  body: string;
  bodyShown: string;
  status: PostStatus;
  reason: string | null;
  severity: number;
  categories: string[];
  isDemo?: boolean;
  createdAt?: string;
}

export interface ThreadCursor {
  at: string;
  id: string;
}

export interface ThreadSummary {
  id: string;
  title: string;
  replyCount: number;
  lastActivityAt: string;
}

function postRow(threadId: string, input: PostInput, createdAt: string) {
  return {
    id: newId(),
    thread_id: threadId,
    author_id: input.authorId,
    body: input.body,
    body_shown: input.bodyShown,
    status: input.status,
    reason: input.reason,
    severity: input.severity,
    categories: JSON.stringify(input.categories),
    created_at: createdAt,
    is_demo: input.isDemo ? 1 : 0,
  };
}

// A thread is visible to others only while its opening post is published.
interface ListValues {
  space: SpaceId;
  limit: number;
  at: string;
  id: string;
}

// The newest published threads of a space, a page at a time (`at`/`id`: where the last page ended).
function threadPage(db: Kysely<Database>, v: ListValues, afterCursor: boolean) {
  let q = db
    .selectFrom("threads as t")
    .innerJoin("posts as op", "op.id", "t.opening_post_id")
    .select((eb) => [
      "t.id",
      "t.title",
      "t.last_activity_at",
      eb
        .selectFrom("posts as r")
        .select(eb.fn.countAll<number | string>().as("n"))
        .whereRef("r.thread_id", "=", "t.id")
        .where("r.status", "=", "published")
        .whereRef("r.id", "!=", "t.opening_post_id")
        .as("reply_count"),
    ])
    .where("t.space", "=", v.space)
    .where("op.status", "=", "published");
  if (afterCursor) {
    q = q.where((eb) => eb.or([eb("t.last_activity_at", "<", v.at), eb.and([eb("t.last_activity_at", "=", v.at), eb("t.id", "<", v.id)])]));
  }
  return q.orderBy("t.last_activity_at", "desc").orderBy("t.id", "desc").limit(v.limit);
}

// Read on every visit to a space: compiled once (first page and later pages).
const NAMES = ["space", "limit", "at", "id"] as const;
const firstPage = compiledOnce(NAMES, (db, v: ListValues) => threadPage(db, v, false));
const laterPage = compiledOnce(NAMES, (db, v: ListValues) => threadPage(db, v, true));

export async function listThreads(
  db: Kysely<Database>,
  space: SpaceId,
  limit: number,
  cursor: ThreadCursor | null,
): Promise<{ threads: ThreadSummary[]; next: ThreadCursor | null }> {
  const values = { space, limit: limit + 1, at: cursor?.at ?? "", id: cursor?.id ?? "" };
  const rows = await (cursor ? laterPage : firstPage)(db, values);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    threads: page.map((r) => ({
      id: r.id,
      title: r.title,
      replyCount: Number(r.reply_count ?? 0),
      lastActivityAt: r.last_activity_at,
    })),
    next: rows.length > limit && last ? { at: last.last_activity_at, id: last.id } : null,
  };
}

export function findThread(db: Kysely<Database>, threadId: string) {
  return db.selectFrom("threads").selectAll().where("id", "=", threadId).executeTakeFirst();
}

export function listThreadPosts(db: Kysely<Database>, threadId: string) {
  return db
    .selectFrom("posts as p")
    .leftJoin("identities as i", "i.id", "p.author_id")
    .select(["p.id", "p.author_id", "p.body_shown", "p.body", "p.status", "p.reason", "p.created_at", "i.pseudonym"])
    .where("p.thread_id", "=", threadId)
    .orderBy("p.created_at", "asc")
    .orderBy("p.id", "asc")
    .execute();
}

export async function createThread(
  db: Kysely<Database>,
  input: { space: SpaceId; title: string; post: PostInput },
): Promise<{ threadId: string; postId: string }> {
  const threadId = newId();
  const at = input.post.createdAt ?? nowIso();
  const post = postRow(threadId, input.post, at);
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("threads")
      .values({
        id: threadId,
        space: input.space,
        title: input.title,
        author_id: input.post.authorId,
        opening_post_id: null,
        created_at: at,
        last_activity_at: at,
        is_demo: input.post.isDemo ? 1 : 0,
      })
      .execute();
    await trx.insertInto("posts").values(post).execute();
    await trx.updateTable("threads").set({ opening_post_id: post.id }).where("id", "=", threadId).execute();
  });
  return { threadId, postId: post.id };
}

export async function addReply(db: Kysely<Database>, threadId: string, input: PostInput): Promise<string> {
  const at = input.createdAt ?? nowIso();
  const post = postRow(threadId, input, at);
  await inTransaction(db, async (trx) => {
    await trx.insertInto("posts").values(post).execute();
    if (input.status === "published") await touchThread(trx, threadId, at);
  });
  return post.id;
}

// Activity only ever moves forward, whatever order posts become visible in.
export async function touchThread(db: Kysely<Database>, threadId: string, at: string): Promise<void> {
  await db
    .updateTable("threads")
    .set({ last_activity_at: sql<string>`CASE WHEN last_activity_at < ${at} THEN ${at} ELSE last_activity_at END` })
    .where("id", "=", threadId)
    .execute();
}

export function listPostsByAuthor(db: Kysely<Database>, authorId: string) {
  return db
    .selectFrom("posts as p")
    .innerJoin("threads as t", "t.id", "p.thread_id")
    .select(["p.id", "p.thread_id", "t.title", "t.opening_post_id", "p.body", "p.status", "p.reason", "p.created_at"])
    .where("p.author_id", "=", authorId)
    .orderBy("p.created_at", "desc")
    .orderBy("p.id", "desc")
    .limit(500)
    .execute();
}

export async function hasDemoContent(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("threads").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}
