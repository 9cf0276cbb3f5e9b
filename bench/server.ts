// Server bench (issue 3, item 9): `npm run -s bench:server`.
//
// Starts, in this process, a bare Hono JSON endpoint (the floor) and the Harbour app twice —
// on a temporary SQLite file and on a throwaway PostgreSQL server — each on its own port on
// 127.0.0.1. A forked load process (bench/lib/load.ts) then drives every scenario with
// autocannon for a fixed time after a short warm-up, and the bench prints requests/s, p50/p99
// latency and the ratio of requests/s to the floor measured in the same run (at the start and
// again at the end, to show how noisy the machine is). Any non-2xx response, socket error or
// timeout fails the run. Everything it starts is stopped and its temporary files removed.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { sql, type Kysely } from "kysely";
import { connect, type Dialect } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import type { Database } from "../db/schema.ts";
import { createApp } from "../server/app.ts";
import { defaultConfig, type AppConfig } from "../server/config.ts";
import { seedDemoThreads } from "../server/demo/seed.ts";
import { startPostgres } from "../tests/helpers/postgres-server.ts";
import type { LoadJob, LoadReply, LoadSummary } from "./lib/load.ts";
import { nextPost } from "./lib/posts.ts";

const HOST = "127.0.0.1";
const CONNECTIONS = 10;
const WARMUP_SEC = 2;
const DURATION_SEC = 10;
const EXTRA_THREADS = 500; // on top of the demo threads, all in one space
const IDENTITIES = 10; // per backend; requests take their cookies round-robin
const SPACE = "young-people";
const LIST_PATH = `/api/spaces/${SPACE}/threads?limit=20`;
const POST_PATH = `/api/spaces/${SPACE}/threads`;

// ---- cleanup: everything started registers how to stop it; run once, last first ----

const cleanups: Array<() => unknown> = [];
let cleaning: Promise<void> | null = null;
// Everyone who asks (the end of main, a signal) waits for the same, single cleanup.
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (err) {
        console.error("cleanup step failed:", err instanceof Error ? err.message : err);
      }
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanUp().then(() => process.exit(130));
  });
}

// ---- servers ----

type FetchHandler = (req: Request) => Response | Promise<Response>;

async function listen(fetch: FetchHandler): Promise<string> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: HOST }, () => resolve(s));
  });
  cleanups.push(async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    await closed;
  });
  const { port } = server.address() as AddressInfo;
  return `http://${HOST}:${port}`;
}

function startFloor(): Promise<string> {
  const floor = new Hono();
  floor.get("/floor", (c) => c.json({ ok: true }));
  return listen(floor.fetch);
}

interface Backend {
  dialect: Dialect;
  origin: string;
  version: string;
  threads: number;
  posts: number;
  seedSec: number;
  cookies: string[];
}

