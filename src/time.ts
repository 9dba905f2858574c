// Wall-clock time in the configured business zone (TZ, Asia/Ho_Chi_Minh), computed with Intl so
// the result never depends on the time zone of the machine or process (servers usually run in UTC).

export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

export interface LocalTime {
  h: number;
  mi: number;
}

export interface LocalParts extends LocalDate, LocalTime {
  s: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Calendar date and time of an instant as seen in `tz`. */
export function localParts(instant: Date, tz: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const y = parts.year!;
  const m = parts.month!;
  const d = parts.day!;
  return { y, m, d, h: parts.hour! % 24, mi: parts.minute!, s: parts.second!, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** Offset of `tz` from UTC at `instant`, in ms (Asia/Ho_Chi_Minh: +7 h). */
function offsetMs(instant: number, tz: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const p = localParts(new Date(whole), tz);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - whole;
}

/** The instant at which the wall clock in `tz` shows this date and time. */
export function zonedToUtc(date: LocalDate, time: LocalTime, tz: string): Date {
  const asUtc = Date.UTC(date.y, date.m - 1, date.d, time.h, time.mi);
  // Two passes settle zones whose offset differs on either side of the guess (DST); Vietnam has none.
  let t = asUtc - offsetMs(asUtc, tz);
  t = asUtc - offsetMs(t, tz);
  return new Date(t);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** A real calendar date (rejects 2026-02-30). */
export function isValidDate(date: LocalDate): boolean {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d));
  return t.getUTCFullYear() === date.y && t.getUTCMonth() === date.m - 1 && t.getUTCDate() === date.d;
}

export const pad = (n: number) => String(n).padStart(2, "0");

export const formatTime = (t: LocalTime) => `${pad(t.h)}:${pad(t.mi)}`;
export const formatDate = (d: LocalDate) => `${pad(d.d)}/${pad(d.m)}/${d.y}`;
export const isoDate = (d: LocalDate) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

/** Compact local stamp without separators that a dedupe key uses: 20260119T0830. */
export function localStamp(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${p.y}${pad(p.m)}${pad(p.d)}T${pad(p.h)}${pad(p.mi)}`;
}

/** Dates, times and decimals as officers read them (vi-VN conventions, in the business zone). */
export function displayFormatters(tz: string) {
  const date = new Intl.DateTimeFormat("vi-VN", { timeZone: tz, day: "2-digit", month: "2-digit", year: "numeric" });
  const dateTime = new Intl.DateTimeFormat("vi-VN", {
    timeZone: tz,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
  return { date: (d: Date) => date.format(d), dateTime: (d: Date) => dateTime.format(d), decimal: (n: number) => decimal.format(n) };
}
