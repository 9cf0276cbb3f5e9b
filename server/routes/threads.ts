import { Hono, type Context } from "hono";
import { z } from "zod";
import {
  findThread,
  listPostsByAuthor,
  listThreadPosts,
  listThreads,
  type ThreadCursor,
} from "../../db/repos/threads.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireForumUser } from "../middleware/forum-session.ts";
import { RateLimiter, rateLimit } from "../middleware/rate-limit.ts";
import { submitPost } from "../posting/submit.ts";
import { assertSameSpace, parseSpace } from "../spaces.ts";
import { textField } from "../text.ts";

export const newThreadSchema = z.object({
  title: textField("The title", 3, 120),
  body: textField("Your post", 1, 5000),
});
export const replySchema = z.object({ body: textField("Your reply", 1, 5000) });

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function encodeCursor(c: ThreadCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString("base64url");
}

function decodeCursor(value: string | undefined): ThreadCursor | null {
  if (!value) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof at === "string" && typeof id === "string" && at.length <= 40 && id.length <= 40) return { at, id };
  } catch {
    // fall through to the error below
  }
  throw new HttpError(400, "That page link is not valid. Please go back to the first page.");
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 20;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new HttpError(400, "limit must be a whole number from 1 to 50.");
  return n;
}

async function loadThread(c: Context<AppEnv>, id: string) {
  const thread = ID.test(id) ? await findThread(c.get("db"), id) : undefined;
  if (!thread) throw new HttpError(404, "We couldn't find that thread.");
  return thread;
}

export function threadRoutes(limiter: RateLimiter) {
  const app = new Hono<AppEnv>();
  const postLimit = rateLimit(
    limiter,
    "post",
    (c) => c.get("config").rateLimits.post,
    (c) => requireForumUser(c).id,
  );

  app.get("/spaces/:space/threads", async (c) => {
    const space = parseSpace(c.req.param("space"));
    assertSameSpace(requireForumUser(c), space);
    const limit = parseLimit(c.req.query("limit"));
    const cursor = decodeCursor(c.req.query("cursor"));
    const key = `${space}:${limit}`;
    const firstPages = c.get("threadLists");
    const cached = cursor === null ? firstPages.get(key) : undefined;
    if (cached) return c.json(cached);
    const page = await listThreads(c.get("db"), space, limit, cursor);
    const shown = { threads: page.threads, nextCursor: page.next ? encodeCursor(page.next) : null };
    if (cursor === null) firstPages.set(key, shown);
    return c.json(shown);
  });

  app.post("/spaces/:space/threads", postLimit, async (c) => {
    const space = parseSpace(c.req.param("space"));
    const user = requireForumUser(c);
    assertSameSpace(user, space);
    const { title, body } = await readJson(c, newThreadSchema);
    return c.json(await submitPost(c, { user, space, title, body }), 201);
  });

  app.get("/threads/:id", async (c) => {
    const user = requireForumUser(c);
    const thread = await loadThread(c, c.req.param("id"));
    assertSameSpace(user, thread.space);
    const posts = await listThreadPosts(c.get("db"), thread.id);
    const opening = posts.find((p) => p.id === thread.opening_post_id);
    const openingVisible = opening && (opening.status === "published" || opening.author_id === user.id);
    if (!openingVisible) throw new HttpError(404, "We couldn't find that thread.");
    const visible = posts
      .filter((p) => p.status === "published" || p.author_id === user.id)
      .map((p) => {
        const mine = p.author_id === user.id;
        return {
          id: p.id,
          // Authors read their own words as written; everyone else sees the published (masked) form.
          body: mine ? p.body : p.body_shown,
          pseudonym: p.pseudonym ?? "Deleted name",
          createdAt: p.created_at,
          ...(mine ? { mine: true, status: p.status, reason: p.reason } : {}),
        };
      });
    return c.json({ thread: { id: thread.id, title: thread.title, space: thread.space, posts: visible } });
  });

  app.post("/threads/:id/replies", postLimit, async (c) => {
    const user = requireForumUser(c);
    const thread = await loadThread(c, c.req.param("id"));
    assertSameSpace(user, thread.space);
    const { body } = await readJson(c, replySchema);
    const posts = await listThreadPosts(c.get("db"), thread.id);
    const opening = posts.find((p) => p.id === thread.opening_post_id);
    if (!opening || (opening.status !== "published" && opening.author_id !== user.id)) {
      throw new HttpError(404, "We couldn't find that thread.");
    }
    return c.json(await submitPost(c, { user, space: thread.space, threadId: thread.id, body }), 201);
  });

  app.get("/me/posts", async (c) => {
    const user = requireForumUser(c);
    const rows = await listPostsByAuthor(c.get("db"), user.id);
    return c.json({
      posts: rows.map((p) => ({
        id: p.id,
        threadId: p.thread_id,
        threadTitle: p.title,
        isThreadStart: p.opening_post_id === p.id,
        body: p.body,
        createdAt: p.created_at,
        status: p.status,
        reason: p.reason,
      })),
    });
  });

  return app;
}
