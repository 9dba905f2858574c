// "When to send": now, or a local time typed the way admins write it ("16:00", "16h30 ngày mai",
// "08:00 20/01/2026", "20/01 8h"), in the business time zone. Returns reason codes, not sentences.
import { addDays, formatDate, formatTime, isValidDate, localParts, zonedToUtc, type LocalDate } from "../../time.js";
import { fold } from "../../text.js";

/** Scheduling further ahead than this is refused (a typo in the year, most likely). */
export const MAX_DAYS_AHEAD = 60;

export type WhenReason = "format" | "badDate" | "past" | "tooFar";
export type WhenResult = { ok: true; at: Date | "now" } | { ok: false; reason: WhenReason; at?: Date };

const NOW_WORDS = new Set(["ngay", "gui ngay", "bay gio", "ngay bay gio", "luon", "gui luon", "now"]);

export function parseWhen(text: string, now: Date, tz: string): WhenResult {
  const f = fold(text).replace(/[.,]+$/g, "").replace(/\s+/g, " ").trim();
  if (!f) return { ok: false, reason: "format" };
  if (NOW_WORDS.has(f)) return { ok: true, at: "now" };

  let rest = ` ${f} `;
  const time = rest.match(/(?:^|\s)(?:luc\s+)?(\d{1,2})\s*(?::|h|g|gio)\s*(\d{2})?(?:\s*phut)?(?=\s)/);
  if (!time) return { ok: false, reason: "format" };
  rest = rest.replace(time[0], " ");
  const h = Number(time[1]);
  const mi = Number(time[2] ?? 0);
  if (h > 23 || mi > 59) return { ok: false, reason: "format" };

  const today = localParts(now, tz);
  let date: LocalDate = { y: today.y, m: today.m, d: today.d };
  const explicit = rest.match(/(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/);
  if (explicit) {
    date = { y: explicit[3] ? Number(explicit[3]) : today.y, m: Number(explicit[2]), d: Number(explicit[1]) };
    rest = rest.replace(explicit[0], " ");
  } else if (/\b(ngay mai|mai)\b/.test(rest)) {
    date = addDays(date, 1);
    rest = rest.replace(/\b(ngay mai|mai)\b/, " ");
  } else if (/\b(hom nay|nay)\b/.test(rest)) {
    rest = rest.replace(/\b(hom nay|nay)\b/, " ");
  }
  // Only filler words may remain ("ngày", "chiều", "sáng").
  if (rest.replace(/\b(ngay|vao|luc|sang|chieu|toi|trua)\b/g, "").trim()) return { ok: false, reason: "format" };
  if (!isValidDate(date)) return { ok: false, reason: "badDate" };

  const at = zonedToUtc(date, { h, mi }, tz);
  if (at.getTime() <= now.getTime()) return { ok: false, reason: "past", at };
  if (at.getTime() - now.getTime() > MAX_DAYS_AHEAD * 86_400_000) return { ok: false, reason: "tooFar", at };
  return { ok: true, at };
}

/** "16:00" and "18/01/2026" in the business zone. */
export function showLocal(at: Date, tz: string): { time: string; date: string } {
  const p = localParts(at, tz);
  return { time: formatTime(p), date: formatDate(p) };
}
