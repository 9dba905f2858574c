// Local dates for the deadline and the roster. The deadline is a calendar day in the configured
// time zone (Asia/Ho_Chi_Minh): registrations up to the end of that day are on time.
import { addDays, formatDate, formatTime, isoDate, localParts, zonedToUtc } from "../../time.js";

/** First instant after the local day `YYYY-MM-DD` ends. */
export function endOfLocalDay(day: string, tz: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return zonedToUtc(addDays({ y, m, d }, 1), { h: 0, mi: 0 }, tz);
}

export function isLate(now: Date, deadline: string, tz: string): boolean {
  return now.getTime() >= endOfLocalDay(deadline, tz).getTime();
}

/** "16/01/2026" */
export const localDate = (date: Date, tz: string): string => formatDate(localParts(date, tz));

/** "16/01/2026 08:30" */
export function localDateTime(date: Date, tz: string): string {
  const p = localParts(date, tz);
  return `${formatDate(p)} ${formatTime(p)}`;
}

/** "2026-01-16", for keys and file names. */
export const localDay = (date: Date, tz: string): string => isoDate(localParts(date, tz));

/** "2026-01-16" → "16/01/2026" */
export function showIsoDate(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}
