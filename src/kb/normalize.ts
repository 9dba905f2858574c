// Text normalisation shared by indexing and querying. Both sides must go through exactly the same
// steps, otherwise a query typed without diacritics or with another tone-mark placement would not
// meet the document's tokens.

import { accentKey, hasMarks, isPossibleSyllable, stripMarks, TONE_MARK } from "../text.js";

export { accentKey, hasMarks, isPossibleSyllable, stripMarks, TONE_MARK };

/** Unicode NFC plus the whitespace oddities PDF extraction leaves behind. */
export function nfc(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000\t]/g, " ")
    .replace(/\r\n?/g, "\n");
}

/**
 * Lower-case, diacritics removed: the one fold of src/text.ts (`stripMarks`), without its
 * whitespace collapsing, so folded text keeps the positions of the original (letter.ts relies on it).
 */
export const fold = stripMarks;

/** Folds and collapses whitespace: how evidence phrases and passages are compared. */
export function foldCollapse(text: string): string {
  return fold(nfc(text)).replace(/\s+/g, " ").trim();
}

// Dates written out in words ("mùng 1 tháng 3", "ngày 17 tháng 10 năm 2025") read as the numeric
// form letters mostly use ("1/3/2026"), so both meet the same numbers side by side. Works on text of
// any case, with or without marks, so folded syllables, typed ones and cased words stay in line.
const DAY_PREFIX = /(?<![\p{L}\d])m(?:u|ù|o|ồ)ng\s+(?=\d)/giu;
const WORDED_DATE = /(?<![\p{L}\d/])(\d{1,2})\s+th(?:a|á)ng\s+(\d{1,2})(?:\s+n(?:a|ă)m\s+(\d{4}))?(?![\p{L}\d])/giu;

// "Từ 1.3", "ngày 16.01.2026": a day and month written with dots, which would otherwise read as one
// number ("13") once dots inside numbers are dropped for phone numbers ("0905.188881").
const DOTTED_DATE = /(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?![\p{L}\d]|\.\d)/gu;

/** "mùng 1 tháng 3 năm 2026", "1.3.2026" → "1/3/2026" (any case, marks kept or not). */
export function numericDates(text: string): string {
  return spokenNumbers(text)
    .replace(DAY_PREFIX, "")
    .replace(WORDED_DATE, (_m, d: string, m: string, y?: string) => slashedDate(d, m, y))
    .replace(DOTTED_DATE, (whole, d: string, m: string, y?: string) => (Number(d) >= 1 && Number(d) <= 31 && Number(m) >= 1 && Number(m) <= 12 ? slashedDate(d, m, y) : whole));
}

/** "1/3" or "1/3/2026", as the letters write dates. */
function slashedDate(day: string, month: string, year?: string): string {
  return year ? `${day}/${month}/${year}` : `${day}/${month}`;
}

// Numbers said in words, as voice typing writes them (marks kept): "mười chín tháng một" (19/1),
// "năm bảy hai mốt" (5721), "hai không hai lăm" (2025). Only where they cannot be anything else:
// after "ngày", "tháng", "mùng", before "tháng", or three or more digits in a row.
const UNIT: Record<string, number> = { một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, không: 0 };
const ONES = "(?:một|hai|ba|bốn|lăm|sáu|bảy|bẩy|tám|chín)";
const SPOKEN = `(?:mười(?:\\s+${ONES})?|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\\s+mươi(?:\\s+(?:mốt|tư|lăm|${ONES}))?|(?:hai|ba)\\s+mốt|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín)`;
const DIGIT = "(?:không|một|mốt|hai|ba|bốn|năm|lăm|sáu|bảy|bẩy|tám|chín)";
const L = "(?<![\\p{L}\\d])";
const R = "(?![\\p{L}\\d])";
const DIGIT_RUN = new RegExp(`${L}${DIGIT}(?:\\s+${DIGIT}){2,}${R}`, "giu");
// "Thông báo kết luận năm mươi ba", "công văn số ba mươi chín": a document's number.
const AFTER_WORD = new RegExp(`${L}(ngày|tháng|mùng|mồng|số|kết luận|thông báo|công văn|phụ lục)\\s+(${SPOKEN})${R}`, "giu");
// "Tháng Giêng" is how officers say January.
const FIRST_MONTH = /(?<![\p{L}\d])(th(?:a|á)ng)\s+gi(?:e|ê)ng(?![\p{L}\d])/giu;
const BEFORE_MONTH = new RegExp(`${L}(${SPOKEN})(?=\\s+tháng${R})`, "giu");

