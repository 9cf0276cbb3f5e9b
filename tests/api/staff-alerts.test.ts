import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/connect.ts";
import { createApp, type HarbourApp } from "../../server/app.ts";
import { DEFAULT_ALERTS } from "../../server/alerts/config.ts";
import { startAlerts } from "../../server/alerts/start.ts";
import { QueueEvents } from "../../server/events.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testConfig } from "../helpers/server.ts";
import { SmtpInbox } from "../helpers/smtp-inbox.ts";
import { newStaff, type StaffLogin } from "../helpers/staff.ts";
import { until } from "../helpers/until.ts";

const URGENT = "i've swallowed all the tablets from the bathroom cabinet, it's happening now";
const STEP_MS = 1500;
const LINK_ORIGIN = "https://harbour.example";


const put = (c: Client, path: string, body: unknown) => c.send("PUT", path, body);

describe.each(DIALECTS)("staff alerts reach people with no staff page open, on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  let inbox: SmtpInbox;
  let alerts: { stop(): Promise<void> };
  let first: StaffLogin, second: StaffLogin, third: StaffLogin, moderator: StaffLogin, partner: StaffLogin, admin: StaffLogin;
  const mail = (who: StaffLogin) => `${who.username}@staff.example`;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    inbox = await new SmtpInbox().start();
    const events = new QueueEvents();
    const config = testConfig({
      webDir: null,
      alerts: { ...DEFAULT_ALERTS, smtpUrl: inbox.url, urgentStepMs: STEP_MS, escalatedStepMs: STEP_MS, pollMs: 100, retryMs: [300], linkOrigin: LINK_ORIGIN },
    });
    app = createApp({ db: database.db, dialect: database.dialect, config, events });
    alerts = startAlerts(database.db, database.dialect, config, events);
    [first, second, third, moderator, partner, admin] = await Promise.all([
      newStaff(app, database.db, "safeguarding_lead"),
      newStaff(app, database.db, "safeguarding_lead"),
      newStaff(app, database.db, "safeguarding_lead"),
      newStaff(app, database.db, "moderator"),
      newStaff(app, database.db, "partnership_lead"),
      newStaff(app, database.db, "admin"),
    ]);
    for (const lead of [first, second, third]) {
      const res = await put(lead.client, "/api/staff/me/alerts", { email: mail(lead), severities: [3, 4] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ email: mail(lead), severities: [3, 4], emailAvailable: true });
    }
    // On call all day, every day: first, then second. The third lead is on no rota.
    const rota = await put(admin.client, "/api/staff/rota", {
      entries: [first, second].map((l) => ({ username: l.username, days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 0 })),
    });
    expect(rota.status).toBe(200);
  });
  afterAll(async () => {
    await alerts.stop();
    await inbox.stop();
    await database.drop();
  });

  async function urgentPost(body = URGENT) {
    const author = new Client(app);
    const me = await author.post("/api/identities", { space: "young-people" });
    const t = await author.post("/api/spaces/young-people/threads", { title: "help", body });
    expect(t.status).toBe(201);
    expect(t.body.status).toBe("with_safeguarding_team");
    const postId = (await author.get(`/api/threads/${t.body.id}`)).body.thread.posts[0].id as string;
    const found = await until(async () => (await first.client.get("/api/staff/cases?status=open")).body.cases.find((c: { postId: string }) => c.postId === postId));
    expect(found.severity).toBe(4);
    return { author, pseudonym: me.body.pseudonym as string, caseId: found.id as string };
  }

  const alertIdIn = (text: string) => /\/staff\/alerts\/([0-9a-f-]{36})/.exec(text)?.[1];
  const mailsFor = (who: StaffLogin, alertId: string) => inbox.to(mail(who)).filter((m) => alertIdIn(m.text) === alertId);

  it("an urgent post emails the lead on call within seconds, with nothing that identifies the child; nobody answers → the next on the rota → every lead", async () => {
    const before = inbox.mails.length;
    const { pseudonym, caseId } = await urgentPost();
    const firstMail = await until(() => inbox.mails.slice(before).find((m) => m.to.includes(mail(first))));
    const alertId = alertIdIn(firstMail.text)!;
    expect(alertId).toBeDefined();
    expect(firstMail.text).toContain("Subject: Harbour: an urgent item is waiting");
    expect(firstMail.text).toContain("severity 4");
    expect(firstMail.text).toContain("young people's space");
    expect(firstMail.text).toContain(`${LINK_ORIGIN}/staff/alerts/${alertId}`);
    // No words of the post, no pseudonym, no category.
    for (const word of ["swallowed", "tablets", "cabinet", "happening", "help"]) expect(firstMail.text.toLowerCase()).not.toContain(word);
    expect(firstMail.text).not.toContain(pseudonym);
    for (const category of ["immediate_danger", "immediate danger", "self_harm", "self-harm", "overdose"]) expect(firstMail.text.toLowerCase()).not.toContain(category);
    // At first only the first on call hears.
    expect(mailsFor(second, alertId)).toHaveLength(0);
    expect(mailsFor(third, alertId)).toHaveLength(0);

    await until(() => mailsFor(second, alertId).length > 0);
    expect(mailsFor(third, alertId)).toHaveLength(0);
    await until(() => mailsFor(third, alertId).length > 0);
    // Each person is emailed once for one alert, whichever rung reached them.
    await new Promise((r) => setTimeout(r, STEP_MS));
    for (const lead of [first, second, third]) expect(mailsFor(lead, alertId)).toHaveLength(1);

    // The case's timeline and the audit log explain the minutes to first response.
    const timeline = (await first.client.get(`/api/staff/cases/${caseId}`)).body.case.actions as Array<{ type: string; note: string }>;
    const steps = timeline.filter((a) => a.type === "alert_sent").map((a) => a.note);
    expect(steps[0]).toContain(`first on call: ${first.username} (email and staff page)`);
    expect(steps[1]).toContain(`next on call: ${second.username}`);
    expect(steps[2]).toContain("every safeguarding lead");
    expect(timeline.filter((a) => a.type === "alert_delivered")).toHaveLength(3);
    const audit = (await first.client.get("/api/staff/audit")).body.entries as Array<{ action: string; target: string; actor: string }>;
    expect(audit.filter((e) => e.target === `case:${caseId}` && e.action === "alert.step")).toHaveLength(3);
    expect(audit.filter((e) => e.target === `case:${caseId}` && e.action === "alert.email_sent")).toHaveLength(3);
    // Nobody has taken it yet, so nothing counts as a first response.
    expect((await first.client.get(`/api/staff/cases/${caseId}`)).body.case.firstResponseAt).toBeNull();
  });

  it("a lead who says they're on it takes the case and stops the ladder", async () => {
    const before = inbox.mails.length;
    const { caseId } = await urgentPost();
    const alertId = alertIdIn((await until(() => inbox.mails.slice(before).find((m) => m.to.includes(mail(first))))).text)!;
    const seen = await first.client.get(`/api/staff/alerts/${alertId}`);
    expect(seen.body).toMatchObject({ severity: 4, space: "young-people", caseId, answered: false });
    expect((await moderator.client.post(`/api/staff/alerts/${alertId}/acknowledge`)).status).toBe(403);
    const ack = await first.client.post(`/api/staff/alerts/${alertId}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ caseId, handledBy: first.username });
    await until(async () => (await first.client.get(`/api/staff/alerts/${alertId}`)).body.answered);
    await new Promise((r) => setTimeout(r, STEP_MS * 2));
    expect(mailsFor(second, alertId)).toHaveLength(0);
    expect(mailsFor(third, alertId)).toHaveLength(0);
    const c = (await first.client.get(`/api/staff/cases/${caseId}`)).body;
    expect(c.case.handledBy).toBe(first.username);
    expect(c.case.actions.find((a: { type: string }) => a.type === "alert_answered").note).toContain(`${first.username} took the case`);
    const audit = (await first.client.get("/api/staff/audit")).body.entries as Array<{ action: string; target: string; actor: string }>;
    expect(audit.find((e) => e.action === "alert.answered" && e.target === `case:${caseId}`)?.actor).toBe(first.username);
  });

  it("claiming the case from the case page stops the ladder too", async () => {
    const before = inbox.mails.length;
    const { caseId } = await urgentPost();
    const alertId = alertIdIn((await until(() => inbox.mails.slice(before).find((m) => m.to.includes(mail(first))))).text)!;
    expect((await second.client.post(`/api/staff/cases/${caseId}/claim`, {})).status).toBe(200);
    await until(async () => (await first.client.get(`/api/staff/alerts/${alertId}`)).body.answered);
    await new Promise((r) => setTimeout(r, STEP_MS * 2));
    expect(mailsFor(third, alertId)).toHaveLength(0);
  });

  it("with the mail server down the post still lands at once, staff pages say alerts are failing, and the email goes out when it is back", async () => {
    await inbox.stop();
    const { author, caseId } = await urgentPost();
    expect((await author.get("/api/me/posts")).body.posts[0].status).toBe("with_safeguarding_team");
    const status = await until(async () => {
      const s = (await moderator.client.get("/api/staff/alerts/status")).body;
      return s.email.failing > 0 && s;
    });
    expect(status.email.problem).toBe("the mail server did not answer");
    expect((await partner.client.get("/api/staff/alerts/status")).status).toBe(200);
    const timeline = (await first.client.get(`/api/staff/cases/${caseId}`)).body.case.actions as Array<{ type: string; note: string }>;
    expect(timeline.find((a) => a.type === "alert_failed")?.note).toContain("Harbour keeps trying");

    const before = inbox.mails.length;
    await inbox.start();
    await until(() => inbox.mails.slice(before).some((m) => m.to.includes(mail(first))));
    await until(async () => (await moderator.client.get("/api/staff/alerts/status")).body.email.failing === 0);
    await first.client.post(`/api/staff/cases/${caseId}/claim`, {});
  });

  it("several instances send each alert once", async () => {
    // On PostgreSQL, instances each with their own connections; SQLite is one process per
    // database, so there the extra senders share it (two connections in one process would
    // only block each other).
    const other = dialect === "postgres" ? connect(database.url) : { db: database.db, dialect };
    const config = testConfig({ alerts: { ...DEFAULT_ALERTS, smtpUrl: inbox.url, urgentStepMs: 60_000, escalatedStepMs: 60_000, pollMs: 20, retryMs: [300], linkOrigin: LINK_ORIGIN } });
    const extra = [startAlerts(other.db, other.dialect, config, new QueueEvents()), startAlerts(other.db, other.dialect, config, new QueueEvents())];
    try {
      const before = inbox.mails.length;
      const { caseId } = await urgentPost();
      const m = await until(() => inbox.mails.slice(before).find((x) => x.to.includes(mail(first))));
      await new Promise((r) => setTimeout(r, 1000));
      expect(mailsFor(first, alertIdIn(m.text)!)).toHaveLength(1);
      await first.client.post(`/api/staff/cases/${caseId}/claim`, {});
    } finally {
      for (const e of extra) await e.stop();
      if (other.db !== database.db) await other.db.destroy();
    }
  });

  it("an open staff tab is given the alert to show as a notification, once", async () => {
    // Earlier alerts are answered first, so only this test's alert waits.
    for (const c of (await first.client.get("/api/staff/cases?status=open")).body.cases) await first.client.post(`/api/staff/cases/${c.id}/claim`, {});
    await until(async () => (await first.client.get("/api/staff/me/alerts/waiting")).body.alerts.length === 0);
    await urgentPost();
    const waiting = await until(async () => {
      const w = (await first.client.get("/api/staff/me/alerts/waiting")).body.alerts;
      return w.length > 0 && w;
    });
    expect(waiting[0]).toMatchObject({ severity: 4, space: "young-people", title: "Harbour: an urgent item is waiting" });
    expect(JSON.stringify(waiting)).not.toMatch(/tablet|cabinet|immediate/i);
    for (const w of waiting) expect((await first.client.post(`/api/staff/me/alerts/waiting/${w.id}/shown`)).status).toBe(200);
    expect((await first.client.get("/api/staff/me/alerts/waiting")).body.alerts).toHaveLength(0);
    expect((await second.client.post(`/api/staff/me/alerts/waiting/${waiting[0].id}/shown`)).status).toBe(404);
  });

  it("a moderator who asks for severity-2 alerts gets them; people who did not ask do not", async () => {
    expect((await put(moderator.client, "/api/staff/me/alerts", { email: mail(moderator), severities: [2] })).status).toBe(200);
    const author = new Client(app);
    await author.post("/api/identities", { space: "young-people" });
    const before = inbox.mails.length;
    const t = await author.post("/api/spaces/young-people/threads", { title: "boys at school", body: "the boys in my class keep calling me fat and ugly every single day" });
    expect(t.body.status).toBe("waiting_for_moderator");
    const m = await until(() => inbox.mails.slice(before).find((x) => x.to.includes(mail(moderator))));
    expect(m.text).toContain("Subject: Harbour: a post is waiting for a moderator");
    expect(m.text).not.toMatch(/fat|ugly|class|bullying/i);
    await new Promise((r) => setTimeout(r, 500));
    expect(inbox.mails.slice(before).filter((x) => x.text.includes("waiting for a moderator") && !x.to.includes(mail(moderator)))).toHaveLength(0);
  });

  it("refuses bad settings with a clear 4xx and keeps what was saved", async () => {
    const bad = [
      { email: "not an email", severities: [3, 4] },
      { email: mail(first), severities: [5] },
      { email: mail(first), severities: "all" },
      { email: mail(first), severities: [4], hours: { from: 8, to: 25 } },
      { email: mail(first), severities: [4], categories: ["made_up"] },
      { email: mail(first), severities: [4], extra: true },
    ];
    for (const body of bad) {
      const res = await put(first.client, "/api/staff/me/alerts", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatch(/\w/);
    }
    const malformed = await first.client.send("PUT", "/api/staff/me/alerts", undefined, { raw: "{nope", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect((await first.client.get("/api/staff/me/alerts")).body).toMatchObject({ email: mail(first), severities: [3, 4] });
    expect((await put(partner.client, "/api/staff/me/alerts", { email: "p@example.org", severities: [4] })).status).toBe(403);
    expect((await put(new Client(app), "/api/staff/me/alerts", { email: "p@example.org", severities: [4] })).status).toBe(401);
    expect((await put(moderator.client, "/api/staff/rota", { entries: [] })).status).toBe(403);
    const notLead = await put(admin.client, "/api/staff/rota", { entries: [{ username: moderator.username, days: [1], startHour: 8, endHour: 18 }] });
    expect(notLead.status).toBe(400);
    expect(notLead.body.error).toContain("only leads can be on call");
    expect((await admin.client.get("/api/staff/rota")).body.entries.map((e: { username: string }) => e.username)).toEqual([first.username, second.username]);
    expect((await first.client.get("/api/staff/alerts/00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await first.client.get("/api/staff/alerts/nope")).status).toBe(404);
    const audit = (await first.client.get("/api/staff/audit")).body.entries as Array<{ action: string; actor: string }>;
    expect(audit.some((e) => e.action === "alerts.settings_changed" && e.actor === first.username)).toBe(true);
    expect(audit.some((e) => e.action === "alerts.rota_changed" && e.actor === admin.username)).toBe(true);
  });
});
