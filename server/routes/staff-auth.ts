import { Hono, type Context } from "hono";
import QRCode from "qrcode";
import { z } from "zod";
import { clearFailedLogins, deleteStaffSessions, findStaffById, findStaffByUsername, recordFailedLogin, updateStaff, useTotpStep } from "../../db/repos/staff.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { clientAddress, RateLimiter } from "../middleware/rate-limit.ts";
import { endStaffSession, requireStaff, startStaffSession } from "../middleware/staff-session.ts";
import { burnPasswordCheck, checkPassword, hashPassword } from "../staff/passwords.ts";
import { matchCode, newTotpSecret, otpauthUri } from "../staff/totp.ts";
import { ALL_ROLES } from "../staff/roles.ts";

export const loginSchema = z.object({
  username: z.string({ error: "username must be text." }).min(1, "Please enter your username.").max(64),
  password: z.string({ error: "password must be text." }).min(1, "Please enter your password.").max(256),
  totp: z.string({ error: "totp must be text (the 6-digit code)." }).max(12).optional(),
});
export const enrolSchema = z.object({ totp: z.string({ error: "totp must be text (the 6-digit code)." }).max(12) });
export const passwordSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string({ error: "newPassword must be text." }).min(12, "Choose a password of at least 12 characters.").max(256),
});

const WRONG = "That username, password or code is not right.";

export function staffAuthRoutes(limiter: RateLimiter) {
  const app = new Hono<AppEnv>();

  app.post("/login", async (c) => {
    const { username, password, totp } = await readJson(c, loginSchema);
    const db = c.get("db");
    const config = c.get("config");
    const rule = config.rateLimits.staffLoginFailures;
    const keys = [`login-user:${username.toLowerCase()}`, `login-addr:${clientAddress(c)}`];
    const wait = Math.max(...(await Promise.all(keys.map((k) => limiter.peek(db, k, rule)))));
    if (wait > 0) return tooMany(c, wait);

    const fail = async (why: string, staffId?: string) => {
      for (const k of keys) await limiter.take(db, k, rule);
      if (staffId) {
        await recordFailedLogin(db, staffId, config.staffLockAfter, new Date(Date.now() + config.staffLockMinutes * 60_000).toISOString());
      }
      await staffActionLog(db, c.get("dialect"), username.slice(0, 64)).loginFailed(why);
      throw new HttpError(401, why === "replayed code" ? "That code has already been used. Please wait for the next one." : WRONG);
    };

    const staff = await findStaffByUsername(db, username);
    if (!staff || staff.disabled) {
      await burnPasswordCheck(password);
      return fail(staff ? "disabled account" : "unknown username");
    }
    if (staff.locked_until && Date.parse(staff.locked_until) > Date.now()) {
      return tooMany(c, Math.ceil((Date.parse(staff.locked_until) - Date.now()) / 1000));
    }
    if (!(await checkPassword(staff.password_hash, password))) return fail("wrong password", staff.id);

    if (!staff.totp_secret) {
      // First sign-in: the password is right, but TOTP must be set up before anything else.
      const secret = staff.totp_pending_secret ?? newTotpSecret();
      if (!staff.totp_pending_secret) await updateStaff(db, staff.id, { totp_pending_secret: secret });
      await endStaffSession(c, true);
      await startStaffSession(c, staff.id, true);
      const uri = otpauthUri(staff.username, secret);
      return c.json({ enrolmentRequired: true, otpauthUri: uri, secret, qrDataUrl: await QRCode.toDataURL(uri) });
    }
    const step = totp ? matchCode(staff.totp_secret, totp.trim()) : null;
    if (step === null) return fail("wrong code", staff.id);
    if (!(await useTotpStep(db, staff.id, step))) return fail("replayed code", staff.id);

    for (const k of keys) await limiter.reset(db, k);
    await clearFailedLogins(db, staff.id);
    await endStaffSession(c, true);
    await startStaffSession(c, staff.id, false);
    await staffActionLog(db, c.get("dialect"), staff.username).loggedIn();
    return c.json({ username: staff.username, role: staff.role, mustChangePassword: staff.must_change_password === 1 });
  });

  app.post("/enrol", async (c) => {
    const pending = c.get("staff");
    if (!pending?.pendingEnrolment) throw new HttpError(401, "Please sign in with your username and password first.");
    const { totp } = await readJson(c, enrolSchema);
    const db = c.get("db");
    const staff = await findStaffById(db, pending.id);
    if (!staff?.totp_pending_secret) throw new HttpError(409, "This account has already set up its code. Please sign in.");
    const step = matchCode(staff.totp_pending_secret, totp.trim());
    if (step === null) throw new HttpError(401, "That code is not right. Check your authenticator app and try again.");
    await updateStaff(db, staff.id, { totp_secret: staff.totp_pending_secret, totp_pending_secret: null, totp_last_step: step });
    await endStaffSession(c, true);
    await startStaffSession(c, staff.id, false);
    const log = staffActionLog(db, c.get("dialect"), staff.username);
    await log.enrolledTotp();
    await log.loggedIn();
    return c.json({ username: staff.username, role: staff.role, mustChangePassword: staff.must_change_password === 1 });
  });

  app.post("/logout", async (c) => {
    const staff = c.get("staff");
    await endStaffSession(c);
    if (staff) await staffActionLog(c.get("db"), c.get("dialect"), staff.username).loggedOut();
    return c.json({ ok: true });
  });

  app.get("/me", (c) => {
    const staff = requireStaff(c, ALL_ROLES, true);
    return c.json({ username: staff.username, role: staff.role, mustChangePassword: staff.mustChangePassword });
  });

  app.post("/password", async (c) => {
    const me = requireStaff(c, ALL_ROLES, true);
    const { currentPassword, newPassword } = await readJson(c, passwordSchema);
    const db = c.get("db");
    const staff = await findStaffById(db, me.id);
    if (!staff || !(await checkPassword(staff.password_hash, currentPassword))) throw new HttpError(401, "Your current password is not right.");
    await updateStaff(db, staff.id, { password_hash: await hashPassword(newPassword), must_change_password: 0 });
    // Privilege-relevant change: every other session ends and this one is re-issued.
    await deleteStaffSessions(db, staff.id);
    await startStaffSession(c, staff.id, false);
    await staffActionLog(db, c.get("dialect"), staff.username).changedPassword();
    return c.json({ ok: true });
  });

  return app;
}

function tooMany(c: Context<AppEnv>, wait: number) {
  c.header("Retry-After", String(wait));
  return c.json({ error: "Too many sign-in attempts. Please wait a few minutes and try again." }, 429);
}
