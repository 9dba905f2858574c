// Clean-up of OCR output before the letter parser sees it: Unicode NFC, look-alike letters in
// dates, phone numbers and letter numbers (O→0, l/I/|→1), and the national motto and heading
// block, which a scan of a two-column header often runs into one line.
import { editDistance } from "../text.js";
import { fold, nfc } from "./normalize.js";

const TO_DIGIT: Record<string, string> = { O: "0", o: "0", Q: "0", D: "0", I: "1", l: "1", "|": "1", "!": "1", S: "5", B: "8", Z: "2" };
const ALIKE = /[OoQDIl|!SBZ]/g;

/** Replaces look-alike letters by digits in a token that is mostly digits already. */
function digits(token: string): string {
  const real = (token.match(/\d/g) ?? []).length;
  const alike = (token.match(ALIKE) ?? []).length;
  if (real === 0 || alike > real) return token;
  return token.replace(ALIKE, (c) => TO_DIGIT[c] ?? c);
}

/** A digit or a letter OCR confuses with one. */
const D = "[0-9OoQDIl|!SBZ]";
/** 16/01/2026, 1/3/2026, 17.12.2025 with look-alikes. */
const DATE = new RegExp(`(?<![\\p{L}\\d])${D}{1,2}[/.]${D}{1,2}[/.]${D}{4}(?![\\p{L}\\d])`, "gu");
/** 0976953686, 0905.188881, 0915 091 580 with look-alikes (10–11 digits, 0 first). */
const PHONE = new RegExp(`(?<![\\p{L}\\d])[0Oo]${D}{2,3}(?:[. ]?${D}{3}){2}${D}?(?![\\p{L}\\d])`, "gu");
/** The number of a letter before its code: "14O/BVHTTDL". */
const LETTER_NO = new RegExp(`(?<![\\p{L}\\d])${D}{1,5}(?=/[\\p{Lu}Đ])`, "gu");
/** "ngày l6 tháng O1 năm 2O26". */
const DATE_WORDS = new RegExp(`(ngày|tháng|năm)(\\s+)(${D}{1,4})(?![\\p{L}\\d])`, "gu");

export function cleanOcrLine(raw: string): string {
  let s = nfc(raw)
    .replace(/[Ð]/g, "Đ")
    .replace(/[ð]/g, "đ")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  s = s.replace(DATE, digits).replace(PHONE, digits).replace(LETTER_NO, digits);
  s = s.replace(DATE_WORDS, (_m, w: string, sp: string, n: string) => w + sp + digits(n));
  return s;
}

// ---------------------------------------------------------------------------------------------
// Heading block

const NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** Where `canon` (folded) appears in `line` within a few slips: [start, end) in the line, or undefined. */
function findFuzzy(line: string, canon: string, slips: number): [number, number] | undefined {
  const f = fold(line).replace(/[^a-z0-9 ]/g, " ");
  if (f.length !== line.length) return undefined;
  const target = fold(canon).replace(/[^a-z0-9 ]/g, " ");
  let best: { at: [number, number]; d: number } | undefined;
  for (let start = 0; start + target.length - slips <= f.length; start++) {
    if (f[start] === " " || (start > 0 && f[start - 1] !== " ")) continue;
    for (let len = target.length - slips; len <= target.length + slips; len++) {
      const piece = f.slice(start, start + len);
      if (piece.length < len || piece.endsWith(" ")) continue;
      const d = editDistance(piece, target);
      if (d <= slips && (!best || d < best.d)) best = { at: [start, start + len], d };
    }
  }
  return best?.at;
}

/**
 * The first lines of an OCR'd letter: the national motto written canonically and on lines of its
 * own, with the issuer's block that shared a line with it (two-column header) put before it.
 */
export function fixOcrHeader(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  const head = Math.min(lines.length, 25);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i >= head) {
      out.push(line);
      continue;
    }
    let rest = line;
    const parts: string[] = [];
    for (const [canon, slips] of [
      [NATIONAL, 5],
      [MOTTO, 4],
    ] as const) {
      const at = findFuzzy(rest, canon, slips);
      if (!at) continue;
      const before = rest.slice(0, at[0]).trim();
      const after = rest.slice(at[1]).trim();
      if (before) parts.push(before);
      parts.push(canon);
      rest = after;
    }
    if (parts.length === 0) {
      out.push(line);
      continue;
    }
    out.push(...parts);
    if (rest) out.push(rest);
  }
  return out.join("\n");
}
