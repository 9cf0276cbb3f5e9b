import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarbourApp } from "../../server/app.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";

describe.each(DIALECTS)("forum API on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
  });
  afterAll(async () => database.drop());

  async function person(space: "young-people" | "parents") {
    const client = new Client(app);
    const res = await client.post("/api/identities", { space });
    expect(res.status).toBe(201);
    return { client, ...(res.body as { pseudonym: string; recoveryCode: string }) };
  }

  async function countRows(table: "threads" | "posts" | "identities") {
    const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it("is healthy once migrations have run", async () => {
    const res = await new Client(app).get("/api/health");
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
  });

  describe("anonymous identities", () => {
    it("creates a friendly pseudonym, a recovery code and an httpOnly SameSite session cookie", async () => {
      const client = new Client(app);
      const res = await client.post("/api/identities", { space: "young-people" });
      expect(res.status).toBe(201);
      expect(res.body.pseudonym).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+\d{2,4}$/);
      expect(res.body.recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      const cookie = res.headers.getSetCookie().join("\n");
      expect(cookie).toMatch(/harbour_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const me = await client.get("/api/me");
      expect(me.body).toEqual({ pseudonym: res.body.pseudonym, space: "young-people", unreadMessages: 0 });
    });

    it("stores the session token and recovery code only as hashes", async () => {
      const { client, recoveryCode } = await person("parents");
      const token = client.cookies.get("harbour_session")!;
      const sessions = await database.db.selectFrom("sessions").selectAll().execute();
      const identities = await database.db.selectFrom("identities").selectAll().execute();
      const everything = JSON.stringify([sessions, identities]);
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(recoveryCode);
      expect(everything).not.toContain(recoveryCode.replace(/-/g, ""));
    });

    it("keeps no column for an email, phone number, real name or IP address", async () => {
      const tables = await database.db.introspection.getTables();
      const columns = tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
      expect(columns.length).toBeGreaterThan(10);
      // The one address Harbour keeps is a staff member's own work email for alerts, set by them.
      const staffOnly = new Set(["staff_alert_settings.email"]);
      for (const col of columns.filter((c) => !staffOnly.has(c))) expect(col).not.toMatch(/email|phone|real_name|first_name|surname|\bip\b|ip_addr|user_agent/i);
    });

    it("gives each person a different pseudonym", async () => {
      const names = new Set<string>();
      for (let i = 0; i < 15; i++) names.add((await person("young-people")).pseudonym);
      expect(names.size).toBe(15);
    });

    it("signs back in with the recovery code, forgiving case and dashes", async () => {
      const first = await person("parents");
      const other = new Client(app);
      const res = await other.post("/api/identities/recover", { recoveryCode: ` ${first.recoveryCode.toLowerCase().replace(/-/g, " ")} ` });
      expect(res).toMatchObject({ status: 200, body: { pseudonym: first.pseudonym, space: "parents" } });
      expect((await other.get("/api/me")).body.pseudonym).toBe(first.pseudonym);
    });

    it("refuses a wrong recovery code with 401", async () => {
      const res = await new Client(app).post("/api/identities/recover", { recoveryCode: "AAAA-BBBB-CCCC-DDDD-EEEE" });
      expect(res.status).toBe(401);
      expect(res.body.error).toMatch(/recovery code/);
    });

    it("signs out: the old cookie no longer works", async () => {
      const { client } = await person("young-people");
      const token = client.cookies.get("harbour_session")!;
      expect((await client.post("/api/session/sign-out")).status).toBe(200);
      const replay = new Client(app);
      replay.cookies.set("harbour_session", token);
      const res = await replay.get("/api/me");
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual(expect.any(String));
    });

    it("rejects an expired session", async () => {
      const { client } = await person("young-people");
      await database.db.updateTable("sessions").set({ expires_at: "2000-01-01T00:00:00.000Z" }).execute();
      expect((await client.get("/api/me")).status).toBe(401);
    });

    it("rejects a forged session cookie", async () => {
      const c = new Client(app);
      c.cookies.set("harbour_session", "not-a-real-token");
      expect((await c.get("/api/spaces/young-people/threads")).status).toBe(401);
    });

    it.each([
      [{ space: "adults" }, /space/],
      [{ space: 7 }, /space/],
      [{}, /space/],
      [[], /JSON object/],
      ["parents", /JSON object/],
    ])("refuses a bad identity request %j", async (body, message) => {
      const before = await countRows("identities");
      const res = await new Client(app).post("/api/identities", body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(message);
      expect(await countRows("identities")).toBe(before);
    });

    it("refuses malformed JSON and the wrong content type with a plain message", async () => {
      const c = new Client(app);
      const bad = await c.send("POST", "/api/identities", undefined, { raw: "{not json" });
      expect(bad).toMatchObject({ status: 400, body: { error: "The request body is not valid JSON." } });
      const form = await c.send("POST", "/api/identities", undefined, { raw: "space=parents", headers: { "content-type": "application/x-www-form-urlencoded" } });
      expect(form.status).toBe(415);
      expect(form.body.error).toMatch(/JSON/);
    });

    it("lets a person delete their pseudonym and posts", async () => {
      const { client } = await person("young-people");
      const t = await client.post("/api/spaces/young-people/threads", { title: "Something to delete", body: "Delete me please" });
      const other = await person("young-people");
      await other.client.post(`/api/threads/${t.body.id}/replies`, { body: "A reply that should stay" });
      await client.post(`/api/threads/${t.body.id}/replies`, { body: "My own reply" });
      expect((await client.del("/api/me")).status).toBe(200);
      expect((await client.get("/api/me")).status).toBe(401);
      const thread = await other.client.get(`/api/threads/${t.body.id}`);
      const bodies = thread.body.thread.posts.map((p: { body: string }) => p.body);
      expect(bodies).not.toContain("Delete me please");
      expect(bodies).not.toContain("My own reply");
      expect(bodies).toContain("A reply that should stay");
    });
  });

  describe("space separation", () => {
    it("needs an identity to read a space (401) and the right space (403)", async () => {
      expect((await new Client(app).get("/api/spaces/parents/threads")).status).toBe(401);
      const young = await person("young-people");
      const res = await young.client.get("/api/spaces/parents/threads");
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/other space/);
      expect((await young.client.get("/api/spaces/young-people/threads")).status).toBe(200);
    });

    it("keeps each space's threads and posting to its own people", async () => {
      const parent = await person("parents");
      const young = await person("young-people");
      const t = await parent.client.post("/api/spaces/parents/threads", { title: "Parents only", body: "Just talking it through" });
      expect(t.status).toBe(201);
      expect((await young.client.get(`/api/threads/${t.body.id}`)).status).toBe(403);
      expect((await young.client.post(`/api/threads/${t.body.id}/replies`, { body: "hi" })).status).toBe(403);
      expect((await young.client.post("/api/spaces/parents/threads", { title: "Sneaky", body: "hello" })).status).toBe(403);
      const list = await young.client.get("/api/spaces/young-people/threads?limit=50");
      expect(list.body.threads.map((x: { id: string }) => x.id)).not.toContain(t.body.id);
    });

    it("answers 404 for a space that does not exist", async () => {
      const young = await person("young-people");
      expect((await young.client.get("/api/spaces/teachers/threads")).status).toBe(404);
    });
  });

  describe("threads and replies", () => {
    it("starts a thread, lists it, reads it, replies to it, and lists it in my posts", async () => {
      const author = await person("young-people");
      const reader = await person("young-people");
      const created = await author.client.post("/api/spaces/young-people/threads", {
        title: "  Someone keeps adding me  ",
        body: "Is blocking enough?",
      });
      expect(created).toMatchObject({ status: 201, body: { id: expect.any(String), status: "published" } });
      const list = await reader.client.get("/api/spaces/young-people/threads");
      const summary = list.body.threads.find((t: { id: string }) => t.id === created.body.id);
      expect(summary).toEqual({ id: created.body.id, title: "Someone keeps adding me", replyCount: 0, lastActivityAt: expect.any(String) });

      const reply = await reader.client.post(`/api/threads/${created.body.id}/replies`, { body: "Blocking and reporting helps." });
      expect(reply).toMatchObject({ status: 201, body: { id: expect.any(String), status: "published" } });

      const thread = await author.client.get(`/api/threads/${created.body.id}`);
      expect(thread.status).toBe(200);
      expect(thread.body.thread).toMatchObject({ id: created.body.id, title: "Someone keeps adding me", space: "young-people" });
      expect(thread.body.thread.posts).toEqual([
        expect.objectContaining({ body: "Is blocking enough?", pseudonym: author.pseudonym, createdAt: expect.any(String), status: "published" }),
        expect.objectContaining({ id: reply.body.id, body: "Blocking and reporting helps.", pseudonym: reader.pseudonym }),
      ]);
      expect(thread.body.thread.posts[1].status).toBeUndefined();

      const again = await reader.client.get("/api/spaces/young-people/threads");
      expect(again.body.threads[0]).toMatchObject({ id: created.body.id, replyCount: 1 });

      const mine = await reader.client.get("/api/me/posts");
      expect(mine.body.posts).toEqual([expect.objectContaining({ id: reply.body.id, threadId: created.body.id, status: "published", reason: null, isThreadStart: false })]);
      const authored = await author.client.get("/api/me/posts");
      expect(authored.body.posts[0]).toMatchObject({ threadId: created.body.id, isThreadStart: true });
    });

    it("orders by most recent activity and pages without gaps or repeats", async () => {
      const p = await person("parents");
      const made: string[] = [];
      for (let i = 0; i < 23; i++) {
        made.push((await p.client.post("/api/spaces/parents/threads", { title: `Paging thread ${i}`, body: "b" })).body.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { status: number; body: { threads: { id: string; lastActivityAt: string }[]; nextCursor: string | null } } =
          await p.client.get(`/api/spaces/parents/threads?limit=10${cursor ? `&cursor=${cursor}` : ""}`);
        expect(res.status).toBe(200);
        expect(res.body.threads.length).toBeLessThanOrEqual(10);
        seen.push(...res.body.threads.map((t) => t.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      const ours = seen.filter((id) => made.includes(id));
      expect(ours).toEqual([...made].reverse());
    });

    it("refuses a broken page cursor or limit with 400", async () => {
      const p = await person("parents");
      expect((await p.client.get("/api/spaces/parents/threads?cursor=garbage")).status).toBe(400);
      expect((await p.client.get("/api/spaces/parents/threads?limit=0")).status).toBe(400);
      expect((await p.client.get("/api/spaces/parents/threads?limit=abc")).status).toBe(400);
    });

    it("enforces title 3–120 and body 1–5,000 characters, counting characters not bytes", async () => {
      const p = await person("young-people");
      const post = (title: unknown, body: unknown) => p.client.post("/api/spaces/young-people/threads", { title, body });
      expect((await post("ab", "body")).status).toBe(400);
      expect((await post("   ab   ", "body")).status).toBe(400);
      expect((await post("x".repeat(121), "body")).status).toBe(400);
      expect((await post("x".repeat(120), "body")).status).toBe(201);
      expect((await post("Fine title", "")).status).toBe(400);
      expect((await post("Fine title", " \n\t ")).status).toBe(400);
      expect((await post("Fine title", "y".repeat(5001))).status).toBe(400);
      expect((await post("Fine title", "y".repeat(5000))).status).toBe(201);
      expect((await post("🙂🙂🙂", "🙂".repeat(5000))).status).toBe(201);
      const tooLong = await post("Fine title", "y".repeat(5001));
      expect(tooLong.body.error).toMatch(/5,000/);
    });

    it("normalises Unicode and trims whitespace before storing", async () => {
      const p = await person("young-people");
      const created = await p.client.post("/api/spaces/young-people/threads", { title: "Cafe\u0301 chat", body: "  e\u0301  \r\n" });
      const thread = await p.client.get(`/api/threads/${created.body.id}`);
      expect(thread.body.thread.title).toBe("Café chat");
      expect(thread.body.thread.posts[0].body).toBe("é");
    });

    it.each([
      [{ title: 12345, body: "x" }, /title/i],
      [{ title: "Good title" }, /post/i],
      [{ title: "Good title", body: ["x"] }, /post/i],
      [{ title: null, body: "x" }, /title/i],
    ])("refuses wrong types %j with a plain message", async (payload, message) => {
      const p = await person("young-people");
      const before = await countRows("threads");
      const res = await p.client.post("/api/spaces/young-people/threads", payload);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(message);
      expect(await countRows("threads")).toBe(before);
    });

    it("refuses an oversized request body with 413 and stores nothing", async () => {
      const p = await person("young-people");
      const before = await countRows("posts");
      const res = await p.client.post("/api/spaces/young-people/threads", { title: "Big", body: "z".repeat(200_000) });
      expect(res.status).toBe(413);
      expect(res.body.error).toEqual(expect.any(String));
      expect(await countRows("posts")).toBe(before);
    });

    it("answers 404 for unknown or malformed thread ids", async () => {
      const p = await person("young-people");
      expect((await p.client.get("/api/threads/00000000-0000-4000-8000-000000000000")).status).toBe(404);
      expect((await p.client.get("/api/threads/' OR 1=1 --")).status).toBe(404);
      const reply = await p.client.post("/api/threads/nope/replies", { body: "hello" });
      expect(reply.status).toBe(404);
      expect(reply.body.error).toMatch(/couldn't find/);
    });

    it("refuses a state change from a foreign Origin with 403 and changes nothing", async () => {
      const p = await person("young-people");
      const before = await countRows("threads");
      const res = await p.client.send("POST", "/api/spaces/young-people/threads", { title: "CSRF attempt", body: "x" }, { headers: { origin: "https://evil.example" } });
      expect(res.status).toBe(403);
      expect(res.body.error).toMatch(/another website/);
      const fetchSite = await p.client.send("POST", "/api/spaces/young-people/threads", { title: "CSRF attempt", body: "x" }, { headers: { origin: "", "sec-fetch-site": "cross-site" } });
      expect(fetchSite.status).toBe(403);
      expect(await countRows("threads")).toBe(before);
      const create = await new Client(app).send("POST", "/api/identities", { space: "parents" }, { headers: { origin: "https://evil.example" } });
      expect(create.status).toBe(403);
    });

    it("answers unknown API paths with a JSON 404", async () => {
      const res = await new Client(app).get("/api/nothing-here");
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual(expect.any(String));
    });
  });

  it("publishes the API as OpenAPI", async () => {
    const res = await new Client(app).get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(["/api/identities", "/api/spaces/{space}/threads", "/api/threads/{id}/replies", "/api/me/posts"]));
  });
});
