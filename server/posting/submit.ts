import type { Context } from "hono";
import type { Kysely } from "kysely";
import { raiseAlert } from "../../db/repos/alerts.ts";
import { addCaseAction, openCase } from "../../db/repos/cases.ts";
import { getSpaceSettings } from "../../db/repos/posts.ts";
import { enqueue } from "../../db/repos/queue.ts";
import { addReply, createThread } from "../../db/repos/threads.ts";
import type { Database, SpaceId } from "../../db/schema.ts";
import { inTransaction } from "../../db/tx.ts";
import type { AppEnv, ForumUser } from "../env.ts";
import { describeNextStaffed } from "../staffed-hours.ts";
import type { Judge } from "../watched/active-engine.ts";
import { assessPost, type Assessment } from "./assess.ts";

export interface Submitted {
  id: string;
  status: string;
  reason: string | null;
  help: Assessment["help"];
  // Set when the post waits for people and nobody is on shift right now.
  staffedNote: string | null;
}

export interface NewPost {
  authorId: string;
  space: SpaceId;
  threadId?: string;
  title?: string;
  body: string;
  isDemo?: boolean;
}

// Judges a post and stores it; in the same transaction, queues it for a moderator and opens
// a safeguarding case when the graded response says so.
export async function storePost(db: Kysely<Database>, input: NewPost, judge?: Judge) {
  const settings = await getSpaceSettings(db, input.space);
  const a = assessPost({ title: input.title, body: input.body, space: input.space, premoderate: settings?.premoderate === 1 }, judge);
  const post = {
    authorId: input.authorId, body: input.body, bodyShown: a.bodyShown, status: a.status,
    reason: a.reason, severity: a.severity, categories: a.categories, isDemo: input.isDemo,
  };
  const stored = await inTransaction(db, async (trx) => {
    let threadId = input.threadId;
    let postId: string;
    if (threadId === undefined) {
      const made = await createThread(trx, { space: input.space, title: a.titleShown ?? input.title ?? "", post });
      threadId = made.threadId;
      postId = made.postId;
    } else {
      postId = await addReply(trx, threadId, post);
    }
    let itemId: string | null = null;
    if (a.queue) {
      itemId = await enqueue(trx, { postId, kind: "post", severity: a.severity, categories: a.categories, matches: a.matches });
    }
    let caseId: string | null = null;
    if (a.openCase) {
      caseId = await openCase(trx, { postId, identityId: input.authorId, space: input.space, severity: a.severity, categories: a.categories });
      await addCaseAction(trx, { caseId, type: "opened", note: `Opened automatically: ${a.categories.join(", ")}`, staffId: null });
    }
    // Staff are paged from the database (server/alerts): the post never waits for a mail server.
    if (itemId) await raiseAlert(trx, { caseId, queueItemId: itemId, severity: a.severity, space: input.space, categories: a.categories });
    return { threadId, postId, itemId };
  });
  return { ...stored, assessment: a };
}

export async function submitPost(
  c: Context<AppEnv>,
  input: { user: ForumUser; space: SpaceId; threadId?: string; title?: string; body: string },
): Promise<Submitted> {
  const db = c.get("db");
  const judge = await c.get("engine").current(db);
  const { threadId, postId, itemId, assessment: a } = await storePost(db, { ...input, authorId: input.user.id }, judge);
  if (itemId) c.get("events").publish({ type: "queued", itemId, severity: a.severity });
  // A new thread, or a reply that moves its thread up: this instance's lists show it at once.
  c.get("threadLists").clear();
  const held = a.status !== "published";
  return {
    id: input.threadId === undefined ? threadId : postId,
    status: a.status,
    reason: a.reason,
    help: a.help,
    staffedNote: held ? describeNextStaffed(c.get("config").staffedHours, new Date()) : null,
  };
}
