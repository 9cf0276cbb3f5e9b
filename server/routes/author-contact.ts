import { Hono } from "hono";
import { z } from "zod";
import { listContactRequestsFor } from "../../db/repos/cases.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireForumUser } from "../middleware/forum-session.ts";
import { declineContact, shareContact, withdrawContact } from "../safeguarding/case-contact.ts";
import { textField } from "../text.ts";

const caseId = z.string({ error: "caseId must be the id of the conversation with our team." }).max(64);
export const contactShareSchema = z.object({
  caseId,
  contact: textField("How to reach you", 3, 500),
  consent: z.literal(true, { error: "We can only keep these details if you agree to share them (consent must be true)." }),
});
export const contactDeclineSchema = z.object({ caseId });

// An author's answers to "may we contact you?": only ever about their own case, only after being asked.
export function authorContactRoutes() {
  const app = new Hono<AppEnv>();

  // Where each question stands; never the details themselves (a shared device could show them).
  app.get("/me/contact", async (c) => {
    const user = requireForumUser(c);
    const rows = await listContactRequestsFor(c.get("db"), user.id);
    return c.json({ requests: rows.map((r) => ({ caseId: r.id, state: r.contact_state })) });
  });

  app.post("/me/contact", async (c) => {
    const user = requireForumUser(c);
    const input = await readJson(c, contactShareSchema);
    await shareContact(c.get("db"), c.get("config").contactKey, user, input.caseId, input.contact);
    return c.json({ ok: true, message: "Thank you. Only the member of our team looking after your post can see this, and it is deleted when they finish." }, 201);
  });

  app.post("/me/contact/decline", async (c) => {
    const user = requireForumUser(c);
    const input = await readJson(c, contactDeclineSchema);
    await declineContact(c.get("db"), user, input.caseId);
    return c.json({ ok: true, message: "That's fine. You can still talk to our team here." });
  });

  app.delete("/me/contact/:caseId", async (c) => {
    const user = requireForumUser(c);
    const id = c.req.param("caseId");
    if (!id) throw new HttpError(404, "We couldn't find that conversation with our team.");
    await withdrawContact(c.get("db"), user, id);
    return c.json({ ok: true, message: "Done. We have deleted the details you shared." });
  });

  return app;
}
