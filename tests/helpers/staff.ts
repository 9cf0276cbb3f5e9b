import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, StaffRole } from "../../db/schema.ts";
import type { HarbourApp } from "../../server/app.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { currentCode } from "../../server/staff/totp.ts";
import { Client } from "./client.ts";

export interface StaffLogin {
  client: Client;
  username: string;
  password: string;
  totpSecret: string;
}

// A brand-new, enrolled staff account (each has its own TOTP replay window) and a signed-in client.
export async function newStaff(app: HarbourApp, db: Kysely<Database>, role: StaffRole): Promise<StaffLogin> {
  const username = `${role.replace(/_/g, "-")}-${randomBytes(4).toString("hex")}`;
  const { password, totpSecret } = await createStaffAccount(db, { username, role, withTotp: true });
  const client = new Client(app);
  const res = await client.post("/api/staff/login", { username, password, totp: currentCode(totpSecret!) });
  if (res.status !== 200) throw new Error(`staff login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client, username, password, totpSecret: totpSecret! };
}
