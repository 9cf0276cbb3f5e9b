import { Hono } from "hono";
import { caseCounts, postCounts, reportCount, type CountRow } from "../../db/repos/figures.ts";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { CAN } from "../staff/roles.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SMALL = 5;

// Small numbers can identify someone in a local area, so any count below 5 is shown as "<5".
export const suppress = (n: number): number | "<5" => (n > 0 && n < SMALL ? "<5" : n);
const table = (rows: CountRow[]) => Object.fromEntries(rows.map((r) => [r.key, suppress(r.n)]));

function parseDay(value: string | undefined, name: string): Date {
  if (!value || !DATE.test(value)) throw new HttpError(400, `${name} must be a date written YYYY-MM-DD.`);
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new HttpError(400, `${name} is not a real date.`);
  return d;
}

function median(values: number[]): number | null {
  if (values.length < SMALL) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}

export function partnershipRoutes() {
  const app = new Hono<AppEnv>();
  app.get("/figures", async (c) => {
    const staff = requireStaff(c, CAN.readFigures);
    const from = parseDay(c.req.query("from"), "from");
    const to = parseDay(c.req.query("to"), "to");
    if (to < from) throw new HttpError(400, "to must be on or after from.");
    if (to.getTime() - from.getTime() > 3 * 366 * 86_400_000) throw new HttpError(400, "Please ask for at most three years at a time.");
    const fromIso = from.toISOString();
    const toIso = new Date(to.getTime() + 86_400_000).toISOString(); // `to` is inclusive
    const db = c.get("db");
    const [posts, cases, reports] = await Promise.all([postCounts(db, fromIso, toIso), caseCounts(db, fromIso, toIso), reportCount(db, fromIso, toIso)]);
    await staffActionLog(db, c.get("dialect"), staff.username).viewedFigures(`${c.req.query("from")}..${c.req.query("to")}`);
    const sum = (rows: CountRow[]) => rows.reduce((a, r) => a + r.n, 0);
    return c.json({
      from: c.req.query("from"),
      to: c.req.query("to"),
      note: 'Counts below 5 are shown as "<5". Demo content is not counted.',
      posts: { total: suppress(sum(posts.bySpace)), bySpace: table(posts.bySpace), byStatus: table(posts.byStatus), bySeverity: table(posts.bySeverity), byCategory: table(posts.byCategory) },
      cases: {
        opened: suppress(sum(cases.bySpace)),
        bySpace: table(cases.bySpace),
        bySeverity: table(cases.bySeverity),
        byCategory: table(cases.byCategory),
        byOutcome: table(cases.byOutcome),
        byThresholdLevel: table(cases.byThreshold),
        byIceCategory: table(cases.byIceCategory),
        medianMinutesToFirstResponse: {
          urgent: median(cases.responseMinutes.filter((r) => r.severity >= 4).map((r) => r.minutes)),
          escalate: median(cases.responseMinutes.filter((r) => r.severity === 3).map((r) => r.minutes)),
        },
      },
      reports: suppress(reports),
    });
  });
  return app;
}
