import type { Kysely } from "kysely";
import { newId, nowIso } from "../ids.ts";
import type { Database, Staff, StaffRole } from "../schema.ts";

export async function createStaff(
  db: Kysely<Database>,
  input: { username: string; role: StaffRole; passwordHash: string; totpSecret?: string | null; mustChangePassword?: boolean },
): Promise<Staff> {
  const row: Staff = {
    id: newId(),
    username: input.username,
    role: input.role,
    password_hash: input.passwordHash,
    totp_secret: input.totpSecret ?? null,
    totp_pending_secret: null,
    totp_last_step: 0,
    must_change_password: input.mustChangePassword ? 1 : 0,
    disabled: 0,
    failed_logins: 0,
    locked_until: null,
    created_at: nowIso(),
  };
  await db.insertInto("staff").values(row).execute();
  return row;
}

export const findStaffByUsername = (db: Kysely<Database>, username: string) =>
  db.selectFrom("staff").selectAll().where("username", "=", username).executeTakeFirst();

export const findStaffById = (db: Kysely<Database>, id: string) =>
  db.selectFrom("staff").selectAll().where("id", "=", id).executeTakeFirst();

export const listStaff = (db: Kysely<Database>) =>
  db.selectFrom("staff").select(["id", "username", "role", "disabled", "created_at", "totp_secret"]).orderBy("username").execute();

export async function countStaff(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("staff").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function recordFailedLogin(db: Kysely<Database>, staffId: string, lockAfter: number, lockUntil: string): Promise<void> {
  const row = await db
    .updateTable("staff")
    .set((eb) => ({ failed_logins: eb("failed_logins", "+", 1) }))
    .where("id", "=", staffId)
    .returning("failed_logins")
    .executeTakeFirst();
  if (row && Number(row.failed_logins) >= lockAfter) {
    await db.updateTable("staff").set({ locked_until: lockUntil, failed_logins: 0 }).where("id", "=", staffId).execute();
  }
}

export async function clearFailedLogins(db: Kysely<Database>, staffId: string): Promise<void> {
  await db.updateTable("staff").set({ failed_logins: 0, locked_until: null }).where("id", "=", staffId).execute();
}

// Accepts a TOTP step only if it is newer than the last one used: the update itself is the
// check, so two requests racing with the same code cannot both win.
export async function useTotpStep(db: Kysely<Database>, staffId: string, step: number): Promise<boolean> {
  const res = await db
    .updateTable("staff")
    .set({ totp_last_step: step })
    .where("id", "=", staffId)
    .where("totp_last_step", "<", step)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function updateStaff(
  db: Kysely<Database>,
  staffId: string,
  patch: Partial<Pick<Staff, "password_hash" | "totp_secret" | "totp_pending_secret" | "totp_last_step" | "must_change_password" | "disabled" | "role">>,
): Promise<void> {
  await db.updateTable("staff").set(patch).where("id", "=", staffId).execute();
}

export async function createStaffSession(
  db: Kysely<Database>,
  input: { tokenHash: string; staffId: string; pendingEnrolment: boolean; expiresAt: string },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto("staff_sessions")
    .values({ token_hash: input.tokenHash, staff_id: input.staffId, pending_enrolment: input.pendingEnrolment ? 1 : 0, created_at: now, last_seen_at: now, expires_at: input.expiresAt })
    .execute();
}

export const findStaffSession = (db: Kysely<Database>, tokenHash: string) =>
  db
    .selectFrom("staff_sessions as s")
    .innerJoin("staff", "staff.id", "s.staff_id")
    .select(["s.token_hash", "s.pending_enrolment", "s.last_seen_at", "s.expires_at", "staff.id", "staff.username", "staff.role", "staff.disabled", "staff.must_change_password"])
    .where("s.token_hash", "=", tokenHash)
    .executeTakeFirst();

export async function touchStaffSession(db: Kysely<Database>, tokenHash: string, at: string): Promise<void> {
  await db.updateTable("staff_sessions").set({ last_seen_at: at }).where("token_hash", "=", tokenHash).execute();
}

export async function deleteStaffSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("staff_sessions").where("token_hash", "=", tokenHash).execute();
}

export async function deleteStaffSessions(db: Kysely<Database>, staffId: string): Promise<void> {
  await db.deleteFrom("staff_sessions").where("staff_id", "=", staffId).execute();
}

/** Active safeguarding leads: whom a case can be handed to. */
export const listActiveLeads = (db: Kysely<Database>) =>
  db.selectFrom("staff").select("username").where("role", "=", "safeguarding_lead").where("disabled", "=", 0).orderBy("username").execute();
