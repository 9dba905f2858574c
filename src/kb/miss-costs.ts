// What leaving a word of the question unsaid costs. The confidence is the share of the question's
// weight that a passage says, so every word the passage does not say counts against it in full. Yet
// officers leave some words unsaid by the passage that answers them again and again ("mạng", "máy",
// "sáp nhập": the situation they tell around the question), while a near-domain question's unsaid
// words are what it asks and no letter says ("phụ cấp", "mật khẩu"). Which is which is read off the
// project's question sets: how often a word goes unsaid by the passage answering an answerable
// question, against how often by the passage a near-domain question matches best. A word that goes
// unsaid around answerable questions as often as around near-domain ones, or more, costs `floor` of
// its weight when missing; one that goes unsaid mostly in near-domain questions costs fully. Said
// words weigh as before, and the focus check (focus.ts) still asks that the passage speak of what
// is asked. The table is data (miss-costs.generated.ts, written by `npm run kb:learn`).
import { factorsFrom, type ChatWeightParams, type WordUse } from "./chat-weights.js";
import { MISS_COSTS } from "./miss-costs.generated.js";
import type { QueryPair, QueryTerm } from "./index.js";

/** How a word's counts become its miss cost (tuning.ts "Round nineteen" has the measurements). */
export const MISS_COST_PARAMS: ChatWeightParams = { minQuestions: 3, prior: 2, chatRatio: 0.4, topicRatio: 0.8, floor: 0.5 };

/** Miss costs from how often each word (or word pair) went unsaid in answerable and near-domain questions. */
export function missCostsFrom(uses: readonly WordUse[], totals: { inScope: number; nearDomain: number }, params: ChatWeightParams = MISS_COST_PARAMS): Map<string, number> {
  return factorsFrom(uses, totals, params);
}

/** The table the KB uses: the generated one. */
export const SHIPPED_MISS_COSTS: ReadonlyMap<string, number> = new Map(Object.entries(MISS_COSTS));

/** Marks the cost of missing each word and pair of the question that the table knows. */
export function markMissCosts(terms: readonly QueryTerm[], pairs: readonly QueryPair[], table: ReadonlyMap<string, number> = SHIPPED_MISS_COSTS): void {
  for (const t of terms) {
    const cost = table.get(t.surface);
    if (cost !== undefined) t.missCost = cost;
  }
  for (const p of pairs) {
    const cost = table.get(p.alternatives[0]!);
    if (cost !== undefined) p.missCost = cost;
  }
}
