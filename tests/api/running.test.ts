import { afterAll, describe, expect, it } from "vitest";
import { currentCode } from "../../server/staff/totp.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { startHarbour as start } from "../helpers/harbour-process.ts";

describe.each(DIALECTS)("npm start on %s", (dialect) => {
  const dbs: TestDb[] = [];
  afterAll(async () => { for (const d of dbs) await d.drop(); });

  it("with HARBOUR_DEMO=1 seeds demo content, prints working demo staff logins and the URL", async () => {
    const database = await freshDatabase(dialect);
    dbs.push(database);
    await database.db.destroy(); // the server opens its own connection
    const server = await start({ DATABASE_URL: database.url, HARBOUR_DEMO: "1" });
    try {
      expect(server.output()).toContain(`Harbour is running on ${server.url}`);
      expect((await (await fetch(`${server.url}/api/health`)).json())).toEqual({ ok: true });
      const logins = [...server.output().matchAll(/^demo login: (\S+) (\S+) ([A-Z2-7]+)$/gm)].map((m) => ({ username: m[1]!, password: m[2]!, secret: m[3]! }));
      expect(logins.map((l) => l.username).sort()).toEqual(["demo-admin", "demo-lead", "demo-moderator", "demo-partner"]);
      const lead = logins.find((l) => l.username === "demo-lead")!;
      const login = await fetch(`${server.url}/api/staff/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: lead.username, password: lead.password, totp: currentCode(lead.secret) }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(";")[0]!;
      const queue = await (await fetch(`${server.url}/api/staff/queue`, { headers: { cookie } })).json();
      expect(queue.items.length).toBeGreaterThan(0);

      const me = await fetch(`${server.url}/api/identities`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ space: "parents" }) });
      const forumCookie = me.headers.getSetCookie()[0]!.split(";")[0]!;
      const threads = await (await fetch(`${server.url}/api/spaces/parents/threads?limit=50`, { headers: { cookie: forumCookie } })).json();
      expect(threads.threads.length).toBeGreaterThanOrEqual(12);
    } finally {
      await server.stop();
    }
  });

  it("without HARBOUR_DEMO creates nothing demo", async () => {
    const database = await freshDatabase(dialect);
    dbs.push(database);
    await database.db.destroy();
    const server = await start({ DATABASE_URL: database.url, HARBOUR_DEMO: "" });
    try {
      expect(server.output()).not.toContain("demo login");
      const me = await fetch(`${server.url}/api/identities`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ space: "young-people" }) });
      const cookie = me.headers.getSetCookie()[0]!.split(";")[0]!;
      const res = await fetch(`${server.url}/api/spaces/young-people/threads`, { headers: { cookie } });
      const threads = await res.json();
      expect(threads.threads).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});

describe("npm start refuses to start, with the reason, when it cannot run safely", () => {
  it.each([
    ["PostgreSQL cannot be reached", { DATABASE_URL: "postgres://postgres@127.0.0.1:1/harbour" }, /database is not usable/],
    ["the SQLite file cannot be created (its folder is a file)", { DATABASE_URL: "sqlite:/dev/null/harbour/harbour.sqlite" }, /database is not usable/],
    ["HARBOUR_TRUST_PROXY is not a number of proxies", { HARBOUR_TRUST_PROXY: "yes" }, /HARBOUR_TRUST_PROXY/],
    ["HARBOUR_RATE_LIMITS is not valid", { HARBOUR_RATE_LIMITS: '{"post": {"limit": -1}}' }, /HARBOUR_RATE_LIMITS/],
    ["HARBOUR_CONTACT_KEY is missing outside the demo", { HARBOUR_CONTACT_KEY: "", HARBOUR_DEMO: "" }, /HARBOUR_CONTACT_KEY is not set/],
    ["HARBOUR_KEEP_PUBLISHED_DAYS is not a number of days", { HARBOUR_KEEP_PUBLISHED_DAYS: "forever" }, /HARBOUR_KEEP_PUBLISHED_DAYS must be a whole number of days/],
    ["HARBOUR_CONTACT_KEY is not 32 bytes", { HARBOUR_CONTACT_KEY: "c2hvcnQ=" }, /HARBOUR_CONTACT_KEY must be 32 random bytes/],
  ])("%s", async (_why, env, reason) => {
    const server = await start(env);
    expect(await server.stop()).toBe(1);
    expect(server.output()).toMatch(/Harbour cannot start: /);
    expect(server.output()).toMatch(reason);
    expect(server.output()).not.toContain("Harbour is running");
  });
});
