import pino from "pino";

// No IP addresses, cookies or post text in logs: only what an operator needs.
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
  base: undefined,
});
