import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { AlertChannel, Database, SpaceId } from "../schema.ts";

// ---- each person's own settings

export const findAlertSettings = (db: Kysely<Database>, staffId: string) =>
  db.selectFrom("staff_alert_settings").selectAll().where("staff_id", "=", staffId).executeTakeFirst();

export async function saveAlertSettings(
  db: Kysely<Database>,
  staffId: string,
  s: { email: string | null; severities: number[]; categories: string[] | null; fromHour: number | null; toHour: number | null; browser: boolean },
): Promise<void> {
  const row = {
    email: s.email, severities: JSON.stringify(s.severities), categories: s.categories ? JSON.stringify(s.categories) : null,
    from_hour: s.fromHour, to_hour: s.toHour, browser: s.browser ? 1 : 0, updated_at: nowIso(),
  };
  await db
    .insertInto("staff_alert_settings")
    .values({ staff_id: staffId, ...row })
    .onConflict((oc) => oc.column("staff_id").doUpdateSet(row))
    .execute();
}

/** Active moderators and leads with whatever they chose (null columns: never chose). */
export const listAlertableStaff = (db: Kysely<Database>) =>
  db
    .selectFrom("staff")
    .leftJoin("staff_alert_settings as s", "s.staff_id", "staff.id")
    .select(["staff.id", "staff.username", "staff.role", "s.email", "s.severities", "s.categories", "s.from_hour", "s.to_hour", "s.browser"])
    .where("staff.disabled", "=", 0)
    .where("staff.role", "in", ["moderator", "safeguarding_lead"])
    .orderBy("staff.username")
    .execute();

export type AlertableStaff = Awaited<ReturnType<typeof listAlertableStaff>>[number];

// ---- the rota

export const listRota = (db: Kysely<Database>) =>
  db
    .selectFrom("alert_rota as r")
    .innerJoin("staff", "staff.id", "r.staff_id")
    .leftJoin("staff_alert_settings as s", "s.staff_id", "r.staff_id")
    .select(["r.position", "r.staff_id", "r.days", "r.start_hour", "r.end_hour", "staff.username", "staff.role", "staff.disabled", "s.email", "s.browser"])
    .orderBy("r.position")
    .execute();

export async function replaceRota(db: Kysely<Database>, entries: Array<{ staffId: string; days: number[]; startHour: number; endHour: number }>): Promise<void> {
  await db.deleteFrom("alert_rota").execute();
  if (entries.length === 0) return;
  await db
    .insertInto("alert_rota")
    .values(entries.map((e, i) => ({ position: i + 1, staff_id: e.staffId, days: JSON.stringify(e.days), start_hour: e.startHour, end_hour: e.endHour })))
    .execute();
}

// ---- alerts and their ladders

/** Called in the transaction that stores the item, so the item never exists without its alert. */
export async function raiseAlert(
  db: Kysely<Database>,
  input: { caseId: string | null; queueItemId: string | null; severity: number; space: SpaceId; categories: string[] },
): Promise<string> {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto("alerts")
    .values({
      id, case_id: input.caseId, queue_item_id: input.queueItemId, severity: input.severity, space: input.space,
      categories: JSON.stringify(input.categories), raised_at: at, next_step: 0, next_step_at: at, stopped_at: null, stopped_note: null,
    })
    .execute();
  return id;
}

/** Alerts still waiting for someone, with what has happened to their case and queue item since. */
export const listUnansweredAlerts = (db: Kysely<Database>, raisedAfter: string) =>
  db
    .selectFrom("alerts as a")
    .leftJoin("cases as c", "c.id", "a.case_id")
    .leftJoin("staff as lead", "lead.id", "c.handled_by")
    .leftJoin("queue_items as q", "q.id", "a.queue_item_id")
    .leftJoin("staff as claimer", "claimer.id", "q.claimed_by")
    .leftJoin("staff as decider", "decider.id", "q.decided_by")
    .select([
      "a.id", "a.case_id", "a.queue_item_id", "a.severity", "a.space", "a.categories", "a.raised_at", "a.next_step", "a.next_step_at",
      "c.status as case_status", "c.handled_since", "c.first_response_at", "lead.username as lead_username",
      "q.status as item_status", "q.claimed_at", "q.decided_at", "claimer.username as claimer_username", "claimer.role as claimer_role", "decider.username as decider_username",
    ])
    .where("a.stopped_at", "is", null)
    .where("a.raised_at", ">", raisedAfter)
    .orderBy("a.raised_at")
    .limit(500)
    .execute();

