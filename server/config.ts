import { z } from "zod";
import { DEFAULT_ALERTS, type AlertConfig } from "./alerts/config.ts";
import { oneRunContactKey, parseContactKey } from "./contact-seal.ts";
import { DEFAULT_RETENTION, type RetentionPolicy } from "./retention-policy.ts";
import { DEFAULT_STAFFED_HOURS, type StaffedHours } from "./staffed-hours.ts";

export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface AppConfig {
  // Set when Harbour sits behind a proxy on another host name; otherwise the request's own origin.
  publicOrigin: string | null;
  secureCookies: boolean;
  webDir: string | null;
  forumSessionDays: number;
  staffIdleMinutes: number;
  staffSessionHours: number;
  // Consecutive wrong logins before an account is locked, and for how long.
  staffLockAfter: number;
  staffLockMinutes: number;
  maxBodyBytes: number;
  staffedHours: StaffedHours;
  // How many proxies in front of Harbour add to X-Forwarded-For (HARBOUR_TRUST_PROXY); 0: use the socket's address.
  trustProxyHops: number;
  // How long the first page of a space's thread list is reused (see thread-list-cache.ts); 0: never.
  threadListCacheMs: number;
  // How many different people must report a post before it is hidden pending a decision.
  reportsToHide: number;
  // What the retention job deletes and when; the privacy page's words are made from it.
  retention: RetentionPolicy;
  // AES-256-GCM key sealing the contact details authors choose to share (HARBOUR_CONTACT_KEY).
  contactKey: Buffer;
  // Staff alerts: mail server, ladder timings (server/alerts).
  alerts: AlertConfig;
  rateLimits: {
    createIdentity: RateRule;
    recover: RateRule;
    post: RateRule;
    staffLoginFailures: RateRule;
    report: RateRule;
  };
}

const HOUR = 60 * 60 * 1000;

export function defaultConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    publicOrigin: null,
    secureCookies: false,
    webDir: "dist/web",
    forumSessionDays: 30,
    staffIdleMinutes: 30,
    staffSessionHours: 12,
    staffLockAfter: 10,
    staffLockMinutes: 15,
    maxBodyBytes: 64 * 1024,
    staffedHours: DEFAULT_STAFFED_HOURS,
    reportsToHide: 3,
    contactKey: oneRunContactKey(),
    alerts: DEFAULT_ALERTS,
    retention: DEFAULT_RETENTION,
    trustProxyHops: 0,
    threadListCacheMs: 1000,
    rateLimits: {
      createIdentity: { limit: 20, windowMs: HOUR },
      recover: { limit: 10, windowMs: 15 * 60 * 1000 },
      post: { limit: 30, windowMs: HOUR },
      staffLoginFailures: { limit: 5, windowMs: 15 * 60 * 1000 },
      report: { limit: 20, windowMs: HOUR },
    },
    ...overrides,
  };
}

/** The settings `npm start` reads from its environment (README: "Running"). */
export function configFromEnvironment(env: NodeJS.ProcessEnv): AppConfig {
  const hops = Number(env.HARBOUR_TRUST_PROXY ?? 0);
  if (!Number.isInteger(hops) || hops < 0) throw new Error("HARBOUR_TRUST_PROXY must be a whole number of proxies (0 when none).");
  const defaults = defaultConfig();
  return defaultConfig({
    contactKey: contactKeyFrom(env),
    retention: {
      publishedDays: wholeDays(env.HARBOUR_KEEP_PUBLISHED_DAYS, "HARBOUR_KEEP_PUBLISHED_DAYS", DEFAULT_RETENTION.publishedDays),
      unpublishedDays: wholeDays(env.HARBOUR_KEEP_UNPUBLISHED_DAYS, "HARBOUR_KEEP_UNPUBLISHED_DAYS", DEFAULT_RETENTION.unpublishedDays),
      caseRecordDays: wholeDays(env.HARBOUR_KEEP_CASE_DAYS, "HARBOUR_KEEP_CASE_DAYS", DEFAULT_RETENTION.caseRecordDays),
    },
    alerts: alertsFrom(env),
    publicOrigin: env.HARBOUR_ORIGIN ?? null,
    secureCookies: env.HARBOUR_SECURE_COOKIES === "1",
    trustProxyHops: hops,
    rateLimits: env.HARBOUR_RATE_LIMITS ? { ...defaults.rateLimits, ...parseRateLimits(env.HARBOUR_RATE_LIMITS) } : defaults.rateLimits,
  });
}

