// Helpers for browser tests: Debian's Chromium driven by playwright-core (no browser download),
// and axe-core injected without an inline <script> (the app's CSP forbids those).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh context (own cookies). Requests to anywhere other than `allowOrigin` are answered
 * locally, so a test never touches the network: the quick-exit target gets a tiny page.
 */
export async function newContext(browser: Browser, allowOrigin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  await context.route(
    (url) => url.origin !== allowOrigin,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1></html>",
      }),
  );
  return context;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
function axe(): string {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules. The source is evaluated through the
 * DevTools protocol (page.evaluate), which the page's CSP does not block, unlike a <script> tag.
 */
export async function runAxe(page: Page, tags: string[] = WCAG_TAGS): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(axe());
  return page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, tags);
}

/** Serious and critical violations only, formatted for a readable assertion message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await runAxe(page);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Checks a page at phone and desktop sizes: no serious axe findings, no sideways scroll on a phone. */
export async function checkPage(page: Page, label: string): Promise<string[]> {
  const problems: string[] = [];
  const original = page.viewportSize() ?? VIEWPORTS.desktop;
  for (const [name, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    // Measure from the top of the page: axe's target-size rule otherwise sees links that happen
    // to sit under the sticky quick-exit bar at the current scroll position as too small.
    await page.evaluate(
      () => new Promise<void>((done) => {
        window.scrollTo({ top: 0, left: 0, behavior: "instant" });
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      }),
    );
    for (const v of await seriousViolations(page)) problems.push(`${label} @${name}: ${v}`);
    if (name === "phone") {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > size.width) problems.push(`${label} @phone: page is ${width}px wide (horizontal scroll)`);
    }
  }
  await page.setViewportSize(original);
  return problems;
}

/** Waits until the locator's first match is visible (playwright-core has no `expect(locator)`). */
export async function see(locator: Locator, timeout = 30_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

/**
 * The shared rig for a browser test file: the real server with a fresh database, one Chromium,
 * and pages that fail the test on any uncaught error or Content Security Policy violation.
 */
export function browserRig(serverOptions: Parameters<typeof startTestServer>[0] = {}) {
  const rig = {
    server: undefined as unknown as TestServer,
    browser: undefined as unknown as Browser,
    errors: [] as string[],
    async freshPage(): Promise<Page> {
      const context = await newContext(rig.browser, rig.server.url);
      const page = await context.newPage();
      page.on("pageerror", (err) => rig.errors.push(String(err)));
      page.on("console", (m) => {
        if (m.type() === "error" && /Content Security Policy/i.test(m.text())) rig.errors.push(m.text());
      });
      return page;
    },
  };
  beforeAll(async () => {
    rig.server = await startTestServer(serverOptions);
    rig.browser = await launchBrowser();
  });
  afterEach(() => {
    expect(rig.errors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.server?.close();
  });
  return rig;
}

/** `expect.poll` with room for a busy machine (the default gives up after one second). */
export function poll<T>(fn: () => Promise<T> | T) {
  return expect.poll(fn, { timeout: 30_000, interval: 100 });
}
