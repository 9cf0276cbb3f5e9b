import { createHmac, randomBytes } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { RateRule } from "../config.ts";
import type { AppEnv } from "../env.ts";

// Keys are HMACs under a secret that changes every day and lives only in memory, so no raw
// IP address is ever stored, and yesterday's keys cannot be linked to today's.
let secret = randomBytes(32);
let secretDay = new Date().toISOString().slice(0, 10);

function hashedKey(parts: string): string {
  const today = new Date().toISOString().slice(0, 10);
  if (today !== secretDay) {
    secret = randomBytes(32);
    secretDay = today;
  }
  return createHmac("sha256", secret).update(parts).digest("base64url");
}

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // app.request() in tests has no socket
  }
}

export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  // Returns seconds to wait, or 0 when the request may go ahead.
  take(key: string, rule: RateRule, now = Date.now()): number {
    const k = hashedKey(key);
    let entry = this.hits.get(k);
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 50_000) this.sweep(now);
      entry = { count: 0, resetAt: now + rule.windowMs };
      this.hits.set(k, entry);
    }
    entry.count += 1;
    return entry.count > rule.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  // Seconds to wait if the key is already over its limit, without counting this look.
  peek(key: string, rule: RateRule, now = Date.now()): number {
    const entry = this.hits.get(hashedKey(key));
    if (!entry || entry.resetAt <= now || entry.count < rule.limit) return 0;
    return Math.ceil((entry.resetAt - now) / 1000);
  }

  reset(key: string): void {
    this.hits.delete(hashedKey(key));
  }

  private sweep(now: number): void {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }
}

export function rateLimit(
  limiter: RateLimiter,
  name: string,
  rule: (c: Context<AppEnv>) => RateRule,
  keyOf: (c: Context<AppEnv>) => string = clientAddress,
) {
  return createMiddleware<AppEnv>(async function limitRate(c, next) {
    const wait = limiter.take(`${name}:${keyOf(c)}`, rule(c));
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      return c.json({ error: "That's a lot of requests in a short time. Please wait a little and try again." }, 429);
    }
    return next();
  });
}
