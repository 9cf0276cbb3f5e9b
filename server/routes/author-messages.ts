import { Hono } from "hono";
import { z } from "zod";
import { addCaseAction } from "../../db/repos/cases.ts";
import { addMessage, listMessagesForIdentity, markMessagesRead } from "../../db/repos/messages.ts";
import { inTransaction } from "../../db/tx.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireForumUser } from "../middleware/forum-session.ts";
import { textField } from "../text.ts";

export const authorMessageSchema = z.object({ body: textField("Your message", 1, 5000) });

// Private messages exist only between an author and Harbour's team, never between users.
export function authorMessageRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/me/messages", async (c) => {
    const user = requireForumUser(c);
    const rows = await listMessagesForIdentity(c.get("db"), user.id);
    return c.json({
      messages: rows.map((m) => ({
        id: m.id, body: m.body, fromStaff: m.staff_id !== null, at: m.created_at, caseId: m.case_id,
        asksForContact: m.asks_for_contact === 1, unread: m.staff_id !== null && m.read_at === null,
      })),
    });
  });

  // A separate write, so reading the list (or a prefetch) never changes anything.
  app.post("/me/messages/read", async (c) => {
    const user = requireForumUser(c);
    await markMessagesRead(c.get("db"), user.id);
    return c.json({ ok: true });
  });

  app.post("/me/messages", async (c) => {
    const user = requireForumUser(c);
    const { body } = await readJson(c, authorMessageSchema);
    const db = c.get("db");
    const rows = await listMessagesForIdentity(db, user.id);
    const caseId = [...rows].reverse().find((m) => m.case_id)?.case_id ?? null;
    if (!caseId) throw new HttpError(409, "You can reply here once our team has messaged you.");
    await inTransaction(db, async (trx) => {
      await addMessage(trx, { identityId: user.id, caseId, staffId: null, body });
      await addCaseAction(trx, { caseId, type: "author_replied", note: null, staffId: null });
    });
    return c.json({ ok: true }, 201);
  });

  return app;
}
