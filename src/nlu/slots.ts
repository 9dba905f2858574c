// Slots taken from a sentence: the province (current or former name, typos tolerated on long
// names), the audience (Sở or commune level) and the time ("tuần sau", "ngày 19/1").
import { createRequire } from "node:module";
import { matchProvince } from "../reference/provinces.js";
import { fold, hasMarks } from "../text.js";
import { withinOneTypo } from "./normalize.js";

export type Audience = "so" | "xa";

export type TimeSlot =
  | { kind: "today" | "tomorrow" | "this_week" | "next_week" | "this_month" | "next_month" }
  | { kind: "date"; d: number; m: number; y?: number };

export interface Slots {
  province?: string;
  /** The former province name typed, when the person used one. */
  former?: string;
  audience?: Audience;
  time?: TimeSlot;
}

interface UnitRecord {
  name: string;
  formerly: string[];
}
const require = createRequire(import.meta.url);
const units = (require("../reference/provinces-2025.json") as { units: UnitRecord[] }).units;

const nameKey = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/^\s*(thanh pho|tp|tinh)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

/** Every current and former name, folded: an n-gram equal to one of them is a province for sure. */
const NAME_KEYS = new Set(units.flatMap((u) => [u.name, ...u.formerly].map(nameKey)));
const NAME_LIST = [...NAME_KEYS];

/** A name one typo away ("ha tinhh"), checked cheaply before the full matcher runs. */
const nearName = (key: string) => NAME_LIST.find((k) => k[0] === key[0] && withinOneTypo(k, key));
/** Short forms people type for the big cities. */
const SHORT_NAMES = new Set(["hp", "brvt", "hcm", "hn", "saigon"]);
/** Below this length a near-miss is more likely another word ("so la" is not Sơn La). */
const MIN_TYPO_KEY = 8;

export function findProvince(words: readonly string[]): Pick<Slots, "province" | "former"> {
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = words.slice(i, i + n).join(" ");
      const sure = NAME_KEYS.has(key) || (n === 1 && SHORT_NAMES.has(key));
      const near = sure || n === 1 || key.length < MIN_TYPO_KEY ? undefined : nearName(key);
      if (!sure && !near) continue;
      const m = matchProvince(sure ? key : near!);
      if (m.kind === "exact") return { province: m.province };
      if (m.kind === "former") return { province: m.province, former: m.former };
    }
  }
  return {};
}

const XA_ACCENTED = /(^|[^\p{L}])(xã|phường|đặc khu)(?=$|[^\p{L}])/u;
const SO_ACCENTED = /(^|[^\p{L}])(?<!cơ )sở(?=$|[^\p{L}])/u;
const XA_FOLDED = / (cap xa|xa phuong|phuong xa|dac khu|ubnd xa|can bo xa|buoi xa|con xa|cho xa|cua xa|o xa|moi xa|cac xa|xa) /;
const SO_FOLDED = / (cap so|can bo so|buoi so|con so|cho so|cua so|moi so|cac so|cap tinh|so van hoa) /;

/** "cấp xã", "buổi của Sở": which officers the person means, if one level only. */
export function findAudience(text: string, words: readonly string[]): Audience | undefined {
  let xa: boolean;
  let so: boolean;
  if (hasMarks(text)) {
    const lower = text.normalize("NFC").toLowerCase();
    xa = XA_ACCENTED.test(lower);
    so = SO_ACCENTED.test(lower);
  } else {
    // Unaccented "xa" and "so" are also "far" and "number": only phrases that mean a level count.
    const joined = ` ${words.join(" ")} `;
    xa = XA_FOLDED.test(joined.replace(/ xa (xoi|qua|lam) /g, " "));
    so = SO_FOLDED.test(joined);
  }
  if (xa === so) return undefined;
  return xa ? "xa" : "so";
}

const RELATIVE: [RegExp, TimeSlot["kind"]][] = [
  [/\b(hom nay|bua nay)\b/, "today"],
  [/\b(ngay mai|mai nay)\b/, "tomorrow"],
  [/\b(tuan nay)\b/, "this_week"],
  [/\b(tuan sau|tuan toi|tuan ke tiep|tuan ke|tuan tiep theo)\b/, "next_week"],
  [/\b(thang nay)\b/, "this_month"],
  [/\b(thang sau|thang toi|thang ke tiep)\b/, "next_month"],
];

export function findTime(folded: string): TimeSlot | undefined {
  const date = /(?:^|[^\d/])(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{2}|\d{4}))?(?![\d/])/.exec(folded);
  if (date) {
    const d = Number(date[1]);
    const m = Number(date[2]);
    if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
      const y = date[3] ? Number(date[3].length === 2 ? `20${date[3]}` : date[3]) : undefined;
      return y ? { kind: "date", d, m, y } : { kind: "date", d, m };
    }
  }
  for (const [re, kind] of RELATIVE) if (re.test(folded)) return { kind } as TimeSlot;
  return undefined;
}

/** A slot's value as one short string, for the evaluation set and logs. */
export function timeCode(t: TimeSlot | undefined): string | undefined {
  if (!t) return undefined;
  return t.kind === "date" ? `date:${t.d}/${t.m}${t.y ? `/${t.y}` : ""}` : t.kind;
}