// Realistic volume for the list: the demo threads plus EXTRA_THREADS threads in SPACE with
// 0–4 replies each, written through the API (so through the same checks as real posts), a few
// at a time, by the bench's own identities.
async function seed(origin: string, cookies: string[]): Promise<void> {
  const send = async (path: string, cookie: string, payload: object): Promise<string> => {
    const res = await fetch(origin + path, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    const json = (await res.json()) as { id?: string };
    if (res.status !== 201 || !json.id) throw new Error(`seeding: POST ${path} gave ${res.status} ${JSON.stringify(json)}`);
    return json.id;
  };
  let next = 0;
  const worker = async (w: number) => {
    const cookie = cookies[w % cookies.length] as string;
    for (let i = next++; i < EXTRA_THREADS; i = next++) {
      const id = await send(POST_PATH, cookie, nextPost());
      for (let r = 0; r < i % 5; r++) await send(`/api/threads/${id}/replies`, cookie, { body: nextPost().body });
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
}

async function count(db: Kysely<Database>, table: "threads" | "posts"): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function newIdentityCookie(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/identities`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ space: SPACE }),
  });
  if (res.status !== 201) throw new Error(`POST /api/identities gave ${res.status}: ${await res.text()}`);
  // The response first clears any old session cookie, then sets the new one: take the last.
  const pair = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] as string)
    .filter((c) => /^harbour_session=[^;]+$/.test(c))
    .pop();
  if (!pair) throw new Error("POST /api/identities set no harbour_session cookie");
  return pair;
}

// One request of each kind by hand before the load, so a broken route fails here, clearly.
async function checkRoutes(origin: string, cookie: string): Promise<void> {
  const list = await fetch(origin + LIST_PATH, { headers: { cookie } });
  const page = (await list.json()) as { threads?: unknown[] };
  if (list.status !== 200 || page.threads?.length !== 20) {
    throw new Error(`GET ${LIST_PATH} gave ${list.status} with ${page.threads?.length ?? "no"} threads`);
  }
  const post = await fetch(origin + POST_PATH, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(nextPost()),
  });
  if (post.status !== 201) throw new Error(`POST ${POST_PATH} gave ${post.status}: ${await post.text()}`);
}

async function startBackend(dialect: Dialect, url: string): Promise<Backend> {
  const { db } = connect(url);
  cleanups.push(() => db.destroy());
  await migrateToLatest(db);
  await seedDemoThreads(db);
  // Every rate limit (whatever limits the config has by now) far out of reach of the bench.
  const lots = { limit: 1e9, windowMs: 60_000 };
  const rateLimits = Object.fromEntries(Object.keys(defaultConfig().rateLimits).map((k) => [k, lots])) as AppConfig["rateLimits"];
  const config = defaultConfig({ webDir: null, rateLimits });
  const origin = await listen(createApp({ db, dialect, config }).fetch);
  const cookies: string[] = [];
  for (let i = 0; i < IDENTITIES; i++) cookies.push(await newIdentityCookie(origin));
  const seedStart = Date.now();
  await seed(origin, cookies);
  const seedSec = (Date.now() - seedStart) / 1000;
  await checkRoutes(origin, cookies[0] as string);
  const v = dialect === "sqlite" ? sql<{ v: string }>`select 'SQLite ' || sqlite_version() as v` : sql<{ v: string }>`select 'PostgreSQL ' || current_setting('server_version') as v`;
  const version = (await v.execute(db)).rows[0]?.v ?? dialect;
  return { dialect, origin, version, threads: await count(db, "threads"), posts: await count(db, "posts"), seedSec, cookies };
}

// ---- load ----

function startLoadProcess(): ChildProcess {
  // Inherits this process's tsx loader flags, so the child runs the .ts file directly.
  const child = fork(fileURLToPath(new URL("./lib/load.ts", import.meta.url)), { stdio: "inherit" });
  cleanups.push(() => {
    if (child.connected) child.disconnect();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  return child;
}

function runLoad(child: ChildProcess, job: LoadJob): Promise<{ warmup: LoadSummary; measured: LoadSummary }> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`load process exited (${code}) mid-scenario`));
    child.once("exit", onExit);
    child.once("message", (reply: LoadReply) => {
      child.off("exit", onExit);
      if (reply.ok) resolve(reply);
      else reject(new Error(`load failed: ${reply.error}`));
    });
    child.send(job);
  });
}

interface Scenario {
  name: string;
  url: string;
  method: "GET" | "POST";
  cookies: string[];
  postBodies: boolean;
  isFloor?: boolean;
}

interface Row {
  scenario: Scenario;
  warmup: LoadSummary;
  measured: LoadSummary;
}

function problems(s: LoadSummary): string[] {
  const out: string[] = [];
  if (s.non2xx > 0) {
    const codes = Object.entries(s.statusCodes).filter(([code]) => !code.startsWith("2"));
    out.push(`${s.non2xx} non-2xx (${codes.map(([c, n]) => `${c}×${n}`).join(", ")})`);
  }
  if (s.errors > 0) out.push(`${s.errors} socket errors`);
  if (s.timeouts > 0) out.push(`${s.timeouts} timeouts`);
  if (s.total === 0) out.push("no requests completed");
  return out;
}

// ---- report ----

function table(rows: Row[]): string {
  const floors = rows.filter((r) => r.scenario.isFloor).map((r) => r.measured.reqPerSec);
  const floor = floors.reduce((a, b) => a + b, 0) / floors.length;
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "× floor", "non-2xx", "requests"];
  const body = rows.map(({ scenario, measured: m }) => [
    scenario.name,
    m.reqPerSec.toFixed(0),
    m.p50.toFixed(2),
    m.p99.toFixed(2),
    (m.reqPerSec / floor).toFixed(3),
    String(m.non2xx),
    String(m.total),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  return [
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...body.map(line),
    "",
    `× floor = req/s ÷ ${floor.toFixed(0)}, the mean of the two floor runs (${floors.map((f) => f.toFixed(0)).join(" and ")}).`,
  ].join("\n");
}

async function main(): Promise<number> {
  const cpu = cpus();
  console.log("Harbour server bench");
  console.log(`node ${process.version} on ${process.platform}/${process.arch}; CPU ${cpu[0]?.model.trim() ?? "unknown"}, ${cpu.length} cores (${availableParallelism()} available)`);
  console.log(`autocannon: ${CONNECTIONS} connections, ${WARMUP_SEC} s warm-up + ${DURATION_SEC} s measured per scenario, load process separate from the servers, all on ${HOST}`);

  const tmp = mkdtempSync(join(tmpdir(), "harbour-bench-"));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));

  const floorOrigin = await startFloor();
  const t0 = Date.now();
  const sqlite = await startBackend("sqlite", `sqlite:${join(tmp, "bench.sqlite")}`);
  const pgServer = await startPostgres();
  cleanups.push(() => pgServer.stop());
  const postgres = await startBackend("postgres", pgServer.url);
  for (const b of [sqlite, postgres]) {
    console.log(`${b.version}: ${b.threads} threads, ${b.posts} posts (seeded through the API in ${b.seedSec.toFixed(1)} s); ${b.cookies.length} identities`);
  }
  console.log(`setup took ${((Date.now() - t0) / 1000).toFixed(1)} s (the SQLite file and the PostgreSQL data are temporary; PostgreSQL runs with fsync=off)\n`);

  const floor = (name: string): Scenario => ({ name, url: `${floorOrigin}/floor`, method: "GET", cookies: [], postBodies: false, isFloor: true });
  const list = (b: Backend): Scenario => ({ name: `list threads ${b.dialect}`, url: b.origin + LIST_PATH, method: "GET", cookies: b.cookies, postBodies: false });
  const post = (b: Backend): Scenario => ({ name: `post thread ${b.dialect}`, url: b.origin + POST_PATH, method: "POST", cookies: b.cookies, postBodies: true });
  const scenarios = [floor("floor (start)"), list(sqlite), list(postgres), post(sqlite), post(postgres), floor("floor (end)")];

  const load = startLoadProcess();
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    process.stdout.write(`running ${scenario.name} …`);
    const { warmup, measured } = await runLoad(load, {
      url: scenario.url,
      method: scenario.method,
      cookies: scenario.cookies,
      postBodies: scenario.postBodies,
      connections: CONNECTIONS,
      warmupSec: WARMUP_SEC,
      durationSec: DURATION_SEC,
    });
    process.stdout.write(` ${measured.reqPerSec.toFixed(0)} req/s\n`);
    rows.push({ scenario, warmup, measured });
  }

  console.log("\n" + table(rows) + "\n");

  const failures = rows.flatMap(({ scenario, warmup, measured }) => [
    ...problems(warmup).map((p) => `${scenario.name} (warm-up): ${p}`),
    ...problems(measured).map((p) => `${scenario.name}: ${p}`),
  ]);
  if (failures.length > 0) {
    console.error("BENCH FAILED — every response must be 2xx, with no errors or timeouts:");
    for (const f of failures) console.error(`  ${f}`);
    return 1;
  }
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  console.error("\nBENCH FAILED:", err instanceof Error ? (err.stack ?? err.message) : err);
} finally {
  await cleanUp();
}
process.exit(exitCode);
