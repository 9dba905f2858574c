// A time slot ("tuần sau", "ngày 19/1") as a half-open window of instants in the business zone.
import { addDays, isValidDate, localParts, zonedToUtc, type LocalDate } from "../time.js";
import type { TimeSlot } from "./slots.js";

export interface TimeWindow {
  from: Date;
  to: Date;
  /** First and last calendar day, for the reply. */
  first: LocalDate;
  last: LocalDate;
}

const MIDNIGHT = { h: 0, mi: 0 };
/** A day and month without a year that lies this far back means next year's date. */
const PAST_GRACE_DAYS = 31;

function window(first: LocalDate, days: number, tz: string): TimeWindow {
  const end = addDays(first, days);
  return { from: zonedToUtc(first, MIDNIGHT, tz), to: zonedToUtc(end, MIDNIGHT, tz), first, last: addDays(end, -1) };
}

export function timeWindow(slot: TimeSlot, now: Date, tz: string): TimeWindow | undefined {
  const p = localParts(now, tz);
  const today: LocalDate = { y: p.y, m: p.m, d: p.d };
  // Weeks start on Monday, as in Vietnamese calendars.
  const daysToMonday = (8 - p.weekday) % 7 || 7;
  switch (slot.kind) {
    case "today":
      return window(today, 1, tz);
    case "tomorrow":
      return window(addDays(today, 1), 1, tz);
    case "this_week":
      return window(today, daysToMonday, tz);
    case "next_week":
      return window(addDays(today, daysToMonday), 7, tz);
    case "this_month": {
      const next = p.m === 12 ? { y: p.y + 1, m: 1, d: 1 } : { y: p.y, m: p.m + 1, d: 1 };
      return window(today, Math.round((Date.UTC(next.y, next.m - 1, 1) - Date.UTC(p.y, p.m - 1, p.d)) / 86_400_000), tz);
    }
    case "next_month": {
      const first = p.m === 12 ? { y: p.y + 1, m: 1, d: 1 } : { y: p.y, m: p.m + 1, d: 1 };
      const after = first.m === 12 ? { y: first.y + 1, m: 1, d: 1 } : { y: first.y, m: first.m + 1, d: 1 };
      return window(first, Math.round((Date.UTC(after.y, after.m - 1, 1) - Date.UTC(first.y, first.m - 1, 1)) / 86_400_000), tz);
    }
    case "date": {
      let date: LocalDate = { y: slot.y ?? p.y, m: slot.m, d: slot.d };
      if (!slot.y && Date.UTC(date.y, date.m - 1, date.d) < Date.UTC(p.y, p.m - 1, p.d) - PAST_GRACE_DAYS * 86_400_000) {
        date = { ...date, y: date.y + 1 };
      }
      return isValidDate(date) ? window(date, 1, tz) : undefined;
    }
  }
}
