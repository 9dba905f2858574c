// Text → folded tokens for the request classifier: the project's one diacritic fold, punctuation
// dropped, common chat abbreviations expanded ("dk" → "dang ky"), tokens kept in order.
import { fold, telexMarked, vniMarked } from "../text.js";

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
  // "dda8ng ky1", "ddawng kys": VNI or Telex keys left in a word are its marks, which the fold then drops.
  const folded = fold(telexMarked(vniMarked(text)));
  const plain: string[] = [];
  for (const w of split(folded)) {
    const expanded = abbreviations[w];
    plain.push(...(expanded ? expanded.split(" ") : [w]));
  }
  return { words: plain.map(canonicalWord), plain, folded };
}

/**
 * At most one typo between two words: one letter changed, added or dropped, or two neighbours
 * swapped ("dnag" → "dang"). Linear and allocation-free: it runs for every word of every message.
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 1) return false;
  let i = 0;
  while (i < m && i < n && a[i] === b[i]) i++;
  if (m === n) {
    // One substitution, or one swap of neighbours.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < m && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter more in the longer word.
  return m > n ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
