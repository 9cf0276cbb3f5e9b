// Server bench (issues 3 and 10): `npm run -s bench:server`.
//
// Starts real processes, as a deployment would: a bare Hono JSON endpoint (the floor), one
// Harbour instance (`server/main.ts`, as `npm start` runs it) on a temporary SQLite file, and two
// Harbour instances on one throwaway PostgreSQL server, each on its own port on 127.0.0.1. A
// forked load process (bench/lib/load.ts) drives every scenario with autocannon for a fixed time
// after a short warm-up (against two instances, the connections are shared between them), and
// the bench prints requests/s, p50/p99 latency, the ratio of requests/s to the floor measured in
// the same run (at the start and again at the end, to show how noisy the machine is), and each
// process's peak memory. One scenario posts while 50 staff have the live queue open (spread over
// both PostgreSQL instances) and counts the queue events they received. Any non-2xx response,
// socket error or timeout fails the run. Everything it starts is stopped and its files removed.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { sql, type Kysely } from "kysely";
import { connect, type Dialect } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { defaultConfig } from "../server/config.ts";
import { createStaffAccount } from "../server/staff/accounts.ts";
import { currentCode } from "../server/staff/totp.ts";
import { startHarbour, type HarbourProcess } from "../tests/helpers/harbour-process.ts";
import { startPostgres } from "../tests/helpers/postgres-server.ts";
import type { LoadJob, LoadReply, LoadSummary } from "./lib/load.ts";
import { nextPost } from "./lib/posts.ts";

const CONNECTIONS = 10;
const WARMUP_SEC = 2;
const DURATION_SEC = 10;
const EXTRA_THREADS = 500; // on top of the demo threads, all in one space
const IDENTITIES = 10; // per database; requests take their cookies round-robin
const LIVE_QUEUES = 50;
const SPACE = "young-people";
const LIST_PATH = `/api/spaces/${SPACE}/threads?limit=20`;
const POST_PATH = `/api/spaces/${SPACE}/threads`;
// Every rate limit far out of reach of the bench (the limits themselves are still counted, in the database).
const NO_LIMITS = JSON.stringify(Object.fromEntries(Object.keys(defaultConfig().rateLimits).map((k) => [k, { limit: 1e9, windowMs: 60_000 }])));

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

// ---- processes ----

interface Proc {
  name: string;
  process: HarbourProcess;
}
const processes: Proc[] = [];

async function startProcess(name: string, env: Record<string, string>, entry?: string): Promise<HarbourProcess> {
  const p = await startHarbour({ HARBOUR_DEMO: "1", HARBOUR_RATE_LIMITS: NO_LIMITS, ...env }, entry);
  cleanups.push(() => p.stop());
  if (!p.output().includes("Harbour is running")) throw new Error(`${name} did not start:\n${p.output()}`);
  processes.push({ name, process: p });
  return p;
}

/** Peak resident memory of a process so far (Linux VmHWM), in MiB. */
function peakMiB(pid: number | undefined): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb === undefined ? NaN : Number(kb) / 1024;
  } catch {
    return NaN;
  }
}

// ---- seeding, through the API ----

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

