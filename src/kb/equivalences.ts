// Everyday wording officers type, and the administrative wording the letters use for the same
// thing: "cử mấy người" ~ "bố trí … cán bộ", "hệ thống chạy" ~ "hệ thống vận hành", "gặp khó khăn
// thì liên hệ ai" ~ "vướng mắc … phản ánh về". The rows live in kb/lexicon.json, grouped by topic
// (training, sending, coordinating, appointing, correcting, integrating, operating, reporting,
// roles, units, documents, time). Like the abbreviation dictionary this is general knowledge of
// administrative Vietnamese, not of particular letters or questions. It is applied on
// the query side only: an equivalent is searched with a lower weight than what was typed, and in
// the confidence it covers the typed words at a discount (see TUNING.equivalents).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { mayBe, nfc, pair, syllables } from "./normalize.js";

/** The lexicon (kb/lexicon.json): data, so it can grow without touching code. */
export const LEXICON_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../kb/lexicon.json");

const Lexicon = z.object({
  groups: z.array(
    z.object({
      topic: z.string(),
      rows: z.array(z.object({ say: z.array(z.string().min(1)).min(1), letters: z.array(z.string().min(1)).min(1) })),
    }),
  ),
});

/**
 * Each row: ways of saying it (as typed in chat, and the letters' own variants) → the wordings
 * letters use. Keys are matched on folded syllables, longest first; a wording that is also a key
 * gets the row's other wordings.
 */
function readRows(file: string): [string[], string[]][] {
  const data = Lexicon.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  return data.groups.flatMap((g) => g.rows.map((r): [string[], string[]] => [r.say, r.letters]));
}

const ROWS = readRows(LEXICON_FILE);

interface Entry {
  /** The key as written (lower case, marks kept), per accented spelling that folds to it. */
  spellings: string[][];
  phrases: (readonly string[])[];
}

export type Equivalents = ReadonlyMap<string, Entry>;

function build(): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [keys, targets] of ROWS) {
    const t = targets.map((p) => syllables(p));
    for (const k of keys) {
      const key = syllables(k).join(" ");
      const entry = out.get(key) ?? { spellings: [], phrases: [] };
      entry.spellings.push(nfc(k).toLowerCase().split(" "));
      for (const phrase of t) {
        const joined = phrase.join(" ");
        if (joined === key || entry.phrases.some((p) => p.join(" ") === joined)) continue;
        entry.phrases.push(phrase);
      }
      out.set(key, entry);
    }
  }
  return out;
}

/** Folded key phrase (syllables joined by spaces) → its spellings and equivalent wordings (folded). */
export const EQUIVALENTS: Equivalents = build();

/** Longest key, in syllables. */
export const MAX_KEY_SYLLABLES = Math.max(...[...EQUIVALENTS.keys()].map((k) => k.split(" ").length));

export interface EquivalentSpan {
  from: number;
  /** Exclusive. */
  to: number;
  phrases: readonly (readonly string[])[];
}

/**
 * Non-overlapping spans of the query that have equivalents, longest match first, left to right.
 * Where the typed words form a compound the letters use with a neighbour ("khoa học", "báo cáo",
 * "về việc"), they are that compound, not the everyday word: an equivalent is kept only if it
 * forms a compound with that neighbour too ("cử cán bộ" → "bố trí cán bộ" stays).
 */
export function equivalentSpans(
  sylls: readonly string[],
  typed: readonly (string | undefined)[],
  knows: (token: string) => boolean,
  skip: (i: number) => boolean = () => false,
): EquivalentSpan[] {
  const out: EquivalentSpan[] = [];
  for (let i = 0; i < sylls.length; ) {
    let found: EquivalentSpan | undefined;
    for (let n = Math.min(MAX_KEY_SYLLABLES, sylls.length - i); n >= 1 && !found; n--) {
      let skipped = false;
      for (let k = i; k < i + n; k++) skipped ||= skip(k);
      if (skipped) continue;
      const entry = EQUIVALENTS.get(sylls.slice(i, i + n).join(" "));
      // "Nội vụ" is not "nối": a word typed with its marks must be the key's word.
      if (!entry || !entry.spellings.some((sp) => sp.every((w, k) => mayBe(typed[i + k], w)))) continue;
      let phrases: readonly (readonly string[])[] = entry.phrases;
      const prev = i > 0 && !skip(i - 1) ? sylls[i - 1] : undefined;
      const next = i + n < sylls.length && !skip(i + n) ? sylls[i + n] : undefined;
      if (prev !== undefined && knows(pair(prev, sylls[i]!))) phrases = phrases.filter((p) => knows(pair(prev, p[0]!)));
      if (next !== undefined && knows(pair(sylls[i + n - 1]!, next))) phrases = phrases.filter((p) => knows(pair(p[p.length - 1]!, next)));
      if (phrases.length) found = { from: i, to: i + n, phrases };
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}
