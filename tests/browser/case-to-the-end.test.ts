// Issue 11 in Chromium against the real server and built app: a safeguarding lead takes a crisis
// post's case from the first alert to a referral and closure, asking the author (in their own space)
// whether they would share a way to reach them; and a lead teaches Harbour a new phrase, previewed,
// saved and rolled back. Every new page and state is checked with axe at 360 px and 1280 px.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { StaffRole } from "../../db/schema.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { currentCode } from "../../server/staff/totp.ts";
import { browserRig, checkPage, poll, see } from "./browser.ts";

const TIMEOUT = 180_000;
const CONTACT = "my nan's landline 01632 960123, she knows";

const rig = browserRig();

async function newStaff(role: StaffRole) {
  const username = `${role.replace(/_/g, "-")}-${randomBytes(3).toString("hex")}`;
  const { password, totpSecret } = await createStaffAccount(rig.server.database.db, { username, role, withTotp: true });
  return { username, password, totpSecret: totpSecret! };
}

async function signIn(page: Page, who: { username: string; password: string; totpSecret: string }) {
  await page.goto(`${rig.server.url}/staff/sign-in`);
  await page.getByLabel("Username").fill(who.username);
  await page.getByLabel("Password").fill(who.password);
  await page.getByLabel("6-digit code").fill(currentCode(who.totpSecret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await see(page.getByText(`Signed in as ${who.username}`));
}

/** Another lead at another desk, through the API: what the server lets them see. */
async function apiGetAs(who: { username: string; password: string; totpSecret: string }, path: string): Promise<number> {
  const login = await fetch(`${rig.server.url}/api/staff/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json", origin: rig.server.url },
    body: JSON.stringify({ username: who.username, password: who.password, totp: currentCode(who.totpSecret) }),
  });
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return (await fetch(`${rig.server.url}${path}`, { headers: { cookie } })).status;
}

async function youngPerson(): Promise<Page> {
  const page = await rig.freshPage();
  await page.goto(rig.server.url + "/");
  await page.getByRole("button", { name: "I'm 13–17" }).click();
  await page.getByRole("button", { name: /continue/ }).click();
  await see(page.getByRole("heading", { level: 1, name: /Threads in/ }));
  return page;
}

async function startThread(page: Page, title: string, body: string): Promise<void> {
  await page.getByRole("link", { name: "Start a new thread" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Your post").fill(body);
  await page.getByRole("button", { name: "Post thread" }).click();
  await see(page.getByRole("heading", { level: 1, name: title }));
}

describe("a case from the first alert to closure", () => {
  it(
    "the lead claims, asks; the author shares with consent; only the lead reads it; referral; closure deletes it",
    async () => {
      const problems: string[] = [];
      const author = await youngPerson();
      await startThread(author, "everything is too much", "i keep cutting myself at night and i don't want anyone to find out");

      const lead = await rig.freshPage();
      const me = await newStaff("safeguarding_lead");
      const otherLead = await newStaff("safeguarding_lead");
      await signIn(lead, me);
      await lead.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Cases" }).click();
      const row = lead.getByRole("row").filter({ hasText: "self-harm" }).first();
      await see(row);
      expect(await row.textContent()).toContain("Nobody yet");
      await row.getByRole("link").first().click();
      await see(lead.getByRole("heading", { name: "Who is handling this case" }));
      await lead.getByRole("button", { name: "Handle this case" }).click();
      await see(lead.getByText("You are handling this case.").first());

      await lead.getByLabel("Private message to the author").fill("Hi, it's Harbour's safeguarding team. You're not in trouble. Could we have a way to reach you?");
      await lead.getByLabel("Ask whether they'd like to share a way to reach them").check();
      await lead.getByRole("button", { name: "Send message" }).click();
      await see(lead.getByText("Message sent."));
      await see(lead.locator(".tag", { hasText: "Asked for contact details" }));
      problems.push(...(await checkPage(lead, "case, handled by me")));
      const caseUrl = lead.url();

      // The author, in their own space: who sees it, why, and when it's deleted, before anything is shared.
      await author.goto(rig.server.url + "/my-posts");
      const consent = author.locator(".consent");
      await see(consent.getByRole("heading", { name: /Sharing a way to reach you/ }));
      const words = (await consent.textContent()) ?? "";
      expect(words).toMatch(/only the one member of our safeguarding team/);
      expect(words).toMatch(/Why we ask/);
      expect(words).toMatch(/deleted/);
      problems.push(...(await checkPage(author, "consent form")));
      await consent.getByLabel("How can we reach you?").fill(CONTACT);
      await consent.getByRole("button", { name: "Share" }).click();
      await see(consent.getByText(/Tick the box/));
      await consent.getByLabel(/I agree to share this/).check();
      await consent.getByRole("button", { name: "Share" }).click();
      await see(consent.getByText("You shared a way to reach you."));
      expect(await consent.textContent()).not.toContain("01632");
      problems.push(...(await checkPage(author, "consent given")));

      // Only the handling lead can open it; others are refused by the server.
      const caseId = caseUrl.split("/").pop()!;
      expect(await apiGetAs(otherLead, `/api/staff/cases/${caseId}/contact`)).toBe(403);
      await lead.reload();
      await see(lead.getByRole("heading", { name: "How to reach the author" }));
      await lead.getByRole("button", { name: /Show contact details/ }).click();
      await see(lead.getByText(CONTACT));
      await see(lead.locator(".timeline").getByText("Opened the author's contact details"));
      problems.push(...(await checkPage(lead, "contact shown")));

      // Referral with the author's agreement, then closure.
      await lead.getByLabel("Action", { exact: true }).selectOption("referred_childrens_social_care");
      await lead.getByLabel("The author has agreed to this referral").check();
      await lead.getByRole("button", { name: "Record action" }).click();
      await see(lead.getByText("Action recorded on the timeline."));
      await lead.getByLabel("Outcome", { exact: true }).selectOption("referred_on");
      await lead.getByRole("button", { name: "Close case…" }).click();
      await lead.getByRole("button", { name: "Yes, close the case" }).click();
      await see(lead.getByText("Case closed."));
      await see(lead.getByText("Deleted when the case closed"));
      expect(await lead.getByRole("heading", { name: "How to reach the author" }).count()).toBe(0);
      await see(lead.locator(".timeline").getByText("Contact details deleted"));
      expect(await rig.server.database.db.selectFrom("case_contacts").selectAll().execute()).toEqual([]);

      await author.reload();
      await see(author.locator(".consent").getByText(/finished with this/));
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});

describe("watched words", () => {
  it(
    "a lead previews a new phrase, saves it, the next post is escalated, and restoring the earlier version undoes it",
    async () => {
      const problems: string[] = [];
      const writer = await youngPerson();
      await startThread(writer, "new thing at school", "people keep talking about the lanternfish lockout, is it real");

      const lead = await rig.freshPage();
      await signIn(lead, await newStaff("safeguarding_lead"));
      await lead.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Watched words" }).click();
      await see(lead.getByRole("heading", { level: 1, name: "Watched words" }));
      problems.push(...(await checkPage(lead, "watched words, empty")));

      await lead.getByLabel("Words to watch for").fill("lanternfish lockout");
      await lead.getByLabel("Category").selectOption("self_harm");
      await lead.getByRole("button", { name: "Preview" }).click();
      await see(lead.getByRole("heading", { name: /Preview: Watch "lanternfish lockout"/ }));
      await see(lead.getByText(/this touches 1; 1 would get a different verdict/));
      problems.push(...(await checkPage(lead, "watched words, preview")));
      await lead.getByRole("button", { name: "Save this change" }).click();
      await see(lead.getByRole("alert").filter({ hasText: "Say why" }));
      await lead.getByLabel("Why (goes on the record)").fill("A choking dare spreading in local schools");
      await lead.getByRole("button", { name: "Save this change" }).click();
      await see(lead.getByText(/Saved as version 1/));
      await see(lead.getByRole("rowheader", { name: "lanternfish lockout" }));

      const next = await youngPerson();
      await startThread(next, "tonight", "gonna try the lanternfish lockout tonight with my cousin");
      await next.goto(rig.server.url + "/my-posts");
      await see(next.getByText("With our safeguarding team").first());

      await lead.getByRole("button", { name: "Restore version 0" }).click();
      await see(lead.getByText(/Version 0 is active again/));
      problems.push(...(await checkPage(lead, "watched words, versions")));
      const after = await youngPerson();
      await startThread(after, "tonight again", "gonna try the lanternfish lockout tonight with my cousin lol");
      await after.goto(rig.server.url + "/my-posts");
      await poll(() => after.getByText("With our safeguarding team").count()).toBe(0);
      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
