import type { Kysely } from "kysely";
import type { Dialect } from "../../db/connect.ts";
import type { Database } from "../../db/schema.ts";
import type { AppConfig } from "../config.ts";
import type { QueueEvents } from "../events.ts";
import { AlertDispatcher } from "./dispatcher.ts";
import { smtpMailer } from "./mailer.ts";
import { webPushSender, type PushSender } from "./push.ts";

/** Starts paging staff; a queue change anywhere (on PostgreSQL, on any instance) makes it look at once. */
export function startAlerts(
  db: Kysely<Database>,
  dialect: Dialect,
  config: AppConfig,
  events: QueueEvents,
  // Tests hand in a sender that talks to a push service on loopback.
  pushSender?: PushSender,
): { stop(): Promise<void> } {
  const mailer = config.alerts.smtpUrl ? smtpMailer(config.alerts.smtpUrl, config.alerts.from) : null;
  const push = config.alerts.vapid ? (pushSender ?? webPushSender(config.alerts.vapid)) : null;
  const dispatcher = new AlertDispatcher(db, dialect, config.alerts, config.staffedHours.timeZone, mailer, push).start();
  const unsubscribe = events.subscribe(() => dispatcher.kick());
  return {
    async stop() {
      unsubscribe();
      await dispatcher.stop();
    },
  };
}
