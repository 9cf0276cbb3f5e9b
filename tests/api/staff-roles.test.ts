import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffRole } from "../../db/schema.ts";
import type { HarbourApp } from "../../server/app.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";
import { newStaff } from "../helpers/staff.ts";

const NO_ID = "00000000-0000-4000-8000-000000000000";
const ROLES: StaffRole[] = ["moderator", "safeguarding_lead", "partnership_lead", "admin"];

// Every staff route, and exactly who may use it. Anyone else gets 403; nobody signed in gets 401.
const ROUTES: { method: string; path: string; body?: unknown; allowed: StaffRole[] }[] = [
  { method: "GET", path: "/api/staff/queue", allowed: ["moderator", "safeguarding_lead"] },
  { method: "GET", path: "/api/staff/queue/events", allowed: ["moderator", "safeguarding_lead"] },
  { method: "GET", path: `/api/staff/queue/${NO_ID}`, allowed: ["moderator", "safeguarding_lead"] },
  { method: "POST", path: `/api/staff/queue/${NO_ID}/claim`, body: {}, allowed: ["moderator", "safeguarding_lead"] },
  { method: "POST", path: `/api/staff/queue/${NO_ID}/release`, body: {}, allowed: ["moderator", "safeguarding_lead"] },
  { method: "POST", path: `/api/staff/queue/${NO_ID}/decision`, body: { action: "publish" }, allowed: ["moderator", "safeguarding_lead"] },
  { method: "GET", path: "/api/staff/cases", allowed: ["safeguarding_lead"] },
  { method: "GET", path: `/api/staff/cases/${NO_ID}`, allowed: ["safeguarding_lead"] },
  { method: "POST", path: `/api/staff/cases/${NO_ID}/actions`, body: { type: "note", note: "x" }, allowed: ["safeguarding_lead"] },
  { method: "POST", path: `/api/staff/cases/${NO_ID}/record`, body: { thresholdLevel: 2 }, allowed: ["safeguarding_lead"] },
  { method: "POST", path: `/api/staff/cases/${NO_ID}/messages`, body: { body: "hello" }, allowed: ["safeguarding_lead"] },
  { method: "POST", path: `/api/staff/cases/${NO_ID}/close`, body: { outcome: "no_concern_on_review" }, allowed: ["safeguarding_lead"] },
  { method: "GET", path: "/api/staff/audit", allowed: ["safeguarding_lead", "admin"] },
  { method: "GET", path: "/api/staff/audit/verify", allowed: ["safeguarding_lead", "admin"] },
  { method: "GET", path: "/api/staff/users", allowed: ["admin"] },
  { method: "POST", path: "/api/staff/users", body: { username: "x", role: "moderator" }, allowed: ["admin"] },
  { method: "POST", path: "/api/staff/users/nobody/disable", body: {}, allowed: ["admin"] },
  { method: "POST", path: "/api/staff/users/nobody/enable", body: {}, allowed: ["admin"] },
  { method: "POST", path: "/api/staff/users/nobody/reset", body: {}, allowed: ["admin"] },
  { method: "POST", path: "/api/staff/spaces/parents/settings", body: { premoderate: false }, allowed: ["safeguarding_lead", "admin"] },
  { method: "GET", path: "/api/staff/spaces", allowed: ["moderator", "safeguarding_lead", "partnership_lead", "admin"] },
  { method: "GET", path: "/api/staff/me", allowed: ["moderator", "safeguarding_lead", "partnership_lead", "admin"] },
  { method: "GET", path: "/api/partnership/figures?from=2026-01-01&to=2026-12-31", allowed: ["partnership_lead", "admin"] },
];

describe.each(DIALECTS)("staff role boundaries on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  const clients = new Map<StaffRole, Client>();

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
    for (const role of ROLES) clients.set(role, (await newStaff(app, database.db, role)).client);
  });
  afterAll(async () => database.drop());

  async function call(client: Client, route: (typeof ROUTES)[number]) {
    const res = await client.send(route.method, route.path, route.body);
    return res.status;
  }

  for (const route of ROUTES) {
    it(`${route.method} ${route.path.split("?")[0]} allows only ${route.allowed.join(", ")}`, async () => {
      expect(await call(new Client(app), route)).toBe(401);
      const forum = new Client(app);
      await forum.post("/api/identities", { space: "young-people" });
      expect(await call(forum, route)).toBe(401);
      for (const role of ROLES) {
        const status = await call(clients.get(role)!, route);
        if (route.allowed.includes(role)) expect([401, 403], `${role} should be allowed`).not.toContain(status);
        else expect(status, `${role} should be refused`).toBe(403);
      }
    });
  }
});
