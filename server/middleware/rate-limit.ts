import { createHmac } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Kysely } from "kysely";
import { clearRequests, countRequest, dailySecret, requestCount } from "../../db/repos/rate-limits.ts";
import type { Database } from "../../db/schema.ts";
import type { RateRule } from "../config.ts";
import type { AppEnv } from "../env.ts";

/**
 * The address a request came from. Behind a proxy the socket's address is the proxy's, so with
 * `trustProxyHops` set (HARBOUR_TRUST_PROXY) the client is read from X-Forwarded-For: the entry
 * that many hops from the right, which is what the nearest trusted proxy saw. Anything further
 * left is whatever the client chose to send, so it is never believed.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const hops = c.get("config")?.trustProxyHops ?? 0;
  if (hops > 0) {
    const forwarded = (c.req.header("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0);
    const entry = forwarded[forwarded.length - hops];
    if (entry !== undefined && entry.length <= 64) return entry;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // app.request() in tests has no socket
  }
}

/**
 * Request counts kept in the database, so a limit holds across every instance sharing it. Keys
 * are HMACs under a secret that changes every UTC day and is shared through the database: no raw
 * address is ever stored, and yesterday's keys cannot be linked to today's.
 */
export class RateLimiter {
  private secret: { day: string; value: string } | null = null;

  private async keyOf(db: Kysely<Database>, key: string, now: number): Promise<string> {
    const day = new Date(now).toISOString().slice(0, 10);
    if (this.secret?.day !== day) this.secret = { day, value: await dailySecret(db, day) };
    return createHmac("sha256", this.secret.value).update(key).digest("base64url");
  }

  /** Counts this request; returns seconds to wait, or 0 when it may go ahead. */
  async take(db: Kysely<Database>, key: string, rule: RateRule, now = Date.now()): Promise<number> {
    const { count, resetAt } = await countRequest(db, await this.keyOf(db, key, now), rule.windowMs, now);
    return count > rule.limit ? Math.max(1, Math.ceil((resetAt - now) / 1000)) : 0;
  }

  /** Seconds to wait if the key is already at its limit, without counting this look. */
  async peek(db: Kysely<Database>, key: string, rule: RateRule, now = Date.now()): Promise<number> {
    const entry = await requestCount(db, await this.keyOf(db, key, now), now);
    if (!entry || entry.count < rule.limit) return 0;
    return Math.max(1, Math.ceil((entry.resetAt - now) / 1000));
  }

  async reset(db: Kysely<Database>, key: string, now = Date.now()): Promise<void> {
    await clearRequests(db, await this.keyOf(db, key, now));
  }
}

export function rateLimit(
  limiter: RateLimiter,
  name: string,
  rule: (c: Context<AppEnv>) => RateRule,
  keyOf: (c: Context<AppEnv>) => string = clientAddress,
) {
  return createMiddleware<AppEnv>(async function limitRate(c, next) {
    const wait = await limiter.take(c.get("db"), `${name}:${keyOf(c)}`, rule(c));
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      return c.json({ error: "That's a lot of requests in a short time. Please wait a little and try again." }, 429);
    }
    return next();
  });
}