export type UnansweredAlert = Awaited<ReturnType<typeof listUnansweredAlerts>>[number];

export const findAlert = (db: Kysely<Database>, id: string) => db.selectFrom("alerts").selectAll().where("id", "=", id).executeTakeFirst();

/** Moves the ladder on one step, only if no other instance already did: the winner sends that step. */
export async function takeStep(db: Kysely<Database>, id: string, step: number, nextAt: string | null): Promise<boolean> {
  const res = await db
    .updateTable("alerts")
    .set({ next_step: step + 1, next_step_at: nextAt })
    .where("id", "=", id)
    .where("next_step", "=", step)
    .where("stopped_at", "is", null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function stopAlert(db: Kysely<Database>, id: string, note: string): Promise<boolean> {
  const res = await db.updateTable("alerts").set({ stopped_at: nowIso(), stopped_note: note, next_step_at: null }).where("id", "=", id).where("stopped_at", "is", null).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  // Nobody needs paging about an item someone has: unsent alerts for it are dropped.
  await db.updateTable("alert_deliveries").set({ status: "skipped", lease_until: null }).where("alert_id", "=", id).where("status", "=", "pending").execute();
  return true;
}

// ---- the outbox

export async function addDelivery(
  db: Kysely<Database>,
  input: { alertId: string; staffId: string; channel: AlertChannel; address: string | null; step: number },
): Promise<boolean> {
  const at = nowIso();
  const res = await db
    .insertInto("alert_deliveries")
    .values({
      id: newId(), alert_id: input.alertId, staff_id: input.staffId, channel: input.channel, address: input.address, step: input.step,
      status: "pending", attempts: 0, next_attempt_at: at, lease_until: null, last_error: null, created_at: at, sent_at: null,
    })
    .onConflict((oc) => oc.columns(["alert_id", "staff_id", "channel"]).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Email and push deliveries due now, including any whose sender stopped mid-send (lease run out). */
export const listDueSends = (db: Kysely<Database>, now: string) =>
  db
    .selectFrom("alert_deliveries as d")
    .select(["d.id"])
    .where("d.channel", "in", ["email", "push"])
    .where((eb) => eb.or([eb.and([eb("d.status", "=", "pending"), eb("d.next_attempt_at", "<=", now)]), eb.and([eb("d.status", "=", "sending"), eb("d.lease_until", "<", now)])]))
    .orderBy("d.next_attempt_at")
    .limit(50)
    .execute();

/** One instance takes the delivery for `leaseUntil`; false when another instance has it. */
export async function leaseDelivery(db: Kysely<Database>, id: string, now: string, leaseUntil: string): Promise<boolean> {
  const res = await db
    .updateTable("alert_deliveries")
    .set((eb) => ({ status: "sending", lease_until: leaseUntil, attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .where((eb) => eb.or([eb.and([eb("status", "=", "pending"), eb("next_attempt_at", "<=", now)]), eb.and([eb("status", "=", "sending"), eb("lease_until", "<", now)])]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const findDelivery = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom("alert_deliveries as d")
    .innerJoin("alerts as a", "a.id", "d.alert_id")
    .innerJoin("staff", "staff.id", "d.staff_id")
    .select(["d.id", "d.alert_id", "d.staff_id", "d.channel", "d.address", "d.attempts", "d.created_at", "d.status", "a.severity", "a.space", "a.raised_at", "a.case_id", "a.queue_item_id", "a.stopped_at", "staff.username"])
    .where("d.id", "=", id)
    .executeTakeFirst();

export async function markDelivered(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable("alert_deliveries").set({ status: "sent", sent_at: nowIso(), lease_until: null, last_error: null }).where("id", "=", id).execute();
}

export async function markForRetry(db: Kysely<Database>, id: string, nextAt: string, error: string, giveUp: boolean): Promise<void> {
  await db
    .updateTable("alert_deliveries")
    .set({ status: giveUp ? "skipped" : "pending", next_attempt_at: nextAt, lease_until: null, last_error: error })
    .where("id", "=", id)
    .execute();
}

/** Alerts waiting to be shown by this person's open staff tab. */
export const listBrowserAlertsFor = (db: Kysely<Database>, staffId: string, since: string) =>
  db
    .selectFrom("alert_deliveries as d")
    .innerJoin("alerts as a", "a.id", "d.alert_id")
    .select(["d.id", "d.alert_id", "a.severity", "a.space", "a.raised_at"])
    .where("d.staff_id", "=", staffId)
    .where("d.channel", "=", "browser")
    .where("d.status", "=", "pending")
    .where("a.stopped_at", "is", null)
    .where("d.created_at", ">", since)
    .orderBy("d.created_at")
    .limit(20)
    .execute();

export async function markBrowserShown(db: Kysely<Database>, id: string, staffId: string): Promise<boolean> {
  const res = await db
    .updateTable("alert_deliveries")
    .set({ status: "sent", sent_at: nowIso() })
    .where("id", "=", id)
    .where("staff_id", "=", staffId)
    .where("channel", "=", "browser")
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** How email alerts are doing: what is waiting after a failed try, since when, and the last error. */
export async function emailHealth(db: Kysely<Database>) {
  const failing = await db
    .selectFrom("alert_deliveries")
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.min("created_at").as("since")])
    .where("channel", "=", "email")
    .where("status", "in", ["pending", "sending"])
    .where("attempts", ">", 0)
    .where("last_error", "is not", null)
    .executeTakeFirstOrThrow();
  const lastError = await db
    .selectFrom("alert_deliveries")
    .select(["last_error"])
    .where("channel", "=", "email")
    .where("status", "in", ["pending", "sending"])
    .where("last_error", "is not", null)
    .orderBy("next_attempt_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const lastSent = await db
    .selectFrom("alert_deliveries")
    .select((eb) => eb.fn.max("sent_at").as("at"))
    .where("channel", "=", "email")
    .where("status", "=", "sent")
    .executeTakeFirstOrThrow();
  return { failing: Number(failing.n), since: (failing.since as string | null) ?? null, lastError: lastError?.last_error ?? null, lastSentAt: (lastSent.at as string | null) ?? null };
}

// ---- Web Push subscriptions

export async function savePushSubscription(db: Kysely<Database>, input: { staffId: string; endpoint: string; p256dh: string; auth: string }): Promise<void> {
  const row = { staff_id: input.staffId, p256dh: input.p256dh, auth: input.auth, created_at: nowIso() };
  await db.insertInto("staff_push_subscriptions").values({ endpoint: input.endpoint, ...row }).onConflict((oc) => oc.column("endpoint").doUpdateSet(row)).execute();
}

export async function deletePushSubscription(db: Kysely<Database>, endpoint: string, staffId?: string): Promise<boolean> {
  let q = db.deleteFrom("staff_push_subscriptions").where("endpoint", "=", endpoint);
  if (staffId) q = q.where("staff_id", "=", staffId);
  return Number((await q.executeTakeFirst()).numDeletedRows) > 0;
}

export const listPushSubscriptions = (db: Kysely<Database>, staffId: string) =>
  db.selectFrom("staff_push_subscriptions").select(["endpoint", "p256dh", "auth"]).where("staff_id", "=", staffId).execute();

/** Staff with at least one browser subscribed to push. */
export async function staffWithPush(db: Kysely<Database>): Promise<Set<string>> {
  return new Set((await db.selectFrom("staff_push_subscriptions").select("staff_id").distinct().execute()).map((r) => r.staff_id));
}
