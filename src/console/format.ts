// Dates and numbers as the console shows them (the bot's own vi-VN formatters) and paging.
export { displayFormatters as formatters } from "../time.js";

/** A page number from a query string: 1 when absent or nonsense. */
export function pageNumber(v: unknown): number {
  const n = typeof v === "string" && /^\d{1,5}$/.test(v) ? Number(v) : 1;
  return Math.max(1, n);
}
