import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { createStaffSession, deleteStaffSession, findStaffSession, touchStaffSession } from "../../db/repos/staff.ts";
import type { StaffRole } from "../../db/schema.ts";
import type { AppEnv, StaffUser } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { newToken, sha256 } from "../tokens.ts";

// Staff sessions are separate from forum identities: their own table and cookie, shorter,
// with an idle timeout, and re-issued at every sign-in.
export const STAFF_COOKIE = "harbour_staff";
const MINUTE = 60_000;

export async function startStaffSession(c: Context<AppEnv>, staffId: string, pendingEnrolment: boolean): Promise<void> {
  const config = c.get("config");
  const token = newToken();
  const hours = pendingEnrolment ? 0.25 : config.staffSessionHours;
  await createStaffSession(c.get("db"), {
    tokenHash: sha256(token),
    staffId,
    pendingEnrolment,
    expiresAt: new Date(Date.now() + hours * 60 * MINUTE).toISOString(),
  });
  setCookie(c, STAFF_COOKIE, token, { httpOnly: true, sameSite: "Strict", secure: config.secureCookies, path: "/", maxAge: Math.round(hours * 3600) });
}

// `keepCookie` when a new session replaces this one in the same response.
export async function endStaffSession(c: Context<AppEnv>, keepCookie = false): Promise<void> {
  const token = getCookie(c, STAFF_COOKIE);
  if (!token) return;
  await deleteStaffSession(c.get("db"), sha256(token));
  if (!keepCookie) deleteCookie(c, STAFF_COOKIE, { path: "/" });
}

export const staffSession = createMiddleware<AppEnv>(async function staffSession(c, next) {
  const token = getCookie(c, STAFF_COOKIE);
  if (token && token.length <= 100) {
    const db = c.get("db");
    const tokenHash = sha256(token);
    const row = await findStaffSession(db, tokenHash);
    const now = Date.now();
    const idleLimit = c.get("config").staffIdleMinutes * MINUTE;
    const alive = row && !row.disabled && Date.parse(row.expires_at) > now && now - Date.parse(row.last_seen_at) < idleLimit;
    if (row && alive) {
      if (now - Date.parse(row.last_seen_at) > MINUTE) await touchStaffSession(db, tokenHash, new Date(now).toISOString());
      c.set("staff", {
        id: row.id, username: row.username, role: row.role, tokenHash,
        pendingEnrolment: row.pending_enrolment === 1, mustChangePassword: row.must_change_password === 1,
      });
    } else if (row) {
      await deleteStaffSession(db, tokenHash);
    }
  }
  return next();
});

// Deny by default: every staff route names the roles it allows. A temporary password must be
// replaced before anything else (only the routes that do that pass `beforePasswordChange`).
export function requireStaff(c: Context<AppEnv>, roles: readonly StaffRole[], beforePasswordChange = false): StaffUser {
  const staff = c.get("staff");
  if (!staff || staff.pendingEnrolment) throw new HttpError(401, "Please sign in as staff first (your session may have timed out).");
  if (!roles.includes(staff.role)) throw new HttpError(403, "Your role does not allow this.");
  if (staff.mustChangePassword && !beforePasswordChange) throw new HttpError(403, "Please choose a new password first.");
  return staff;
}

// For long-lived responses (the live queue): is this session still good right now?
export async function staffSessionStillValid(c: Context<AppEnv>, staff: StaffUser): Promise<boolean> {
  const row = await findStaffSession(c.get("db"), staff.tokenHash);
  const now = Date.now();
  return !!row && !row.disabled && Date.parse(row.expires_at) > now && now - Date.parse(row.last_seen_at) < c.get("config").staffIdleMinutes * MINUTE;
}

