import type { Kysely } from "kysely";
import { listRota, replaceRota } from "../../db/repos/alerts.ts";
import { findStaffByUsername } from "../../db/repos/staff.ts";
import type { Database } from "../../db/schema.ts";

/** In the demo, demo-lead is on call all day, so an urgent demo post shows the alert ladder at work. */
export async function seedDemoRota(db: Kysely<Database>): Promise<void> {
  if ((await listRota(db)).length > 0) return;
  const lead = await findStaffByUsername(db, "demo-lead");
  if (lead) await replaceRota(db, [{ staffId: lead.id, days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 0 }]);
}
