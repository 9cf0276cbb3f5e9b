import { ActiveEngine } from "./watched/active-engine.ts";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Kysely } from "kysely";
import type { Dialect } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { defaultConfig, type AppConfig } from "./config.ts";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./http-error.ts";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "./database-unavailable.ts";
import { databaseAnswers } from "../db/health.ts";
import { log } from "./log.ts";
import { forumSession } from "./middleware/forum-session.ts";
import { originCheck } from "./middleware/origin-check.ts";
import { RateLimiter } from "./middleware/rate-limit.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import { openApiDocument } from "./openapi.ts";
import { identityRoutes } from "./routes/identities.ts";
import { threadRoutes } from "./routes/threads.ts";
import { authorMessageRoutes } from "./routes/author-messages.ts";
import { partnershipRoutes } from "./routes/partnership.ts";
import { reportRoutes } from "./routes/reports.ts";
import { staffAdminRoutes } from "./routes/staff-admin.ts";
import { staffAuditRoutes } from "./routes/staff-audit.ts";
import { staffAuthRoutes } from "./routes/staff-auth.ts";
import { staffCaseRoutes } from "./routes/staff-cases.ts";
import { staffWatchedWordRoutes } from "./routes/staff-watched-words.ts";
import { authorContactRoutes } from "./routes/author-contact.ts";
import { yourDataRoutes } from "./routes/your-data.ts";
import { staffQueueRoutes } from "./routes/staff-queue.ts";
import { staffAlertRoutes } from "./routes/staff-alerts.ts";
import { staffSpaceRoutes } from "./routes/staff-spaces.ts";
import { QueueEvents } from "./events.ts";
import { ThreadListCache } from "./thread-list-cache.ts";
import { staffSession } from "./middleware/staff-session.ts";
import { webRoutes } from "./static.ts";

export interface AppDeps {
  events?: QueueEvents;
  db: Kysely<Database>;
  dialect: Dialect;
  config?: AppConfig;
}

export function createApp(deps: AppDeps) {
  const config = deps.config ?? defaultConfig();
  const limiter = new RateLimiter();
  const events = deps.events ?? new QueueEvents();
  const firstPages = new ThreadListCache(config.threadListCacheMs);
  const engine = new ActiveEngine();
  // Any queue change, on any instance, may publish or hide a thread.
  events.subscribe(() => firstPages.clear());
  const app = new Hono<AppEnv>();

  app.use("*", securityHeaders);
  app.use("*", async function provide(c, next) {
    c.set("db", deps.db);
    c.set("dialect", deps.dialect);
    c.set("config", config);
    c.set("events", events);
    c.set("threadLists", firstPages);
    c.set("engine", engine);
    await next();
  });

  const api = new Hono<AppEnv>();
  api.use("*", async function noStore(c, next) {
    await next();
    c.header("Cache-Control", "no-store");
  });
  api.use(
    "*",
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (c) => c.json({ error: "That request is too big. Posts can be at most 5,000 characters." }, 413),
    }),
  );
  api.use("*", originCheck);
  api.use("*", forumSession);
  api.use("*", staffSession);
  // Healthy only while the database answers: a proxy stops sending traffic here until it does.
  api.get("/health", async (c) => {
    try {
      await databaseAnswers(deps.db);
    } catch {
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.json({ ok: false, error: UNAVAILABLE_MESSAGE }, 503);
    }
    return c.json({ ok: true });
  });
  api.get("/openapi.json", (c) => c.json(openApiDocument()));
  api.route("/", identityRoutes(limiter));
  api.route("/", threadRoutes(limiter));
  api.route("/", reportRoutes(limiter));
  api.route("/", authorMessageRoutes());
  api.route("/", authorContactRoutes());
  api.route("/", yourDataRoutes());
  api.route("/staff", staffAuthRoutes(limiter));
  api.route("/staff", staffQueueRoutes());
  api.route("/staff", staffCaseRoutes());
  api.route("/staff", staffWatchedWordRoutes());
  api.route("/staff", staffAlertRoutes());
  api.route("/staff", staffAuditRoutes());
  api.route("/staff", staffAdminRoutes());
  api.route("/staff", staffSpaceRoutes());
  api.route("/partnership", partnershipRoutes());
  api.all("*", (c) => c.json({ error: "There is nothing at this address." }, 404));

  app.route("/api", api);
  app.route("/", webRoutes(config.webDir));

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (isDatabaseUnavailable(err)) {
      log.warn({ err: String(err), path: c.req.path }, "database unavailable");
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      return c.json({ error: UNAVAILABLE_MESSAGE }, 503);
    }
    log.error({ err, path: c.req.path }, "unhandled error");
    return c.json({ error: "Something went wrong on our side. Please try again in a moment." }, 500);
  });
  return app;
}

export type HarbourApp = ReturnType<typeof createApp>;
