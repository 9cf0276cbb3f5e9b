import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarbourApp } from "../../server/app.ts";
import { runRetention } from "../../server/retention.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";

const DAY = 86_400_000;

describe.each(DIALECTS)("retention on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
  });
  afterAll(async () => database.drop());

  it("deletes old threads, old unpublished posts and expired sessions, but keeps what an open case needs", async () => {
    const a = new Client(app);
    await a.post("/api/identities", { space: "young-people" });
    const fresh = (await a.post("/api/spaces/young-people/threads", { title: "Recent", body: "still here" })).body.id;
    const stale = (await a.post("/api/spaces/young-people/threads", { title: "Old one", body: "long ago" })).body.id;
    const held = (await a.post("/api/spaces/young-people/threads", { title: "Held", body: "text me on 07700 900123" })).body.id;
    const crisis = (await a.post("/api/spaces/young-people/threads", { title: "Help", body: "i've started cutting myself again" })).body.id;
    const longAgo = new Date(Date.now() - 400 * DAY).toISOString();
    const monthsAgo = new Date(Date.now() - 40 * DAY).toISOString();
    await database.db.updateTable("threads").set({ last_activity_at: longAgo }).where("id", "=", stale).execute();
    await database.db.updateTable("posts").set({ created_at: monthsAgo }).where("thread_id", "in", [held, crisis]).execute();

    const result = await runRetention(database.db);
    expect(result.threads).toBe(1);
    expect(result.posts).toBe(1);
    const left = (await database.db.selectFrom("threads").select("id").execute()).map((r) => r.id);
    expect(left).toContain(fresh);
    expect(left).toContain(crisis);
    expect(left).not.toContain(stale);
    expect(left).not.toContain(held);
    expect((await a.get("/api/me")).status).toBe(200);
  });

  it("deletes a closed case's record 6 years after closure, keeps newer and open ones, and the author's messages stay theirs", async () => {
    const a = new Client(app);
    await a.post("/api/identities", { space: "young-people" });
    await a.post("/api/spaces/young-people/threads", { title: "Help", body: "i've started cutting myself again and i hate it" });
    await a.post("/api/spaces/young-people/threads", { title: "Help 2", body: "i keep thinking about ending my life" });
    const rows = await database.db.selectFrom("cases").select(["id", "identity_id"]).where("status", "=", "open").orderBy("opened_at", "desc").limit(2).execute();
    const [old, recent] = rows.map((r) => r.id);
    const identityId = rows[0]!.identity_id!;
    await database.db.insertInto("messages").values({ id: crypto.randomUUID(), identity_id: identityId, case_id: old!, staff_id: null, body: "thank you", created_at: new Date().toISOString(), read_at: null, asks_for_contact: 0 }).execute();
    const closed = (days: number) => ({ status: "closed" as const, closed_at: new Date(Date.now() - days * DAY).toISOString(), outcome: "resolved_with_support" });
    await database.db.updateTable("cases").set(closed(6 * 365 + 1)).where("id", "=", old!).execute();
    await database.db.updateTable("cases").set(closed(5 * 365)).where("id", "=", recent!).execute();
    const result = await runRetention(database.db);
    expect(result.cases).toBe(1);
    const left = (await database.db.selectFrom("cases").select("id").execute()).map((r) => r.id);
    expect(left).not.toContain(old);
    expect(left).toContain(recent);
    expect(await database.db.selectFrom("case_actions").select("id").where("case_id", "=", old!).execute()).toEqual([]);
    expect((await database.db.selectFrom("messages").select("case_id").where("body", "=", "thank you").executeTakeFirstOrThrow()).case_id).toBeNull();
  });
});
