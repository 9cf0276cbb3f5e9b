// Issue 5, forum side, end to end in Chromium against the real server and built app:
// help comes first for a crisis post (while typing, before sending), the post goes to the
// safeguarding team and nobody else can see it; an urgent post shows 999 first; a message from
// the team shows in the header; reporting a post; "What happens after I post" for each space.
// Every new page and state is checked with axe at 360 px and 1280 px.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { randomBytes } from "node:crypto";
import { addMessage } from "../../db/repos/messages.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { browserRig, checkPage, poll, see } from "./browser.ts";

const BROWSER_TEST_TIMEOUT = 180_000;


const rig = browserRig();
const freshPage = rig.freshPage;

/** A new person in a space, signed in, on the thread list. Returns the page and their made-up name. */
async function newPerson(space: "young-people" | "parents"): Promise<{ page: Page; name: string }> {
  const page = await freshPage();
  await page.goto(rig.server.url + "/");
  await page.getByRole("button", { name: space === "parents" ? "I'm a parent or carer" : "I'm 13–17" }).click();
  await see(page.getByRole("heading", { level: 1, name: "Your made-up name is ready" }));
  const name = ((await page.getByTestId("pseudonym").textContent()) ?? "").trim();
  await page.getByRole("button", { name: /continue/ }).click();
  await see(page.getByRole("heading", { level: 1, name: /Threads in/ }));
  return { page, name };
}

async function startThread(page: Page, title: string, body: string): Promise<string> {
  await page.getByRole("link", { name: "Start a new thread" }).click();
  await see(page.getByRole("heading", { level: 1, name: "Start a new thread" }));
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Your post").fill(body);
  await page.getByRole("button", { name: "Post thread" }).click();
  await see(page.getByRole("heading", { level: 1, name: title }));
  return page.url();
}

