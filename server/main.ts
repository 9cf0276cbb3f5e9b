import { serve } from "@hono/node-server";
import { connect, type Db } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createApp } from "./app.ts";
import { configFromEnvironment } from "./config.ts";
import { seedDemoThreads } from "./demo/seed.ts";
import { PostgresQueueEvents, QueueEvents } from "./events.ts";
import { resetDemoStaff } from "./staff/accounts.ts";
import { seedDemoRota } from "./demo/rota.ts";
import { scheduleRetention } from "./retention.ts";
import { trackRequests } from "./shutdown.ts";
import { log } from "./log.ts";
import { startAlerts } from "./alerts/start.ts";

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? "127.0.0.1";
/** How long in-flight requests get to finish after SIGTERM. */
const DRAIN_MS = Number(process.env.HARBOUR_SHUTDOWN_MS ?? 10_000);

async function open(): Promise<Db> {
  const opened = connect(process.env.DATABASE_URL);
  await migrateToLatest(opened.db);
  return opened;
}

function refuseToStart(reason: string): never {
  console.error(`Harbour cannot start: ${reason}`);
  process.exit(1);
}

let config: ReturnType<typeof configFromEnvironment>;
try {
  config = configFromEnvironment(process.env);
} catch (err) {
  refuseToStart(err instanceof Error ? err.message : String(err));
}

let database: Db;
try {
  database = await open();
} catch (err) {
  // A clear reason and a non-zero exit, never a half-started server or a damaged file.
  refuseToStart(
    `the database is not usable (${err instanceof Error ? err.message : String(err)}). ` +
      "Check DATABASE_URL, that PostgreSQL is running, or that the SQLite file and its folder are writable and the disk has space.",
  );
}
const { db, dialect } = database;

if (process.env.HARBOUR_DEMO === "1") {
  const seeded = await seedDemoThreads(db);
  log.info({ seeded }, "demo content");
  for (const d of await resetDemoStaff(db)) console.log(`demo login: ${d.username} ${d.password} ${d.totpSecret}`);
  await seedDemoRota(db);
}

const stopRetention = scheduleRetention(db, config.retention);
// On PostgreSQL other instances may share the database: queue events travel through it.
const events = dialect === "postgres" ? new PostgresQueueEvents(db, process.env.DATABASE_URL ?? "") : new QueueEvents();
const app = createApp({ db, dialect, events, config });
const alerts = startAlerts(db, dialect, config, events);

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Harbour is running on http://${host}:${info.port} (${dialect})`);
});
const requests = trackRequests(server);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal, inFlight: requests.inFlight }, "shutting down");
  stopRetention();
  // Live queues are told to reconnect (to another instance) first: they never finish by themselves.
  events.closeStreams();
  await requests.drain(DRAIN_MS);
  await alerts.stop();
  await events.close();
  await db.destroy().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
