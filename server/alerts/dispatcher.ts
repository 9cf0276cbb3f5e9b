import type { Kysely } from "kysely";
import type { Dialect } from "../../db/connect.ts";
import {
  addDelivery, deletePushSubscription, findDelivery, leaseDelivery, listAlertableStaff, listDueSends, listPushSubscriptions, listRota,
  listUnansweredAlerts, markDelivered, markForRetry, staffWithPush, stopAlert, takeStep, type UnansweredAlert,
} from "../../db/repos/alerts.ts";
import { appendAudit } from "../../db/repos/audit.ts";
import { addCaseAction } from "../../db/repos/cases.ts";
import type { Database } from "../../db/schema.ts";
import { inTransaction } from "../../db/tx.ts";
import type { AlertConfig } from "./config.ts";
import { ladderStep, settingsFromRow, type Person } from "./ladder.ts";
import type { Mailer } from "./mailer.ts";
import { sendFailureWords } from "./mailer.ts";
import { alertEmail, alertWords } from "./message.ts";
import { pushFailureWords, type PushSender } from "./push.ts";
import { log } from "../log.ts";
import { claimHolder } from "../safeguarding/queue-workflow.ts";

const SYSTEM = "harbour";
const LEASE_MS = 60_000;
const GIVE_UP_MS = 24 * 60 * 60_000;
const LOOK_BACK_MS = 7 * 24 * 60 * 60_000;

const minutesSince = (from: string, to: number) => Math.max(0, Math.round((to - Date.parse(from)) / 60_000));

/**
 * Pages staff from the database, on every instance at once: each ladder step and each email is
 * taken by one instance with a conditional update, so an alert goes out once however many
 * instances run. Everything runs after the post's transaction committed, so a mail server that
 * is down or slow never delays or loses a post; it only leaves emails waiting to be retried.
 */
