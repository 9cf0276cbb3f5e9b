// The bench's floor: a bare Hono JSON endpoint in a process of its own, like each Harbour
// instance, so the ratio compares like with like. Prints its URL once listening.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/floor", (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: "127.0.0.1" }, (info) => {
  console.log(`Harbour is running on http://127.0.0.1:${info.port} (floor)`);
});
process.on("SIGTERM", () => process.exit(0));
