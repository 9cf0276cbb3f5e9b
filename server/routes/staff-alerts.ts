import { Hono, type Context } from "hono";
import { z } from "zod";
import {
  deletePushSubscription, emailHealth, findAlert, findAlertSettings, listBrowserAlertsFor, listPushSubscriptions, listRota, markBrowserShown, replaceRota,
  saveAlertSettings, savePushSubscription, stopAlert,
} from "../../db/repos/alerts.ts";
import { findCase } from "../../db/repos/cases.ts";
import { findStaffByUsername, listActiveLeads } from "../../db/repos/staff.ts";
import { inTransaction } from "../../db/tx.ts";
import { settingsFromRow } from "../alerts/ladder.ts";
import { alertWords } from "../alerts/message.ts";
import { alertSettingsSchema, type AlertSettings } from "../alerts/settings.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { claimCase } from "../safeguarding/case-ownership.ts";
import { ALL_ROLES, CAN } from "../staff/roles.ts";

const ID = /^[0-9a-f-]{36}$/;
const hour = z.number({ error: "startHour and endHour must be whole hours from 0 to 24." }).int().min(0).max(24);
export const rotaSchema = z
  .object({
    entries: z
      .array(
        z
          .object({
            username: z.string({ error: "username must be a safeguarding lead's username." }).min(1).max(64),
            days: z.array(z.number().int().min(0).max(6), { error: "days must be a list of 0 (Sunday) to 6 (Saturday)." }).min(1).max(7),
            startHour: hour,
            endHour: hour,
          })
          .strict(),
        { error: "entries must be a list of {username, days, startHour, endHour}." },
      )
      .max(100),
  })
  .strict();

const base64url = (name: string, max: number) => z.string({ error: `${name} must be base64url text.` }).regex(/^[A-Za-z0-9_-]+=*$/, `${name} must be base64url text.`).max(max);
export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/, error: "endpoint must be the push service's https:// address." }).max(1000),
  keys: z.object({ p256dh: base64url("keys.p256dh", 200), auth: base64url("keys.auth", 100) }, { error: "keys must be {p256dh, auth} from the browser's subscription." }),
  expirationTime: z.number().nullable().optional(),
});
export const pushRemoveSchema = z.object({ endpoint: z.string({ error: "endpoint must be the subscription's address." }).max(1000) }).strict();

function describe(s: AlertSettings): string {
  const hours = s.hours ? `${s.hours.from}:00 to ${s.hours.to}:00` : "any time";
  return `email ${s.email ? "on" : "off"}; severities ${s.severities.join(", ") || "none"}; ${s.categories ? `categories ${s.categories.join(", ")}` : "all categories"}; ${hours}; staff page ${s.browser ? "on" : "off"}`;
}

/** The settings as the page shows them, with what this Harbour can send. */
const withContext = (c: Context<AppEnv>, s: AlertSettings) => ({ ...s, emailAvailable: c.get("config").alerts.smtpUrl !== null, timeZone: c.get("config").staffedHours.timeZone });

async function mySettings(c: Context<AppEnv>, staffId: string, role: string): Promise<AlertSettings> {
  return settingsFromRow(role, await findAlertSettings(c.get("db"), staffId));
}

async function loadAlert(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const row = ID.test(id) ? await findAlert(c.get("db"), id) : undefined;
  if (!row) throw new HttpError(404, "There is no alert with that id.");
  return row;
}

