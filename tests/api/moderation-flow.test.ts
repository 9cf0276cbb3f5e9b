import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarbourApp } from "../../server/app.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";
import { newStaff, type StaffLogin } from "../helpers/staff.ts";

const PHONE = "My mate gave me her number, text me on 07700 900123 if you want to chat";
const SELF_HARM = "i've started cutting myself again and i don't know how to stop";
const URGENT = "i've taken all the pills in the cupboard and i want to die tonight";
const SWEARY = "this is so shit, my phone died again";
const HARMLESS = "I laughed so hard I nearly died at the talent show";

describe.each(DIALECTS)("every post goes through the engine, on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  let moderator: StaffLogin;
  let lead: StaffLogin;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
    moderator = await newStaff(app, database.db, "moderator");
    lead = await newStaff(app, database.db, "safeguarding_lead");
  });
  afterAll(async () => database.drop());

  async function person(space: "young-people" | "parents" = "young-people") {
    const client = new Client(app);
    const res = await client.post("/api/identities", { space });
    return { client, pseudonym: res.body.pseudonym as string };
  }

  async function thread(author: Client, body: string, title = "Can anyone help") {
    const res = await author.post("/api/spaces/young-people/threads", { title, body });
    expect(res.status).toBe(201);
    return res.body as { id: string; status: string; reason: string | null; help: { urgent: boolean; services: { id: string }[] } | null };
  }

  async function queueItemFor(postId: string, by: Client = moderator.client) {
    const q = await by.get("/api/staff/queue");
    return (q.body.items as { id: string; postId: string; severity: number; categories: string[]; actions: string[] }[]).find((i) => i.postId === postId);
  }

  async function openingPostId(author: Client, threadId: string) {
    return (await author.get(`/api/threads/${threadId}`)).body.thread.posts[0].id as string;
  }

  it("publishes harmless posts at once, even with figurative words", async () => {
    const a = await person();
    const t = await thread(a.client, HARMLESS);
    expect(t).toMatchObject({ status: "published", reason: null, help: null });
  });

  it("publishes swearing with the words masked for everyone but the author", async () => {
    const a = await person();
    const b = await person();
    const t = await thread(a.client, SWEARY);
    expect(t.status).toBe("published");
    const seenByOther = (await b.client.get(`/api/threads/${t.id}`)).body.thread.posts[0].body as string;
    expect(seenByOther).not.toMatch(/shit/);
    expect(seenByOther).toMatch(/\*/);
    expect((await a.client.get(`/api/threads/${t.id}`)).body.thread.posts[0].body).toBe(SWEARY);
  });

  it("holds a post with a phone number for a moderator, says why, and hides it from everyone else", async () => {
    const a = await person();
    const b = await person();
    const t = await thread(a.client, PHONE);
    expect(t.status).toBe("waiting_for_moderator");
    expect(t.reason).toMatch(/phone number/);
    expect((await b.client.get(`/api/threads/${t.id}`)).status).toBe(404);
    const list = await b.client.get("/api/spaces/young-people/threads?limit=50");
    expect(list.body.threads.map((x: { id: string }) => x.id)).not.toContain(t.id);
    const mine = await a.client.get("/api/me/posts");
    expect(mine.body.posts[0]).toMatchObject({ threadId: t.id, status: "waiting_for_moderator", reason: expect.stringMatching(/usually within a day/) });

    const postId = await openingPostId(a.client, t.id);
    const item = await queueItemFor(postId);
    expect(item).toMatchObject({ severity: 2, categories: expect.arrayContaining(["pii"]) });
    const detail = await moderator.client.get(`/api/staff/queue/${item!.id}`);
    expect(detail.body.item.body).toBe(PHONE);
    expect(detail.body.item.bodySegments.some((s: { text: string; category?: string }) => s.category === "pii" && s.text.includes("07700"))).toBe(true);
    expect(detail.body.item.preview).not.toContain("07700 900123");

    const decided = await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "publish_redacted" });
    expect(decided.status).toBe(200);
    const seen = (await b.client.get(`/api/threads/${t.id}`)).body.thread.posts[0].body as string;
    expect(seen).not.toContain("07700 900123");
    expect((await a.client.get("/api/me/posts")).body.posts[0].status).toBe("published");
    expect(await queueItemFor(postId)).toBeUndefined();
  });

  it("opens a safeguarding case for self-harm, shows help at once, and lets only a lead publish it", async () => {
    const a = await person();
    const b = await person();
    const t = await thread(a.client, SELF_HARM);
    expect(t.status).toBe("with_safeguarding_team");
    expect(t.reason).toMatch(/trained member of our team has been told/);
    expect(t.help?.services.map((s) => s.id)).toEqual(expect.arrayContaining(["childline", "samaritans"]));
    expect((await b.client.get(`/api/threads/${t.id}`)).status).toBe(404);

    const postId = await openingPostId(a.client, t.id);
    const item = await queueItemFor(postId);
    expect(item).toMatchObject({ severity: 3, categories: expect.arrayContaining(["self_harm"]), actions: ["reject"] });
    const cases = await lead.client.get("/api/staff/cases");
    expect(cases.body.cases).toEqual(expect.arrayContaining([expect.objectContaining({ postId, severity: 3, status: "open", openedAt: expect.any(String), categories: expect.arrayContaining(["self_harm"]) })]));

    const refused = await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "publish" });
    expect(refused.status).toBe(403);
    expect((await a.client.get("/api/me/posts")).body.posts[0].status).toBe("with_safeguarding_team");
    expect((await lead.client.get("/api/staff/queue")).body.items.find((i: { postId: string }) => i.postId === postId).actions).toContain("publish");
  });

  it("puts an urgent post at the very top of the queue, highest severity then oldest", async () => {
    const a = await person();
    await thread(a.client, PHONE);
    const urgent = await thread(a.client, URGENT);
    expect(urgent.status).toBe("with_safeguarding_team");
    expect(urgent.help?.urgent).toBe(true);
    expect(urgent.help?.services[0]?.id).toBe("emergency");
    const q = (await moderator.client.get("/api/staff/queue")).body.items as { severity: number; createdAt: string }[];
    expect(q[0]!.severity).toBe(4);
    for (let i = 1; i < q.length; i++) {
      const [prev, cur] = [q[i - 1]!, q[i]!];
      expect(prev.severity > cur.severity || (prev.severity === cur.severity && prev.createdAt <= cur.createdAt)).toBe(true);
    }
  });

  it("rejects with a kind reason from the templates, and escalates into a case", async () => {
    const a = await person();
    const first = await thread(a.client, "dm me on snap, my sc is jess_xo_11");
    const firstItem = await queueItemFor(await openingPostId(a.client, first.id));
    const templates = (await moderator.client.get("/api/staff/queue")).body.templates as { id: string }[];
    expect(templates.map((t) => t.id)).toContain("off_platform");
    expect((await moderator.client.post(`/api/staff/queue/${firstItem!.id}/decision`, { action: "reject", templateId: "off_platform", reason: "contact details" })).status).toBe(200);
    const mine = (await a.client.get("/api/me/posts")).body.posts.find((p: { threadId: string }) => p.threadId === first.id);
    expect(mine.status).toBe("not_published");
    expect(mine.reason).toMatch(/talk somewhere else/);

    const second = await thread(a.client, "you're a pathetic loser and everyone hates you");
    const postId = await openingPostId(a.client, second.id);
    const item = await queueItemFor(postId);
    expect(item?.severity).toBe(2);
    expect((await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "escalate", reason: "sounds like they are being bullied" })).status).toBe(200);
    expect((await a.client.get("/api/me/posts")).body.posts.find((p: { threadId: string }) => p.threadId === second.id).status).toBe("with_safeguarding_team");
    expect((await queueItemFor(postId))?.severity).toBe(3);
    const cases = (await lead.client.get("/api/staff/cases")).body.cases as { postId: string }[];
    expect(cases.map((c) => c.postId)).toContain(postId);
  });

  it("refuses a second decision on the same item, and respects someone else's claim", async () => {
    const a = await person();
    const t = await thread(a.client, PHONE);
    const item = await queueItemFor(await openingPostId(a.client, t.id));
    const other = await newStaff(app, database.db, "moderator");
    expect((await other.client.post(`/api/staff/queue/${item!.id}/claim`)).status).toBe(200);
    expect((await moderator.client.post(`/api/staff/queue/${item!.id}/claim`)).status).toBe(409);
    const blocked = await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "publish" });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error).toMatch(/looking at this/);
    expect((await other.client.post(`/api/staff/queue/${item!.id}/release`)).status).toBe(200);
    expect((await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "reject" })).status).toBe(200);
    const again = await other.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "publish" });
    expect(again.status).toBe(409);
    expect((await a.client.get("/api/me/posts")).body.posts[0].status).toBe("not_published");
  });

  it("refuses bad decisions with clear 4xx and changes nothing", async () => {
    const a = await person();
    const t = await thread(a.client, PHONE);
    const item = await queueItemFor(await openingPostId(a.client, t.id));
    expect((await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "delete-everything" })).status).toBe(400);
    expect((await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "publish", reason: 42 })).status).toBe(400);
    expect((await moderator.client.send("POST", `/api/staff/queue/${item!.id}/decision`, undefined, { raw: "nope" })).status).toBe(400);
    expect((await moderator.client.post("/api/staff/queue/not-an-id/decision", { action: "publish" })).status).toBe(404);
    const foreign = await moderator.client.send("POST", `/api/staff/queue/${item!.id}/decision`, { action: "publish" }, { headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect((await a.client.get("/api/me/posts")).body.posts[0].status).toBe("waiting_for_moderator");
    expect(await queueItemFor(await openingPostId(a.client, t.id))).toBeDefined();
  });

  it("hides a post reported by three different people until a moderator decides", async () => {
    const a = await person();
    const t = await thread(a.client, "My brother keeps taking my charger, so annoying");
    const postId = await openingPostId(a.client, t.id);
    const reporters = [await person(), await person(), await person()];
    expect((await a.client.post(`/api/posts/${postId}/reports`, { reason: "mine" })).status).toBe(400);
    expect((await reporters[0]!.client.post(`/api/posts/${postId}/reports`, { reason: "It's unkind or bullying" })).status).toBe(201);
    expect((await reporters[0]!.client.post(`/api/posts/${postId}/reports`, { reason: "again" })).status).toBe(200);
    expect((await reporters[1]!.client.get(`/api/threads/${t.id}`)).status).toBe(200);
    await reporters[1]!.client.post(`/api/posts/${postId}/reports`, { reason: "Something else" });
    expect((await reporters[1]!.client.get(`/api/threads/${t.id}`)).status).toBe(200);
    await reporters[2]!.client.post(`/api/posts/${postId}/reports`, { reason: "Something else" });
    expect((await reporters[1]!.client.get(`/api/threads/${t.id}`)).status).toBe(404);
    expect((await a.client.get("/api/me/posts")).body.posts[0]).toMatchObject({ status: "waiting_for_moderator", reason: expect.stringMatching(/asked us to check/) });
    const item = (await moderator.client.get("/api/staff/queue")).body.items.find((i: { postId: string; kind: string }) => i.postId === postId && i.kind === "report");
    expect(item).toBeDefined();
    const detail = await moderator.client.get(`/api/staff/queue/${item.id}`);
    expect(detail.body.item.reports).toHaveLength(3);
    expect((await moderator.client.post(`/api/staff/queue/${item.id}/decision`, { action: "publish" })).status).toBe(200);
    expect((await reporters[1]!.client.get(`/api/threads/${t.id}`)).status).toBe(200);
  });

  it("removes a published post after a report, with a reason for its author", async () => {
    const a = await person();
    const t = await thread(a.client, "Just a normal post about my weekend");
    const postId = await openingPostId(a.client, t.id);
    const r = await person();
    await r.client.post(`/api/posts/${postId}/reports`, { reason: "Something else" });
    const item = (await moderator.client.get("/api/staff/queue")).body.items.find((i: { postId: string }) => i.postId === postId);
    expect((await moderator.client.post(`/api/staff/queue/${item.id}/decision`, { action: "remove", templateId: "not_suitable" })).status).toBe(200);
    expect((await a.client.get("/api/me/posts")).body.posts[0]).toMatchObject({ status: "removed", reason: expect.stringMatching(/taken down/) });
    expect((await r.client.get(`/api/threads/${t.id}`)).status).toBe(404);
  });

  it("holds every post when a space is switched to pre-moderation", async () => {
    const admin = await newStaff(app, database.db, "admin");
    expect((await admin.client.post("/api/staff/spaces/parents/settings", { premoderate: true })).status).toBe(200);
    const p = await person("parents");
    const res = await p.client.post("/api/spaces/parents/threads", { title: "Screen time", body: "How do you all manage screen time?" });
    expect(res.body).toMatchObject({ status: "waiting_for_moderator", reason: expect.stringMatching(/reads every post/) });
    await admin.client.post("/api/staff/spaces/parents/settings", { premoderate: false });
    const after = await p.client.post("/api/spaces/parents/threads", { title: "Screen time 2", body: "Still wondering" });
    expect(after.body.status).toBe("published");
  });

  it("lets a lead message the author privately, record actions and close the case", async () => {
    const a = await person();
    const t = await thread(a.client, SELF_HARM);
    const postId = await openingPostId(a.client, t.id);
    const caseRow = (await lead.client.get("/api/staff/cases")).body.cases.find((c: { postId: string }) => c.postId === postId);
    expect((await a.client.post("/api/me/messages", { body: "hello?" })).status).toBe(409);
    expect((await lead.client.post(`/api/staff/cases/${caseRow.id}/messages`, { body: "Hi, I'm from the Harbour team. How are you doing right now?" })).status).toBe(201);
    expect((await a.client.get("/api/me")).body.unreadMessages).toBe(1);
    const inbox = await a.client.get("/api/me/messages");
    expect(inbox.body.messages[0].unread).toBe(true);
    expect((await a.client.get("/api/me")).body.unreadMessages).toBe(1);
    expect((await a.client.post("/api/me/messages/read")).status).toBe(200);
    expect((await a.client.get("/api/me")).body.unreadMessages).toBe(0);
    expect(inbox.body.messages).toEqual([expect.objectContaining({ fromStaff: true, body: expect.stringMatching(/Harbour team/) })]);
    expect((await a.client.post("/api/me/messages", { body: "a bit better thanks" })).status).toBe(201);
    const referral = await lead.client.post(`/api/staff/cases/${caseRow.id}/actions`, { type: "referred_police" });
    expect(referral.status).toBe(400);
    expect(referral.body.error).toMatch(/consent/);
    expect((await lead.client.post(`/api/staff/cases/${caseRow.id}/actions`, { type: "signposted", note: "Childline and Shout" })).status).toBe(201);
    expect((await lead.client.post(`/api/staff/cases/${caseRow.id}/record`, { thresholdLevel: 2 })).status).toBe(200);
    expect((await lead.client.post(`/api/staff/cases/${caseRow.id}/record`, { thresholdLevel: 9 })).status).toBe(400);
    expect((await lead.client.post(`/api/staff/cases/${caseRow.id}/close`, { outcome: "resolved_with_support", note: "feeling safer" })).status).toBe(200);
    expect((await lead.client.post(`/api/staff/cases/${caseRow.id}/close`, { outcome: "resolved_with_support" })).status).toBe(409);
    const detail = await lead.client.get(`/api/staff/cases/${caseRow.id}`);
    expect(detail.body.case.actions.map((x: { type: string }) => x.type)).toEqual(["opened", "messaged_author", "author_replied", "signposted", "closed"]);
    expect(detail.body.case).toMatchObject({ status: "closed", outcome: "resolved_with_support", thresholdLevel: 2, firstResponseAt: expect.any(String) });
    expect(detail.body.case.messages.map((m: { from: string }) => m.from)).toEqual([lead.username, "author"]);
  });

  describe("audit log", () => {
    it("records logins, views of held posts and decisions with who, what, when, target and reason", async () => {
      const a = await person();
      const t = await thread(a.client, PHONE);
      const item = await queueItemFor(await openingPostId(a.client, t.id));
      await moderator.client.get(`/api/staff/queue/${item!.id}`);
      await moderator.client.post(`/api/staff/queue/${item!.id}/decision`, { action: "reject", reason: "has a phone number" });
      const log = await lead.client.get("/api/staff/audit?limit=500");
      expect(log.status).toBe(200);
      const entries = log.body.entries as { id: string; at: string; actor: string; action: string; target: string; reason: string | null }[];
      expect(entries.find((e) => e.action === "staff.login" && e.actor === moderator.username)).toBeDefined();
      expect(entries.find((e) => e.action === "post.viewed_held" && e.actor === moderator.username)).toBeDefined();
      expect(entries.find((e) => e.action === "queue.reject" && e.target === `queue:${item!.id}`)).toMatchObject({ actor: moderator.username, reason: "has a phone number", at: expect.any(String), id: expect.any(String) });
    });

    it("is append-only in the database itself: UPDATE and DELETE are refused", async () => {
      const before = await database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      await expect(sql`UPDATE audit_log SET actor = 'someone-else'`.execute(database.db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
      const after = await database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
      expect((await lead.client.get("/api/staff/audit/verify")).body).toMatchObject({ ok: true });
    });

    it("is tamper-evident: the verifier names the first broken link", async () => {
      // Someone with full database rights could switch the triggers off; the hash chain still tells.
      const copy = await freshDatabase(dialect);
      try {
        const other = testApp(copy);
        for (let i = 0; i < 4; i++) await newStaff(other, copy.db, "moderator");
        const rows = await copy.db.selectFrom("audit_log").select("seq").orderBy("seq").execute();
        const target = Number(rows[2]!.seq);
        if (dialect === "postgres") await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(copy.db);
        else await sql`DROP TRIGGER audit_log_no_update`.execute(copy.db);
        await sql`UPDATE audit_log SET reason = 'edited' WHERE seq = ${target}`.execute(copy.db);
        const { verifyAuditChain } = await import("../../db/repos/audit.ts");
        expect(await verifyAuditChain(copy.db)).toMatchObject({ ok: false, brokenAtSeq: target });
      } finally {
        await copy.drop();
      }
    });
  });

  it("streams new queue items to staff as server-sent events", async () => {
    const res = await app.request("http://localhost/api/staff/queue/events", { headers: { cookie: `harbour_staff=${moderator.client.cookies.get("harbour_staff")}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil("event: ready");
    const a = await person();
    await thread(a.client, URGENT);
    await readUntil("event: queue");
    await reader.cancel();
    expect(text).toMatch(/"type":"queued"/);
    expect(text).toMatch(/"severity":4/);
  });

  it("gives partnership leads anonymous figures with small counts suppressed", async () => {
    const partner = await newStaff(app, database.db, "partnership_lead");
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const res = await partner.client.get(`/api/partnership/figures?from=${yearAgo}&to=${today}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/cutting|pills|07700|Harbour team/);
    expect(res.body.cases.bySeverity["4"]).toBe("<5");
    expect(typeof res.body.posts.total === "number" || res.body.posts.total === "<5").toBe(true);
    expect((await partner.client.get("/api/partnership/figures?from=2026-13-01&to=2026-12-31")).status).toBe(400);
    expect((await partner.client.get("/api/partnership/figures?from=2026-05-01&to=2026-01-01")).status).toBe(400);
    expect((await partner.client.get("/api/partnership/figures")).status).toBe(400);
    expect((await partner.client.get("/api/partnership/figures?from=2010-01-01&to=2026-01-01")).status).toBe(400);
  });
});
