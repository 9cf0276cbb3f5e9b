import { serve } from "@hono/node-server";
import { connect } from "../db/connect.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createApp } from "./app.ts";
import { defaultConfig } from "./config.ts";
import { seedDemoThreads } from "./demo/seed.ts";
import { resetDemoStaff } from "./staff/accounts.ts";
import { scheduleRetention } from "./retention.ts";
import { log } from "./log.ts";

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? "127.0.0.1";
const { db, dialect } = connect(process.env.DATABASE_URL);
await migrateToLatest(db);

if (process.env.HARBOUR_DEMO === "1") {
  const seeded = await seedDemoThreads(db);
  log.info({ seeded }, "demo content");
  for (const d of await resetDemoStaff(db)) console.log(`demo login: ${d.username} ${d.password} ${d.totpSecret}`);
}

scheduleRetention(db);

const app = createApp({
  db,
  dialect,
  config: defaultConfig({
    publicOrigin: process.env.HARBOUR_ORIGIN ?? null,
    secureCookies: process.env.HARBOUR_SECURE_COOKIES === "1",
  }),
});

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Harbour is running on http://${host}:${info.port} (${dialect})`);
});

const shutdown = () => {
  server.close();
  void db.destroy().finally(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
