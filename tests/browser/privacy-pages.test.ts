// Issue 12's pages for forum users in Chromium: the privacy page (its words come from the server's
// retention settings), staying private on a shared device (linked from the landing and help pages),
// and "Your data" on My posts. Each is checked with axe at 360 px and 1280 px.
import { describe, expect, it } from "vitest";
import { browserRig, checkPage, see } from "./browser.ts";

const rig = browserRig();

describe("privacy pages", () => {
  it("link from the landing and help pages, say what the configuration does, and work at both sizes", async () => {
    const problems: string[] = [];
    const page = await rig.freshPage();
    await page.goto(rig.server.url + "/");
    await page.getByRole("link", { name: "Staying private on a shared device" }).first().click();
    await see(page.getByRole("heading", { level: 1, name: "Staying private on a shared device" }));
    await see(page.getByText(/What it can't hide/));
    problems.push(...(await checkPage(page, "covering tracks, young people")));
    await page.getByRole("button", { name: /parents and carers' version/ }).click();
    await see(page.getByText(/share a computer or phone with your child/));
    problems.push(...(await checkPage(page, "covering tracks, parents")));

    await page.goto(rig.server.url + "/help");
    await page.getByRole("link", { name: "Your privacy" }).click();
    await see(page.getByRole("heading", { level: 1, name: "Your privacy" }));
    await see(page.getByText(/Posts that were published: deleted 12 months after the last reply/));
    await see(page.getByText(/deleted after 30 days/));
    problems.push(...(await checkPage(page, "privacy, young people")));
    await page.getByRole("button", { name: /parents and carers' version/ }).click();
    await see(page.getByText(/you don't need to tell us who your child is/));
    problems.push(...(await checkPage(page, "privacy, parents")));

    // Signed in: My posts offers the data download, and says what a case keeps before deleting.
    await page.goto(rig.server.url + "/");
    await page.getByRole("button", { name: "I'm 13–17" }).click();
    await page.getByRole("button", { name: /continue/ }).click();
    await see(page.getByRole("heading", { level: 1, name: /Threads in/ }));
    await page.goto(rig.server.url + "/my-posts");
    const download = page.getByRole("link", { name: "Download my data" });
    await see(download);
    const data = await page.evaluate(async (href) => (await fetch(href!)).json(), await download.getAttribute("href"));
    expect(data).toMatchObject({ space: "young-people", posts: [] });
    await page.getByRole("button", { name: "Delete my name and posts" }).click();
    await see(page.getByText(/the case keeps a copy of that post with names, numbers and other details hidden/));
    problems.push(...(await checkPage(page, "your data")));
    expect(problems).toEqual([]);
  }, 120_000);
});
