import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../db/connect.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import type { HarbourApp } from "../../server/app.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { startPostgres, type RunningPostgres } from "../helpers/postgres-server.ts";
import { testApp } from "../helpers/server.ts";
import { newStaff, type StaffLogin } from "../helpers/staff.ts";

const CRISIS = "i've started cutting myself again and i don't know how to stop";
/** What the author shares: it must never be found in plain text anywhere Harbour stores things. */
const CONTACT = "text my aunt Priya on 07700 900456, she knows everything";

async function person(app: HarbourApp) {
  const client = new Client(app);
  await client.post("/api/identities", { space: "young-people" });
  return client;
}

/** A young person's worrying post, and the case it opened (found by a lead). */
async function crisisCase(app: HarbourApp, lead: Client) {
  const author = await person(app);
  const t = await author.post("/api/spaces/young-people/threads", { title: "not ok", body: CRISIS });
  expect(t.body.status).toBe("with_safeguarding_team");
  const postId = (await author.get(`/api/threads/${t.body.id}`)).body.thread.posts[0].id as string;
  const found = (await lead.get("/api/staff/cases?status=open")).body.cases.find((c: { postId: string }) => c.postId === postId);
  expect(found).toBeDefined();
  return { author, caseId: found.id as string };
}

async function askAndShare(app: HarbourApp, lead: Client) {
  const { author, caseId } = await crisisCase(app, lead);
  expect((await lead.post(`/api/staff/cases/${caseId}/messages`, { body: "Would you like us to be able to reach you?", askForContact: true })).status).toBe(201);
  expect((await author.post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(201);
  return { author, caseId };
}

describe.each(DIALECTS)("a case from first alert to closure, with the author's consent, on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  let leadA: StaffLogin;
  let leadB: StaffLogin;
  let moderator: StaffLogin;
  let admin: StaffLogin;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
    [leadA, leadB, moderator, admin] = await Promise.all([
      newStaff(app, database.db, "safeguarding_lead"),
      newStaff(app, database.db, "safeguarding_lead"),
      newStaff(app, database.db, "moderator"),
      newStaff(app, database.db, "admin"),
    ]);
  });
  afterAll(async () => database.drop());

  it("crisis post → case → claim → ask → consent → only the handling lead reads it → referral → close → details gone, record kept", async () => {
    const { author, caseId } = await crisisCase(app, leadA.client);
    const other = await person(app);

    // Nobody handles it yet; lead A claims; lead B sees who has it and cannot just take it.
    expect((await leadA.client.get(`/api/staff/cases/${caseId}`)).body.case).toMatchObject({ handledBy: null, contactState: null });
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/claim`, {})).status).toBe(200);
    const seenByB = await leadB.client.get(`/api/staff/cases/${caseId}`);
    expect(seenByB.body.case).toMatchObject({ handledBy: leadA.username, handledByMe: false });
    const grab = await leadB.client.post(`/api/staff/cases/${caseId}/claim`, {});
    expect(grab.status).toBe(409);
    expect(grab.body.error).toContain(leadA.username);
    expect((await moderator.client.post(`/api/staff/cases/${caseId}/claim`, {})).status).toBe(403);

    // Before anyone asks, the author cannot share; only the handling lead can ask.
    expect((await author.post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(409);
    expect((await leadB.client.post(`/api/staff/cases/${caseId}/messages`, { body: "hi", askForContact: true })).status).toBe(409);
    const ask = await leadA.client.post(`/api/staff/cases/${caseId}/messages`, { body: "We'd like to help. Would you share a way to reach you?", askForContact: true });
    expect(ask.status).toBe(201);

    const inbox = await author.get("/api/me/messages");
    expect(inbox.body.messages).toEqual([expect.objectContaining({ body: expect.stringContaining("share a way"), fromStaff: true, at: expect.any(String), caseId, asksForContact: true })]);
    expect((await author.get("/api/me/contact")).body.requests).toEqual([{ caseId, state: "asked" }]);

    // Only this author, only with consent.
    expect((await other.post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(404);
    for (const body of [{ caseId, contact: CONTACT }, { caseId, contact: CONTACT, consent: false }, { caseId, contact: CONTACT, consent: "yes" }]) {
      const refused = await author.post("/api/me/contact", body);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatch(/consent/i);
    }
    expect((await author.post("/api/me/contact", { caseId, contact: "", consent: true })).status).toBe(400);
    expect((await author.post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(201);
    expect((await author.get("/api/me/contact")).body.requests).toEqual([{ caseId, state: "shared" }]);

    // Stored sealed, never plain.
    const stored = await database.db.selectFrom("case_contacts").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(stored.sealed).toMatch(/^v1\./);
    expect(stored.sealed).not.toContain("07700");

    // Read: the handling lead only; everyone else 403; each read audited.
    for (const who of [leadB, moderator, admin]) expect((await who.client.get(`/api/staff/cases/${caseId}/contact`)).status).toBe(403);
    const read = await leadA.client.get(`/api/staff/cases/${caseId}/contact`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ contact: CONTACT });
    expect(read.headers.get("cache-control")).toBe("no-store");
    const audit = (await leadA.client.get("/api/staff/audit?limit=200")).body.entries as { action: string; target: string; actor: string }[];
    expect(audit.filter((e) => e.action === "case.contact_read" && e.target === `case:${caseId}`)).toHaveLength(1);
    expect(audit.some((e) => e.action === "case.claimed" && e.actor === leadA.username)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("07700");

    // Never in the queue, the case list or the figures.
    for (const path of ["/api/staff/queue", "/api/staff/cases", `/api/staff/cases/${caseId}`]) expect(JSON.stringify((await leadA.client.get(path)).body)).not.toContain("07700");

    // Referral with consent, then closure.
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/actions`, { type: "referred_childrens_social_care", consent: true, note: "Agreed with the author" })).status).toBe(201);
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/close`, { outcome: "referred_on" })).status).toBe(200);

    expect((await leadA.client.get(`/api/staff/cases/${caseId}/contact`)).status).toBe(404);
    expect(await database.db.selectFrom("case_contacts").selectAll().where("case_id", "=", caseId).execute()).toEqual([]);
    const closed = (await leadA.client.get(`/api/staff/cases/${caseId}`)).body.case;
    expect(closed).toMatchObject({ status: "closed", outcome: "referred_on", contactState: "deleted", handledBy: leadA.username });
    expect(closed.actions.map((a: { type: string }) => a.type)).toEqual(
      expect.arrayContaining(["opened", "claimed", "asked_for_contact", "contact_shared", "contact_read", "referred_childrens_social_care", "closed", "contact_deleted"]),
    );
    // The author can no longer share on a closed case.
    expect((await author.post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(409);
  });

  it("hands a case over: the new lead reads the details, the old one no longer can", async () => {
    const { caseId } = await askAndShare(app, leadA.client);
    expect((await leadB.client.post(`/api/staff/cases/${caseId}/handover`, { to: leadA.username })).status).toBe(403);
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/handover`, { to: moderator.username })).status).toBe(400);
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/handover`, { to: leadB.username, note: "end of my shift" })).status).toBe(200);
    expect((await leadA.client.get(`/api/staff/cases/${caseId}/contact`)).status).toBe(403);
    expect((await leadB.client.get(`/api/staff/cases/${caseId}/contact`)).body).toEqual({ contact: CONTACT });
    // Taking a case over from someone needs a reason, and is recorded.
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/claim`, { takeOver: true })).status).toBe(409);
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/claim`, { takeOver: true, reason: "B is off sick" })).status).toBe(200);
    const actions = (await leadA.client.get(`/api/staff/cases/${caseId}`)).body.case.actions as { type: string; note: string }[];
    expect(actions.find((a) => a.type === "handed_over")?.note).toContain(leadB.username);
    expect(actions.find((a) => a.type === "taken_over")?.note).toContain("off sick");
  });

  it("lets the author decline, and later withdraw what they shared (deleted at once)", async () => {
    const { author, caseId } = await crisisCase(app, leadA.client);
    await leadA.client.post(`/api/staff/cases/${caseId}/messages`, { body: "Can we reach you?", askForContact: true });
    expect((await author.post("/api/me/contact/decline", { caseId })).status).toBe(200);
    expect((await author.get("/api/me/contact")).body.requests).toEqual([{ caseId, state: "declined" }]);
    expect((await author.post("/api/me/contact/decline", { caseId })).status).toBe(409);
    // Changing their mind: the question still stands.
    expect((await author.post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(201);
    expect((await author.del(`/api/me/contact/${caseId}`)).status).toBe(200);
    expect(await database.db.selectFrom("case_contacts").selectAll().where("case_id", "=", caseId).execute()).toEqual([]);
    expect((await leadA.client.get(`/api/staff/cases/${caseId}/contact`)).status).toBe(404);
    expect((await author.get("/api/me/contact")).body.requests).toEqual([{ caseId, state: "withdrawn" }]);
    expect((await author.del(`/api/me/contact/${caseId}`)).status).toBe(409);
    expect((await author.del("/api/me/contact/not-a-case")).status).toBe(404);
  });

  it("answers bad input with a clear 4xx", async () => {
    const { author, caseId } = await crisisCase(app, leadA.client);
    expect((await author.send("POST", "/api/me/contact", undefined, { raw: "{not json" })).status).toBe(400);
    expect((await author.post("/api/me/contact", { caseId: 12, contact: CONTACT, consent: true })).status).toBe(400);
    expect((await author.post("/api/me/contact", { caseId, contact: "x".repeat(501), consent: true })).status).toBe(400);
    expect((await new Client(app).post("/api/me/contact", { caseId, contact: CONTACT, consent: true })).status).toBe(401);
    expect((await leadA.client.get("/api/staff/cases/00000000-0000-0000-0000-000000000000/contact")).status).toBe(404);
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/messages`, { body: "hi", askForContact: "yes" })).status).toBe(400);
    expect((await leadA.client.post(`/api/staff/cases/${caseId}/handover`, {})).status).toBe(400);
  });
});

