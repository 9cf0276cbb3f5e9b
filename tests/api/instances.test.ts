import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Db } from "../../db/connect.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { currentCode } from "../../server/staff/totp.ts";
import { startHarbour, type HarbourProcess } from "../helpers/harbour-process.ts";
import { startPostgres, type RunningPostgres } from "../helpers/postgres-server.ts";

// Two (and for a while three) real Harbour processes, started as `npm start` starts one, on one
// PostgreSQL server of their own, which this file stops and starts again.

const CRISIS = "i have taken all the tablets in the cupboard and i'm going to sleep now, goodbye";
let serial = 0;
/** A client address of its own (the instances trust one proxy hop), so limits start from zero. */
const address = () => `198.51.100.${++serial}`;

async function json(res: Response): Promise<any> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function newIdentity(base: string, from = address()): Promise<{ cookie: string; status: number }> {
  const res = await fetch(`${base}/api/identities`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from },
    body: JSON.stringify({ space: "young-people" }),
  });
  await res.arrayBuffer();
  return { status: res.status, cookie: res.headers.getSetCookie()[0]?.split(";")[0] ?? "" };
}

function postThread(base: string, cookie: string, body: string): Promise<Response> {
  return fetch(`${base}/api/spaces/young-people/threads`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ title: "Something happened", body }),
  });
}

