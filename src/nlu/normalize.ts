// Text → folded tokens for the request classifier: the project's one diacritic fold, punctuation
// dropped, common chat abbreviations expanded ("dk" → "dang ky"), tokens kept in order.
import { fold } from "../text.js";

export interface Tokens {
  /** Folded words after abbreviation expansion. */
  words: string[];
  /** The same words before the i/y spelling is unified: what place names are matched on. */
  plain: string[];
  /** The folded text as typed (digits and slashes kept), for slot patterns like "19/1". */
  folded: string;
}

/** Splits folded text into words; "19/1" and "16/01/2026" stay whole. */
function split(folded: string): string[] {
  return folded
    .replace(/[^\p{L}\p{N}/ ]+/gu, " ")
    .split(" ")
    .filter((w) => w && w !== "/");
}

/** "ki"/"ky", "li"/"ly": both spellings are correct Vietnamese, so one form is kept. */
export const canonicalWord = (w: string) => w.replace(/([bcdghklmnpqrstvx])y$/, "$1i");

export function tokenize(text: string, abbreviations: Readonly<Record<string, string>>): Tokens {
  const folded = fold(text);
  const plain: string[] = [];
  for (const w of split(folded)) {
    const expanded = abbreviations[w];
    plain.push(...(expanded ? expanded.split(" ") : [w]));
  }
  return { words: plain.map(canonicalWord), plain, folded };
}

/** Optimal string alignment distance (a swap of neighbours counts once: "dnag" → "dang"). */
export function typoDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 1) return 2;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}