// Realistic volume for the list: the demo threads plus EXTRA_THREADS threads in SPACE with
// 0–4 replies each, written through the API (so through the same checks as real posts).
async function seed(origin: string, cookies: string[]): Promise<void> {
  const send = async (path: string, cookie: string, payload: object): Promise<string> => {
    const res = await fetch(origin + path, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(payload) });
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

interface Backend {
  dialect: Dialect;
  origins: string[];
  version: string;
  threads: number;
  posts: number;
  seedSec: number;
  cookies: string[];
  db: Kysely<Database>;
}

async function startBackend(dialect: Dialect, url: string, instances: number): Promise<Backend> {
  const origins: string[] = [];
  // One at a time, so the demo content is seeded once (the later instance finds it there).
  for (let i = 0; i < instances; i++) origins.push((await startProcess(`harbour ${dialect} #${i + 1}`, { DATABASE_URL: url })).url);
  const { db } = connect(url);
  cleanups.push(() => db.destroy());
  const first = origins[0] as string;
  const cookies: string[] = [];
  for (let i = 0; i < IDENTITIES; i++) cookies.push(await newIdentityCookie(first));
  const seedStart = Date.now();
  await seed(first, cookies);
  const seedSec = (Date.now() - seedStart) / 1000;
  for (const origin of origins) await checkRoutes(origin, cookies[0] as string);
  const v = dialect === "sqlite" ? sql<{ v: string }>`select 'SQLite ' || sqlite_version() as v` : sql<{ v: string }>`select 'PostgreSQL ' || current_setting('server_version') as v`;
  const version = (await v.execute(db)).rows[0]?.v ?? dialect;
  return { dialect, origins, version, threads: await count(db, "threads"), posts: await count(db, "posts"), seedSec, cookies, db };
}

// One request of each kind by hand before the load, so a broken route fails here, clearly.
async function checkRoutes(origin: string, cookie: string): Promise<void> {
  const list = await fetch(origin + LIST_PATH, { headers: { cookie } });
  const page = (await list.json()) as { threads?: unknown[] };
  if (list.status !== 200 || page.threads?.length !== 20) throw new Error(`GET ${LIST_PATH} gave ${list.status} with ${page.threads?.length ?? "no"} threads`);
  const post = await fetch(origin + POST_PATH, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(nextPost()) });
  if (post.status !== 201) throw new Error(`POST ${POST_PATH} gave ${post.status}: ${await post.text()}`);
}

// ---- the live queue: staff with the queue open ----

interface LiveQueues {
  received(): number;
  close(): Promise<void>;
}

