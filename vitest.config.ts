import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests and PostgreSQL-backed tests share machine resources; two cores here.
    fileParallelism: true,
    maxWorkers: 2,
    minWorkers: 1,
  },
});
