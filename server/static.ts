import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./env.ts";

// Serves the built Solid app; any other GET outside /api gets index.html (client-side routes).
export function webRoutes(webDir: string | null) {
  const app = new Hono<AppEnv>();
  const dir = webDir ? resolve(webDir) : null;
  const indexPath = dir ? join(dir, "index.html") : null;
  if (!dir || !indexPath || !existsSync(indexPath)) {
    app.get("*", (c) => c.text("The web app has not been built yet: run `npm run build`.", 503));
    return app;
  }
  const index = readFileSync(indexPath, "utf8");
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  app.use("*", serveStatic({ root: dir }));
  app.get("*", (c) => {
    c.header("Cache-Control", "no-cache");
    return c.html(index);
  });
  return app;
}
