// Reminder offsets and reminder times, in the business time zone.
import { localParts, zonedToUtc, addDays, pad, type LocalTime } from "../../time.js";

// ---------------------------------------------------------------------------------------------
// Reminder offsets: "D-1@16:00" (n days before, at a local time) and "60m" / "2h" (before start).

export type ReminderOffset =
  | { id: string; kind: "dayBefore"; days: number; at: LocalTime }
  | { id: string; kind: "before"; minutes: number };

const MAX_DAYS_BEFORE = 30;
const MAX_MINUTES_BEFORE = 7 * 24 * 60;

/** Parses REMINDER_OFFSETS; throws one Error naming every bad part (a start-up config error). */
export function parseReminderOffsets(spec: string): ReminderOffset[] {
  const out: ReminderOffset[] = [];
  const bad: string[] = [];
  for (const raw of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const day = raw.match(/^D-(\d{1,2})@(\d{1,2}):(\d{2})$/i);
    const rel = raw.match(/^(\d{1,5})\s*(m|h)$/i);
    if (day) {
      const days = Number(day[1]);
      const at = { h: Number(day[2]), mi: Number(day[3]) };
      if (days > MAX_DAYS_BEFORE || at.h > 23 || at.mi > 59) bad.push(raw);
      else out.push({ id: `D-${days}@${pad(at.h)}${pad(at.mi)}`, kind: "dayBefore", days, at });
    } else if (rel) {
      const minutes = Number(rel[1]) * (rel[2]!.toLowerCase() === "h" ? 60 : 1);
      if (minutes < 1 || minutes > MAX_MINUTES_BEFORE) bad.push(raw);
      else out.push({ id: `${minutes}m`, kind: "before", minutes });
    } else {
      bad.push(raw);
    }
  }
  if (bad.length > 0) {
    throw new Error(`REMINDER_OFFSETS: cannot read ${bad.map((b) => `"${b}"`).join(", ")} (expected e.g. "D-1@16:00,60m")`);
  }
  return out.filter((o, i) => out.findIndex((x) => x.id === o.id) === i);
}

/** When the reminder for a session starting at `startsAt` is due. */
export function reminderTime(offset: ReminderOffset, startsAt: Date, tz: string): Date {
  if (offset.kind === "before") return new Date(startsAt.getTime() - offset.minutes * 60_000);
  return zonedToUtc(addDays(localParts(startsAt, tz), -offset.days), offset.at, tz);
}

/** Upper bound of how long before a session any of the offsets may fall (for the planner's query). */
export function maxLeadMs(offsets: ReminderOffset[]): number {
  return Math.max(0, ...offsets.map((o) => (o.kind === "before" ? o.minutes * 60_000 : (o.days + 1) * 86_400_000)));
}
