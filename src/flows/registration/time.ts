// Local dates for the deadline and the roster. The deadline is a calendar day in the configured
// time zone (Asia/Ho_Chi_Minh): registrations up to the end of that day are on time.

function parts(date: Date, tz: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat("en-GB", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
}

/** Offset of the zone from UTC at that instant, in ms. */
function offsetMs(date: Date, tz: string): number {
  const p = parts(date, tz);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** First instant after the local day `YYYY-MM-DD` ends. */
export function endOfLocalDay(isoDate: string, tz: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d + 1, 0, 0, 0);
  let guess = naive - offsetMs(new Date(naive), tz);
  // A second pass settles zones whose offset changes around midnight.
  guess = naive - offsetMs(new Date(guess), tz);
  return new Date(guess);
}

export function isLate(now: Date, deadline: string, tz: string): boolean {
  return now.getTime() >= endOfLocalDay(deadline, tz).getTime();
}

/** "16/01/2026" */
export function localDate(date: Date, tz: string): string {
  const p = parts(date, tz);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "16/01/2026 08:30" */
export function localDateTime(date: Date, tz: string): string {
  const p = parts(date, tz);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "2026-01-16", for keys and file names. */
export function localDay(date: Date, tz: string): string {
  const p = parts(date, tz);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026-01-16" → "16/01/2026" */
export function showIsoDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}