/** The value of a number said in words ("hai mươi mốt" → 21). */
function spokenValue(words: string): number {
  const w = words.toLowerCase().split(/\s+/);
  if (w[0] === "mười") return 10 + (w[1] ? UNIT[w[1]]! : 0);
  if (w[1] === "mươi") return UNIT[w[0]!]! * 10 + (w[2] ? UNIT[w[2]]! : 0);
  if (w[1] === "mốt") return UNIT[w[0]!]! * 10 + 1;
  return UNIT[w[0]!]!;
}

function spokenNumbers(text: string): string {
  return text
    .replace(DIGIT_RUN, (run) => {
      const words = run.split(/\s+/);
      const digits = words.map((w) => UNIT[w.toLowerCase()]).join("");
      // "năm hai không hai lăm": the year 2025, not 52025.
      return words[0]!.toLowerCase() === "năm" && /^5(19|20)\d\d$/.test(digits) ? `${words[0]} ${digits.slice(1)}` : digits;
    })
    .replace(FIRST_MONTH, "$1 1")
    .replace(AFTER_WORD, (_m, word: string, n: string) => `${word} ${spokenValue(n)}`)
    .replace(BEFORE_MONTH, (n: string) => String(spokenValue(n)));
}

// Abbreviations with a slash that letters write in their recipients' lists ("để b/c", "để b/c
// Bộ trưởng"): read in full, so "báo cáo Thứ trưởng" meets "(để b/c)".
// Officers write "đ/c" (đồng chí) before a name or for "which officer" ("đ/c nào ký").
const SLASHED = /(?<![\p{L}\d/])([bđd])\/c(?![\p{L}\d/])/giu;
const SLASHED_WORDS: Readonly<Record<string, string>> = { b: "báo cáo", đ: "đồng chí", d: "đồng chí" };

// Chat's "bn" after what is counted or numbered ("số bn", "ngày bn", "sđt bn", "trong bn ngày",
// "cần bn người") is "bao nhiêu"
// (elsewhere it may be "bạn").
const HOW_MANY = /(?<=(?<![\p{L}\d])(?:số|so|ngày|ngay|sđt|sdt|là|la|mất|mat|tháng|thang|giờ|gio|lương|luong|trong|cần|can|được|duoc|đc|dc|phí|phi|thiểu|thieu)\s+)bn(?![\p{L}\d])/giu;

/** Dates in words as numbers (`numericDates`) and slashed abbreviations spelled out ("b/c" → "báo cáo"). */
export function spelledOut(text: string): string {
  return numericDates(text)
    .replace(SLASHED, (_m, first: string) => SLASHED_WORDS[first.toLowerCase()]!)
    .replace(HOW_MANY, "bao nhiêu");
}

/**
 * A text (already NFC) with words as `syllables` reads them, case and marks kept: dates and slashed
 * abbreviations spelled out, "KH&CN" joined, dots inside numbers dropped.
 */
export function writtenForm(text: string): string {
  return spelledOut(text)
    .replace(/(\p{L})&(\p{L})/gu, "$1$2")
    .replace(/(\d)\.(?=\d)/g, "$1");
}

/**
 * Folded syllables of a text. "KH&CN" becomes one token (`khcn`) so the abbreviation survives;
 * dots inside numbers go ("0905.188881", "1.000") so phone numbers stay whole; one- and two-digit
 * numbers lose their leading zero so "Phụ lục 02" meets "phụ lục 2" and "01/3" meets "1/3".
 */
