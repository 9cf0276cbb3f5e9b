// Issue 13 in Chromium against the real server and built app: a lead chooses how Harbour alerts
// them and puts themselves on call; an urgent post then shows as a browser notification (with
// nothing from the post in it); while the mail server is down every staff page says so; and an
// alert's link, opened signed out, leads through sign-in to "I'm on it" and the case.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEFAULT_ALERTS } from "../../server/alerts/config.ts";
import { createStaffAccount } from "../../server/staff/accounts.ts";
import { currentCode } from "../../server/staff/totp.ts";
import { browserRig, checkPage, poll, see } from "./browser.ts";

const TIMEOUT = 180_000;
const POST = "i took all my mums pills an hour ago and i'm lying in the dark now";

// Nothing listens on port 9 here: the mail server is "down" for the whole file.
const rig = browserRig({ alerts: true, config: { alerts: { ...DEFAULT_ALERTS, smtpUrl: "smtp://127.0.0.1:9", pollMs: 200, retryMs: [500] } } });

async function newLead() {
  const username = `lead-${randomBytes(3).toString("hex")}`;
  const { password, totpSecret } = await createStaffAccount(rig.server.database.db, { username, role: "safeguarding_lead", withTotp: true });
  return { username, password, totpSecret: totpSecret! };
}

async function fillSignIn(page: Page, who: { username: string; password: string; totpSecret: string }) {
  await page.getByLabel("Username").fill(who.username);
  await page.getByLabel("Password").fill(who.password);
  await page.getByLabel("6-digit code").fill(currentCode(who.totpSecret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await see(page.getByText(`Signed in as ${who.username}`));
}

/** Records the notifications the page asks the browser to show. */
async function watchNotifications(page: Page) {
  await page.context().grantPermissions(["notifications"], { origin: rig.server.url });
  await page.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = [];
    (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
    class Recorded {
      static permission = "granted";
      static requestPermission = async () => "granted";
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string }) {
        shown.push({ title, body: options.body ?? "" });
      }
      close() {}
    }
    (window as unknown as { Notification: unknown }).Notification = Recorded;
  });
}

describe("staff alerts in the staff area", () => {
  it(
    "settings and rota → urgent post → notification without the post → mail-down warning → the alert link → I'm on it → the case",
    async () => {
      const problems: string[] = [];
      const me = await newLead();
      const lead = await rig.freshPage();
      await watchNotifications(lead);
      await lead.goto(`${rig.server.url}/staff/sign-in`);
      await fillSignIn(lead, me);

      await lead.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Alerts and on call" }).click();
      await see(lead.getByRole("heading", { name: "How Harbour alerts you" }));
      await lead.getByLabel("Email address for alerts").fill(`${me.username}@staff.example`);
      await lead.getByLabel(/Waiting for a moderator/).check();
      await lead.getByRole("button", { name: "Save alert settings" }).click();
      await see(lead.getByText("Saved. Harbour will alert you like this from now on."));
      await lead.getByRole("button", { name: "Add a line" }).click();
      await lead.getByLabel("Lead", { exact: true }).selectOption(me.username);
      for (const day of ["Sat", "Sun"]) await lead.getByLabel(day, { exact: true }).check();
      await lead.getByLabel("From").last().selectOption("0");
      await lead.getByLabel("Until").last().selectOption("0");
      await lead.getByRole("button", { name: "Save the rota" }).click();
      await see(lead.getByText("Rota saved. The next alert follows it."));
      problems.push(...(await checkPage(lead, "alerts and on call")));

      // An urgent post arrives; the lead's open tab shows a notification, with nothing from the post.
      const author = await rig.freshPage();
      await author.goto(rig.server.url + "/");
      await author.getByRole("button", { name: "I'm 13–17" }).click();
      await author.getByRole("button", { name: /continue/ }).click();
      await author.getByRole("link", { name: "Start a new thread" }).click();
      await author.getByLabel("Title").fill("can't anymore");
      await author.getByLabel("Your post").fill(POST);
      await author.getByRole("button", { name: "Post thread" }).click();
      await see(author.getByRole("heading", { level: 1, name: "can't anymore" }));

      await lead.reload();
      const shown = () => lead.evaluate(() => (window as unknown as { shownNotifications: Array<{ title: string; body: string }> }).shownNotifications);
      await poll(async () => (await shown()).map((n) => n.title)).toContain("Harbour: an urgent item is waiting");
      for (const n of await shown()) expect(`${n.title} ${n.body}`).not.toMatch(/pills|mums|dark|can't anymore|immediate|danger now/i);

      // The mail server is down: the staff page says alert emails are not getting out.
      await poll(async () => (await (await fetch(`${rig.server.url}/api/health`)).status)).toBe(200);
      await poll(async () => (await lead.evaluate(async () => (await (await fetch("/api/staff/alerts/status")).json()).email.failing)) > 0).toBe(true);
      await lead.reload();
      await see(lead.getByText("Alert emails are not getting out: the mail server did not answer"));
      problems.push(...(await checkPage(lead, "staff page with the mail warning")));

      // The alert's link, opened in a browser that is signed out, goes through sign-in to the alert.
      const alert = await rig.server.database.db.selectFrom("alerts").select("id").orderBy("raised_at", "desc").executeTakeFirstOrThrow();
      // (Another lead: the first one's TOTP code of this half-minute is already used.)
      const colleague = await newLead();
      const elsewhere = await rig.freshPage();
      await elsewhere.goto(`${rig.server.url}/staff/alerts/${alert.id}`);
      await see(elsewhere.getByLabel("Username"));
      await fillSignIn(elsewhere, colleague);
      await see(elsewhere.getByRole("heading", { level: 1, name: "an urgent item is waiting" }));
      expect(await elsewhere.locator("main, #staff-content").first().textContent()).not.toMatch(/pills|mums|dark/i);
      problems.push(...(await checkPage(elsewhere, "alert page")));
      await elsewhere.getByRole("button", { name: "I'm on it: take the case" }).click();
      await see(elsewhere.getByText("You are handling this case.").first());
      await see(elsewhere.getByText("Staff alerted").first());

      expect(problems).toEqual([]);
    },
    TIMEOUT,
  );
});
