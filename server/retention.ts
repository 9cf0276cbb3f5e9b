import type { Kysely } from "kysely";
import { deleteExpiredCounters } from "../db/repos/rate-limits.ts";
import { applyRetention, type RetentionResult } from "../db/repos/retention.ts";
import type { Database } from "../db/schema.ts";
import { log } from "./log.ts";

const DAY = 86_400_000;

import { DEFAULT_RETENTION, type RetentionPolicy } from "./retention-policy.ts";

export function runRetention(db: Kysely<Database>, policy: RetentionPolicy = DEFAULT_RETENTION, now = new Date()): Promise<RetentionResult> {
  return applyRetention(db, {
    publishedBefore: new Date(now.getTime() - policy.publishedDays * DAY).toISOString(),
    unpublishedBefore: new Date(now.getTime() - policy.unpublishedDays * DAY).toISOString(),
    casesClosedBefore: new Date(now.getTime() - policy.caseRecordDays * DAY).toISOString(),
    now: now.toISOString(),
  });
}

// Once at start, then daily; failures are logged and retried the next day, never fatal.
// Rate-limit counters whose window has passed are swept every hour.
export function scheduleRetention(db: Kysely<Database>, policy: RetentionPolicy = DEFAULT_RETENTION): () => void {
  const tick = () =>
    runRetention(db, policy).then(
      (r) => log.info(r, "retention applied"),
      (err: unknown) => log.error({ err }, "retention failed"),
    );
  const sweep = () => deleteExpiredCounters(db, Date.now()).catch((err: unknown) => log.warn({ err: String(err) }, "rate-limit sweep failed"));
  void tick();
  const timers = [setInterval(tick, DAY), setInterval(sweep, DAY / 24)];
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}
