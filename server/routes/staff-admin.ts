import { Hono } from "hono";
import { z } from "zod";
import { deleteStaffSessions, findStaffByUsername, listStaff, updateStaff } from "../../db/repos/staff.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { readJson } from "../json-body.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { createStaffAccount, roleSchema, usernameSchema } from "../staff/accounts.ts";
import { generatePassword, hashPassword } from "../staff/passwords.ts";
import { inTransaction } from "../../db/tx.ts";
import { CAN } from "../staff/roles.ts";

export const createStaffSchema = z.object({ username: usernameSchema, role: roleSchema });
export const disableStaffSchema = z.object({ reason: z.string().max(500).optional() });

export function staffAdminRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/users", async (c) => {
    requireStaff(c, CAN.manageStaff);
    const rows = await listStaff(c.get("db"));
    return c.json({
      users: rows.map((r) => ({ username: r.username, role: r.role, disabled: r.disabled === 1, enrolled: r.totp_secret !== null, createdAt: r.created_at })),
    });
  });

  app.post("/users", async (c) => {
    const me = requireStaff(c, CAN.manageStaff);
    const { username, role } = await readJson(c, createStaffSchema);
    const db = c.get("db");
    if (await findStaffByUsername(db, username)) throw new HttpError(409, "That username is already taken.");
    const { password } = await createStaffAccount(db, { username, role, withTotp: false });
    await staffActionLog(db, c.get("dialect"), me.username).createdStaff(username, role);
    return c.json({ username, role, temporaryPassword: password }, 201);
  });

  app.post("/users/:username/disable", async (c) => {
    const me = requireStaff(c, CAN.manageStaff);
    const { reason } = await readJson(c, disableStaffSchema);
    const db = c.get("db");
    const target = await findStaffByUsername(db, c.req.param("username"));
    if (!target) throw new HttpError(404, "There is no staff member with that username.");
    if (target.id === me.id) throw new HttpError(409, "You can't disable your own account.");
    await updateStaff(db, target.id, { disabled: 1 });
    await deleteStaffSessions(db, target.id);
    await staffActionLog(db, c.get("dialect"), me.username).disabledStaff(target.username, reason ?? null);
    return c.json({ ok: true });
  });

  app.post("/users/:username/enable", async (c) => {
    const me = requireStaff(c, CAN.manageStaff);
    const target = await findStaffByUsername(c.get("db"), c.req.param("username"));
    if (!target) throw new HttpError(404, "There is no staff member with that username.");
    await inTransaction(c.get("db"), async (trx) => {
      await updateStaff(trx, target.id, { disabled: 0 });
      await staffActionLog(trx, c.get("dialect"), me.username).enabledStaff(target.username);
    });
    return c.json({ ok: true });
  });

  // A lost phone or password: a new one-time password, and TOTP is set up again at next sign-in.
  app.post("/users/:username/reset", async (c) => {
    const me = requireStaff(c, CAN.manageStaff);
    const db = c.get("db");
    const target = await findStaffByUsername(db, c.req.param("username"));
    if (!target) throw new HttpError(404, "There is no staff member with that username.");
    if (target.id === me.id) throw new HttpError(409, "Ask another admin to reset your own account.");
    const temporaryPassword = generatePassword();
    await inTransaction(db, async (trx) => {
      await updateStaff(trx, target.id, {
        password_hash: await hashPassword(temporaryPassword), must_change_password: 1,
        totp_secret: null, totp_pending_secret: null, totp_last_step: 0,
      });
      await deleteStaffSessions(trx, target.id);
      await staffActionLog(trx, c.get("dialect"), me.username).resetStaff(target.username);
    });
    return c.json({ username: target.username, temporaryPassword });
  });

  return app;
}
