/**
 * Item 5 of issue 4: the engine runs in the browser too. Bundle moderation/index.ts
 * for the browser with esbuild (vite's bundler) and prove the bundle has no Node
 * imports and works on its own, with no `require`, `process` or `Buffer` around.
 */
import { build } from "esbuild";
import { runInNewContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../moderation/index.ts", import.meta.url));

describe("browser bundle", () => {
  it("bundles for the browser without Node built-ins, and runs in a bare sandbox", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: "browser",
      format: "iife",
      globalName: "HarbourModeration",
      target: "es2022",
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code.length).toBeGreaterThan(1000);

    // No Node built-ins among the inputs, and no require()/node: imports in the output.
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.startsWith("node:") || /(^|\/)(fs|path|os|crypto|child_process)(\.js)?$/.test(p))).toBe(false);
    expect(code).not.toMatch(/require\(\s*["'](node:|fs|path|os|crypto|child_process)/);
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/\bprocess\.(env|argv|stdout)/);

    // Run it where only browser-like globals exist.
    const sandbox: Record<string, unknown> = {};
    runInNewContext(`${code}\nthis.result = HarbourModeration.moderate("he says k33p it between us 🤫");`, sandbox);
    expect((sandbox.result as { severity: number }).severity).toBe(3);
  });
});
