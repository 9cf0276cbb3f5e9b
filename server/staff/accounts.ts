import type { Kysely } from "kysely";
import { z } from "zod";
import { createStaff, findStaffByUsername, updateStaff, deleteStaffSessions } from "../../db/repos/staff.ts";
import type { Database, StaffRole } from "../../db/schema.ts";
import { generatePassword, hashPassword } from "./passwords.ts";
import { ALL_ROLES } from "./roles.ts";
import { newTotpSecret } from "./totp.ts";

export const usernameSchema = z
  .string({ error: "username must be text." })
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, "A username is 3–32 lower-case letters, digits, dots, dashes or underscores.");
export const roleSchema = z.enum(ALL_ROLES, { error: `role must be one of: ${ALL_ROLES.join(", ")}.` });

// A new account gets a one-time password; TOTP is set up at first sign-in, or here
// when the caller hands the secret over directly (first admin, demo staff).
export async function createStaffAccount(
  db: Kysely<Database>,
  input: { username: string; role: StaffRole; withTotp: boolean },
): Promise<{ password: string; totpSecret: string | null }> {
  const password = generatePassword();
  const totpSecret = input.withTotp ? newTotpSecret() : null;
  await createStaff(db, { username: input.username, role: input.role, passwordHash: await hashPassword(password), totpSecret, mustChangePassword: !input.withTotp });
  return { password, totpSecret };
}

export const DEMO_STAFF: { username: string; role: StaffRole }[] = [
  { username: "demo-moderator", role: "moderator" },
  { username: "demo-lead", role: "safeguarding_lead" },
  { username: "demo-partner", role: "partnership_lead" },
  { username: "demo-admin", role: "admin" },
];

// Demo accounts get fresh credentials at every demo start, so the printed logins always work.
export async function resetDemoStaff(db: Kysely<Database>): Promise<{ username: string; password: string; totpSecret: string }[]> {
  const out = [];
  for (const d of DEMO_STAFF) {
    const password = generatePassword();
    const totpSecret = newTotpSecret();
    const existing = await findStaffByUsername(db, d.username);
    if (existing) {
      await updateStaff(db, existing.id, { password_hash: await hashPassword(password), totp_secret: totpSecret, totp_pending_secret: null, totp_last_step: 0, disabled: 0, role: d.role });
      await deleteStaffSessions(db, existing.id);
    } else {
      await createStaff(db, { username: d.username, role: d.role, passwordHash: await hashPassword(password), totpSecret });
    }
    out.push({ username: d.username, password, totpSecret });
  }
  return out;
}
