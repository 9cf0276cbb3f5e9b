// The staff area in Chromium against the real server and built app: a moderator triages the
// live queue, a safeguarding lead works a case and checks the audit log, an admin adds an
// account that then sets up TOTP. Every page is checked with axe at 360 px and 1280 px.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { StaffRole } from "../../db/schema.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { currentCode } from "../../server/staff/totp.ts";
import { browserRig, checkPage, see } from "./browser.ts";

const rig = browserRig();
const freshPage = rig.freshPage;

/** A forum user driven through the API with its own session cookie (as the forum app would). */
async function forumUser(space: "young-people" | "parents" = "young-people") {
  const res = await fetch(`${rig.server.url}/api/identities`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ space }),
  });
  expect(res.status).toBe(201);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${rig.server.url}${path}`, {
      method,
      headers: { cookie, ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, body: (await r.json()) as any };
  };
  return {
    /** Starts a thread; `id` is the thread's id. */
    async post(title: string, body: string): Promise<{ id: string; status: string }> {
      const r = await call("POST", `/api/spaces/${space}/threads`, { title, body });
      expect(r.status).toBe(201);
      return r.body;
    },
    /** The status of the opening post of a thread this user started. */
    async statusOf(threadId: string): Promise<string | undefined> {
      const r = await call("GET", "/api/me/posts");
      return (r.body.posts as { threadId: string; status: string }[]).find((p) => p.threadId === threadId)?.status;
    },
  };
}

async function newStaff(role: StaffRole) {
  const username = `${role.replace(/_/g, "-")}-${randomBytes(3).toString("hex")}`;
  const { password, totpSecret } = await createStaffAccount(rig.server.database.db, { username, role, withTotp: true });
  return { username, password, totpSecret: totpSecret! };
}

async function signIn(page: Page, who: { username: string; password: string; totpSecret: string }, checkLogin = false): Promise<string[]> {
  await page.goto(`${rig.server.url}/staff/sign-in`);
  await see(page.getByRole("heading", { level: 1, name: "Staff sign in" }));
  const problems = checkLogin ? await checkPage(page, "login") : [];
  await page.getByLabel("Username").fill(who.username);
  await page.getByLabel("Password").fill(who.password);
  await page.getByLabel("6-digit code").fill(currentCode(who.totpSecret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await see(page.getByText(`Signed in as ${who.username}`));
  return problems;
}

const queueItems = (page: Page) => page.locator(".queue-item");

/** Signs a staff member in through the API (as another person at another desk); returns their cookie. */
async function apiSignIn(who: { username: string; password: string; totpSecret: string }): Promise<string> {
  const res = await fetch(`${rig.server.url}/api/staff/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: who.username, password: who.password, totp: currentCode(who.totpSecret) }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe("the staff area", () => {
  it("a moderator signs in, sees urgent items live, reads the highlights and keeps a crisis post unpublished", async () => {
    const problems: string[] = [];
    const youth = await forumUser();
    const crisis = await youth.post("Feeling awful", "i've started cutting myself again and i can't stop");
    const phone = await youth.post("Chat", "text me on 07700 900123");
    expect(crisis.status).toBe("with_safeguarding_team");
    expect(phone.status).toBe("waiting_for_moderator");

    const page = await freshPage();
    const moderator = await newStaff("moderator");

    // A wrong code is refused with an accessible alert.
    await page.goto(`${rig.server.url}/staff/sign-in`);
    await page.getByLabel("Username").fill(moderator.username);
    await page.getByLabel("Password").fill(moderator.password);
    await page.getByLabel("6-digit code").fill("000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await see(page.getByRole("alert").filter({ hasText: "not right" }));

    problems.push(...(await signIn(page, moderator, true)));
    await see(page.getByRole("heading", { level: 1, name: "Review queue" }));
    await expect.poll(() => queueItems(page).count()).toBe(2);
    // Highest severity first, in words; the phone number is redacted in the preview.
    expect(await queueItems(page).nth(0).textContent()).toContain("Safeguarding");
    expect(await queueItems(page).nth(0).textContent()).toContain("target 1 h");
    expect(await queueItems(page).nth(1).textContent()).toContain("Review");
    expect(await queueItems(page).nth(1).textContent()).not.toContain("07700 900123");
    await expect.poll(() => page.getByTestId("live-status").textContent()).toContain("Live updates on");
    // The nav shows only what a moderator may use.
    const nav = page.getByRole("navigation", { name: "Staff" });
    await see(nav.getByRole("link", { name: "Review queue" }));
    expect(await nav.getByRole("link", { name: "Cases" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Staff accounts" }).count()).toBe(0);
    // The forum's chrome is not part of the staff area; the first Tab reaches the staff skip link.
    expect(await page.locator(".site-header").count()).toBe(0);
    expect(await page.getByRole("button", { name: /Exit this page/ }).count()).toBe(0);
    await page.reload();
    await see(page.getByRole("heading", { level: 1, name: "Review queue" }));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Skip to page content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("staff-content");
    await expect.poll(() => page.getByTestId("live-status").textContent()).toContain("Live updates on");
    problems.push(...(await checkPage(page, "queue")));

    // A new urgent post arrives while the queue is open: it appears without reloading, with an alert.
    const urgent = await youth.post("Tonight", "i'm meeting him tonight and he doesn't know i'm 14");
    expect(urgent.status).toBe("with_safeguarding_team");
    await see(page.getByRole("alert").filter({ hasText: "New urgent item" }), 10_000);
    await expect.poll(() => queueItems(page).count()).toBe(3);
    expect(await queueItems(page).nth(0).textContent()).toContain("Urgent");
    problems.push(...(await checkPage(page, "queue with urgent alert")));

    // Open the self-harm item: the matched words are highlighted.
    await queueItems(page).filter({ hasText: "cutting" }).getByRole("link").click();
    await see(page.getByRole("heading", { level: 1, name: /Safeguarding/ }));
    await expect.poll(() => page.locator("mark").filter({ hasText: /cutting/ }).count()).toBeGreaterThan(0);
    await see(page.getByText(/recorded in the audit log as a view/));
    // A moderator may only keep a safeguarding post unpublished.
    expect(await page.getByRole("button", { name: "Publish", exact: true }).count()).toBe(0);
    problems.push(...(await checkPage(page, "item detail")));

    await page.getByRole("button", { name: "Don't publish" }).click();
    await see(page.getByRole("group", { name: /Don't publish/ }));
    await page.getByLabel("Serious and personal (team is supporting)").check();
    await page.getByLabel("Note for the audit log (optional)").fill("Self-harm disclosure; the safeguarding team has the case.");
    problems.push(...(await checkPage(page, "item detail, confirming")));
    await page.getByRole("button", { name: "Yes, don't publish" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Review queue" }));
    await see(page.getByText(/Decision saved/));
    await expect.poll(() => youth.statusOf(crisis.id)).toBe("not_published");
    await expect.poll(() => queueItems(page).count()).toBe(2);

    // Another moderator claims the phone-number item: the claim shows live, and a decision
    // from this moderator is refused with the server's sentence (409), then the item reloads.
    const other = await newStaff("moderator");
    const otherCookie = await apiSignIn(other);
    const phoneItem = queueItems(page).filter({ hasText: "[phone number]" });
    const itemId = ((await phoneItem.getByRole("link").getAttribute("href")) ?? "").split("/").pop()!;
    const claimed = await fetch(`${rig.server.url}/api/staff/queue/${itemId}/claim`, { method: "POST", headers: { cookie: otherCookie } });
    expect(claimed.status).toBe(200);
    await expect.poll(() => phoneItem.textContent()).toContain(`Claimed by ${other.username}`);
    await phoneItem.getByRole("link").click();
    await see(page.getByRole("heading", { level: 1, name: /Review/ }));
    await page.getByRole("button", { name: "Don't publish" }).click();
    await page.getByRole("button", { name: "Yes, don't publish" }).click();
    await see(page.getByRole("alert").filter({ hasText: `${other.username} is looking at this item` }));
    expect(await youth.statusOf(phone.id)).toBe("waiting_for_moderator");

    // Signing out ends the session.
    await page.getByRole("button", { name: "Sign out" }).click();
    await see(page.getByText("You've signed out of the staff area."));
    await page.goto(`${rig.server.url}/staff/queue`);
    await see(page.getByRole("heading", { level: 1, name: "Staff sign in" }));

    expect(problems).toEqual([]);
  });

  it("a safeguarding lead works a case and checks the audit log", async () => {
    const problems: string[] = [];
    const youth = await forumUser();
    await youth.post("Secret", "<img src=x onerror=alert(1)> he says keep our chats secret from my mum and delete them");
    const page = await freshPage();
    const lead = await newStaff("safeguarding_lead");
    await signIn(page, lead);
    await see(page.getByRole("heading", { level: 1, name: "Review queue" }));
    // The urgent-item sound is off until chosen, and the choice is remembered.
    const sound = page.getByLabel("Play a sound for urgent items");
    expect(await sound.isChecked()).toBe(false);
    await sound.check();
    await page.reload();
    await see(page.getByRole("heading", { level: 1, name: "Review queue" }));
    await expect.poll(() => page.getByLabel("Play a sound for urgent items").isChecked()).toBe(true);

    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Cases" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Cases" }));
    const caseLink = page
      .getByRole("row")
      .filter({ hasText: "grooming" })
      .filter({ hasNotText: "immediate danger" })
      .getByRole("link")
      .first();
    await see(caseLink);
    problems.push(...(await checkPage(page, "cases list")));

    await caseLink.click();
    await see(page.getByRole("heading", { level: 1, name: /Case: .*grooming/ }));
    await see(page.getByRole("heading", { name: "Timeline" }));
    await expect.poll(() => page.locator("mark").count()).toBeGreaterThan(0);
    // Author text is text: markup in a post shows as typed and never becomes an element.
    const shown = await page.locator(".author-text").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".visually-hidden").forEach((n) => n.remove());
      return copy.textContent ?? "";
    });
    expect(shown).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator(".author-text img").count()).toBe(0);
    await page.getByLabel("Action", { exact: true }).selectOption("signposted");
    await page.getByLabel("Note (optional)", { exact: true }).fill("Shared CEOP and Childline.");
    await page.getByRole("button", { name: "Record action" }).click();
    await see(page.getByText("Action recorded on the timeline."));
    await see(page.locator(".timeline").getByText("Signposted to help"));
    // A referral without consent is refused (not an immediate-danger case).
    await page.getByLabel("Action", { exact: true }).selectOption("referred_ceop");
    await page.getByRole("button", { name: "Record action" }).click();
    await see(page.getByRole("alert").filter({ hasText: "consent" }));
    await page.getByLabel("Private message to the author").fill("Hi, it's Harbour's safeguarding team. You're not in trouble.");
    await page.getByRole("button", { name: "Send message" }).click();
    await see(page.getByText("Message sent."));
    problems.push(...(await checkPage(page, "case detail")));

    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Audit log" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Audit log" }));
    await see(page.getByRole("cell", { name: "case.signposted" }).first());
    await page.getByRole("button", { name: "Check the log is intact" }).click();
    await see(page.getByText(/The log is intact/));
    problems.push(...(await checkPage(page, "audit")));

    // After 30 idle minutes the server ends the session; the next step says so kindly.
    const old = new Date(Date.now() - 31 * 60_000).toISOString();
    await rig.server.database.db.updateTable("staff_sessions").set({ last_seen_at: old }).execute();
    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Cases" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Staff sign in" }));
    await see(page.getByRole("status").filter({ hasText: "Your session timed out" }));

    expect(problems).toEqual([]);
  });

  it("an unattended staff screen signs out after 30 minutes, even with live updates keeping the session busy", async () => {
    const page = await freshPage();
    await page.clock.install();
    const moderator = await newStaff("moderator");
    await signIn(page, moderator);
    await see(page.getByRole("heading", { level: 1, name: "Review queue" }));
    await page.clock.fastForward("29:00");
    expect(await page.getByText(`Signed in as ${moderator.username}`).isVisible()).toBe(true);
    await page.clock.fastForward("02:00");
    await see(page.getByRole("heading", { level: 1, name: "Staff sign in" }));
    await see(page.getByRole("status").filter({ hasText: "Your session timed out" }));
    await expect.poll(async () => (await page.request.get(`${rig.server.url}/api/staff/me`)).status()).toBe(401);
  });

  it("an admin adds a staff member, who sets up their code at first sign-in", async () => {
    const problems: string[] = [];
    const page = await freshPage();
    const admin = await newStaff("admin");
    await signIn(page, admin);
    await see(page.getByRole("heading", { level: 1, name: "Staff accounts" }));
    const username = `new-mod-${randomBytes(3).toString("hex")}`;
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Role").selectOption("moderator");
    await page.getByRole("button", { name: "Create account" }).click();
    await see(page.getByRole("heading", { name: `Account created for ${username}` }));
    await see(page.getByText(/set up their code/));
    const temporaryPassword = ((await page.getByTestId("temporary-password").textContent()) ?? "").trim();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await see(page.getByRole("row", { name: new RegExp(username) }));
    problems.push(...(await checkPage(page, "users")));

    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Figures" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Figures" }));
    await see(page.getByRole("table", { name: "Posts by space" }));
    // Each chart is an image with a spoken summary, beside its table; the CSV is the same figures.
    await see(page.getByRole("img", { name: /Posts by space, all: / }));
    const csvLink = page.getByRole("link", { name: "Download these figures (CSV)" });
    const csv = await page.evaluate(async (href) => (await fetch(href!)).text(), await csvLink.getAttribute("href"));
    expect(csv.split("\r\n")[0]).toBe("period,dimension,value,count");
    await page.getByLabel("Count by").selectOption("week");
    await page.getByRole("button", { name: "Show figures" }).click();
    await see(page.getByRole("heading", { name: /, by week$/ }));
    problems.push(...(await checkPage(page, "figures")));

    await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Spaces" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Spaces" }));
    const premoderate = page.getByLabel(/Pre-moderate every post in Parents/);
    expect(await premoderate.isChecked()).toBe(false);
    await premoderate.check();
    await see(page.getByRole("status").filter({ hasText: "Pre-moderation is on" }));
    await expect.poll(() => page.getByLabel(/Pre-moderate every post in Parents/).isChecked()).toBe(true);
    problems.push(...(await checkPage(page, "spaces")));

    // The new moderator: password right, no code yet → enrolment.
    const second = await freshPage();
    await second.goto(`${rig.server.url}/staff/sign-in`);
    await second.getByLabel("Username").fill(username);
    await second.getByLabel("Password").fill(temporaryPassword);
    await second.getByRole("button", { name: "Sign in" }).click();
    await see(second.getByRole("heading", { level: 1, name: "Set up your sign-in code" }));
    await see(second.getByRole("img", { name: /QR code/ }));
    problems.push(...(await checkPage(second, "enrolment")));
    const secret = ((await second.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await second.getByLabel("6-digit code from your app").fill(currentCode(secret));
    await second.getByRole("button", { name: "Confirm code" }).click();

    // A temporary password must be replaced before anything else.
    await see(second.getByRole("heading", { level: 1, name: "Choose a new password" }));
    await second.getByLabel("New password", { exact: true }).fill("short");
    await second.getByRole("button", { name: "Save new password" }).click();
    await see(second.getByRole("alert").filter({ hasText: "at least 12" }));
    await second.getByLabel("New password", { exact: true }).fill("harbour lighthouse tidal");
    await second.getByLabel("New password again").fill("harbour lighthouse tidal");
    problems.push(...(await checkPage(second, "new password")));
    await second.getByRole("button", { name: "Save new password" }).click();
    await see(second.getByRole("heading", { level: 1, name: "Review queue" }));
    await see(second.getByText(`Signed in as ${username}`));

    expect(problems).toEqual([]);
  });
});
