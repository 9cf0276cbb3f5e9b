import { Hono } from "hono";
import { listAudit, verifyAuditChain } from "../../db/repos/audit.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { CAN } from "../staff/roles.ts";

export function staffAuditRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/audit", async (c) => {
    const staff = requireStaff(c, CAN.readAudit);
    const limit = Number(c.req.query("limit") ?? 100);
    const before = c.req.query("before");
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new HttpError(400, "limit must be a whole number from 1 to 500.");
    if (before !== undefined && !/^\d{1,15}$/.test(before)) throw new HttpError(400, "before must be an entry number.");
    const db = c.get("db");
    await staffActionLog(db, c.get("dialect"), staff.username).viewedAudit();
    const rows = await listAudit(db, { limit, beforeSeq: before ? Number(before) : undefined });
    return c.json({
      entries: rows.map((r) => ({ id: r.id, seq: Number(r.seq), at: r.at, actor: r.actor, action: r.action, target: r.target, reason: r.reason })),
    });
  });
  app.get("/audit/verify", async (c) => {
    requireStaff(c, CAN.readAudit);
    return c.json(await verifyAuditChain(c.get("db")));
  });
  return app;
}
