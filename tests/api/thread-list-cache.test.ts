import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarbourApp } from "../../server/app.ts";
import { QueueEvents } from "../../server/events.ts";
import { createApp } from "../../server/app.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testConfig } from "../helpers/server.ts";

// The first page of a space's list is reused for a moment (server/thread-list-cache.ts): what
// people rely on is that their own new thread shows at once, that a staff decision shows at once,
// and that anything else (another instance, the retention job) shows within a second.
describe.each(DIALECTS)("the thread list's first page on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  const events = new QueueEvents();

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = createApp({ db: database.db, dialect: database.dialect, events, config: testConfig({ webDir: null, threadListCacheMs: 1000 }) });
  });
  afterAll(async () => database.drop());

  const titles = async (client: Client) => ((await client.get("/api/spaces/young-people/threads")).body.threads as Array<{ title: string }>).map((t) => t.title);

  it("shows one's own new thread at once, a change from elsewhere within a second, and a queue change at once", async () => {
    const client = new Client(app);
    expect((await client.post("/api/identities", { space: "young-people" })).status).toBe(201);
    expect(await titles(client)).toEqual([]);
    const made = await client.post("/api/spaces/young-people/threads", { title: "Revision tips", body: "what helps you revise for mocks?" });
    expect(made.status).toBe(201);
    expect(await titles(client)).toEqual(["Revision tips"]);

    // Hidden by something outside this instance: still listed for at most a second.
    await database.db.updateTable("posts").set({ status: "removed" }).where("thread_id", "=", made.body.id).execute();
    await new Promise((r) => setTimeout(r, 1100));
    expect(await titles(client)).toEqual([]);

    // Published again, then any queue event (from any instance) drops the page at once.
    await database.db.updateTable("posts").set({ status: "published" }).where("thread_id", "=", made.body.id).execute();
    expect(await titles(client)).toEqual([]);
    events.publish({ type: "decided", itemId: "00000000-0000-0000-0000-000000000000", severity: 2 });
    expect(await titles(client)).toEqual(["Revision tips"]);
  });
});
