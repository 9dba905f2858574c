// Dates and numbers as the console shows them (Vietnamese conventions, the bot's time zone).
export function formatters(tz: string) {
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
  return { date: (d: Date) => date.format(d), dateTime: (d: Date) => dateTime.format(d) };
}

/** A page number from a query string: 1 when absent or nonsense. */
export function pageNumber(v: unknown): number {
  const n = typeof v === "string" && /^\d{1,5}$/.test(v) ? Number(v) : 1;
  return Math.max(1, n);
}