export function syllables(text: string): string[] {
  const folded = fold(spelledOut(nfc(text)))
    .replace(/([a-z])&([a-z])/g, "$1$2")
    .replace(/(\d)\.(?=\d)/g, "$1");
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9]+/)) {
    if (raw.length === 0) continue;
    out.push(/^0\d$/.test(raw) ? raw.slice(1) : raw);
  }
  return out;
}

// Where a question's clauses part: a comma, semicolon, colon, question or exclamation mark, or a
// full stop before a space or a line break. Dots and commas inside numbers ("0905.188881", "1,5")
// do not part clauses. Sentences part at full stops, question and exclamation marks, line breaks.
// An ellipsis ("số 140/... gì ạ") trails off; it does not end a clause.
const CLAUSE_BREAK = /[,;:?!]+(?!\d)|(?<![./])\.(?=\s)|\n|(?<=\s)[—–]+(?=\s)|(?<=["”]\s*)-+(?=\s)/
const SENTENCE_BREAK = /[.?!;]+(?=\s)|\n/;

/**
 * The piece (split at `breaks`, numbered from 0) of each of `syllables(text)`, one for one;
 * undefined when the pieces do not line up.
 */
function pieceOfEach(text: string, breaks: RegExp): number[] | undefined {
  const out: number[] = [];
  nfc(text)
    .split(breaks)
    .map(syllables)
    .filter((s) => s.length)
    .forEach((sylls, piece) => {
      for (const _ of sylls) out.push(piece);
    });
  return out.length === syllables(text).length ? out : undefined;
}

/** CLAUSE_BREAK captured: the clauses and the breaks between them, in turn. */
const CLAUSE_PARTS = new RegExp(`(${CLAUSE_BREAK.source})`);

/** The last syllable (index in `syllables(text)`) of each clause a question mark closes. */
export function questionMarked(text: string): Set<number> {
  const out = new Set<number>();
  const parts = joinListedUnits(text).split(CLAUSE_PARTS);
  let seen = 0;
  parts.forEach((part, k) => {
    if (k % 2 === 0) seen += syllables(part).length;
    else if (part.includes("?") && seen > 0) out.add(seen - 1);
  });
  return out;
}

/**
 * The clause of each of `syllables(text)`, numbered from 0, one for one; undefined when the pieces
 * do not line up (then the question is read as one clause).
 */
export function clauseIndexes(text: string): number[] | undefined {
  return pieceOfEach(joinListedUnits(text), CLAUSE_BREAK);
}

/**
 * Indices (in `syllables(text)`) of the syllables inside closed quotes, straight or curly ("“Hạn
 * chót là 20/01” — có đúng không"): what someone else said. Empty when the pieces do not line up.
 */
export function quotedIndexes(text: string): Set<number> {
  const parts = nfc(text).split(/["“”]/u);
  const out = new Set<number>();
  let seen = 0;
  parts.forEach((part, k) => {
    const n = syllables(part).length;
    // An odd piece is inside quotes; the last one only when its quote closed.
    if (k % 2 === 1 && k < parts.length - 1) for (let j = 0; j < n; j++) out.add(seen + j);
    seen += n;
  });
  return seen === syllables(text).length ? out : new Set();
}

/** Units listed with a comma ("cán bộ phường, xã", "các bộ, ngành", "tỉnh, thành phố"): one phrase, no clause break. */
const LISTED_UNITS = /(?<![\p{L}])((?:xã|phường|đặc khu|thị trấn|tỉnh|thành phố|huyện|quận|bộ|sở|ban)),(?=\s*(?:xã|phường|đặc khu|thị trấn|tỉnh|thành phố|huyện|quận|ngành|sở|ban)(?![\p{L}]))/giu;

/**
 * Names written with a comma: the ministry "Văn hóa, Thể thao và Du lịch" and the levels "cấp bộ,
 * cấp tỉnh", with or without marks.
 */
const NAMES_WITH_COMMA = /(?<![\p{L}])(văn hóa|văn hoá|van hoa|cấp (?:bộ|tỉnh|xã|sở)|cap (?:bo|tinh|xa|so)),(?=\s*(?:thể thao|the thao|cấp|cap)(?![\p{L}]))/giu;

/** The text with the commas of listed units and of names dropped (`LISTED_UNITS`, `NAMES_WITH_COMMA`); syllables unchanged. */
function joinListedUnits(text: string): string {
  return nfc(text).replace(LISTED_UNITS, "$1").replace(NAMES_WITH_COMMA, "$1");
}

/** A label heading a message ("Hỏi:", "Câu hỏi:", "FAQ –"): up to three words before a colon or a spaced dash. */
const LABEL = /^\s*(\p{L}+(?:\s+\p{L}+){0,2})\s*(?::|\s[–—-]\s)/u;

/**
 * Indices (in `syllables(text)`) of the first syllable of each sentence after the first. What
 * follows a label heading the message opens a sentence too ("FAQ – Lý do …": "Lý" is no name).
 */
export function sentenceStarts(text: string): Set<number> {
  const sentences = pieceOfEach(text, SENTENCE_BREAK) ?? [];
  const starts = new Set(sentences.flatMap((n, i) => (i > 0 && n !== sentences[i - 1] ? [i] : [])));
  const label = LABEL.exec(nfc(text));
  if (label) starts.add(syllables(label[1]!).length);
  return starts;
}

/**
 * The syllables of `syllables(text)` as typed (lower case, NFC, marks kept), one for one; undefined
 * where a piece cannot be lined up with its folded syllable. Folding merges words ("nối"/"nội",
 * "gọi"/"gói"): what was typed tells them apart when the user typed the marks.
 */
export function typedSyllables(text: string): (string | undefined)[] {
  const lower = writtenForm(nfc(text).toLowerCase());
  const out: (string | undefined)[] = [];
  for (const raw of lower.split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length === 0) continue;
    if (/^[a-z]+$/.test(raw)) {
      out.push(raw);
      continue;
    }
    const parts = fold(raw).split(/[^a-z0-9]+/).filter(Boolean);
    if (parts.length === 1) out.push(/^0\d$/.test(raw) ? raw.slice(1) : raw);
    else for (const _ of parts) out.push(undefined);
  }
  return out;
}

/**
 * Whether a typed syllable can be the dictionary's accented `word`. Typed without any mark it can
 * be any word that folds the same; typed with marks, its marks must be the word's (in any order,
 * so the tone placement of "hoà"/"hòa" does not matter).
 */
export function mayBe(typed: string | undefined, word: string): boolean {
  if (typed === undefined) return true;
  const marks = (s: string) => [...s.normalize("NFD").replace(/[^\u0300-\u036fđ]/g, "")].sort().join("");
  const m = marks(typed);
  return m === "" || m === marks(word);
}

/**
 * Accent keys of a text's syllables, one for one with `syllables(text)` (pass it when already at
 * hand): where a piece cannot be lined up with its folded syllable, the folded syllable stands in.
 */
export function accentedSyllables(text: string, folded: readonly string[] = syllables(text)): string[] {
  const typed = typedSyllables(text);
  if (typed.length !== folded.length) return [...folded];
  return typed.map((t, i) => (t === undefined ? folded[i]! : accentKey(t)));
}

export const PAIR_JOINER = "_";

export function pair(a: string, b: string): string {
  return a + PAIR_JOINER + b;
}

export function isPair(token: string): boolean {
  return token.includes(PAIR_JOINER);
}

/** Syllables plus adjacent syllable pairs (`quan_ly`): pairs stand in for word segmentation. */
export function tokensOf(sylls: readonly string[]): string[] {
  const out: string[] = [...sylls];
  for (let i = 0; i + 1 < sylls.length; i++) out.push(pair(sylls[i]!, sylls[i + 1]!));
  return out;
}

const VOWELS = /[aeiouy]/;

/** A token with no vowel cannot be a Vietnamese syllable: it is an abbreviation (qlvb, httt, khcn). */
export function looksLikeAcronym(token: string): boolean {
  return token.length >= 2 && token.length <= 12 && !VOWELS.test(token) && !/\d/.test(token);
}