/** Every file under `dir`, read raw (the database's own files, as someone with the disk would). */
function rawBytes(dir: string): Buffer[] {
  const out: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...rawBytes(path));
    else if (st.isFile()) out.push(readFileSync(path));
  }
  return out;
}

const containsText = (files: Buffer[], text: string) => files.some((b) => b.includes(Buffer.from(text, "utf8")));

describe("contact details are never on disk in plain text", () => {
  it("SQLite: not in the database file or its journal, before or after closure; the sealed copy is overwritten when deleted", async () => {
    const database = await freshDatabase("sqlite");
    try {
      const app = testApp(database);
      const lead = await newStaff(app, database.db, "safeguarding_lead");
      const { caseId } = await askAndShare(app, lead.client);
      const path = database.url.slice("sqlite:".length);
      const files = () => ["", "-wal", "-shm"].filter((s) => existsSync(path + s)).map((s) => readFileSync(path + s));
      const sealed = (await database.db.selectFrom("case_contacts").select("sealed").executeTakeFirstOrThrow()).sealed;
      expect(containsText(files(), sealed)).toBe(true);
      expect(containsText(files(), "07700 900456")).toBe(false);
      expect(containsText(files(), "aunt Priya")).toBe(false);
      await lead.client.post(`/api/staff/cases/${caseId}/close`, { outcome: "resolved_with_support" });
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db);
      expect(containsText(files(), "07700 900456")).toBe(false);
      expect(containsText(files(), sealed.slice(3, 40))).toBe(false);
    } finally {
      await database.drop();
    }
  });

  describe("PostgreSQL", () => {
    let server: RunningPostgres;
    beforeAll(async () => {
      server = await startPostgres();
    }, 60_000);
    afterAll(() => server?.stop());

    it("not in any of the server's data files (tables, WAL) after sharing, reading and closing", async () => {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query("CREATE DATABASE harbour_raw");
      const conn = connect(server.url.replace(/\/postgres$/, "/harbour_raw"));
      try {
        await migrateToLatest(conn.db);
        const app = testApp(conn);
        const lead = await newStaff(app, conn.db, "safeguarding_lead");
        const { caseId } = await askAndShare(app, lead.client);
        expect((await lead.client.get(`/api/staff/cases/${caseId}/contact`)).body.contact).toBe(CONTACT);
        await admin.query("CHECKPOINT");
        expect(containsText(rawBytes(server.dataDir), "07700 900456")).toBe(false);
        await lead.client.post(`/api/staff/cases/${caseId}/close`, { outcome: "resolved_with_support" });
        await admin.query("CHECKPOINT");
        expect(containsText(rawBytes(server.dataDir), "07700 900456")).toBe(false);
        expect(containsText(rawBytes(server.dataDir), "aunt Priya")).toBe(false);
      } finally {
        await conn.db.destroy();
        await admin.end();
      }
    }, 60_000);
  });
});
