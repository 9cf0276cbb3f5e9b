import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Dialect } from "../../db/connect.ts";
import { createApp } from "../../server/app.ts";
import { defaultConfig, type AppConfig } from "../../server/config.ts";
import { freshDatabase, type TestDb } from "./databases.ts";
import { startAlerts } from "../../server/alerts/start.ts";
import { QueueEvents } from "../../server/events.ts";

export interface TestServer {
  url: string;
  database: TestDb;
  close(): Promise<void>;
}

// The real app over real HTTP on a free loopback port, with a fresh database, serving dist/web.
export async function startTestServer(
  opts: { dialect?: Dialect; config?: Partial<AppConfig>; alerts?: boolean } = {},
): Promise<TestServer> {
  const database = await freshDatabase(opts.dialect ?? "sqlite");
  const config = testConfig(opts.config);
  const events = new QueueEvents();
  const app = createApp({ db: database.db, dialect: database.dialect, config, events });
  // Staff alerts run in the background, as in `npm start`, when a test asks for them.
  const alerts = opts.alerts ? startAlerts(database.db, database.dialect, config, events) : null;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      await alerts?.stop();
      await database.drop();
    },
  };
}

// The real app on a test database, without the web build (API tests).
export function testApp(database: Pick<TestDb, "db" | "dialect">, overrides: Partial<AppConfig> = {}) {
  return createApp({ db: database.db, dialect: database.dialect, config: testConfig({ webDir: null, ...overrides }) });
}

// Generous limits so a test run is never slowed by them; rate-limit tests set their own.
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const lots = { limit: 10_000, windowMs: 60_000 };
  return defaultConfig({
    rateLimits: { createIdentity: lots, recover: lots, post: lots, staffLoginFailures: lots, report: lots },
    ...overrides,
  });
}