describe("a crisis post", () => {
  it("shows help while typing, goes to the safeguarding team, and nobody else can see it", async () => {
    const problems: string[] = [];
    const { page, name } = await newPerson("young-people");

    // Writing: the help panel appears under the box before anything is sent.
    const title = "I don't know what to do";
    const body = "i've started cutting myself again and i can't stop";
    await page.getByRole("link", { name: "Start a new thread" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Start a new thread" }));
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Your post").fill(body);
    const draftHelp = page.locator(".draft-help");
    await see(draftHelp.getByRole("link", { name: "Call 0800 1111" }));
    await see(page.getByText(/You don't have to wait for your post/));
    const draftText = (await draftHelp.textContent()) ?? "";
    for (const service of ["Childline", "Shout", "Papyrus", "Samaritans"]) expect(draftText).toContain(service);
    expect(await draftHelp.getByRole("link", { name: "Call 0800 1111" }).getAttribute("href")).toBe("tel:08001111");
    expect(await draftHelp.getByRole("link", { name: "Text SHOUT to 85258" }).getAttribute("href")).toMatch(/^sms:85258/);
    expect(await draftHelp.getByRole("link", { name: "Call 116 123" }).getAttribute("href")).toBe("tel:116123");
    // Not urgent: 999 is not the first thing here.
    expect(await draftHelp.locator(".help-list__item").first().textContent()).toContain("Childline");
    // Nothing has been sent yet.
    expect(await rig.server.database.db.selectFrom("posts").select("id").where("body", "=", body).execute()).toHaveLength(0);
    problems.push(...(await checkPage(page, "compose with help")));

    // Sending: help first, then the status in plain words.
    await page.getByRole("button", { name: "Post thread" }).click();
    await see(page.getByRole("heading", { level: 1, name: title }));
    const outcome = page.getByRole("status").filter({ hasText: "Thanks for posting." });
    await poll(() => outcome.textContent()).toContain("With our safeguarding team");
    const outcomeText = (await outcome.textContent()) ?? "";
    expect(outcomeText).toMatch(/a trained member of our team has been told/i);
    expect(outcomeText).toContain("You are not in trouble");
    expect(await outcome.getByRole("link", { name: "Call 0800 1111" }).first().getAttribute("href")).toBe("tel:08001111");
    // The help panel comes before the status.
    const order = await outcome.evaluate((el) => {
      const help = el.querySelector(".help-now");
      const status = el.querySelector(".status-explained");
      return help && status ? help.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    const threadUrl = page.url();
    problems.push(...(await checkPage(page, "crisis post sent")));

    // Another young person can't see the thread in the list, nor open it.
    const other = await newPerson("young-people");
    await see(other.page.getByRole("heading", { level: 1, name: /Threads in Young people/ }));
    await other.page.waitForLoadState("networkidle");
    expect(await other.page.getByText(title).count()).toBe(0);
    await other.page.goto(threadUrl);
    await see(other.page.getByRole("heading", { level: 1, name: "We can't find that thread" }));
    expect(await other.page.getByText(body).count()).toBe(0);
    expect(await other.page.getByText(title).count()).toBe(0);
    problems.push(...(await checkPage(other.page, "thread not found")));
    await other.page.context().close();

    // The status links to the step that explains it.
    await page.getByRole("link", { name: "What “With our safeguarding team” means" }).first().click();
    await page.waitForURL(/\/what-happens/);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe("young-people-with_safeguarding_team");
    await see(page.getByText(/A trained member of our team is told, and will message you here on Harbour/));
    expect(await page.getByRole("tablist").count()).toBe(0);

    // A member of the team writes (straight into the database, as if from the case): the header says so.
    const db = rig.server.database.db;
    await createStaffAccount(db, { username: `lead-${randomBytes(4).toString("hex")}`, role: "safeguarding_lead", withTotp: false });
    const lead = await db.selectFrom("staff").select("id").where("role", "=", "safeguarding_lead").executeTakeFirstOrThrow();
    const me = await db.selectFrom("identities").select("id").where("pseudonym", "=", name).executeTakeFirstOrThrow();
    const kase = await db.selectFrom("cases").select("id").where("identity_id", "=", me.id).executeTakeFirstOrThrow();
    await addMessage(db, { identityId: me.id, caseId: kase.id, staffId: lead.id, body: "Hi, thank you for telling us. Are you safe right now?" });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Get help" }).click();
    const notice = page.getByRole("banner").getByRole("link", { name: "1 new message from our team" });
    await see(notice);
    problems.push(...(await checkPage(page, "header with a new message")));
    await notice.click();
    await see(page.getByRole("heading", { level: 1, name: "My posts" }));
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe("team-messages");
    await poll(() => page.locator(".messages").textContent()).toContain("Are you safe right now?");
    await poll(() => page.getByRole("banner").getByText(/new message/).count()).toBe(0);
    // My posts says which post started a thread.
    await poll(() => page.locator(".my-post__title").first().textContent()).toBe(`Your thread: ${title}`);
    problems.push(...(await checkPage(page, "my posts after reading the message")));
    // Read now: after a reload the notice does not come back.
    await page.reload();
    await see(page.getByRole("heading", { level: 1, name: "My posts" }));
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("banner").getByText(/new message/).count()).toBe(0);

    expect(problems).toEqual([]);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);

  it("shows 999 first for an urgent message, while typing and after sending", async () => {
    const { page } = await newPerson("young-people");
    await page.getByRole("link", { name: "Start a new thread" }).click();
    await page.getByLabel("Title").fill("tonight");
    await page.getByLabel("Your post").fill("i've taken all the pills and i'm going to die tonight");
    const draftHelp = page.locator(".draft-help");
    await see(draftHelp.getByRole("link", { name: "Call 999" }));
    await see(page.getByText(/If you or someone else is in danger right now, call 999/));
    expect(await draftHelp.locator(".help-list__item").first().textContent()).toContain("Emergency services");
    expect(await draftHelp.getByRole("link").first().getAttribute("href")).toBe("tel:999");
    expect(await draftHelp.getByRole("link", { name: "Call 0800 1111" }).getAttribute("href")).toBe("tel:08001111");
    expect(await checkPage(page, "urgent draft")).toEqual([]);

    await page.getByRole("button", { name: "Post thread" }).click();
    await see(page.getByRole("heading", { level: 1, name: "tonight" }));
    const outcome = page.getByRole("status").filter({ hasText: "Thanks for posting." });
    await poll(() => outcome.textContent()).toContain("With our safeguarding team");
    const urgent = outcome.locator(".help-now--urgent");
    await see(urgent);
    expect(await urgent.textContent()).toMatch(/^Please get help right now/);
    expect(await urgent.getByRole("link").first().getAttribute("href")).toBe("tel:999");
    expect(await outcome.textContent()).toMatch(/a trained member of our team has been told/i);
    expect(await checkPage(page, "urgent post sent")).toEqual([]);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});

describe("reporting a post", () => {
  it("is offered on other people's posts only; three reports hide the post from everyone else", async () => {
    const problems: string[] = [];
    const starter = await newPerson("young-people");
    const title = `Revision tips ${randomBytes(3).toString("hex")}`;
    const threadUrl = await startThread(starter.page, title, "How do you all revise for mocks?");
    // Your own post: no Report button.
    await see(starter.page.getByText("How do you all revise for mocks?"));
    expect(await starter.page.getByRole("button", { name: /^Report/ }).count()).toBe(0);

    const writer = await newPerson("young-people");
    await writer.page.goto(threadUrl);
    await see(writer.page.getByRole("heading", { level: 1, name: title }));
    const replyText = "Honestly revision is pointless, just wing it.";
    await writer.page.getByLabel("Your reply").fill(replyText);
    await writer.page.getByRole("button", { name: "Post reply" }).click();
    await see(writer.page.getByText("Thanks for your reply."));
    // The writer can report the opening post, not their own reply.
    await poll(() => writer.page.getByRole("button", { name: /^Report this post by/ }).count()).toBe(1);
    expect(await writer.page.getByRole("button", { name: `Report this post by ${starter.name}` }).count()).toBe(1);
    expect(await writer.page.getByRole("button", { name: `Report this post by ${writer.name}` }).count()).toBe(0);

    // First report, by the thread's starter: the form, its checks, the server's answer.
    const page = starter.page;
    await page.reload();
    const reportButton = page.getByRole("button", { name: `Report this post by ${writer.name}` });
    await see(reportButton);
    expect(await page.getByRole("button", { name: `Report this post by ${starter.name}` }).count()).toBe(0);
    await reportButton.click();
    const form = page.getByRole("form", { name: `Report this post by ${writer.name}` });
    await see(form);
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
    await see(form.getByText(/usually within a day/));
    await see(form.getByText(/If several people report it, it's hidden until a moderator decides/));
    await see(form.getByText(new RegExp(`${writer.name} won't be told who reported it`)));
    await see(form.getByRole("radio", { name: "It's unkind or bullying" }));
    expect(await form.getByRole("radio").count()).toBe(5);
    problems.push(...(await checkPage(page, "report form")));
    await form.getByRole("button", { name: "Send report" }).click();
    await see(form.getByText("Choose a reason, or tell us in a few words what's wrong."));
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("radio");
    problems.push(...(await checkPage(page, "report form with an error")));
    await form.getByRole("radio", { name: "It's unkind or bullying" }).check();
    await form.getByRole("button", { name: "Send report" }).click();
    const done = page.getByRole("status").filter({ hasText: "Thank you for telling us." });
    await see(done);
    expect(await done.textContent()).toContain("A moderator will look at it, usually within a day.");
    expect(await page.getByRole("button", { name: `Report this post by ${writer.name}` }).count()).toBe(0);
    problems.push(...(await checkPage(page, "report sent")));

    // Reporting again says so (the server answers 200), and the post stays up.
    await page.reload();
    await page.getByRole("button", { name: `Report this post by ${writer.name}` }).click();
    await page.getByRole("radio", { name: "Something else" }).check();
    await page.getByRole("button", { name: "Send report" }).click();
    await see(page.getByText("Tell us in a few words what's wrong."));
    await page.getByLabel("Tell us what's wrong").fill("Just checking it gets looked at");
    await page.getByRole("button", { name: "Send report" }).click();
    await see(page.getByRole("status").filter({ hasText: "You've already reported this post." }));

    // Two more different people report it.
    for (const reason of ["It's unkind or bullying", "Something else"]) {
      const reporter = await newPerson("young-people");
      await reporter.page.goto(threadUrl);
      await reporter.page.getByRole("button", { name: `Report this post by ${writer.name}` }).click();
      await reporter.page.getByRole("radio", { name: reason }).check();
      if (reason === "Something else") await reporter.page.getByLabel("Tell us what's wrong").fill("It could put people off revising.");
      await reporter.page.getByRole("button", { name: "Send report" }).click();
      await see(reporter.page.getByRole("status").filter({ hasText: "Thank you for telling us." }));
      await reporter.page.context().close();
    }
    const reports = await rig.server.database.db.selectFrom("reports").select("reason").execute();
    expect(reports.map((r) => r.reason).sort()).toEqual(
      ["It's unkind or bullying", "It's unkind or bullying", "Something else: It could put people off revising."].sort(),
    );

    // Hidden from others now: the starter, and someone new, no longer see it.
    await page.reload();
    await see(page.getByText("How do you all revise for mocks?"));
    await page.waitForLoadState("networkidle");
    expect(await page.getByText(replyText).count()).toBe(0);
    const someoneNew = await newPerson("young-people");
    await someoneNew.page.goto(threadUrl);
    await see(someoneNew.page.getByText("How do you all revise for mocks?"));
    expect(await someoneNew.page.getByText(replyText).count()).toBe(0);
    await someoneNew.page.context().close();

    // Its writer still sees it, waiting for a moderator, with a kind reason.
    await writer.page.reload();
    const mine = writer.page.locator(".post--mine");
    await poll(() => mine.textContent()).toContain("Waiting for a moderator");
    expect(await mine.textContent()).toContain("doesn't mean you did anything wrong");
    problems.push(...(await checkPage(writer.page, "reported post, seen by its writer")));

    // My posts says it's a reply.
    await writer.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My posts" }).click();
    await poll(() => writer.page.locator(".my-post__title").first().textContent()).toBe(`Your reply in: ${title}`);

    expect(problems).toEqual([]);
    await writer.page.context().close();
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});

describe("what happens after I post", () => {
  it("explains both spaces before choosing one, as tabs", async () => {
    const page = await freshPage();
    await page.goto(rig.server.url + "/");
    await page.getByRole("contentinfo").getByRole("link", { name: "What happens after I post" }).click();
    await see(page.getByRole("heading", { level: 1, name: "What happens after I post" }));
    const young = page.getByRole("tabpanel", { name: "I'm 13–17" });
    await see(young);
    const youngText = (await young.textContent()) ?? "";
    for (const words of [
      "Nobody is blamed, and you're not in trouble",
      "It goes up straight away",
      "swear words hidden",
      "usually within a day",
      "phone number",
      "talk somewhere else",
      "might hurt or upset someone",
      "A trained member of our team is told, and will message you here on Harbour, privately",
      "Help is shown straight away",
      "8am to 10pm",
      "nobody may read your post until the next morning",
      "We always tell you why, kindly, and what you can do next",
      "It's taken down later",
      "12 months after the last reply",
      "30 days",
      "delete your posts and your made-up name at any time",
    ]) {
      expect(youngText).toContain(words);
    }
    expect(await young.getByRole("link", { name: "999" }).getAttribute("href")).toBe("tel:999");
    expect(await young.getByRole("link", { name: "0800 1111" }).getAttribute("href")).toBe("tel:08001111");
    expect(await page.getByRole("tabpanel", { name: "I'm a parent or carer" }).count()).toBe(0);
    expect(await checkPage(page, "what happens (signed out, young people)")).toEqual([]);

    // Arrow keys move between the tabs.
    await page.getByRole("tab", { name: "I'm 13–17" }).focus();
    await page.keyboard.press("ArrowRight");
    const parents = page.getByRole("tabpanel", { name: "I'm a parent or carer" });
    await see(parents);
    expect(await page.getByRole("tab", { name: "I'm a parent or carer" }).getAttribute("aria-selected")).toBe("true");
    const parentText = (await parents.textContent()) ?? "";
    expect(parentText).toContain("just talking it through, not reporting");
    expect(parentText).toContain("Only when a child may be in immediate danger");
    expect(parentText).toContain("Childline");
    expect(await checkPage(page, "what happens (signed out, parents)")).toEqual([]);
    await page.keyboard.press("ArrowLeft");
    await see(young);

    // The landing page links here too.
    await page.getByRole("link", { name: "Harbour", exact: true }).click();
    await page.getByRole("main").getByRole("link", { name: "What happens after I post" }).click();
    await see(page.getByRole("heading", { level: 1, name: "What happens after I post" }));
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);

  it("shows a parent the parents' version only", async () => {
    const { page } = await newPerson("parents");
    await page.getByRole("contentinfo").getByRole("link", { name: "What happens after I post" }).click();
    await see(page.getByRole("heading", { level: 1, name: "What happens after I post" }));
    await see(page.getByText(/This space is for just talking it through, not reporting/));
    await see(page.getByText(/Only when a child may be in immediate danger/));
    await see(page.getByText(/They only act without asking you if a child may be in immediate danger/));
    await see(page.getByText(/nobody may read your post until the next morning/));
    expect(await page.getByRole("tablist").count()).toBe(0);
    expect(await page.getByText(/Nobody is blamed, and you're not in trouble\. Whatever you write about/).count()).toBe(0);
    expect(await checkPage(page, "what happens (parent)")).toEqual([]);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);

  it("shows a young person the young people's version only", async () => {
    const { page } = await newPerson("young-people");
    await page.getByRole("contentinfo").getByRole("link", { name: "What happens after I post" }).click();
    await see(page.getByRole("heading", { level: 1, name: "What happens after I post" }));
    await see(page.getByText(/Nobody is blamed, and you're not in trouble/));
    expect(await page.getByText(/just talking it through/).count()).toBe(0);
    expect(await page.getByRole("tablist").count()).toBe(0);
    expect(await checkPage(page, "what happens (young person)")).toEqual([]);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});
