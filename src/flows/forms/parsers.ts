// Parsers for the fields forms ask for. They return a reason code, never a sentence: each form
// maps the code to its own catalog text.
import { cleanInput, fold, hasWords } from "../../text.js";

export type ParseResult<T, R extends string> = { ok: true; value: T } | { ok: false; reason: R };

/** Collapses runs of whitespace and strips surrounding quotes and trailing full stops. */
export function tidy(text: string): string {
  return cleanInput(text)
    .replace(/\s+/g, " ")
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
    .replace(/[.,;]+$/, "")
    .trim();
}

/**
 * "nguyễn văn an" / "NGUYỄN VĂN AN" → "Nguyễn Văn An". A word typed in mixed case ("H'Mông",
 * "R'Lấp") keeps its inner capitals: only its first letter is raised.
 */
export function capitaliseWords(text: string): string {
  return text
    .split(" ")
    .filter(Boolean)
    .map((w) => {
      const lower = w.toLocaleLowerCase("vi");
      const upper = w.toLocaleUpperCase("vi");
      const base = w === lower || w === upper ? lower : w;
      return base.charAt(0).toLocaleUpperCase("vi") + base.slice(1);
    })
    .join(" ");
}

/** Mobile prefixes in use in Việt Nam (after the 2018 11→10 digit conversion). */
const MOBILE_PREFIXES = new Set([
  "032", "033", "034", "035", "036", "037", "038", "039",
  "052", "055", "056", "058", "059",
  "070", "076", "077", "078", "079",
  "081", "082", "083", "084", "085", "086", "087", "088", "089",
  "090", "091", "092", "093", "094", "096", "097", "098", "099",
]);

export type PhoneReason = "empty" | "format" | "landline" | "prefix";

/** `0912 345 678`, `0912.345.678`, `+84 912 345 678`, `(+84)912345678` → `0912345678`. */
export function parseVnMobile(text: string): ParseResult<string, PhoneReason> {
  const raw = cleanInput(text);
  if (!raw) return { ok: false, reason: "empty" };
  if (!/^[\d\s.\-()+]+$/.test(raw)) return { ok: false, reason: "format" };
  let digits = raw.replace(/[\s.\-()]/g, "");
  if (/^\+84/.test(digits)) digits = `0${digits.slice(3)}`;
  else if (/^84\d{9}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (digits.startsWith("+")) return { ok: false, reason: "format" };
  // 0084… (international dialling prefix) is also seen in forms.
  if (/^0084\d{9}$/.test(digits)) digits = `0${digits.slice(4)}`;
  if (/^02\d{9}$/.test(digits)) return { ok: false, reason: "landline" };
  if (!/^0\d{9}$/.test(digits)) return { ok: false, reason: "format" };
  if (!MOBILE_PREFIXES.has(digits.slice(0, 3))) return { ok: false, reason: "prefix" };
  return { ok: true, value: digits };
}

export type EmailReason = "empty" | "format";

export function parseEmail(text: string): ParseResult<string, EmailReason> {
  const s = cleanInput(text).replace(/^mailto:/i, "").toLowerCase();
  if (!s) return { ok: false, reason: "empty" };
  const ok =
    s.length <= 254 &&
    /^[a-z0-9](?:[a-z0-9._%+-]{0,63})@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/.test(s) &&
    !s.includes("..") &&
    !/\.@/.test(s);
  return ok ? { ok: true, value: s } : { ok: false, reason: "format" };
}

export type PersonNameReason = "empty" | "digits" | "oneWord" | "tooLong" | "chars";

export function parsePersonName(text: string, maxLength = 70): ParseResult<string, PersonNameReason> {
  const s = tidy(text);
  if (!s || !hasWords(s)) return { ok: false, reason: "empty" };
  if (/\d/.test(s)) return { ok: false, reason: "digits" };
  if (s.length > maxLength) return { ok: false, reason: "tooLong" };
  if (!/^[\p{L}\p{M}' ’.-]+$/u.test(s)) return { ok: false, reason: "chars" };
  const words = s.split(" ").filter((w) => /\p{L}/u.test(w));
  if (words.length < 2) return { ok: false, reason: "oneWord" };
  return { ok: true, value: capitaliseWords(s) };
}

export type FreeTextReason = "empty" | "tooShort" | "tooLong";

/** A short free text such as a position: letters required, first letter raised. */
export function parseShortText(text: string, min = 2, max = 100): ParseResult<string, FreeTextReason> {
  const s = tidy(text);
  if (!s || !/\p{L}/u.test(s)) return { ok: false, reason: "empty" };
  if (s.length < min) return { ok: false, reason: "tooShort" };
  if (s.length > max) return { ok: false, reason: "tooLong" };
  return { ok: true, value: s.charAt(0).toLocaleUpperCase("vi") + s.slice(1) };
}

/** Yes/no typed in words, with or without diacritics. */
export function parseYesNo(text: string): boolean | undefined {
  const f = fold(text).replace(/[^\p{L} ]/gu, "").trim();
  if (/^(co|dong y|toi dong y|dung|ok|yes|vang|da|u|uh|xac nhan)$/.test(f)) return true;
  if (/^(khong|khong dong y|ko|k|no|sai|chua)$/.test(f)) return false;
  return undefined;
}

const QUESTION_PHRASES = [
  "la gi", "the nao", "bao gio", "khi nao", "o dau", "tai sao", "vi sao", "lam sao", "bao nhieu",
  "duoc khong", "phai khong", "co khong", "nhu nao", "ra sao", "han chot",
];

/** A question asked mid-form rather than an answer to the current step. */
export function looksLikeQuestion(text: string): boolean {
  if (text.includes("?")) return true;
  const f = ` ${fold(text).replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ")} `;
  return QUESTION_PHRASES.some((p) => f.includes(` ${p} `));
}