export class AlertDispatcher {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly config: AlertConfig,
    private readonly timeZone: string,
    private readonly mailer: Mailer | null,
    private readonly push: PushSender | null = null,
  ) {}

  start(): this {
    this.timer = setInterval(() => this.kick(), this.config.pollMs);
    this.timer.unref?.();
    this.kick();
    return this;
  }

  /** Something may need paging now (a post was just queued): run soon rather than at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.tick()
      .catch((err: unknown) => log.warn({ err: String(err) }, "alerts: pass failed; trying again at the next one"))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.mailer?.close();
  }

  /** One pass: stop ladders someone answered, take the steps that are due, send the emails that are due. */
  async tick(): Promise<void> {
    const now = Date.now();
    const alerts = await listUnansweredAlerts(this.db, new Date(now - LOOK_BACK_MS).toISOString());
    let people: Person[] | null = null;
    let rota: Awaited<ReturnType<typeof listRota>> | null = null;
    let pushable: Set<string> | null = null;
    for (const a of alerts) {
      const answer = answered(a, now);
      if (answer) {
        await this.stopLadder(a, answer);
        continue;
      }
      if (a.next_step_at === null || Date.parse(a.next_step_at) > now) continue;
      people ??= (await listAlertableStaff(this.db)).map((s) => ({ id: s.id, username: s.username, role: s.role, settings: settingsFromRow(s.role, s) }));
      rota ??= await listRota(this.db);
      pushable ??= this.push ? await staffWithPush(this.db) : new Set<string>();
      await this.takeLadderStep(a, people, rota, pushable, now);
    }
    if (this.mailer || this.push) await this.sendDue();
  }

  private async stopLadder(a: UnansweredAlert, answer: { by: string | null; what: string }): Promise<void> {
    const note = `${answer.what} ${minutesSince(a.raised_at, Date.now())} min after the alert; the on-call ladder stopped.`;
    await inTransaction(this.db, async (trx) => {
      if (!(await stopAlert(trx, a.id, note))) return;
      if (a.case_id) await addCaseAction(trx, { caseId: a.case_id, type: "alert_answered", note, staffId: null });
      await appendAudit(trx, this.dialect, { actor: answer.by ?? SYSTEM, action: "alert.answered", target: target(a), reason: note });
    });
  }

  private async takeLadderStep(a: UnansweredAlert, staff: Person[], rota: Awaited<ReturnType<typeof listRota>>, pushable: Set<string>, now: number): Promise<void> {
    const step = ladderStep({
      severity: a.severity, categories: JSON.parse(a.categories) as string[], step: a.next_step, staff,
      rota: rota.filter((r) => r.disabled === 0).map((r) => ({ staffId: r.staff_id, days: JSON.parse(r.days) as number[], startHour: r.start_hour, endHour: r.end_hour })),
      now: new Date(now), timeZone: this.timeZone,
    });
    const reachable = step.people.filter((p) => (p.settings.email && this.mailer) || p.settings.browser);
    // A rung with nobody who can be reached is skipped at once, not waited out.
    const wait = reachable.length === 0 ? 0 : a.severity >= 4 ? this.config.urgentStepMs : this.config.escalatedStepMs;
    const nextAt = step.more ? new Date(now + wait).toISOString() : null;
    await inTransaction(this.db, async (trx) => {
      if (!(await takeStep(trx, a.id, a.next_step, nextAt))) return;
      const said: string[] = [];
      for (const p of step.people) {
        const ways: string[] = [];
        let already = false;
        const wanted = { email: Boolean(p.settings.email && this.mailer), browser: p.settings.browser, push: Boolean(this.push && p.settings.browser && pushable.has(p.id)) };
        for (const channel of ["email", "browser", "push"] as const) {
          if (!wanted[channel]) continue;
          const address = channel === "email" ? p.settings.email : null;
          if (await addDelivery(trx, { alertId: a.id, staffId: p.id, channel, address, step: a.next_step })) ways.push(CHANNEL_WORDS[channel]);
          else already = true;
        }
        said.push(`${p.username} (${ways.length ? ways.join(" and ") : already ? "already alerted" : "no way to reach them: no alert email set and staff-page alerts off"})`);
      }
      if (step.people.length === 0 && !step.label) return;
      const note = step.people.length ? `Alerted ${step.label}: ${said.join(", ")}.` : `Nobody to alert as ${step.label}; moving on.`;
      if (a.case_id) await addCaseAction(trx, { caseId: a.case_id, type: "alert_sent", note, staffId: null });
      await appendAudit(trx, this.dialect, { actor: SYSTEM, action: "alert.step", target: target(a), reason: `step ${a.next_step + 1}: ${note}` });
    });
    if (reachable.length === 0 && step.more) this.again = true;
  }

  private async sendDue(): Promise<void> {
    for (const { id } of await listDueSends(this.db, new Date().toISOString())) {
      const now = Date.now();
      if (!(await leaseDelivery(this.db, id, new Date(now).toISOString(), new Date(now + LEASE_MS).toISOString()))) continue;
      const d = await findDelivery(this.db, id);
      if (!d) continue;
      const link = `${this.config.linkOrigin}/staff/alerts/${d.alert_id}`;
      let reached: boolean;
      try {
        reached = d.channel === "email" ? await this.sendEmail(d, link) : await this.sendPush(d, link);
      } catch (err) {
        await this.failed(d, err);
        continue;
      }
      const what = d.channel === "email" ? `Alert email to ${d.username} accepted by the mail server` : `Push notification to ${d.username}'s browser accepted by the push service`;
      const note = reached
        ? `${what}${d.attempts > 1 ? ` after ${d.attempts} tries` : ""}, ${Math.round((Date.now() - Date.parse(d.raised_at)) / 1000)} s after the alert.`
        : `${d.username} has no browser subscribed to push any more; nothing sent.`;
      await inTransaction(this.db, async (trx) => {
        if (reached) await markDelivered(trx, d.id);
        else await markForRetry(trx, d.id, new Date().toISOString(), "no browser subscribed", true);
        if (d.case_id && reached) await addCaseAction(trx, { caseId: d.case_id, type: "alert_delivered", note, staffId: null });
        await appendAudit(trx, this.dialect, { actor: SYSTEM, action: `alert.${d.channel}_sent`, target: target(d), reason: note });
      });
    }
  }

  private async sendEmail(d: Delivery, link: string): Promise<boolean> {
    if (!this.mailer || !d.address) return false;
    await this.mailer.send({ to: d.address, ...alertEmail({ severity: d.severity, space: d.space, link, raisedAt: d.raised_at, timeZone: this.timeZone }) });
    return true;
  }

  /** To every browser the person subscribed; true when at least one push service took it. */
  private async sendPush(d: Delivery, link: string): Promise<boolean> {
    if (!this.push) return false;
    const words = alertWords(d.severity, d.space);
    const payload = JSON.stringify({ title: words.title, body: `${words.body} Sign in to Harbour to see it.`, url: link, tag: d.alert_id, urgent: d.severity >= 4 });
    let reached = false;
    let failure: unknown = null;
    for (const target of await listPushSubscriptions(this.db, d.staff_id)) {
      try {
        if ((await this.push.send(target, payload)).gone) await deletePushSubscription(this.db, target.endpoint);
        else reached = true;
      } catch (err) {
        failure = err;
      }
    }
    if (!reached && failure) throw failure;
    return reached;
  }

  private async failed(d: Delivery, err: unknown): Promise<void> {
    const why = d.channel === "email" ? sendFailureWords(err) : pushFailureWords(err);
    const what = d.channel === "email" ? `Alert email to ${d.username}` : `Push notification to ${d.username}`;
    const retry = this.config.retryMs[Math.min(d.attempts - 1, this.config.retryMs.length - 1)]!;
    const giveUp = Date.now() - Date.parse(d.created_at) > GIVE_UP_MS;
    log.warn({ err: String(err), delivery: d.id, channel: d.channel, attempts: d.attempts }, "alerts: not sent");
    await inTransaction(this.db, async (trx) => {
      await markForRetry(trx, d.id, new Date(Date.now() + retry).toISOString(), why, giveUp);
      // The first failure and the last are recorded; every retry in between would bury the timeline.
      if (d.attempts !== 1 && !giveUp) return;
      const note = giveUp ? `${what} not sent after a day of trying: ${why}.` : `${what} not sent yet: ${why}. Harbour keeps trying.`;
      if (d.case_id) await addCaseAction(trx, { caseId: d.case_id, type: "alert_failed", note, staffId: null });
      await appendAudit(trx, this.dialect, { actor: SYSTEM, action: `alert.${d.channel}_failed`, target: target(d), reason: note });
    });
  }
}