async function openLiveQueues(backend: Backend, n: number): Promise<LiveQueues> {
  let received = 0;
  const controllers: AbortController[] = [];
  const readers: Array<Promise<void>> = [];
  for (let i = 0; i < n; i++) {
    const username = `bench-moderator-${i}`;
    const { password, totpSecret } = await createStaffAccount(backend.db, { username, role: "moderator", withTotp: true });
    const origin = backend.origins[i % backend.origins.length] as string;
    const login = await fetch(`${origin}/api/staff/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password, totp: currentCode(totpSecret as string) }),
    });
    if (login.status !== 200) throw new Error(`staff login gave ${login.status}: ${await login.text()}`);
    const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] as string;
    const controller = new AbortController();
    controllers.push(controller);
    const res = await fetch(`${origin}/api/staff/queue/events`, { headers: { cookie }, signal: controller.signal });
    if (res.status !== 200 || !res.body) throw new Error(`queue events gave ${res.status}`);
    const reader = res.body.getReader();
    readers.push(
      (async () => {
        const decoder = new TextDecoder();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            received += (decoder.decode(value).match(/^event: queue$/gm) ?? []).length;
          }
        } catch {
          // aborted at the end
        }
      })(),
    );
  }
  return {
    received: () => received,
    async close() {
      for (const c of controllers) c.abort();
      await Promise.all(readers);
    },
  };
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
  urls: string[];
  method: "GET" | "POST";
  cookies: string[];
  postBodies: boolean;
  isFloor?: boolean;
  /** Opened before the load and closed after; what they received is reported. */
  liveQueues?: Backend;
}

interface Row {
  scenario: Scenario;
  warmup: LoadSummary;
  measured: LoadSummary;
  note: string;
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
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "× floor", "non-2xx", "requests", "note"];
  const body = rows.map(({ scenario, measured: m, note }) => [
    scenario.name,
    m.reqPerSec.toFixed(0),
    m.p50.toFixed(2),
    m.p99.toFixed(2),
    (m.reqPerSec / floor).toFixed(3),
    String(m.non2xx),
    String(m.total),
    note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
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
  console.log(`autocannon: ${CONNECTIONS} connections, ${WARMUP_SEC} s warm-up + ${DURATION_SEC} s measured per scenario; every server a process of its own, the load another, all on 127.0.0.1`);

  const tmp = mkdtempSync(join(tmpdir(), "harbour-bench-"));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));

  const t0 = Date.now();
  const floorOrigin = (await startProcess("floor (bare Hono)", {}, "bench/lib/floor.ts")).url;
  const sqlite = await startBackend("sqlite", `sqlite:${join(tmp, "bench.sqlite")}`, 1);
  const pgServer = await startPostgres();
  cleanups.push(() => pgServer.stop());
  const admin = new pg.Client({ connectionString: pgServer.url });
  await admin.connect();
  await admin.query("CREATE DATABASE harbour_bench");
  await admin.end();
  const postgres = await startBackend("postgres", pgServer.url.replace(/\/[^/]*$/, "/harbour_bench"), 2);
  for (const b of [sqlite, postgres]) {
    console.log(`${b.version}: ${b.origins.length} instance(s), ${b.threads} threads, ${b.posts} posts (seeded through the API in ${b.seedSec.toFixed(1)} s); ${b.cookies.length} identities`);
  }
  console.log(`setup took ${((Date.now() - t0) / 1000).toFixed(1)} s (the SQLite file and the PostgreSQL data are temporary; PostgreSQL runs with fsync=off)\n`);

  const floor = (name: string): Scenario => ({ name, urls: [`${floorOrigin}/floor`], method: "GET", cookies: [], postBodies: false, isFloor: true });
  const on = (b: Backend, n: number) => b.origins.slice(0, n);
  const label = (b: Backend, n: number) => `${b.dialect}${b.dialect === "postgres" ? `, ${n} instance${n > 1 ? "s" : ""}` : ""}`;
  const list = (b: Backend, n: number): Scenario => ({ name: `list threads ${label(b, n)}`, urls: on(b, n).map((o) => o + LIST_PATH), method: "GET", cookies: b.cookies, postBodies: false });
  const post = (b: Backend, n: number): Scenario => ({ name: `post thread ${label(b, n)}`, urls: on(b, n).map((o) => o + POST_PATH), method: "POST", cookies: b.cookies, postBodies: true });
  const scenarios: Scenario[] = [
    floor("floor (start)"),
    list(sqlite, 1),
    list(postgres, 1),
    list(postgres, 2),
    post(sqlite, 1),
    post(postgres, 1),
    post(postgres, 2),
    { ...post(postgres, 2), name: `post thread postgres, 2 instances, ${LIVE_QUEUES} live queues open`, liveQueues: postgres },
    floor("floor (end)"),
  ];

  const load = startLoadProcess();
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    process.stdout.write(`running ${scenario.name} …`);
    const queues = scenario.liveQueues ? await openLiveQueues(scenario.liveQueues, LIVE_QUEUES) : null;
    const { warmup, measured } = await runLoad(load, {
      urls: scenario.urls,
      method: scenario.method,
      cookies: scenario.cookies,
      postBodies: scenario.postBodies,
      connections: CONNECTIONS,
      warmupSec: WARMUP_SEC,
      durationSec: DURATION_SEC,
    });
    let note = "";
    if (queues) {
      await new Promise((r) => setTimeout(r, 500));
      note = `${queues.received()} queue events reached the ${LIVE_QUEUES} open queues`;
      await queues.close();
    }
    process.stdout.write(` ${measured.reqPerSec.toFixed(0)} req/s\n`);
    rows.push({ scenario, warmup, measured, note });
  }

  console.log("\n" + table(rows) + "\n");
  console.log("peak memory (VmHWM) per process:");
  for (const p of processes) console.log(`  ${p.name.padEnd(22)} ${peakMiB(p.process.child.pid).toFixed(0).padStart(5)} MiB`);
  console.log("");

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
