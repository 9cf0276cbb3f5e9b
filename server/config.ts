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
  // How many different people must report a post before it is hidden pending a decision.
  reportsToHide: number;
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