function wholeDays(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 36500) throw new Error(`${name} must be a whole number of days from 1 to 36500.`);
  return n;
}

function alertsFrom(env: NodeJS.ProcessEnv): AlertConfig {
  const smtpUrl = env.HARBOUR_SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) throw new Error("HARBOUR_SMTP_URL must look like smtp://host:port or smtps://user:password@host:port.");
  const minutes = (text: string | undefined, name: string, fallbackMs: number) => {
    if (text === undefined || text === "") return fallbackMs;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0 || n > 24 * 60) throw new Error(`${name} must be a number of minutes above 0 and at most 1440.`);
    return Math.round(n * 60_000);
  };
  const port = env.PORT ?? "8787";
  const vapidParts = [env.HARBOUR_VAPID_PUBLIC_KEY, env.HARBOUR_VAPID_PRIVATE_KEY, env.HARBOUR_VAPID_SUBJECT];
  if (vapidParts.some(Boolean) && !vapidParts.every(Boolean)) {
    throw new Error("Web Push needs all three of HARBOUR_VAPID_PUBLIC_KEY, HARBOUR_VAPID_PRIVATE_KEY and HARBOUR_VAPID_SUBJECT (make keys with npx web-push generate-vapid-keys).");
  }
  if (env.HARBOUR_VAPID_SUBJECT && !/^(mailto:|https:\/\/)/.test(env.HARBOUR_VAPID_SUBJECT)) throw new Error("HARBOUR_VAPID_SUBJECT must be a mailto: or https:// address.");
  return {
    ...DEFAULT_ALERTS,
    smtpUrl,
    vapid: vapidParts.every(Boolean) ? { publicKey: env.HARBOUR_VAPID_PUBLIC_KEY!, privateKey: env.HARBOUR_VAPID_PRIVATE_KEY!, subject: env.HARBOUR_VAPID_SUBJECT! } : null,
    from: env.HARBOUR_ALERT_FROM || DEFAULT_ALERTS.from,
    urgentStepMs: minutes(env.HARBOUR_ALERT_LADDER_MINUTES, "HARBOUR_ALERT_LADDER_MINUTES", DEFAULT_ALERTS.urgentStepMs),
    escalatedStepMs: minutes(env.HARBOUR_ALERT_LADDER_ESCALATED_MINUTES, "HARBOUR_ALERT_LADDER_ESCALATED_MINUTES", DEFAULT_ALERTS.escalatedStepMs),
    linkOrigin: (env.HARBOUR_ORIGIN || `http://${env.HOST ?? "127.0.0.1"}:${port}`).replace(/\/$/, ""),
  };
}

/** Outside the demo a key must be configured: details sealed with a key made at start could never be read after a restart. */
function contactKeyFrom(env: NodeJS.ProcessEnv): Buffer {
  if (env.HARBOUR_CONTACT_KEY) return parseContactKey(env.HARBOUR_CONTACT_KEY);
  if (env.HARBOUR_DEMO === "1") return oneRunContactKey();
  throw new Error(
    "HARBOUR_CONTACT_KEY is not set. Contact details authors choose to share are encrypted with it: set it to 32 random bytes as base64 (openssl rand -base64 32), and keep it safe.",
  );
}

const rateRule = z.object({ limit: z.number().int().positive(), windowMs: z.number().int().positive() }).strict();
const rateLimitsSchema = z
  .object({ createIdentity: rateRule, recover: rateRule, post: rateRule, staffLoginFailures: rateRule, report: rateRule })
  .partial()
  .strict();

/** HARBOUR_RATE_LIMITS: JSON such as {"post": {"limit": 60, "windowMs": 3600000}}; the rest keep their defaults. */
function parseRateLimits(text: string): Partial<AppConfig["rateLimits"]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("HARBOUR_RATE_LIMITS must be JSON, for example {\"post\": {\"limit\": 60, \"windowMs\": 3600000}}.");
  }
  const parsed = rateLimitsSchema.safeParse(value);
  if (!parsed.success) throw new Error(`HARBOUR_RATE_LIMITS is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}
