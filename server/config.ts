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
  maxBodyBytes: number;
  rateLimits: {
    createIdentity: RateRule;
    recover: RateRule;
    post: RateRule;
  };
}

const HOUR = 60 * 60 * 1000;

export function defaultConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    publicOrigin: null,
    secureCookies: false,
    webDir: "dist/web",
    forumSessionDays: 30,
    maxBodyBytes: 64 * 1024,
    rateLimits: {
      createIdentity: { limit: 20, windowMs: HOUR },
      recover: { limit: 10, windowMs: 15 * 60 * 1000 },
      post: { limit: 30, windowMs: HOUR },
    },
    ...overrides,
  };
}
