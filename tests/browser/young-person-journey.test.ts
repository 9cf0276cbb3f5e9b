// A young person's first visit, end to end in Chromium against the real server and built app,
// plus the parent space's framing. Every page is checked with axe at 360 px and 1280 px.
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { addMessage } from "../../db/repos/messages.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { browserRig, checkPage, poll, see } from "./browser.ts";

const EXIT_ORIGIN = "https://www.bbc.co.uk";
// A real browser against a real server, with axe on every page: generous, for busy CI machines.
const BROWSER_TEST_TIMEOUT = 120_000;


const rig = browserRig();
const freshPage = rig.freshPage;

describe("a young person's journey", () => {
  it("chooses a space, posts, replies, checks My posts, and can leave at once", async () => {
    const page = await freshPage();
    const cspErrors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    const problems: string[] = [];

    // Landing page: what Harbour is, anonymity, retention, what happens after posting.
    await page.goto(rig.server.url + "/");
    await poll(() => page.getByRole("heading", { level: 1 }).first().textContent()).toContain("Harbour");
    await see(page.getByText("We never ask for your email, phone number or real name."));
    await see(page.getByText(/12 months after the last reply/));
    await see(page.getByText(/usually takes less than a day/));
    await see(page.getByRole("button", { name: /Exit this page/ }));
    problems.push(...(await checkPage(page, "landing")));

    // Choose the young people's space: a made-up name and a recovery code, shown once.
    await page.getByRole("button", { name: "I'm 13–17" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Your made-up name is ready" }));
    const pseudonym = (await page.getByTestId("pseudonym").textContent())?.trim() ?? "";
    const code = (await page.getByTestId("recovery-code").textContent())?.trim() ?? "";
    expect(pseudonym.length).toBeGreaterThan(2);
    expect(code.length).toBeGreaterThan(8);
    await see(page.getByText(/We can't recover it for you/));
    problems.push(...(await checkPage(page, "welcome")));
    await page.getByRole("button", { name: /continue/ }).click();

    // Thread list for the space, with the person's name in the header.
    await see(page.getByRole("heading", { level: 1, name: /Threads in Young people/ }));

    await poll(() => page.getByRole("banner").first().textContent()).toContain(pseudonym);
    problems.push(...(await checkPage(page, "threads")));

    // Start a thread. An empty title is refused with an accessible message first.
    await page.getByRole("link", { name: "Start a new thread" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Start a new thread" }));
    await page.getByRole("button", { name: "Post thread" }).click();
    const titleField = page.getByLabel("Title");
    await poll(() => titleField.getAttribute("aria-invalid")).toBe("true");
    await poll(() => titleField.evaluate((el) => el === document.activeElement)).toBe(true);
    problems.push(...(await checkPage(page, "new thread (with errors)")));
    const title = "Settings for my first phone";
    await titleField.fill(title);
    await page.getByLabel("Your post").fill("I'm getting my first phone next week. Which settings should I turn on?");
    await see(page.getByText("You have 93 characters left"));
    await page.getByRole("button", { name: "Post thread" }).click();

    // The new thread opens, with what happened to the post.
    await see(page.getByRole("heading", { level: 1, name: title }));
    await poll(() => page.getByRole("status").filter({ hasText: "Thanks for posting." }).first().textContent()).toContain("Published");
    await see(page.getByText("Which settings should I turn on?"));
    problems.push(...(await checkPage(page, "thread")));

    // It is in the list; open it from there and reply.
    await page.getByRole("link", { name: "Back to the threads" }).click();
    await page.getByRole("link", { name: title }).click();
    await see(page.getByRole("heading", { level: 1, name: title }));
    await page.getByLabel("Your reply").fill("Thanks! I'll ask my mum to help me set up screen time too.");
    await page.waitForTimeout(800);
    expect(await page.locator(".draft-help").count()).toBe(0);
    await page.getByRole("button", { name: "Post reply" }).click();
    await see(page.getByText("Thanks for your reply."));
    await see(page.getByText("I'll ask my mum to help me set up screen time too."));
    problems.push(...(await checkPage(page, "thread after reply")));

    // My posts: both posts, each with its status in words.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My posts" }).click();
    await see(page.getByRole("heading", { level: 1, name: "My posts" }));
    const items = page.locator(".my-post");
    await poll(() => items.count()).toBe(2);
    for (const item of await items.all()) expect(await item.textContent()).toContain("Published");
    await see(page.getByRole("heading", { name: "Your data" }));
    problems.push(...(await checkPage(page, "my posts")));

    // Help page.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Get help" }).click();
    await poll(() => page.getByRole("link", { name: "Call 0800 1111" }).getAttribute("href")).toBe("tel:08001111");
    problems.push(...(await checkPage(page, "help")));

    // Sign out, then come back with the recovery code: same name, same space.
    await page.getByRole("button", { name: "Sign out" }).click();
    await see(page.getByText(/You've signed out/));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "I have a recovery code" }).click();
    await page.getByLabel("Recovery code").fill("not-a-real-code");
    await page.getByRole("button", { name: "Sign in" }).click();
    await see(page.getByRole("alert").filter({ hasText: "We couldn't sign you in" }));
    await poll(() => page.getByLabel("Recovery code").getAttribute("aria-invalid")).toBe("true");
    problems.push(...(await checkPage(page, "sign in (wrong code)")));
    await page.getByLabel("Recovery code").fill(code);
    await page.getByRole("button", { name: "Sign in" }).click();
    await see(page.getByRole("heading", { level: 1, name: /Threads in Young people/ }));
    await poll(() => page.getByRole("banner").textContent()).toContain(pseudonym);

    expect(problems).toEqual([]);
    expect(cspErrors.join("\n")).toBe("");

    // Quick exit with the button: off to the neutral site, and Back does not return to Harbour.
    await page.getByRole("button", { name: /Exit this page/ }).click();
    await page.waitForURL(`${EXIT_ORIGIN}/**`);
    expect(page.url()).toBe(`${EXIT_ORIGIN}/weather`);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(rig.server.url)).toBe(false);

    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);

  it("leaves at once when Shift is pressed three times, but not when typing capitals", async () => {
    const page = await freshPage();
    await page.goto(rig.server.url + "/sign-in");
    await see(page.getByRole("heading", { level: 1 }));
    // Typing with Shift held for capitals must not count as a quick exit.
    await page.getByLabel("Recovery code").pressSequentially("ABC");
    await page.keyboard.press("Shift+A");
    await page.keyboard.press("Shift+B");
    await page.keyboard.press("Shift+C");
    expect(page.url().startsWith(rig.server.url)).toBe(true);

    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.getByRole("status").filter({ hasText: "press 1 more time to exit" }).first().waitFor({ state: "attached" });
    await page.keyboard.press("Shift");
    await page.waitForURL(`${EXIT_ORIGIN}/**`);
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(rig.server.url)).toBe(false);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});

describe("posts that are held", () => {
  it("are shown to their author with the status and reason, and help comes first for a worrying one", async () => {
    const page = await freshPage();
    await page.goto(rig.server.url + "/");
    await page.getByRole("button", { name: "I'm 13–17" }).click();
    await page.getByRole("button", { name: /continue/ }).click();
    await page.getByRole("link", { name: "Start a new thread" }).click();
    await page.getByLabel("Title").fill("Football team chat");
    await page.getByLabel("Your post").fill("My new number is 07700 900123 if anyone from the team needs it, is that ok to post?");
    await page.getByRole("button", { name: "Post thread" }).click();
    const pseudonym = ((await page.getByRole("banner").locator("strong").textContent()) ?? "").trim();

    // Held for a moderator: only the author sees it, with the badge and the reason.
    await see(page.getByRole("heading", { level: 1, name: "Football team chat" }));
    const post = page.locator(".post").first();
    await poll(() => post.textContent()).toContain("Waiting for a moderator");
    expect(await post.textContent()).toContain("Only you can see this for now.");
    expect(await post.locator(".reason").textContent()).toMatch(/^Why: \S/);

    // A reply that sounds like grooming goes to the safeguarding team; help is shown at once.
    // Help comes first: it shows while the reply is still a draft, before anything is sent.
    await page.getByLabel("Your reply").fill("He says keep our chats secret and don't tell your mum.");
    await see(page.locator(".draft-help").getByRole("link", { name: "Call 0800 1111" }));
    await see(page.getByText(/You don't have to wait for your post/));
    expect(await checkPage(page, "reply draft with help")).toEqual([]);
    await page.getByRole("button", { name: "Post reply" }).click();
    const outcome = page.getByRole("status").filter({ hasText: "Thanks for your reply." });
    await poll(() => outcome.textContent()).toContain("With our safeguarding team");
    expect(await outcome.textContent()).toContain("Childline");
    expect(await outcome.getByRole("link", { name: "Call 0800 1111" }).getAttribute("href")).toBe("tel:08001111");
    expect(await checkPage(page, "thread with held posts")).toEqual([]);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My posts" }).click();
    await poll(() => page.locator(".my-post").count()).toBe(2);
    const text = (await page.locator(".my-posts").textContent()) ?? "";
    expect(text).toContain("Waiting for a moderator");
    expect(text).toContain("With our safeguarding team");
    expect(await page.locator(".my-post .reason").count()).toBe(2);
    await see(page.getByText(/No messages. If our team needs to talk with you about a post/));

    // When a member of the team writes (here straight into the database, as if from a case),
    // the message shows on My posts and the author can reply.
    const db = rig.server.database.db;
    await createStaffAccount(db, { username: `lead-${randomBytes(4).toString("hex")}`, role: "safeguarding_lead", withTotp: false });
    const lead = await db.selectFrom("staff").select("id").where("role", "=", "safeguarding_lead").executeTakeFirstOrThrow();
    const me = await db.selectFrom("identities").select("id").where("pseudonym", "=", pseudonym).executeTakeFirstOrThrow();
    const kase = await db.selectFrom("cases").select("id").where("identity_id", "=", me.id).executeTakeFirstOrThrow();
    await addMessage(db, { identityId: me.id, caseId: kase.id, staffId: lead.id, body: "Hi, thank you for telling us. Are you safe right now?" });
    await page.reload();
    const messages = page.locator(".messages");
    await poll(() => messages.textContent()).toContain("Are you safe right now?");
    expect(await messages.textContent()).toContain("Harbour team");
    await page.getByLabel("Reply to our team").fill("Yes, I'm at home. Thank you.");
    await page.getByRole("button", { name: "Send message" }).click();
    await poll(() => messages.textContent()).toContain("Yes, I'm at home. Thank you.");
    expect(await checkPage(page, "my posts with messages")).toEqual([]);

    // Deleting the name and posts asks first, says what is kept, then signs out.
    await page.getByRole("button", { name: "Delete my name and posts" }).click();
    await see(page.getByText(/the case keeps a copy of that post with names, numbers and other details hidden/));
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
    expect(await checkPage(page, "delete confirm")).toEqual([]);
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await see(page.getByText("Your made-up name and your posts have been deleted."));
    await see(page.getByRole("button", { name: "I'm 13–17" }));
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});

describe("keyboard", () => {
  it("reaches the skip link first and the exit button next; Space on the exit button leaves", async () => {
    const page = await freshPage();
    await page.goto(rig.server.url + "/help");
    await see(page.getByRole("heading", { level: 1, name: "Get help" }));
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Skip to main content");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Emergency Exit this page");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(page.url()).toBe(rig.server.url + "/help");
    await page.getByRole("button", { name: /Exit this page/ }).focus();
    await page.keyboard.press("Space");
    await page.waitForURL(`${EXIT_ORIGIN}/**`);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});

describe("the thread list", () => {
  it("shows the most recent first and loads more on request, moving focus to the new ones", async () => {
    const page = await freshPage();
    await page.goto(rig.server.url + "/");
    // The parents' space, which no other test here posts in.
    await page.getByRole("button", { name: "I'm a parent or carer" }).click();
    await page.getByRole("button", { name: /continue/ }).click();
    await see(page.getByRole("heading", { level: 1, name: /Threads in Parents/ }));
    // 23 threads through the API from inside the page (same origin, the session cookie).
    const statuses = await page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 1; i <= 23; i++) {
        const res = await fetch("/api/spaces/parents/threads", {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ title: `Question number ${i}`, body: "What do you all think?" }),
        });
        out.push(res.status);
      }
      return out;
    });
    expect(new Set(statuses)).toEqual(new Set([201]));
    // A very long unbroken title must not make a phone screen scroll sideways.
    const long = await page.evaluate(async () => {
      const res = await fetch("/api/spaces/parents/threads", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ title: "W".repeat(120), body: "Why".repeat(300) }),
      });
      return res.status;
    });
    expect(long).toBe(201);
    await page.reload();
    await see(page.locator(".thread-list__item"));
    expect(await checkPage(page, "long title in list")).toEqual([]);
    await page.locator(".thread-list__title a").first().click();
    await see(page.getByRole("heading", { level: 1, name: "W".repeat(120) }));
    expect(await checkPage(page, "long title thread")).toEqual([]);
    await page.getByRole("link", { name: "Back to the threads" }).click();
    await see(page.locator(".thread-list__item"));
    const titles = () => page.locator(".thread-list__title").allTextContents();
    const firstPage = await titles();
    expect(firstPage).toHaveLength(20);
    expect(firstPage[0]).toBe("W".repeat(120));
    expect(firstPage[1]).toBe("Question number 23");
    await page.getByRole("button", { name: "Load more threads" }).click();
    await poll(async () => (await titles()).length).toBe(24);
    expect((await titles()).at(-1)).toBe("Question number 1");
    await poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Question number 4");
    expect(await page.getByRole("button", { name: "Load more threads" }).count()).toBe(0);
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});

describe("the parent space", () => {
  it("is framed as just talking it through, not reporting", async () => {
    const page = await freshPage();
    await page.goto(rig.server.url + "/");
    await see(page.getByText(/Just talking it through, not reporting/));
    await page.getByRole("button", { name: "I'm a parent or carer" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Your made-up name is ready" }));
    const code = ((await page.getByTestId("recovery-code").textContent()) ?? "").trim();
    await page.getByRole("button", { name: /continue/ }).click();
    await see(page.getByRole("heading", { level: 1, name: /Threads in Parents and carers/ }));
    // The code is shown once: coming back to that page does not show it again.
    await page.goto(rig.server.url + "/welcome");
    await see(page.getByText(/We only show a recovery code once/));
    expect(await page.getByText(code).count()).toBe(0);
    await page.getByRole("link", { name: "Go to the threads" }).click();
    await see(page.getByRole("heading", { level: 1, name: /Threads in Parents and carers/ }));
    await see(page.getByText(/just talking it through, not reporting/i));
    await see(page.getByText(/only act without asking you if a child may be in immediate danger/));
    expect(await checkPage(page, "parent threads")).toEqual([]);

    // If the session ends (here: cookies cleared), pages offer a kind way back in.
    await page.context().clearCookies();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My posts" }).click();
    await see(page.getByText("You need a Harbour name to see this."));
    await see(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "I have a recovery code" }));
    await page.context().close();
  }, BROWSER_TEST_TIMEOUT);
});
