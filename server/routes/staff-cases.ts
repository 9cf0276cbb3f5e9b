import { Hono, type Context } from "hono";
import { z } from "zod";
import { addCaseAction, closeCase, findCase, listCaseActions, listCases, recordCaseDetails, setContactState } from "../../db/repos/cases.ts";
import { addMessage, listMessagesForCase } from "../../db/repos/messages.ts";
import { findPost } from "../../db/repos/posts.ts";
import { listActiveLeads } from "../../db/repos/staff.ts";
import { findPendingItemForPost } from "../../db/repos/queue.ts";
import { inTransaction } from "../../db/tx.ts";
import { moderate } from "../../moderation/index.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { deleteContactAtClosure, readContact } from "../safeguarding/case-contact.ts";
import { claimCase, handOverCase } from "../safeguarding/case-ownership.ts";
import { segments } from "../safeguarding/highlight.ts";
import { CASE_ACTIONS, ICE_CATEGORIES, OUTCOMES, REFERRALS, THRESHOLD_LEVELS } from "../safeguarding/recording.ts";
import { CAN } from "../staff/roles.ts";
import { textField } from "../text.ts";

export const caseActionSchema = z.object({
  type: z.enum(CASE_ACTIONS, { error: `type must be one of: ${CASE_ACTIONS.join(", ")}.` }),
  note: z.string().max(4000).optional(),
  // Referrals: with the author's consent, or without it only when a child is in immediate danger.
  consent: z.boolean().optional(),
  withoutConsentBecause: z.string().max(2000).optional(),
});
export const caseRecordSchema = z.object({
  thresholdLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()], { error: "thresholdLevel must be 1, 2, 3 or 4." }).optional(),
  iceCategory: z.enum(ICE_CATEGORIES, { error: `iceCategory must be one of: ${ICE_CATEGORIES.join(", ")}.` }).nullable().optional(),
});
export const caseCloseSchema = z.object({
  outcome: z.enum(OUTCOMES, { error: `outcome must be one of: ${OUTCOMES.join(", ")}.` }),
  note: z.string().max(4000).optional(),
});
export const caseMessageSchema = z.object({
  body: textField("The message", 1, 5000),
  askForContact: z.boolean({ error: "askForContact must be true or false." }).optional(),
});
export const caseClaimSchema = z.object({ takeOver: z.boolean().optional(), reason: z.string().max(1000).optional() });
export const caseHandoverSchema = z.object({ to: z.string({ error: "to must be a staff username." }).min(1).max(64), note: z.string().max(2000).optional() });

const ID = /^[0-9a-f-]{36}$/;
const minutesBetween = (a: string | null, b: string | null) => (a && b ? Math.round((Date.parse(b) - Date.parse(a)) / 60_000) : null);

async function loadCase(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const row = ID.test(id) ? await findCase(c.get("db"), id) : undefined;
  if (!row) throw new HttpError(404, "There is no case with that id.");
  return row;
}

function openOnly(row: { status: string }) {
  if (row.status !== "open") throw new HttpError(409, "This case is closed.");
}

