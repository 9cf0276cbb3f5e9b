// Static guards for the web app's security promises: user text is only ever rendered as text,
// nothing inline that the CSP would block, no tokens in browser storage.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../web/src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files(SRC)
  .filter((f) => /\.(tsx?|css)$/.test(f))
  .map((f) => ({ f: f.slice(SRC.length + 1), text: readFileSync(f, "utf8") }));

// Comments may mention these words; code may not.
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

describe("web app source", () => {
  it("exists", () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  // Everything under web/src (the forum and the staff pages) is served under the same CSP.
  it.each([
    ["innerHTML", /innerHTML|outerHTML|insertAdjacentHTML|document\.write/],
    ["inline style props", /\bstyle\s*=\s*[{"']/],
    ["eval", /\beval\s*\(|new Function\s*\(/],
  ])("never uses %s", (_name, pattern) => {
    const hits = sources.filter((s) => pattern.test(code(s.text))).map((s) => s.f);
    expect(hits).toEqual([]);
  });

  // The forum leaves nothing in the browser's storage: no token, and no trace that someone who
  // checks a young person's device could find. (The staff pages, under staff/, are separate.)
  it("the forum keeps nothing in browser storage", () => {
    const pattern = /localStorage|sessionStorage|indexedDB|document\.cookie/;
    const hits = sources
      .filter((s) => !s.f.startsWith("staff"))
      .filter((s) => pattern.test(code(s.text)))
      .map((s) => s.f);
    expect(hits).toEqual([]);
  });

  it("calls the API only from lib/http.ts, always with same-origin credentials", () => {
    const fetchers = sources.filter((s) => /\bfetch\(/.test(code(s.text)));
    expect(fetchers.map((s) => s.f)).toEqual([join("lib", "http.ts")]);
    for (const s of fetchers) expect(s.text, s.f).toContain('credentials: "same-origin"');
  });
});

describe("index.html", () => {
  it("has no inline script or style", () => {
    for (const path of [join(SRC, "../index.html"), join(SRC, "../../dist/web/index.html")]) {
      if (!existsSync(path)) continue;
      const html = readFileSync(path, "utf8");
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
      expect(html).not.toMatch(/<style\b/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });
});
