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
});
