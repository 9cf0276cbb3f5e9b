// Response targets from SAFEGUARDING.md section 3, in minutes.
export function targetMinutes(severity: number): number {
  if (severity >= 4) return 15;
  if (severity === 3) return 60;
  return 24 * 60;
}
