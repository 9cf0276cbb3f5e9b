import { describe, expect, it } from "vitest";
import { DEFAULT_STAFFED_HOURS, describeNextStaffed, isStaffed, nextStaffedAt, staffedHoursInWords } from "../../server/staffed-hours.ts";
import { Client } from "../helpers/client.ts";
import { freshDatabase } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";

describe("staffed hours", () => {
  const hours = DEFAULT_STAFFED_HOURS;

  it("follows UK time, summer and winter", () => {
    expect(isStaffed(hours, new Date("2026-07-01T07:30:00Z"))).toBe(true); // 08:30 BST
    expect(isStaffed(hours, new Date("2026-07-01T06:30:00Z"))).toBe(false); // 07:30 BST
    expect(isStaffed(hours, new Date("2026-12-01T07:30:00Z"))).toBe(false); // 07:30 GMT
    expect(isStaffed(hours, new Date("2026-12-01T21:59:00Z"))).toBe(true); // 21:59 GMT
    expect(isStaffed(hours, new Date("2026-12-01T22:00:00Z"))).toBe(false);
  });

  it("tells an author honestly when someone will next read their post", () => {
    const night = new Date("2026-12-01T23:30:00Z");
    expect(nextStaffedAt(hours, night)?.toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(describeNextStaffed(hours, night)).toMatch(/nobody may read this until Wednesday.*8:00.*999/);
    expect(describeNextStaffed(hours, new Date("2026-12-01T12:00:00Z"))).toBeNull();
  });

  it("is published in words from the same settings", async () => {
    expect(staffedHoursInWords(hours)).toBe("8am to 10pm (UK time), every day");
    expect(staffedHoursInWords({ ...hours, days: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 })).toBe("9am to 5pm (UK time), Monday to Friday");
    const database = await freshDatabase("sqlite");
    try {
      const res = await new Client(testApp(database)).get("/api/staffed-hours");
      expect(res.body).toMatchObject({ inWords: "8am to 10pm (UK time), every day", staffedNow: expect.any(Boolean) });
    } finally {
      await database.drop();
    }
  });
});
