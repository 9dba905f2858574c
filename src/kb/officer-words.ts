// Words officers use for what a passage says. Officers from many provinces ask about the same
// passage in their own words ("góp ý" for "ý kiến", "tự mò" for "chủ động"); the lexicon
// (equivalences.ts) holds the wordings someone wrote down, this table those that the project's
// question sets show: a word that writers of several sets used in questions the passage answers,
// that the passage itself does not say, and that near-domain questions seldom use (so it is not a
// topic of its own, as "phụ cấp" or "lệ phí" are). Word pairs ("rành_máy") are kept the same way. A
// question word or pair in a passage's table counts as said by the passage at a discount, like an
// equivalent, and as speaking of what it names when the focus is checked. The table (officer-words.generated.ts,
// written by `npm run kb:learn`) is keyed by each passage's letter and text, so a letter replaced
// or edited loses its entries rather than lending them to other words.
import { createHash } from "node:crypto";
import { OFFICER_WORDS } from "./officer-words.generated.js";
import { nearDomainRatio, type WordUse } from "./chat-weights.js";

export interface OfficerWordParams {
  /** Fewest question sets (writers) that must have used the word about the passage. */
  minSets: number;
  /** Highest near-domain share (over the sets' own share; see `nearDomainRatio`) a word may have. */
  maxNearRatio: number;
  /** Share of a term's weight earned when only the passage's officer words hold it. */
  credit: number;
}

export const OFFICER_WORD_PARAMS: OfficerWordParams = { minSets: 2, maxNearRatio: 0.5, credit: 0.5 };

/** A passage as the table knows it: its letter and its text. */
export function passageKey(slug: string, text: string): string {
  return createHash("sha256").update(`${slug}\n${text}`).digest("hex").slice(0, 16);
}

/** One answerable question: its set (writer), the passage that answers it and its words that passage does not say. */
export interface AnsweredQuestion {
  set: string;
  passage: string;
  unsaid: readonly string[];
}

/**
 * Each passage's officer words: words at least `minSets` sets used, unsaid, in questions the
 * passage answers, and whose use (`uses`) is not that of a near-domain topic.
 */
export function officerWordsFrom(questions: readonly AnsweredQuestion[], uses: ReadonlyMap<string, WordUse>, totals: { inScope: number; nearDomain: number }, params: OfficerWordParams = OFFICER_WORD_PARAMS): Map<string, string[]> {
  const setsOf = new Map<string, Map<string, Set<string>>>();
  for (const q of questions) {
    const words = setsOf.get(q.passage) ?? new Map<string, Set<string>>();
    setsOf.set(q.passage, words);
    for (const w of q.unsaid) words.set(w, (words.get(w) ?? new Set()).add(q.set));
  }
  const table = new Map<string, string[]>();
  for (const [passage, words] of setsOf) {
    const kept = [...words]
      .filter(([w, sets]) => sets.size >= params.minSets && !/\d/.test(w) && nearDomainRatio(uses.get(w) ?? { word: w, inScope: 0, nearDomain: 0 }, totals) <= params.maxNearRatio)
      .map(([w]) => w)
      .sort();
    if (kept.length) table.set(passage, kept);
  }
  return table;
}

/** The table the KB uses: the generated one. */
export const SHIPPED_OFFICER_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(OFFICER_WORDS).map(([k, words]) => [k, new Set(words)]));
const keys = new WeakMap<object, string>();

/** The officer words of a passage (none for a passage the sets never asked about); its key is worked out once per passage. */
export function officerWordsOf(p: { doc: { slug: string }; text: string }, table: ReadonlyMap<string, ReadonlySet<string>> = SHIPPED_OFFICER_WORDS): ReadonlySet<string> | undefined {
  let key = keys.get(p);
  if (key === undefined) keys.set(p, (key = passageKey(p.doc.slug, p.text)));
  return table.get(key);
}
