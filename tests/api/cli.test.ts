import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { currentCode } from "../../server/staff/totp.ts";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";

function run(script: string, args: string[], databaseUrl: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe.each(DIALECTS)("command-line tools on %s", (dialect) => {
  const dbs: TestDb[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it("staff:create makes the first admin, who can sign in with the printed password and TOTP secret", async () => {
    const database = await freshDatabase(dialect);
    dbs.push(database);
    const made = run("scripts/staff-create.ts", ["--username", "first-admin", "--role", "admin"], database.url);
    expect(made.status).toBe(0);
    const password = /password \(shown once\): (\S+)/.exec(made.out)?.[1];
    const secret = /TOTP secret: ([A-Z2-7]+)/.exec(made.out)?.[1];
    expect(made.out).toMatch(/otpauth:\/\/totp\/Harbour:first-admin/);
    const login = await new Client(testApp(database)).post("/api/staff/login", { username: "first-admin", password, totp: currentCode(secret!) });
    expect(login).toMatchObject({ status: 200, body: { role: "admin" } });

    expect(run("scripts/staff-create.ts", ["--username", "first-admin"], database.url)).toMatchObject({ status: 1, out: expect.stringMatching(/already exists/) });
    expect(run("scripts/staff-create.ts", ["--username", "x", "--role", "boss"], database.url).status).toBe(2);
  });

  it("audit:verify reports an intact chain", async () => {
    const database = await freshDatabase(dialect);
    dbs.push(database);
    run("scripts/staff-create.ts", ["--username", "someone", "--role", "moderator"], database.url);
    const verified = run("scripts/verify-audit.ts", [], database.url);
    expect(verified).toMatchObject({ status: 0, out: expect.stringMatching(/audit log intact: 1 entries/) });
  });
});
