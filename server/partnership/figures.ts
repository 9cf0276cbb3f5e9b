import type { Kysely } from "kysely";
import { caseFacts, postFacts, reportFacts } from "../../db/repos/figures.ts";
import type { Database } from "../../db/schema.ts";
import { targetMinutes } from "../safeguarding/targets.ts";
import { publish, publishTotal, SMALL, type Published } from "./disclosure.ts";
import { periodOf, wholePeriods, type PeriodKind } from "./periods.ts";

/**
 * Partnership figures: what young people and parents bring to Harbour, and how fast staff
 * respond, by period. Each dimension counts one kind of thing (posts, escalated posts, cases,
 * closed cases, reports); its "all" is how many of those things there were, and a post with
 * two categories counts once in each.
 */
export const DIMENSIONS = {
  space: "posts, by space",
  severity: "posts, by severity",
  category: "posts, by category (a post can have several)",
  escalated_category: "escalated posts (severity 3 and 4), by category",
  case_space: "safeguarding cases opened, by space",
  case_severity: "safeguarding cases opened, by severity",
  case_category: "safeguarding cases opened, by category",
  outcome: "cases closed, by outcome",
  threshold_level: "cases closed, by threshold level recorded",
  reports: "reports made by users, by space",
  first_response_urgent: "urgent cases opened, by time to first staff response",
  first_response_escalated: "escalated cases opened, by time to first staff response",
} as const;
export type Dimension = keyof typeof DIMENSIONS;

type Tally = Map<string, Map<Dimension, { all: number; values: Map<string, number> }>>;

function add(tally: Tally, period: string, dimension: Dimension, values: readonly string[]): void {
  let byDim = tally.get(period);
  if (!byDim) tally.set(period, (byDim = new Map()));
  let cell = byDim.get(dimension);
  if (!cell) byDim.set(dimension, (cell = { all: 0, values: new Map() }));
  cell.all++;
  for (const v of values) cell.values.set(v, (cell.values.get(v) ?? 0) + 1);
}

const categoriesOf = (json: string) => (JSON.parse(json) as string[]).filter((c) => c !== "reported");

function responseBand(opened: string, firstResponse: string | null, target: number): string {
  if (!firstResponse) return "no_response_yet";
  return (Date.parse(firstResponse) - Date.parse(opened)) / 60_000 <= target ? `within_${target}_minutes` : `after_${target}_minutes`;
}

export interface PublishedRow {
  period: string;
  dimension: Dimension;
  value: string;
  count: Published;
}

export interface ResponseTimes {
  cases: Published;
  targetMinutes: number;
  /** Whole minutes; null when fewer than 5 cases had a response (too few to say, and identifying). */
  medianMinutes: number | null;
  p90Minutes: number | null;
  withinTarget: Published;
}

export interface PartnershipFigures {
  period: PeriodKind;
  from: string;
  to: string;
  periods: string[];
  /** One row per period, dimension and value, plus an "all" row per period and dimension. */
  rows: PublishedRow[];
  /** The same, over the whole range. */
  totals: PublishedRow[];
  responseTimes: { urgent: ResponseTimes; escalated: ResponseTimes };
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Math.round(sorted[i] ?? 0);
}

function responseTimes(minutes: number[], cases: number, target: number): ResponseTimes {
  const s = [...minutes].sort((a, b) => a - b);
  const enough = s.length >= SMALL;
  return {
    cases: publishTotal(cases),
    targetMinutes: target,
    medianMinutes: enough ? quantile(s, 0.5) : null,
    p90Minutes: enough ? quantile(s, 0.9) : null,
    withinTarget: publishTotal(s.filter((m) => m <= target).length),
  };
}

function published(tally: Tally, periods: readonly string[]): PublishedRow[] {
  const rows: PublishedRow[] = [];
  for (const period of periods) {
    for (const dimension of Object.keys(DIMENSIONS) as Dimension[]) {
      const cell = tally.get(period)?.get(dimension);
      rows.push({ period, dimension, value: "all", count: publishTotal(cell?.all ?? 0) });
      for (const [value, n] of [...(cell?.values ?? [])].sort((a, b) => a[0].localeCompare(b[0]))) {
        const count = publish(n);
        if (count !== null) rows.push({ period, dimension, value, count });
      }
    }
  }
  return rows;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function partnershipFigures(db: Kysely<Database>, kind: PeriodKind, from: Date, to: Date): Promise<PartnershipFigures> {
  const { start, end, periods } = wholePeriods(kind, from, to);
  const [a, b] = [start.toISOString(), end.toISOString()];
  const [posts, cases, reports] = await Promise.all([postFacts(db, a, b), caseFacts(db, a, b), reportFacts(db, a, b)]);
  const tally: Tally = new Map();
  const whole: Tally = new Map();
  const count = (at: string, dimension: Dimension, values: readonly string[]) => {
    add(tally, periodOf(kind, at), dimension, values);
    add(whole, "all", dimension, values);
  };
  for (const p of posts) {
    const categories = categoriesOf(p.categories);
    count(p.at, "space", [p.space]);
    count(p.at, "severity", [String(p.severity)]);
    count(p.at, "category", categories.length ? categories : ["none"]);
    if (p.severity >= 3) count(p.at, "escalated_category", categories);
  }
  const urgentMinutes: number[] = [];
  const escalatedMinutes: number[] = [];
  let urgentCases = 0;
  let escalatedCases = 0;
  for (const c of cases) {
    if (c.opened_at >= a && c.opened_at < b) {
      count(c.opened_at, "case_space", [c.space]);
      count(c.opened_at, "case_severity", [String(c.severity)]);
      count(c.opened_at, "case_category", categoriesOf(c.categories));
      const urgent = c.severity >= 4;
      const target = targetMinutes(c.severity);
      count(c.opened_at, urgent ? "first_response_urgent" : "first_response_escalated", [responseBand(c.opened_at, c.first_response_at, target)]);
      if (urgent) urgentCases++;
      else escalatedCases++;
      if (c.first_response_at) (urgent ? urgentMinutes : escalatedMinutes).push((Date.parse(c.first_response_at) - Date.parse(c.opened_at)) / 60_000);
    }
    if (c.closed_at && c.closed_at >= a && c.closed_at < b) {
      count(c.closed_at, "outcome", [c.outcome ?? "not_recorded"]);
      count(c.closed_at, "threshold_level", [c.threshold_level === null ? "not_recorded" : String(c.threshold_level)]);
    }
  }
  for (const r of reports) count(r.at, "reports", [r.space]);
  return {
    period: kind,
    from: day(start),
    to: day(new Date(end.getTime() - 86_400_000)),
    periods,
    rows: published(tally, periods),
    totals: published(whole, ["all"]),
    responseTimes: {
      urgent: responseTimes(urgentMinutes, urgentCases, targetMinutes(4)),
      escalated: responseTimes(escalatedMinutes, escalatedCases, targetMinutes(3)),
    },
  };
}

/** API.md "Partnership export": period,dimension,value,count; exactly the page's published rows. */
export function figuresCsv(f: PartnershipFigures): string {
  const lines = ["period,dimension,value,count"];
  for (const r of f.rows) lines.push([r.period, r.dimension, r.value, String(r.count)].join(","));
  return lines.join("\r\n") + "\r\n";
}
