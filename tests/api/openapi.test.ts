import { describe, expect, it } from "vitest";
import { Client } from "../helpers/client.ts";
import { freshDatabase } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";

describe("OpenAPI document", () => {
  it("lists every API route the app serves", async () => {
    const database = await freshDatabase("sqlite");
    try {
      const app = testApp(database);
      const doc = (await new Client(app).get("/api/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
      const served = app.routes
        .filter((r) => r.path.startsWith("/api/") && r.method !== "ALL" && !r.path.includes("*"))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
      expect(served.length).toBeGreaterThan(30);
      const self = "get /api/openapi.json";
      expect(served.filter((s) => !documented.includes(s) && s !== self), "served but not documented").toEqual([]);
      expect(documented.filter((d) => !served.includes(d)), "documented but not served").toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
