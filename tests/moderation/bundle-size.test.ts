/**
 * Young people post from phones on small data plans (issue 9): the compose page's lazy
 * chunk (the moderation engine, model included) stays under 300 KB gzipped.
 */
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("moderation bundle size", () => {
  it("the engine with its model is under 300 KB gzipped, minified as the web build ships it", async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL("../../moderation/index.ts", import.meta.url))],
      bundle: true,
      write: false,
      minify: true,
      platform: "browser",
      format: "esm",
      target: "es2022",
      logLevel: "silent",
    });
    const gz = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
    expect(gz).toBeGreaterThan(50_000);
    expect(gz).toBeLessThan(300_000);
  });
});
