import { Hono, type Context } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import { findQueueItem, listPendingQueue, type QueueRow } from "../../db/repos/queue.ts";
import { listReports } from "../../db/repos/reports.ts";
import { moderate, redact } from "../../moderation/index.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireStaff, staffSessionStillValid } from "../middleware/staff-session.ts";
import { segments } from "../safeguarding/highlight.ts";
import { actionsFor, claim, claimHolder, DECISIONS, perform } from "../safeguarding/queue-workflow.ts";
import { targetMinutes } from "../safeguarding/targets.ts";
import { REASON_TEMPLATES } from "../safeguarding/templates.ts";
import { CAN } from "../staff/roles.ts";

export const decisionSchema = z.object({
  action: z.enum(DECISIONS, { error: `action must be one of: ${DECISIONS.join(", ")}.` }),
  reason: z.string({ error: "reason must be text." }).max(2000, "reason can be at most 2,000 characters.").optional(),
  templateId: z.string().max(64).optional(),
});

const ID = /^[0-9a-f-]{36}$/;
const PREVIEW = 240;

interface StoredMatch {
  field: "title" | "body";
  category: string;
  start: number;
  end: number;
}

function summary(item: QueueRow, role: Parameters<typeof actionsFor>[1], now: number) {
  const verdict = moderate(item.body);
  const preview = redact(item.body, verdict);
  const waiting = Math.max(0, Math.round((now - Date.parse(item.created_at)) / 60_000));
  const target = targetMinutes(item.severity);
  return {
    id: item.id,
    postId: item.post_id,
    severity: item.severity,
    categories: JSON.parse(item.categories) as string[],
    createdAt: item.created_at,
    kind: item.kind,
    space: item.space,
    postStatus: item.post_status,
    isThreadStart: item.opening_post_id === item.post_id,
    preview: preview.length > PREVIEW ? `${preview.slice(0, PREVIEW)}…` : preview,
    waitingMinutes: waiting,
    targetMinutes: target,
    overdue: waiting > target,
    claimedBy: claimHolder(item, now) ? item.claimed_by_username : null,
    actions: actionsFor(item, role),
  };
}

async function loadItem(c: Context<AppEnv>): Promise<QueueRow> {
  const id = c.req.param("id") ?? "";
  const item = ID.test(id) ? await findQueueItem(c.get("db"), id) : undefined;
  if (!item) throw new HttpError(404, "There is no queue item with that id.");
  return item;
}

export function staffQueueRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/queue", async (c) => {
    const staff = requireStaff(c, CAN.triageQueue);
    const now = Date.now();
    const rows = await listPendingQueue(c.get("db"));
    return c.json({ items: rows.map((r) => summary(r, staff.role, now)), templates: REASON_TEMPLATES.map(({ id, label }) => ({ id, label })) });
  });

  // Live updates: a new urgent item appears in every open queue without reloading.
  app.get("/queue/events", (c) => {
    const staff = requireStaff(c, CAN.triageQueue);
    return streamSSE(c, async (stream) => {
      const pending: string[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = c.get("events").subscribe((e) => {
        pending.push(JSON.stringify(e));
        wake?.();
      });
      let closing = false;
      const stopOnClosing = c.get("events").onClosing(() => {
        closing = true;
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        stopOnClosing();
        wake?.();
      });
      await stream.writeSSE({ event: "ready", data: "{}" });
      while (!stream.aborted) {
        if (closing) {
          // This instance is restarting: the browser reconnects (to any instance) in a second.
          await stream.writeSSE({ event: "closing", data: "{}", retry: 1000 });
          break;
        }
        const next = pending.shift();
        if (next) {
          await stream.writeSSE({ event: "queue", data: next });
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 20_000);
        });
        wake = null;
        if (pending.length === 0 && !stream.aborted && !closing) {
          // Sign-out, idle timeout or a disabled account closes the stream too.
          if (!(await staffSessionStillValid(c, staff))) break;
          await stream.writeSSE({ event: "ping", data: "{}" });
        }
      }
      unsubscribe();
      stopOnClosing();
    });
  });

  app.get("/queue/:id", async (c) => {
    const staff = requireStaff(c, CAN.triageQueue);
    const item = await loadItem(c);
    const matches = JSON.parse(item.matches) as StoredMatch[];
    const body = item.body;
    const bodyMatches = matches.filter((m) => m.field === "body");
    // Reports were judged on the live post, so their highlights are worked out afresh.
    const shownMatches = item.kind === "report" ? moderate(body).matches : bodyMatches;
    const isOpening = item.opening_post_id === item.post_id;
    await staffActionLog(c.get("db"), c.get("dialect"), staff.username).viewedHeldPost(item.post_id);
    return c.json({
      item: {
        ...summary(item, staff.role, Date.now()),
        title: item.title,
        titleSegments: isOpening ? segments(item.title, matches.filter((m) => m.field === "title")) : null,
        body,
        bodySegments: segments(body, shownMatches),
        reports: item.kind === "report" ? (await listReports(c.get("db"), item.post_id)).map((r) => ({ reason: r.reason, createdAt: r.created_at })) : [],
        status: item.status,
        decision: item.decision,
      },
      templates: REASON_TEMPLATES,
    });
  });

  for (const type of ["claimed", "released"] as const) {
    app.post(`/queue/:id/${type === "claimed" ? "claim" : "release"}`, async (c) => {
      const staff = requireStaff(c, CAN.triageQueue);
      const item = await loadItem(c);
      await claim(c.get("db"), c.get("dialect"), item, staff, type === "released");
      c.get("events").publish({ type, itemId: item.id, severity: item.severity });
      return c.json({ ok: true });
    });
  }

  app.post("/queue/:id/decision", async (c) => {
    const staff = requireStaff(c, CAN.triageQueue);
    const input = await readJson(c, decisionSchema);
    const item = await loadItem(c);
    const result = await perform(c.get("db"), c.get("dialect"), item, staff, { decision: input.action, reason: input.reason, templateId: input.templateId });
    c.get("events").publish({ type: input.action === "escalate" ? "escalated" : "decided", itemId: item.id, severity: result.severity });
    return c.json({ ok: true, postStatus: result.postStatus });
  });

  return app;
}