/** Reads a live queue stream until an event satisfies `want`, or fails after `ms`. */
async function openQueueStream(base: string, cookie: string) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/staff/queue/events`, { headers: { cookie }, signal: controller.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  let buffered = "";
  const events: Array<{ event: string; data: string }> = [];
  const pump = (async () => {
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffered.indexOf("\n\n")) >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? "";
          events.push({ event, data });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    events,
    async waitFor(want: (e: { event: string; data: string }) => boolean, ms = 10_000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        const found = events.find(want);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no matching event within ${ms} ms; saw ${JSON.stringify(events)}`);
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not true within ${ms} ms`);
}

describe("several Harbour instances on one PostgreSQL", () => {
  let server: RunningPostgres;
  let url: string;
  let direct: Db;
  let a: HarbourProcess;
  let b: HarbourProcess;
  let leadCookieOnB: string;
  const env = () => ({ DATABASE_URL: url, HARBOUR_TRUST_PROXY: "1", HARBOUR_SHUTDOWN_MS: "10000" });

  beforeAll(async () => {
    server = await startPostgres();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE DATABASE harbour_instances");
    await admin.end();
    url = server.url.replace(/\/[^/]*$/, "/harbour_instances");
    a = await startHarbour(env());
    b = await startHarbour(env());
    expect(a.output()).toContain("Harbour is running");
    expect(b.output()).toContain("Harbour is running");
    direct = connect(url);
    const { password, totpSecret } = await createStaffAccount(direct.db, { username: "lead-on-b", role: "safeguarding_lead", withTotp: true });
    const login = await fetch(`${b.url}/api/staff/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address() },
      body: JSON.stringify({ username: "lead-on-b", password, totp: currentCode(totpSecret!) }),
    });
    expect(login.status).toBe(200);
    leadCookieOnB = login.headers.getSetCookie()[0]!.split(";")[0]!;
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await direct?.db.destroy();
    server?.stop();
  });

  it("a crisis post made on one instance reaches the live queue open on the other", async () => {
    const stream = await openQueueStream(b.url, leadCookieOnB);
    try {
      await stream.waitFor((e) => e.event === "ready");
      const author = await newIdentity(a.url);
      const res = await postThread(a.url, author.cookie, CRISIS);
      expect(res.status).toBe(201);
      const event = await stream.waitFor((e) => e.event === "queue" && JSON.parse(e.data).type === "queued");
      expect(JSON.parse(event.data)).toMatchObject({ type: "queued", severity: 4 });
      // And B's queue, read the ordinary way, has it.
      const queue = await json(await fetch(`${b.url}/api/staff/queue`, { headers: { cookie: leadCookieOnB } }));
      expect(queue.items.some((i: { severity: number }) => i.severity === 4)).toBe(true);
    } finally {
      await stream.close();
    }
  });

  it("rate limits hold across instances, and no client address is stored", async () => {
    const from = address();
    const statuses: number[] = [];
    // Twenty new identities an hour per address (config.ts), however the requests are spread.
    for (let i = 0; i < 13; i++) statuses.push((await newIdentity(a.url, from)).status, (await newIdentity(b.url, from)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // Another address is unaffected.
    expect((await newIdentity(b.url)).status).toBe(201);

    const stored = JSON.stringify([
      await direct.db.selectFrom("rate_limit_counters").selectAll().execute(),
      await direct.db.selectFrom("rate_limit_secrets").selectAll().execute(),
    ]);
    expect(stored).not.toContain(from);
    expect(stored).not.toContain("198.51.100");
    expect(await direct.db.selectFrom("rate_limit_secrets").select("day").execute()).toHaveLength(1);
  });

  it("SIGTERM under load: nothing acknowledged is lost and nothing is answered 500", async () => {
    const c = await startHarbour(env());
    // A lead's session from B works on C too; the open queue is told to reconnect elsewhere.
    const queue = await openQueueStream(c.url, leadCookieOnB);
    await queue.waitFor((e) => e.event === "ready");
    const writers = await Promise.all(Array.from({ length: 20 }, () => newIdentity(c.url)));
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let refused = 0;
    let sent = 0;
    const bodies = (w: number, i: number) => `just checking in from writer ${w}, post ${i}, the bus was late again`;
    const load = Promise.all(
      writers.map(async (w, k) => {
        for (let i = 0; i < 10; i++) {
          sent++;
          try {
            const res = await postThread(c.url, w.cookie, bodies(k, i));
            statuses.push(res.status);
            const body = await json(res);
            if (res.status === 201) acknowledged.push(body.id);
          } catch {
            refused++; // the instance had stopped taking connections: the client goes elsewhere
          }
        }
      }),
    );
    await waitUntil(async () => acknowledged.length >= 40, 30_000);
    const exit = c.stop();
    await load;
    expect(await exit).toBe(0);
    await queue.waitFor((e) => e.event === "closing", 1000);
    await queue.close();

    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
    expect(acknowledged.length + refused + statuses.filter((s) => s !== 201).length).toBe(sent);
    const stored = await direct.db.selectFrom("threads").select("id").where("id", "in", acknowledged).execute();
    expect(stored).toHaveLength(acknowledged.length);
  }, 90_000);

  it("PostgreSQL stopped: 503 with Retry-After and an unhealthy health check; started again: served without a restart", async () => {
    const author = await newIdentity(a.url);
    expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
    const before = await direct.db.selectFrom("posts").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();

    server.pause();
    try {
      const health = await fetch(`${a.url}/api/health`);
      expect(health.status).toBe(503);
      expect(health.headers.get("retry-after")).toMatch(/^\d+$/);
      for (const res of [
        await fetch(`${a.url}/api/spaces/young-people/threads`, { headers: { cookie: author.cookie } }),
        await postThread(a.url, author.cookie, "is anyone else revising tonight"),
        await postThread(b.url, author.cookie, "is anyone else revising tonight"),
        await fetch(`${b.url}/api/staff/queue`, { headers: { cookie: leadCookieOnB } }),
      ]) {
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect((await json(res)).error).toMatch(/database/);
      }
    } finally {
      server.resume();
    }

    await waitUntil(async () => (await fetch(`${a.url}/api/health`)).status === 200 && (await fetch(`${b.url}/api/health`)).status === 200, 20_000);
    // Nothing was stored while it was down (no false success), and posting works again on both.
    const after = await direct.db.selectFrom("posts").select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await postThread(a.url, author.cookie, "back again, is anyone revising")).status).toBe(201);
    expect((await postThread(b.url, author.cookie, "back again, is anyone revising")).status).toBe(201);

    // B's listening connection came back by itself: a crisis post on A is live on B again.
    const stream = await openQueueStream(b.url, leadCookieOnB);
    try {
      await stream.waitFor((e) => e.event === "ready");
      await waitUntil(async () => {
        const res = await postThread(a.url, (await newIdentity(a.url)).cookie, CRISIS);
        return res.status === 201 && stream.events.some((e) => e.event === "queue" && JSON.parse(e.data).type === "queued");
      }, 20_000);
    } finally {
      await stream.close();
    }
  }, 90_000);
});