export function staffAlertRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/me/alerts", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    return c.json(withContext(c, await mySettings(c, staff.id, staff.role)));
  });

  app.put("/me/alerts", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const input = await readJson(c, alertSettingsSchema);
    const current = await mySettings(c, staff.id, staff.role);
    const next: AlertSettings = {
      email: input.email,
      severities: input.severities,
      categories: input.categories === undefined ? current.categories : input.categories,
      hours: input.hours === undefined ? current.hours : input.hours && input.hours.from === input.hours.to ? null : input.hours,
      browser: input.browser ?? current.browser,
    };
    const db = c.get("db");
    await inTransaction(db, async (trx) => {
      await saveAlertSettings(trx, staff.id, { ...next, fromHour: next.hours?.from ?? null, toHour: next.hours?.to ?? null });
      await staffActionLog(trx, c.get("dialect"), staff.username).changedAlertSettings(describe(next));
    });
    return c.json(withContext(c, next));
  });

  // Web Push: alerts reach a browser even with no Harbour tab open, where a push service is reachable.
  app.get("/me/push", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const vapid = c.get("config").alerts.vapid;
    const subscribed = vapid ? (await listPushSubscriptions(c.get("db"), staff.id)).length : 0;
    return c.json({ available: vapid !== null, publicKey: vapid?.publicKey ?? null, subscribed });
  });

  app.post("/me/push", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    if (!c.get("config").alerts.vapid) throw new HttpError(409, "Push notifications are not set up on this Harbour (no VAPID keys configured).");
    const sub = await readJson(c, pushSubscriptionSchema);
    await inTransaction(c.get("db"), async (trx) => {
      await savePushSubscription(trx, { staffId: staff.id, endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth });
      await staffActionLog(trx, c.get("dialect"), staff.username).changedAlertSettings("push notifications on for a browser");
    });
    return c.json({ ok: true }, 201);
  });

  app.post("/me/push/remove", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const { endpoint } = await readJson(c, pushRemoveSchema);
    await inTransaction(c.get("db"), async (trx) => {
      if (!(await deletePushSubscription(trx, endpoint, staff.id))) throw new HttpError(404, "This browser is not subscribed to push notifications.");
      await staffActionLog(trx, c.get("dialect"), staff.username).changedAlertSettings("push notifications off for a browser");
    });
    return c.json({ ok: true });
  });

  // What an open staff tab should show as a notification (the Notifications API).
  app.get("/me/alerts/waiting", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const rows = await listBrowserAlertsFor(c.get("db"), staff.id, new Date(Date.now() - 24 * 60 * 60_000).toISOString());
    return c.json({ alerts: rows.map((r) => ({ id: r.id, alertId: r.alert_id, severity: r.severity, space: r.space, raisedAt: r.raised_at, ...alertWords(r.severity, r.space) })) });
  });

  app.post("/me/alerts/waiting/:id/shown", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const id = c.req.param("id");
    if (!ID.test(id) || !(await markBrowserShown(c.get("db"), id, staff.id))) throw new HttpError(404, "There is no waiting alert with that id for you.");
    return c.json({ ok: true });
  });

  // Whether alerts are getting out; every staff page shows a warning when they are not.
  app.get("/alerts/status", async (c) => {
    requireStaff(c, ALL_ROLES);
    const configured = c.get("config").alerts.smtpUrl !== null;
    const health = configured ? await emailHealth(c.get("db")) : { failing: 0, since: null, lastError: null, lastSentAt: null };
    return c.json({ email: { configured, failing: health.failing, failingSince: health.since, problem: health.lastError, lastSentAt: health.lastSentAt } });
  });

  app.get("/alerts/:id", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const a = await loadAlert(c);
    return c.json({
      id: a.id, severity: a.severity, space: a.space, raisedAt: a.raised_at, answered: a.stopped_at !== null, answeredNote: a.stopped_note,
      caseId: staff.role === "safeguarding_lead" ? a.case_id : null, queueItemId: a.queue_item_id, ...alertWords(a.severity, a.space),
    });
  });

  // "I'm on it": a lead takes the case (which stops the ladder); a moderator answers a post's alert.
  app.post("/alerts/:id/acknowledge", async (c) => {
    const staff = requireStaff(c, CAN.receiveAlerts);
    const a = await loadAlert(c);
    const db = c.get("db");
    if (a.case_id) {
      if (staff.role !== "safeguarding_lead") throw new HttpError(403, "Only a safeguarding lead can take on an urgent or escalated item.");
      const row = await findCase(db, a.case_id);
      if (!row) throw new HttpError(404, "That case no longer exists.");
      if (row.status === "open" && row.handled_by === null) await claimCase(db, c.get("dialect"), row, staff, null);
      return c.json({ ok: true, caseId: a.case_id, handledBy: row.handled_by === null ? staff.username : row.handled_by_username });
    }
    await inTransaction(db, async (trx) => {
      const note = `${staff.username} said they're on it.`;
      if (await stopAlert(trx, a.id, note)) await staffActionLog(trx, c.get("dialect"), staff.username).acknowledgedAlert(a.id);
    });
    return c.json({ ok: true, queueItemId: a.queue_item_id });
  });

  app.get("/rota", async (c) => {
    requireStaff(c, CAN.manageRota);
    const rows = await listRota(c.get("db"));
    return c.json({
      timeZone: c.get("config").staffedHours.timeZone,
      leads: (await listActiveLeads(c.get("db"))).map((l) => l.username),
      entries: rows.map((r) => ({
        position: r.position, username: r.username, days: JSON.parse(r.days) as number[], startHour: r.start_hour, endHour: r.end_hour,
        active: r.disabled === 0 && r.role === "safeguarding_lead",
        hasEmail: Boolean(r.email), staffPage: r.browser !== 0,
      })),
    });
  });

  app.put("/rota", async (c) => {
    const staff = requireStaff(c, CAN.manageRota);
    const { entries } = await readJson(c, rotaSchema);
    const db = c.get("db");
    const resolved: Array<{ staffId: string; days: number[]; startHour: number; endHour: number }> = [];
    for (const e of entries) {
      const person = await findStaffByUsername(db, e.username);
      if (!person || person.disabled || person.role !== "safeguarding_lead") throw new HttpError(400, `${e.username} is not an active safeguarding lead: only leads can be on call.`);
      resolved.push({ staffId: person.id, days: [...new Set(e.days)].sort(), startHour: e.startHour, endHour: e.endHour });
    }
    await inTransaction(db, async (trx) => {
      await replaceRota(trx, resolved);
      const words = entries.map((e) => `${e.username} ${e.days.join("")} ${e.startHour}-${e.endHour}`).join("; ");
      await staffActionLog(trx, c.get("dialect"), staff.username).changedRota(words || "emptied");
    });
    return c.json({ ok: true, entries: entries.length });
  });

  return app;
}
