/**
 * How a count is published so that no child can be picked out (quality statements 1 and 4):
 *   - 0 is not shown as a row (a total of 0 is shown as "<5": fewer than 5 is true of it);
 *   - 1 to 4 is "<5";
 *   - 5 and above is rounded to the nearest 5 (never below 5).
 * Every published count, totals included, is rounded the same way, so a hidden count can never
 * be worked out exactly by subtracting the others from a total (tests/api/partnership.test.ts
 * tries it by brute force), and all figures come from whole periods (periods.ts).
 */
export const SMALL = 5;

export type Published = number | "<5";

export function publish(n: number): Published | null {
  if (n <= 0) return null;
  if (n < SMALL) return "<5";
  return Math.max(SMALL, Math.round(n / SMALL) * SMALL);
}

export const publishTotal = (n: number): Published => publish(n) ?? "<5";
