import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// CSRF defence: a state-changing request that a browser sends from another site carries
// that site's Origin (or Sec-Fetch-Site: cross-site) and is refused. Clients that are not
// browsers send neither and are let through; they cannot ride on someone's cookie.
export const originCheck = createMiddleware<AppEnv>(async function originCheck(c, next) {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const origin = c.req.header("origin");
  const expected = c.get("config").publicOrigin ?? new URL(c.req.url).origin;
  const crossSite = c.req.header("sec-fetch-site") === "cross-site";
  if ((origin !== undefined && origin !== expected) || crossSite) {
    return c.json({ error: "This request came from another website, so it was refused." }, 403);
  }
  return next();
});
