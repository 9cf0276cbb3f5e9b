import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../helpers/client.ts";
import { DIALECTS, freshDatabase, type TestDb } from "../helpers/databases.ts";
import { testApp } from "../helpers/server.ts";
import { newStaff } from "../helpers/staff.ts";

const words = (body: { sections: { heading: string; points: string[] }[] }) => body.sections.flatMap((s) => [s.heading, ...s.points]).join("\n");

describe.each(DIALECTS)("privacy words, your data and deleting it, on %s", (dialect) => {
  let database: TestDb;
  beforeAll(async () => {
    database = await freshDatabase(dialect);
  });
  afterAll(async () => database.drop());

  it("says what the retention configuration does, and changes when it changes", async () => {
    const standard = new Client(testApp(database));
    const young = (await standard.get("/api/privacy?space=young-people")).body;
    expect(words(young)).toContain("deleted 12 months after the last reply");
    expect(words(young)).toContain("deleted after 30 days");
    expect(words(young)).toContain("up to 30 days");
    expect(words(young)).toContain("deleted 6 years after the team closes the case");
    const shorter = new Client(testApp(database, { retention: { publishedDays: 90, unpublishedDays: 14, caseRecordDays: 730 }, forumSessionDays: 7 }));
    const changed = words((await shorter.get("/api/privacy?space=young-people")).body);
    expect(changed).toContain("deleted 3 months after the last reply");
    expect(changed).toContain("deleted after 14 days");
    expect(changed).toContain("up to 7 days");
    expect(changed).toContain("deleted 2 years after the team closes the case");
    expect(changed).not.toContain("12 months");
    const parents = words((await standard.get("/api/privacy?space=parents")).body);
    expect(parents).toContain("you don't need to tell us who your child is");
    expect((await standard.get("/api/privacy?space=staff")).status).toBe(400);
  });

  it("gives an author everything under their made-up name, then deletes it; a case keeps only a redacted copy", async () => {
    const app = testApp(database);
    const lead = await newStaff(app, database.db, "safeguarding_lead");
    const author = new Client(app);
    const { pseudonym } = (await author.post("/api/identities", { space: "young-people" })).body;
    await author.post("/api/spaces/young-people/threads", { title: "ordinary", body: "does anyone else find year 10 maths hard" });
    const crisis = await author.post("/api/spaces/young-people/threads", { title: "help", body: "i've started cutting myself again, text me on 07700 900123" });
    expect(crisis.body.status).toBe("with_safeguarding_team");

    const data = await author.get("/api/me/data");
    expect(data.status).toBe(200);
    expect(data.headers.get("content-disposition")).toMatch(/attachment; filename="harbour-/);
    expect(data.body).toMatchObject({ pseudonym, space: "young-people" });
    expect(data.body.posts.map((p: { status: string }) => p.status).sort()).toEqual(["published", "with_safeguarding_team"]);
    expect(JSON.stringify(data.body)).toContain("07700 900123");
    expect((await new Client(app).get("/api/me/data")).status).toBe(401);

    const caseId = (await lead.client.get("/api/staff/cases")).body.cases[0].id as string;
    expect((await author.del("/api/me")).status).toBe(200);
    expect((await author.get("/api/me/data")).status).toBe(401);
    const kept = (await lead.client.get(`/api/staff/cases/${caseId}`)).body.case;
    expect(kept.post).toMatchObject({ status: "deleted_by_author" });
    expect(kept.post.body).toContain("cutting myself");
    expect(kept.post.body).toContain("[phone number]");
    expect(JSON.stringify(kept)).not.toContain("07700");
    expect(JSON.stringify(kept)).not.toContain(pseudonym);
    expect(await database.db.selectFrom("posts").select("id").where("body", "like", "%07700%").execute()).toEqual([]);
  });
});
