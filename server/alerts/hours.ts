import { localParts } from "../staffed-hours.ts";

/** Local hours [start, end) on the listed days; start > end runs past midnight (22 to 8), start = end is all day. */
export interface HourWindow {
  days: number[];
  startHour: number;
  endHour: number;
}

export function windowCovers(w: HourWindow, at: Date, timeZone: string): boolean {
  const { day, hour } = localParts(at, timeZone);
  if (w.startHour === w.endHour) return w.days.includes(day);
  if (w.startHour < w.endHour) return w.days.includes(day) && hour >= w.startHour && hour < w.endHour;
  // An overnight shift belongs to the day it starts on: Monday 22 to 8 covers Tuesday 03:00.
  if (hour >= w.startHour) return w.days.includes(day);
  return hour < w.endHour && w.days.includes((day + 6) % 7);
}

export const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];
