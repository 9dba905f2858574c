// Chat words the letters never use, weighed by how officers use them. An unseen syllable weighs
// like the rarest word of the letters; that suits "phụ cấp" or "lệ phí" (what a near-domain
// question asks and no letter says) but not "giùm", "chắc", "nghen" or "hoài", which officers
// write around questions the letters do answer. Which is which is read off the project's question
// sets: a word that turns up in answerable questions about as often as in near-domain ones, or more,
// is chat; one that turns up mostly in near-domain questions stays a topic. The table is data
// (chat-weights.generated.ts, written by `npm run kb:learn`), applied only to words unseen in
// the letters loaded now.
import type { QueryPair, QueryTerm } from "./index.js";
import { CHAT_WEIGHTS } from "./chat-weights.generated.js";
import { FUNCTION_WORDS } from "./focus.js";

/** How a word's counts become its weight (tuning.ts "Round eighteen" has the measurements). */
export interface ChatWeightParams {
  /** Fewest questions a word must appear in before its use says anything. */
  minQuestions: number;
  /** Pseudo-count pulling a rare word's near-domain share towards the sets' own share. */
  prior: number;
  /** Near-domain share (over the sets' own share) at or under which a word weighs `floor`. */
  chatRatio: number;
  /** Near-domain share (over the sets' own share) from which a word weighs fully. */
  topicRatio: number;
  /** The least a chat word weighs, as a share of an unseen syllable's weight. */
  floor: number;
}

export const CHAT_WEIGHT_PARAMS: ChatWeightParams = { minQuestions: 3, prior: 2, chatRatio: 0.8, topicRatio: 1.6, floor: 0.5 };

/** In how many answerable and near-domain questions a word the letters never use appears. */
export interface WordUse {
  word: string;
  inScope: number;
  nearDomain: number;
}

/**
 * How much likelier a word is to turn up in a near-domain question than any question of the sets:
 * 1 for a word used like all others, near 0 for one only answerable questions use. `prior`
 * pseudo-questions at the sets' own share keep a word seen a few times near 1.
 */
export function nearDomainRatio(use: WordUse, totals: { inScope: number; nearDomain: number }, prior = CHAT_WEIGHT_PARAMS.prior): number {
  const base = totals.nearDomain / (totals.inScope + totals.nearDomain);
  return (use.nearDomain + prior * base) / (use.inScope + use.nearDomain + prior) / base;
}

/**
 * Each word's weight factor from its use: `floor` for a chat word, rising linearly to 1 for a
 * topic word. Words seen too seldom, and numbers (a phone, a year), are left out: they weigh fully.
 */
export function chatWeightsFrom(uses: readonly WordUse[], totals: { inScope: number; nearDomain: number }, params: ChatWeightParams = CHAT_WEIGHT_PARAMS): Map<string, number> {
  return factorsFrom(uses, totals, params);
}

/**
 * Factors from `floor` (a word used like a chat word: no likelier in near-domain questions than in
 * any) rising linearly to 1 (a word `topicRatio` times likelier there); also what miss-costs.ts reads.
 */
export function factorsFrom(uses: readonly WordUse[], totals: { inScope: number; nearDomain: number }, params: ChatWeightParams): Map<string, number> {
  const weights = new Map<string, number>();
  for (const use of uses) {
    const { word, inScope, nearDomain } = use;
    if (inScope + nearDomain < params.minQuestions || /\d/.test(word)) continue;
    const ratio = nearDomainRatio(use, totals, params.prior);
    const share = (ratio - params.chatRatio) / (params.topicRatio - params.chatRatio);
    const factor = Math.max(params.floor, Math.min(1, params.floor + (1 - params.floor) * share));
    if (factor < 1) weights.set(word, Math.round(factor * 1000) / 1000);
  }
  return weights;
}

/**
 * Whether a term is a word the letters never use (as typed, or only guessed at) that the KB does not
 * otherwise read: not a function word (weighed by hand, focus.ts), without an equivalent wording of
 * the letters ("góp ý"), naming no kind of fact ("kênh nào"), not one of two alternatives offered
 * ("tập trung hay phân tán"), which is what is asked.
 */
export function isChatCandidate(t: QueryTerm): boolean {
  return (t.status === "unknown" || t.status === "guessed") && !FUNCTION_WORDS.has(t.surface) && !t.equivalents?.length && !t.namesKind && !t.offered;
}

function factorOf(t: QueryTerm | undefined, table: ReadonlyMap<string, number>): number {
  return t && isChatCandidate(t) ? (table.get(t.surface) ?? 1) : 1;
}

/** The table the KB uses: the generated one. */
export const SHIPPED_CHAT_WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries(CHAT_WEIGHTS));

/**
 * Chat words of the question weigh their factor of what they weighed; so do the pairs they form
 * (the lower factor of the two words).
 */
export function weighChatWords(terms: readonly QueryTerm[], pairs: readonly QueryPair[], table: ReadonlyMap<string, number> = SHIPPED_CHAT_WEIGHTS): void {
  for (const t of terms) t.weight *= factorOf(t, table);
  for (const p of pairs) p.weight *= Math.min(factorOf(terms[p.left], table), factorOf(terms[p.left + 1], table));
}
