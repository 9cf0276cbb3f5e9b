import { Hono } from "hono";
import { z } from "zod";
import { getSpaceSettings, setPremoderate } from "../../db/repos/posts.ts";
import { inTransaction } from "../../db/tx.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { readJson } from "../json-body.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { parseSpace, SPACES } from "../spaces.ts";
import { ALL_ROLES, CAN } from "../staff/roles.ts";

export const spaceSettingsSchema = z.object({ premoderate: z.boolean({ error: "premoderate must be true or false." }) });

export function staffSpaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/spaces", async (c) => {
    requireStaff(c, ALL_ROLES);
    const spaces = await Promise.all(SPACES.map((s) => getSpaceSettings(c.get("db"), s)));
    return c.json({ spaces: spaces.filter((s) => s !== undefined).map((s) => ({ id: s.id, name: s.name, premoderate: s.premoderate === 1 })) });
  });
  app.post("/spaces/:space/settings", async (c) => {
    const staff = requireStaff(c, CAN.changeSpaceSettings);
    const space = parseSpace(c.req.param("space"));
    const { premoderate } = await readJson(c, spaceSettingsSchema);
    await inTransaction(c.get("db"), async (trx) => {
      await setPremoderate(trx, space, premoderate);
      await staffActionLog(trx, c.get("dialect"), staff.username).changedSpaceSetting(space, `premoderate=${premoderate}`);
    });
    return c.json({ ok: true });
  });
  return app;
}
