import { Hono, type Context } from "hono";
import { staffActionLog } from "../audit.ts";
import type { AppEnv } from "../env.ts";
import { HttpError } from "../http-error.ts";
import { requireStaff } from "../middleware/staff-session.ts";
import { figuresCsv, partnershipFigures } from "../partnership/figures.ts";
import type { PeriodKind } from "../partnership/periods.ts";
import { CAN } from "../staff/roles.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string | undefined, name: string): Date {
  if (!value || !DATE.test(value)) throw new HttpError(400, `${name} must be a date written YYYY-MM-DD.`);
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new HttpError(400, `${name} is not a real date.`);
  return d;
}

async function figuresFor(c: Context<AppEnv>) {
  const staff = requireStaff(c, CAN.readFigures);
  const from = parseDay(c.req.query("from"), "from");
  const to = parseDay(c.req.query("to"), "to");
  if (to < from) throw new HttpError(400, "to must be on or after from.");
  if (to.getTime() - from.getTime() > 3 * 366 * 86_400_000) throw new HttpError(400, "Please ask for at most three years at a time.");
  const period = c.req.query("period") ?? "month";
  if (period !== "week" && period !== "month") throw new HttpError(400, "period must be week or month.");
  const figures = await partnershipFigures(c.get("db"), period as PeriodKind, from, to);
  await staffActionLog(c.get("db"), c.get("dialect"), staff.username).viewedFigures(`${figures.from}..${figures.to} by ${period}`);
  return figures;
}

export function partnershipRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/figures", async (c) => {
    const f = await figuresFor(c);
    const total = (dimension: string) => Object.fromEntries(f.totals.filter((r) => r.dimension === dimension && r.value !== "all").map((r) => [r.value, r.count]));
    const all = (dimension: string) => f.totals.find((r) => r.dimension === dimension && r.value === "all")?.count ?? "<5";
    return c.json({
      ...f,
      note:
        'Counted over whole periods. Counts from 1 to 4 are shown as "<5", and every other count, totals included, is rounded to the nearest 5, so no small number can be worked out from the others. Demo content is not counted.',
      posts: { total: all("space"), bySpace: total("space"), bySeverity: total("severity"), byCategory: total("category"), escalatedByCategory: total("escalated_category") },
      cases: {
        opened: all("case_space"), bySpace: total("case_space"), bySeverity: total("case_severity"), byCategory: total("case_category"),
        closed: all("outcome"), byOutcome: total("outcome"), byThresholdLevel: total("threshold_level"),
      },
      reports: all("reports"),
    });
  });

  app.get("/figures.csv", async (c) => {
    const f = await figuresFor(c);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="harbour-figures-${f.from}-to-${f.to}.csv"`);
    return c.body(figuresCsv(f));
  });

  return app;
}
