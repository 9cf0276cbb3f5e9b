import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarbourApp } from "../../server/app.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { currentCode } from "../../server/staff/totp.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp, testConfig } from "../helpers/server.ts";
import { newStaff } from "../helpers/staff.ts";

const STEP = 30_000;

describe.each(DIALECTS)("staff sign-in on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
  });
  afterAll(async () => database.drop());

  const account = async (role: "moderator" | "admin" = "moderator") => {
    const username = `user-${Math.random().toString(36).slice(2, 10)}`;
    const made = await createStaffAccount(database.db, { username, role, withTotp: true });
    return { username, ...made, totpSecret: made.totpSecret! };
  };

  it("signs in with password and TOTP, with a separate strict staff cookie", async () => {
    const a = await account();
    const client = new Client(app);
    const res = await client.post("/api/staff/login", { username: a.username, password: a.password, totp: currentCode(a.totpSecret) });
    expect(res).toMatchObject({ status: 200, body: { username: a.username, role: "moderator" } });
    const cookie = res.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/harbour_staff=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(client.cookies.has("harbour_session")).toBe(false);
    expect((await client.get("/api/staff/me")).body).toEqual({ username: a.username, role: "moderator", mustChangePassword: false });
    const sessions = JSON.stringify(await database.db.selectFrom("staff_sessions").selectAll().execute());
    expect(sessions).not.toContain(client.cookies.get("harbour_staff"));
  });

  it.each([
    ["a wrong password", (a: { password: string; totpSecret: string }) => ({ password: `${a.password}x`, totp: currentCode(a.totpSecret) })],
    ["a wrong code", (a: { password: string; totpSecret: string }) => ({ password: a.password, totp: currentCode(a.totpSecret, Date.now() - 10 * STEP) })],
    ["no code", (a: { password: string; totpSecret: string }) => ({ password: a.password })],
  ])("refuses %s with 401", async (_, make) => {
    const a = await account();
    const res = await new Client(app).post("/api/staff/login", { username: a.username, ...make(a) });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/not right/);
  });

  it("refuses an unknown username with the same 401", async () => {
    const res = await new Client(app).post("/api/staff/login", { username: "nobody-here", password: "whatever", totp: "123456" });
    expect(res).toMatchObject({ status: 401, body: { error: "That username, password or code is not right." } });
  });

  it("refuses a replayed TOTP code", async () => {
    const a = await account();
    const code = currentCode(a.totpSecret);
    expect((await new Client(app).post("/api/staff/login", { username: a.username, password: a.password, totp: code })).status).toBe(200);
    const again = await new Client(app).post("/api/staff/login", { username: a.username, password: a.password, totp: code });
    expect(again.status).toBe(401);
    expect(again.body.error).toMatch(/already been used/);
  });

  it("rate-limits repeated failures with 429", async () => {
    // Counters live in the database, shared with the other tests here: this one comes from its own address.
    const limited = testApp(database, { trustProxyHops: 1, rateLimits: { ...testConfig().rateLimits, staffLoginFailures: { limit: 3, windowMs: 60_000 } } });
    const from = { headers: { "x-forwarded-for": "203.0.113.77" } };
    const a = await account();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await new Client(limited).send("POST", "/api/staff/login", { username: a.username, password: "wrong", totp: "000000" }, from)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const right = await new Client(limited).send("POST", "/api/staff/login", { username: a.username, password: a.password, totp: currentCode(a.totpSecret) }, from);
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("locks an account after too many wrong passwords, whoever is trying", async () => {
    const locking = testApp(database, { staffLockAfter: 3 });
    const a = await account();
    for (let i = 0; i < 3; i++) await new Client(locking).post("/api/staff/login", { username: a.username, password: "wrong", totp: "000000" });
    const right = await new Client(locking).post("/api/staff/login", { username: a.username, password: a.password, totp: currentCode(a.totpSecret) });
    expect(right.status).toBe(429);
  });

  it("makes a new account enrol TOTP before it can do anything", async () => {
    const admin = await newStaff(app, database.db, "admin");
    const created = await admin.client.post("/api/staff/users", { username: "new-moderator", role: "moderator" });
    expect(created).toMatchObject({ status: 201, body: { username: "new-moderator", role: "moderator", temporaryPassword: expect.any(String) } });
    const client = new Client(app);
    const first = await client.post("/api/staff/login", { username: "new-moderator", password: created.body.temporaryPassword });
    expect(first.status).toBe(200);
    expect(first.body.enrolmentRequired).toBe(true);
    expect(first.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Harbour:new-moderator\?/);
    expect(first.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await client.get("/api/staff/queue")).status).toBe(401);
    expect((await client.post("/api/staff/enrol", { totp: "000000" })).status).toBe(401);
    const enrolled = await client.post("/api/staff/enrol", { totp: currentCode(first.body.secret) });
    expect(enrolled).toMatchObject({ status: 200, body: { username: "new-moderator", mustChangePassword: true } });
    const beforeChange = await client.get("/api/staff/queue");
    expect(beforeChange.status).toBe(403);
    expect(beforeChange.body.error).toMatch(/new password/);
    expect((await client.get("/api/staff/me")).body.mustChangePassword).toBe(true);
    expect((await client.post("/api/staff/password", { currentPassword: created.body.temporaryPassword, newPassword: "short" })).status).toBe(400);
    expect((await client.post("/api/staff/password", { currentPassword: created.body.temporaryPassword, newPassword: "a much longer passphrase" })).status).toBe(200);
    expect((await client.get("/api/staff/me")).body.mustChangePassword).toBe(false);
    expect((await client.get("/api/staff/queue")).status).toBe(200);
  });

  it("lets an admin re-enable an account, and reset one so it sets up a new password and code", async () => {
    const admin = await newStaff(app, database.db, "admin");
    const mod = await newStaff(app, database.db, "moderator");
    await admin.client.post(`/api/staff/users/${mod.username}/disable`, {});
    expect((await admin.client.post(`/api/staff/users/${mod.username}/enable`)).status).toBe(200);
    const reset = await admin.client.post(`/api/staff/users/${mod.username}/reset`);
    expect(reset).toMatchObject({ status: 200, body: { temporaryPassword: expect.any(String) } });
    expect((await mod.client.get("/api/staff/queue")).status).toBe(401);
    const again = await new Client(app).post("/api/staff/login", { username: mod.username, password: reset.body.temporaryPassword });
    expect(again.body.enrolmentRequired).toBe(true);
    expect((await admin.client.post(`/api/staff/users/${admin.username}/reset`)).status).toBe(409);
    const audit = (await admin.client.get("/api/staff/audit?limit=50")).body.entries.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(["staff.enabled", "staff.reset", "staff.disabled"]));
  });

  it("ends a staff session after the idle timeout", async () => {
    const s = await newStaff(app, database.db, "moderator");
    await database.db.updateTable("staff_sessions").set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() }).execute();
    const res = await s.client.get("/api/staff/queue");
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/timed out/);
  });

  it("signs out, and a disabled account's sessions stop working at once", async () => {
    const admin = await newStaff(app, database.db, "admin");
    const mod = await newStaff(app, database.db, "moderator");
    expect((await admin.client.post(`/api/staff/users/${mod.username}/disable`, { reason: "left the team" })).status).toBe(200);
    expect((await mod.client.get("/api/staff/queue")).status).toBe(401);
    const again = await new Client(app).post("/api/staff/login", { username: mod.username, password: mod.password, totp: currentCode(mod.totpSecret, Date.now() + STEP) });
    expect(again.status).toBe(401);
    expect((await admin.client.post("/api/staff/logout")).status).toBe(200);
    expect((await admin.client.get("/api/staff/users")).status).toBe(401);
  });

  it("refuses bad staff input with plain 4xx messages", async () => {
    const admin = await newStaff(app, database.db, "admin");
    expect((await new Client(app).post("/api/staff/login", { username: 5, password: "x" })).status).toBe(400);
    expect((await new Client(app).send("POST", "/api/staff/login", undefined, { raw: "{" })).status).toBe(400);
    const badRole = await admin.client.post("/api/staff/users", { username: "someone", role: "superuser" });
    expect(badRole.status).toBe(400);
    expect(badRole.body.error).toMatch(/role/);
    expect((await admin.client.post("/api/staff/users", { username: "A B", role: "moderator" })).status).toBe(400);
    expect((await admin.client.post("/api/staff/users/nobody-at-all/disable", {})).status).toBe(404);
    await admin.client.post("/api/staff/users", { username: "taken-name", role: "moderator" });
    expect((await admin.client.post("/api/staff/users", { username: "taken-name", role: "moderator" })).status).toBe(409);
  });
});
