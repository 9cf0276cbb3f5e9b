import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database, SpaceId } from "../../db/schema.ts";
import type { HarbourApp } from "../../server/app.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";
import { newStaff, type StaffLogin } from "../helpers/staff.ts";

/** Stores a post (and, at severity 3+, its case) at a given time, as Harbour would have. */
async function seed(db: Kysely<Database>, at: string, space: SpaceId, severity: number, categories: string[], responseMinutes: number | null = null) {
  const threadId = randomUUID();
  const postId = randomUUID();
  await db.insertInto("threads").values({ id: threadId, space, title: "t", author_id: null, opening_post_id: postId, created_at: at, last_activity_at: at, is_demo: 0 }).execute();
  await db
    .insertInto("posts")
    .values({ id: postId, thread_id: threadId, author_id: null, body: "private words 07700 900999", body_shown: "", status: severity >= 2 ? "waiting_for_moderator" : "published", reason: null, severity, categories: JSON.stringify(categories), created_at: at, is_demo: 0 })
    .execute();
  if (severity >= 3) {
    const firstResponse = responseMinutes === null ? null : new Date(Date.parse(at) + responseMinutes * 60_000).toISOString();
    await db
      .insertInto("cases")
      .values({ id: randomUUID(), post_id: postId, identity_id: null, space, severity, categories: JSON.stringify(categories), status: "open", threshold_level: null, ice_category: null, opened_at: at, first_response_at: firstResponse, closed_at: null, outcome: null, outcome_note: null, handled_by: null, handled_since: null, contact_state: null, post_copy: null })
      .execute();
  }
}

type Row = { period: string; dimension: string; value: string; count: string };
const parseCsv = (text: string): Row[] =>
  text
    .trim()
    .split(/\r\n/)
    .slice(1)
    .map((l) => {
      const [period = "", dimension = "", value = "", count = ""] = l.split(",");
      return { period, dimension, value, count };
    });

/** The true counts a published count could stand for ("" when no row was published: 0). */
function range(count: string | undefined, isTotal: boolean): [number, number] {
  if (count === undefined) return [0, 0];
  if (count === "<5") return [isTotal ? 0 : 1, 4];
  const n = Number(count);
  return [Math.max(5, n - 2), n + 2];
}

/**
 * The subtraction attack, done exhaustively: for every hidden ("<5") cell of a dimension where
 * each thing has exactly one value, which true counts are consistent with everything else published
 * (the other cells and the total)? Fewer than two means the cell could be worked out.
 */
function recoverable(rows: Row[], dimensions: readonly string[]): string[] {
  const found: string[] = [];
  const groups = new Map<string, Row[]>();
  for (const r of rows) if (dimensions.includes(r.dimension)) groups.set(`${r.period}|${r.dimension}`, [...(groups.get(`${r.period}|${r.dimension}`) ?? []), r]);
  for (const [key, group] of groups) {
    const total = range(group.find((r) => r.value === "all")?.count, true);
    const cells = group.filter((r) => r.value !== "all");
    for (const hidden of cells.filter((r) => r.count === "<5")) {
      const others = cells.filter((r) => r !== hidden).map((r) => range(r.count, false));
      const lo = others.reduce((a, r) => a + r[0], 0);
      const hi = others.reduce((a, r) => a + r[1], 0);
      const candidates = [1, 2, 3, 4].filter((v) => v + hi >= total[0] && v + lo <= total[1]);
      if (candidates.length < 2) found.push(`${key} ${hidden.value}: could only be ${candidates.join(" or ")}`);
    }
  }
  return found;
}

const SINGLE_VALUED = ["space", "severity", "case_space", "case_severity", "reports", "first_response_urgent", "first_response_escalated", "outcome", "threshold_level"];