export function staffCaseRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/cases", async (c) => {
    requireStaff(c, CAN.handleCases);
    const status = c.req.query("status") ?? "all";
    if (status !== "open" && status !== "closed" && status !== "all") throw new HttpError(400, "status must be open, closed or all.");
    const rows = await listCases(c.get("db"), status);
    return c.json({
      cases: rows.map((r) => ({
        id: r.id, postId: r.post_id, severity: r.severity, categories: JSON.parse(r.categories) as string[],
        status: r.status, openedAt: r.opened_at, space: r.space, firstResponseAt: r.first_response_at,
        closedAt: r.closed_at, outcome: r.outcome, thresholdLevel: r.threshold_level, iceCategory: r.ice_category,
        handledBy: r.handled_by_username, contactState: r.contact_state,
      })),
    });
  });

  app.get("/leads", async (c) => {
    requireStaff(c, CAN.handleCases);
    return c.json({ leads: (await listActiveLeads(c.get("db"))).map((l) => l.username) });
  });

  app.get("/cases/:id", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const row = await loadCase(c);
    const db = c.get("db");
    const post = row.post_id ? await findPost(db, row.post_id) : undefined;
    const [actions, messages, pendingItem] = await Promise.all([
      listCaseActions(db, row.id),
      listMessagesForCase(db, row.id),
      row.post_id ? findPendingItemForPost(db, row.post_id, "post") : undefined,
    ]);
    await staffActionLog(db, c.get("dialect"), staff.username).viewedCase(row.id);
    const firstAction = actions.find((a) => a.username)?.at ?? null;
    return c.json({
      case: {
        id: row.id, postId: row.post_id, severity: row.severity, categories: JSON.parse(row.categories) as string[], status: row.status,
        space: row.space, thresholdLevel: row.threshold_level, iceCategory: row.ice_category, outcome: row.outcome, outcomeNote: row.outcome_note,
        openedAt: row.opened_at, firstResponseAt: row.first_response_at, closedAt: row.closed_at,
        authorReachable: row.identity_id !== null,
        handledBy: row.handled_by_username, handledSince: row.handled_since, handledByMe: row.handled_by === staff.id,
        contactState: row.contact_state,
        queueItemId: pendingItem?.id ?? null,
        // An opening post its author deleted stays as an empty placeholder; the case shows its redacted copy.
        post:
          row.post_copy !== null && (!post || post.body === "")
            ? { body: row.post_copy, status: "deleted_by_author", segments: [{ text: row.post_copy }] }
            : post
              ? { body: post.body, status: post.status, segments: segments(post.body, moderate(post.body).matches) }
              : null,
        timeline: {
          minutesToFirstResponse: minutesBetween(row.opened_at, row.first_response_at ?? firstAction),
          minutesToClosure: minutesBetween(row.opened_at, row.closed_at),
        },
        actions: actions.map((a) => ({ id: a.id, type: a.type, note: a.note, at: a.at, by: a.username ?? "Harbour" })),
        messages: messages.map((m) => ({ id: m.id, body: m.body, at: m.created_at, from: m.staff_id ? (m.username ?? "staff") : "author", asksForContact: m.asks_for_contact === 1 })),
      },
      vocabulary: { actions: CASE_ACTIONS, iceCategories: ICE_CATEGORIES, thresholdLevels: THRESHOLD_LEVELS, outcomes: OUTCOMES },
    });
  });

  app.post("/cases/:id/actions", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const input = await readJson(c, caseActionSchema);
    const row = await loadCase(c);
    openOnly(row);
    if (REFERRALS.has(input.type) && !input.consent) {
      const categories = JSON.parse(row.categories) as string[];
      if (!categories.includes("immediate_danger") || !input.withoutConsentBecause?.trim()) {
        throw new HttpError(400, "A referral needs the author's consent, or, only when a child may be in immediate danger, a recorded reason for going ahead without it.");
      }
    }
    const note = [input.note, input.consent ? "Consent given." : input.withoutConsentBecause ? `Without consent because: ${input.withoutConsentBecause}` : null]
      .filter(Boolean)
      .join(" ") || null;
    await inTransaction(c.get("db"), async (trx) => {
      await addCaseAction(trx, { caseId: row.id, type: input.type, note, staffId: staff.id });
      await staffActionLog(trx, c.get("dialect"), staff.username).recordedCaseAction(row.id, input.type, note);
    });
    return c.json({ ok: true }, 201);
  });

  app.post("/cases/:id/record", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const input = await readJson(c, caseRecordSchema);
    const row = await loadCase(c);
    const patch = {
      ...(input.thresholdLevel !== undefined ? { threshold_level: input.thresholdLevel } : {}),
      ...(input.iceCategory !== undefined ? { ice_category: input.iceCategory } : {}),
    };
    await inTransaction(c.get("db"), async (trx) => {
      await recordCaseDetails(trx, row.id, patch);
      await staffActionLog(trx, c.get("dialect"), staff.username).recordedCaseAction(row.id, "recorded", JSON.stringify(input));
    });
    return c.json({ ok: true });
  });

  app.post("/cases/:id/claim", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const input = await readJson(c, caseClaimSchema);
    const row = await loadCase(c);
    await claimCase(c.get("db"), c.get("dialect"), row, staff, input.takeOver ? { reason: input.reason } : null);
    return c.json({ ok: true, handledBy: staff.username });
  });

  app.post("/cases/:id/handover", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const input = await readJson(c, caseHandoverSchema);
    const row = await loadCase(c);
    await handOverCase(c.get("db"), c.get("dialect"), row, staff, input.to, input.note?.trim() || null);
    return c.json({ ok: true, handledBy: input.to });
  });

  app.post("/cases/:id/messages", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const { body, askForContact } = await readJson(c, caseMessageSchema);
    const row = await loadCase(c);
    openOnly(row);
    if (!row.identity_id) throw new HttpError(409, "The author has deleted their name, so they can't be messaged.");
    // Contact details are for the handling lead alone: asking makes you that lead if nobody is yet.
    if (askForContact) {
      if (row.handled_by !== null && row.handled_by !== staff.id) {
        throw new HttpError(409, `${row.handled_by_username ?? "Another lead"} is handling this case, so only they can ask for contact details.`);
      }
      if (row.contact_state === "shared") throw new HttpError(409, "The author has already shared how to reach them.");
      if (row.handled_by === null) await claimCase(c.get("db"), c.get("dialect"), row, staff, null);
    }
    const identityId = row.identity_id;
    await inTransaction(c.get("db"), async (trx) => {
      await addMessage(trx, { identityId, caseId: row.id, staffId: staff.id, body, asksForContact: askForContact === true });
      await addCaseAction(trx, { caseId: row.id, type: askForContact ? "asked_for_contact" : "messaged_author", note: null, staffId: staff.id });
      const log = staffActionLog(trx, c.get("dialect"), staff.username);
      await log.messagedAuthor(row.id);
      if (askForContact) {
        await setContactState(trx, row.id, "asked");
        await log.askedForContact(row.id);
      }
    });
    return c.json({ ok: true }, 201);
  });

  app.get("/cases/:id/contact", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const contact = await readContact(c.get("db"), c.get("dialect"), c.get("config").contactKey, staff, c.req.param("id"));
    c.header("Cache-Control", "no-store");
    return c.json({ contact });
  });

  app.post("/cases/:id/close", async (c) => {
    const staff = requireStaff(c, CAN.handleCases);
    const input = await readJson(c, caseCloseSchema);
    const row = await loadCase(c);
    openOnly(row);
    await inTransaction(c.get("db"), async (trx) => {
      if (!(await closeCase(trx, row.id, input.outcome, input.note ?? null))) throw new HttpError(409, "This case is closed.");
      await deleteContactAtClosure(trx, row.id);
      await addCaseAction(trx, { caseId: row.id, type: "closed", note: `${input.outcome}${input.note ? `: ${input.note}` : ""}`, staffId: staff.id });
      await staffActionLog(trx, c.get("dialect"), staff.username).closedCase(row.id, input.outcome, input.note ?? null);
    });
    return c.json({ ok: true });
  });

  return app;
}