type Delivery = NonNullable<Awaited<ReturnType<typeof findDelivery>>>;
const target = (a: Pick<UnansweredAlert, "case_id" | "queue_item_id">) => (a.case_id ? `case:${a.case_id}` : `queue:${a.queue_item_id}`);
const CHANNEL_WORDS = { email: "email", browser: "staff page", push: "push" } as const;

/** Has anyone taken this item on? For urgent and escalated items only a lead's answer counts. */
export function answered(a: UnansweredAlert, now: number): { by: string | null; what: string } | null {
  if (a.case_id) {
    if (a.case_status === "closed") return { by: null, what: "The case was closed" };
    if (a.lead_username) return { by: a.lead_username, what: `${a.lead_username} took the case` };
    if (a.first_response_at) return { by: null, what: "Staff responded on the case" };
  }
  if (a.queue_item_id) {
    if (a.item_status === "decided" && (a.severity < 3 || !a.case_id)) return { by: a.decider_username, what: `${a.decider_username ?? "Someone"} decided the item` };
    const claimer = claimHolder({ claimed_by: a.claimer_username, claimed_at: a.claimed_at }, now);
    if (claimer && (a.severity < 3 || a.claimer_role === "safeguarding_lead")) return { by: claimer, what: `${claimer} claimed the item` };
  }
  return null;
}