describe.each(DIALECTS)("partnership figures and export, on %s", (dialect) => {
  let database: TestDb;
  let app: HarbourApp;
  let partner: StaffLogin;

  beforeAll(async () => {
    database = await freshDatabase(dialect);
    app = testApp(database);
    partner = await newStaff(app, database.db, "partnership_lead");
    const db = database.db;
    // January: 3 young people's posts and 7 parents' (a subtraction attack's classic shape), 6 urgent cases.
    for (let i = 0; i < 3; i++) await seed(db, `2026-01-0${i + 5}T10:00:00.000Z`, "young-people", 0, []);
    for (let i = 0; i < 7; i++) await seed(db, `2026-01-1${i}T10:00:00.000Z`, "parents", 2, ["pii"]);
    for (let i = 0; i < 6; i++) await seed(db, `2026-01-2${i}T10:00:00.000Z`, "young-people", 4, ["immediate_danger"], [4, 6, 9, 12, 20, 45][i]!);
    // February: one grooming case, answered in 30 minutes; 12 ordinary posts.
    await seed(db, "2026-02-03T10:00:00.000Z", "parents", 3, ["grooming"], 30);
    for (let i = 0; i < 12; i++) await seed(db, `2026-02-1${i % 10}T1${i % 10}:00:00.000Z`, "young-people", 0, []);
  });
  afterAll(async () => database.drop());

  const csv = async (query: string) => {
    const res = await partner.client.get(`/api/partnership/figures.csv?${query}`);
    expect(res.status).toBe(200);
    return { res, rows: parseCsv(res.body as string), text: res.body as string };
  };

  it("exports the contract's CSV: header, one row per period, dimension and value, an all row for each, counts of at least 5 or <5", async () => {
    const { res, rows, text } = await csv("from=2026-01-01&to=2026-02-28");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(text.split("\r\n")[0]).toBe("period,dimension,value,count");
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(["2026-01", "2026-02"]));
    for (const r of rows) {
      expect(r.period).toMatch(/^\d{4}-(\d{2}|W\d{2})$/);
      expect(r.count === "<5" || (Number.isInteger(Number(r.count)) && Number(r.count) >= 5), JSON.stringify(r)).toBe(true);
    }
    for (const period of ["2026-01", "2026-02"]) for (const d of ["space", "severity", "category", "case_category", "outcome", "reports"]) expect(rows.some((r) => r.period === period && r.dimension === d && r.value === "all")).toBe(true);
    const jan = (d: string, v: string) => rows.find((r) => r.period === "2026-01" && r.dimension === d && r.value === v)?.count;
    expect(jan("space", "young-people")).toBe("10"); // 9 → nearest 5
    expect(jan("space", "parents")).toBe("5"); // 7 → 5
    expect(jan("space", "all")).toBe("15"); // 16 → 15
    expect(jan("case_severity", "4")).toBe("5");
    expect(rows.find((r) => r.period === "2026-02" && r.dimension === "case_category" && r.value === "grooming")?.count).toBe("<5");
    expect(text).not.toMatch(/07700|private words/);
    expect((await csv("from=2026-01-01&to=2026-01-31&period=week")).rows.map((r) => r.period)).toContain("2026-W02");
  });

  it("never lets a hidden count be worked out from totals, other rows, or overlapping date ranges", async () => {
    const { rows } = await csv("from=2026-01-01&to=2026-02-28");
    expect(rows.filter((r) => r.count === "<5" && r.value !== "all").length).toBeGreaterThan(0);
    expect(recoverable(rows, SINGLE_VALUED)).toEqual([]);
    // The same cell over two ranges that overlap: whole periods only, so both say exactly the same.
    const a = (await csv("from=2026-01-01&to=2026-01-20")).rows;
    const b = (await csv("from=2026-01-10&to=2026-02-05")).rows;
    expect(a.filter((r) => r.period === "2026-01")).toEqual(b.filter((r) => r.period === "2026-01"));
    // The page's range totals against the periods: no period's hidden cell can be recovered either.
    const page = (await partner.client.get("/api/partnership/figures?from=2026-01-01&to=2026-02-28")).body;
    expect(page.from).toBe("2026-01-01");
    expect(page.to).toBe("2026-02-28");
    for (const total of page.totals as Row[]) {
      if (total.value === "all") continue;
      const cells = rows.filter((r) => r.dimension === total.dimension && r.value === total.value);
      const asRows = [...cells.map((r) => ({ ...r, value: r.period, period: "x" })), { period: "x", dimension: total.dimension, value: "all", count: String(total.count) }];
      expect(recoverable(asRows, [total.dimension])).toEqual([]);
    }
  });

  it("shows the page and the CSV the same figures, and response times against the targets", async () => {
    const page = (await partner.client.get("/api/partnership/figures?from=2026-01-01&to=2026-02-28")).body;
    const { rows } = await csv("from=2026-01-01&to=2026-02-28");
    expect(page.rows.map((r: { count: number | string }) => ({ ...r, count: String(r.count) }))).toEqual(rows);
    expect(page.responseTimes.urgent).toMatchObject({ targetMinutes: 15, medianMinutes: 9, p90Minutes: 45, withinTarget: "<5", cases: 5 });
    // One escalated case: too few to give a time that could describe a single child.
    expect(page.responseTimes.escalated).toMatchObject({ targetMinutes: 60, medianMinutes: null, p90Minutes: null, cases: "<5" });
    expect(JSON.stringify(page)).not.toMatch(/07700|private words/);
  });

  it("is for partnership leads and admins only, and refuses bad ranges clearly", async () => {
    const admin = await newStaff(app, database.db, "admin");
    const lead = await newStaff(app, database.db, "safeguarding_lead");
    expect((await admin.client.get("/api/partnership/figures.csv?from=2026-01-01&to=2026-01-31")).status).toBe(200);
    expect((await lead.client.get("/api/partnership/figures.csv?from=2026-01-01&to=2026-01-31")).status).toBe(403);
    for (const q of ["from=2026-01-01", "from=2026-02-30&to=2026-03-01", "from=2026-03-01&to=2026-01-01", "from=2026-01-01&to=2026-01-31&period=day"]) {
      const res = await partner.client.get(`/api/partnership/figures.csv?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error).toEqual(expect.any(String));
    }
  });
});
