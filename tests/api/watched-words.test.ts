import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moderate } from "../../moderation/index.ts";
import type { HarbourApp } from "../../server/app.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";
import { newStaff, type StaffLogin } from "../helpers/staff.ts";

// A made-up dare no built-in rule or model knows: what a lead would add when it appears locally.
const DARE = "everyone in year 9 is doing the frostbite relay tonight, you hold ice till it burns";
const PHRASE = "frostbite relay";

describe.each(DIALECTS)("watched words a lead manages without a release, on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  let other: HarbourApp;
  let lead: StaffLogin;
  let moderator: StaffLogin;
  let admin: StaffLogin;
  let partner: StaffLogin;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
    // A second instance on the same database, with its own engine.
    other = testApp(database);
    [lead, moderator, admin, partner] = await Promise.all([
      newStaff(app, database.db, "safeguarding_lead"),
      newStaff(app, database.db, "moderator"),
      newStaff(app, database.db, "admin"),
      newStaff(app, database.db, "partnership_lead"),
    ]);
  });
  afterAll(async () => database.drop());

  async function post(on: HarbourApp, body: string) {
    const author = new Client(on);
    await author.post("/api/identities", { space: "young-people" });
    const res = await author.post("/api/spaces/young-people/threads", { title: "anyone else", body });
    expect(res.status).toBe(201);
    const postId = (await author.get(`/api/threads/${res.body.id}`)).body.thread.posts[0].id as string;
    return { author, status: res.body.status as string, postId };
  }

  it("preview → save → the next post on every instance is escalated → rollback → it is not", async () => {
    expect(moderate(DARE).severity).toBeLessThan(3);
    const before = await post(app, DARE);
    expect(before.status).toBe("published");

    const preview = await lead.client.post("/api/staff/watched-words/preview", { phrase: PHRASE, category: "self_harm" });
    expect(preview.status).toBe(200);
    expect(preview.body.matches).toEqual([expect.objectContaining({ postId: before.postId, severityNow: before.status === "published" ? expect.any(Number) : 0, severityWith: 3 })]);
    expect(preview.body.matches[0].severityNow).toBeLessThan(3);
    // A preview changes nothing.
    expect((await lead.client.get("/api/staff/watched-words")).body).toMatchObject({ version: 0, words: [] });

    const saved = await lead.client.post("/api/staff/watched-words", { phrase: PHRASE, category: "self_harm", reason: "A dare going round local schools" });
    expect(saved.status).toBe(201);
    expect(saved.body).toEqual({ id: expect.any(String), version: 1 });
    const list = (await admin.client.get("/api/staff/watched-words")).body;
    expect(list.version).toBe(1);
    expect(list.words).toEqual([{ id: saved.body.id, phrase: PHRASE, category: "self_harm", active: true, by: lead.username, at: expect.any(String), reason: "A dare going round local schools" }]);

    // Both instances apply it to the next post, disguised or not.
    expect((await post(app, DARE)).status).toBe("with_safeguarding_team");
    expect((await post(other, "doing the fr0stb1te r3lay after school?")).status).toBe("with_safeguarding_team");

    // Disable it (a new version), then restore version 1, then version 2 again.
    const off = await lead.client.post(`/api/staff/watched-words/${saved.body.id}`, { active: false, reason: "Turned out to be a game name" });
    expect(off.body).toEqual({ id: saved.body.id, version: 2 });
    expect((await post(other, DARE)).status).toBe("published");
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: 1 })).body).toEqual({ version: 3 });
    expect((await post(app, DARE)).status).toBe("with_safeguarding_team");
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: 2, reason: "Back to off" })).body).toEqual({ version: 4 });
    expect((await post(app, DARE)).status).toBe("published");
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: 1 })).body).toEqual({ version: 5 });
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: 0 })).body).toEqual({ version: 6 });
    expect((await post(other, DARE)).status).toBe("published");
    expect((await lead.client.get("/api/staff/watched-words")).body).toMatchObject({ version: 6, words: [], disabledRules: [] });

    const versions = (await lead.client.get("/api/staff/watched-words")).body.versions as { version: number; by: string; change: string; reason: string }[];
    expect(versions.map((v) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(versions[3]).toMatchObject({ by: lead.username, change: "restored version 1" });
    const audit = (await lead.client.get("/api/staff/audit?limit=200")).body.entries as { action: string }[];
    expect(audit.filter((e) => e.action === "watched_words.changed")).toHaveLength(6);
    expect(audit.some((e) => e.action === "watched_words.previewed")).toBe(true);
  });

  it("lets a lead switch a built-in rule off with a reason (never deleted) and back on", async () => {
    const text = "kys nobody likes you";
    const ruleId = moderate(text).matches.find((m) => !m.ruleId.startsWith("model.") && !m.ruleId.startsWith("pii."))?.ruleId;
    expect(ruleId).toBeDefined();
    const seen = await post(app, text);
    expect((await lead.client.post(`/api/staff/watched-words/rules/${ruleId}`, { active: false })).status).toBe(400);
    const preview = await lead.client.post("/api/staff/watched-words/preview", { ruleId, active: false });
    expect(preview.body.matches.map((m: { postId: string }) => m.postId)).toContain(seen.postId);
    expect((await lead.client.post(`/api/staff/watched-words/rules/${ruleId}`, { active: false, reason: "Testing a false alarm" })).status).toBe(200);
    const rules = (await lead.client.get("/api/staff/watched-words/rules")).body.rules as { id: string; active: boolean; disabled: { reason: string } | null }[];
    expect(rules.find((r) => r.id === ruleId)).toMatchObject({ active: false, disabled: { reason: "Testing a false alarm" } });
    expect(rules.length).toBeGreaterThan(100);
    expect((await lead.client.post(`/api/staff/watched-words/rules/${ruleId}`, { active: true, reason: "Back on" })).status).toBe(200);
    expect((await lead.client.get("/api/staff/watched-words/rules")).body.rules.find((r: { id: string }) => r.id === ruleId).active).toBe(true);
    expect((await lead.client.post("/api/staff/watched-words/rules/no.such.rule", { active: false, reason: "x y z" })).status).toBe(404);
  });

  it("judges a report by what the post says: a watched phrase in a published post sends the report to the safeguarding team", async () => {
    const text = "who wants to try the moonwalk plunge off the quarry ledge this weekend";
    const published = await post(app, text);
    expect(published.status).toBe("published");
    const plain = await post(app, "does anyone know a good revision app for chemistry");
    const reporter = new Client(app);
    await reporter.post("/api/identities", { space: "young-people" });
    expect((await reporter.post(`/api/posts/${plain.postId}/reports`, { reason: "spam" })).status).toBe(201);
    await lead.client.post("/api/staff/watched-words", { phrase: "moonwalk plunge", category: "immediate_danger", reason: "Dangerous local dare" });
    expect((await reporter.post(`/api/posts/${published.postId}/reports`, { reason: "this is dangerous" })).status).toBe(201);
    const items = (await moderator.client.get("/api/staff/queue")).body.items as { postId: string; severity: number; categories: string[] }[];
    expect(items.find((i) => i.postId === plain.postId)).toMatchObject({ severity: 2, categories: ["reported"] });
    expect(items.find((i) => i.postId === published.postId)).toMatchObject({ severity: 4, categories: ["immediate_danger", "reported"] });
    expect((await lead.client.get("/api/staff/cases")).body.cases.some((c: { postId: string }) => c.postId === published.postId)).toBe(true);
    expect((await published.author.get("/api/me/posts")).body.posts.find((p: { id: string }) => p.id === published.postId)?.status).toBe("with_safeguarding_team");
  });

  it("lets only safeguarding leads change them, and refuses bad phrases clearly", async () => {
    const body = { phrase: "some new dare", category: "self_harm", reason: "because" };
    for (const who of [moderator, partner]) expect((await who.client.get("/api/staff/watched-words")).status).toBe(403);
    for (const who of [moderator, admin, partner]) {
      expect((await who.client.post("/api/staff/watched-words", body)).status).toBe(403);
      expect((await who.client.post("/api/staff/watched-words/preview", body)).status).toBe(403);
      expect((await who.client.post("/api/staff/watched-words/rollback", { version: 1 })).status).toBe(403);
    }
    expect((await new Client(app).get("/api/staff/watched-words")).status).toBe(401);
    const bad = [
      [{ ...body, phrase: "a|b" }, /plain words/],
      [{ ...body, phrase: "to be" }, /three or more letters/],
      [{ ...body, phrase: "x".repeat(81) }, /80 characters/],
      [{ ...body, phrase: "un* thing" }, /\*/],
      [{ ...body, category: "pii" }, /category must be one of/],
      [{ phrase: "some new dare", category: "self_harm" }, /reason/i],
    ] as const;
    for (const [b, message] of bad) {
      const res = await lead.client.post("/api/staff/watched-words", b);
      expect(res.status, JSON.stringify(b)).toBe(400);
      expect(res.body.error).toMatch(message);
    }
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: 999 })).status).toBe(404);
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: "1" })).status).toBe(400);
    expect((await lead.client.post("/api/staff/watched-words/rollback", { version: -1 })).status).toBe(400);
    expect((await lead.client.post("/api/staff/watched-words/nope", { active: false, reason: "why not" })).status).toBe(404);
    expect((await lead.client.send("POST", "/api/staff/watched-words", undefined, { raw: "{" })).status).toBe(400);
    const first = await lead.client.post("/api/staff/watched-words", { ...body, phrase: "glitterfall game" });
    expect(first.status).toBe(201);
    expect((await lead.client.post("/api/staff/watched-words", { ...body, phrase: "Glitterfall game" })).status).toBe(409);
  });
});
