import { Hono } from "hono";
import { listCasePostsOf, deleteIdentity } from "../../db/repos/identities.ts";
import { listContactRequestsFor } from "../../db/repos/cases.ts";
import { listMessagesForIdentity } from "../../db/repos/messages.ts";
import { listPostsByAuthor } from "../../db/repos/threads.ts";
import { moderate, redact } from "../../moderation/index.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { endForumSession, requireForumUser } from "../middleware/forum-session.ts";
import { privacyWords } from "../privacy-words.ts";
import { SPACES } from "../spaces.ts";

// What Harbour holds about a person and what it does with it: the privacy words (made from the
// configuration), everything under their made-up name as a file, and deleting it.
export function yourDataRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/privacy", (c) => {
    const space = c.req.query("space") ?? c.get("forumUser")?.space ?? "young-people";
    if (!(SPACES as readonly string[]).includes(space)) throw new HttpError(400, "space must be young-people or parents.");
    return c.json({ space, sections: privacyWords(space as (typeof SPACES)[number], c.get("config")) });
  });

  app.get("/me/data", async (c) => {
    const user = requireForumUser(c);
    const db = c.get("db");
    const [posts, messages, contact] = await Promise.all([listPostsByAuthor(db, user.id), listMessagesForIdentity(db, user.id), listContactRequestsFor(db, user.id)]);
    c.header("Content-Disposition", `attachment; filename="harbour-${user.pseudonym.replace(/[^A-Za-z0-9-]/g, "")}.json"`);
    c.header("Cache-Control", "no-store");
    return c.json({
      about: "Everything Harbour holds under your made-up name. Contact details you shared are not included: only the team member helping you can open them.",
      pseudonym: user.pseudonym,
      space: user.space,
      posts: posts.map((p) => ({ id: p.id, threadId: p.thread_id, threadTitle: p.title, body: p.body, status: p.status, reason: p.reason, createdAt: p.created_at })),
      messages: messages.map((m) => ({ body: m.body, fromStaff: m.staff_id !== null, at: m.created_at })),
      contactRequests: contact.map((r) => ({ caseId: r.id, state: r.contact_state })),
    });
  });

  // Deleting is immediate. A safeguarding case about one of the posts keeps a copy with personal
  // details hidden (the privacy page says so, and why), never the made-up name.
  app.delete("/me", async (c) => {
    const user = requireForumUser(c);
    const db = c.get("db");
    const copies = new Map((await listCasePostsOf(db, user.id)).map((r) => [r.case_id, redact(r.body, moderate(r.body))]));
    await deleteIdentity(db, user.id, copies);
    await endForumSession(c);
    return c.json({ ok: true });
  });

  return app;
}
