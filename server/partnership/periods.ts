/**
 * Figures are only ever counted over whole periods (ISO weeks or calendar months, UTC), and a
 * requested date range is widened to whole periods. So every answer is built from the same fixed
 * cells: two overlapping ranges never differ by a few days whose small counts could be worked out.
 */
export type PeriodKind = "week" | "month";

const DAY = 86_400_000;

/** "2026-W05" (ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dayNum = (t.getUTCDay() + 6) % 7; // Monday 0
  t.setUTCDate(t.getUTCDate() - dayNum + 3); // the Thursday of this week
  const year = t.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4)); // always in week 1
  const week1Thursday = jan4.getTime() + (3 - ((jan4.getUTCDay() + 6) % 7)) * DAY;
  const week = 1 + Math.round((t.getTime() - week1Thursday) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export const monthOf = (d: Date): string => d.toISOString().slice(0, 7);

export const periodOf = (kind: PeriodKind, at: string | Date): string => {
  const d = typeof at === "string" ? new Date(at) : at;
  return kind === "week" ? isoWeek(d) : monthOf(d);
};

/** The first day (UTC midnight) of the period holding `d`. */
export function periodStart(kind: PeriodKind, d: Date): Date {
  if (kind === "month") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(t.getTime() - ((t.getUTCDay() + 6) % 7) * DAY);
}

/** The day after the period holding `d` ends. */
export function periodEnd(kind: PeriodKind, d: Date): Date {
  const start = periodStart(kind, d);
  return kind === "month" ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) : new Date(start.getTime() + 7 * DAY);
}

/** [from, to] (inclusive days) widened to whole periods: [start, end) and every period key in it, in order. */
export function wholePeriods(kind: PeriodKind, from: Date, to: Date): { start: Date; end: Date; periods: string[] } {
  const start = periodStart(kind, from);
  const end = periodEnd(kind, to);
  const periods: string[] = [];
  for (let d = start; d < end; d = periodEnd(kind, d)) periods.push(periodOf(kind, d));
  return { start, end, periods };
}
