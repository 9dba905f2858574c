// What the KB learns from the project's question sets (`npm run kb:learn` writes it as generated
// tables): chat words (chat-weights.ts), each passage's officer words (officer-words.ts) and what
// leaving a word unsaid costs (miss-costs.ts). Kept apart from the script so that the learning can be
// cross-validated by writer: learned from some sets, measured on the others.
import { CANDIDATES, termCoverage } from "./answer.js";
import { chatWeightsFrom, isChatCandidate, type WordUse } from "./chat-weights.js";
import { isHit, type EvalItem } from "./eval.js";
import { FUNCTION_WORDS } from "./focus.js";
import type { IndexedPassage, QueryAnalysis, SearchIndex, TokenLookup } from "./index.js";
import { missCostsFrom } from "./miss-costs.js";
import { syllables } from "./normalize.js";
import { officerWordsFrom, passageKey, type AnsweredQuestion } from "./officer-words.js";

/** One writer's questions: a set's name and its answerable and near-domain items. */
export interface QuestionSet {
  name: string;
  items: readonly EvalItem[];
}

export interface LearnedTables {
  totals: { inScope: number; nearDomain: number };
  chatWeights: Map<string, number>;
  officerWords: Map<string, string[]>;
  missCosts: Map<string, number>;
}

type Side = "inScope" | "nearDomain";

function count(uses: Map<string, WordUse>, words: Iterable<string>, side: Side): void {
  for (const word of new Set(words)) {
    const use = uses.get(word) ?? { word, inScope: 0, nearDomain: 0 };
    use[side]++;
    uses.set(word, use);
  }
}

/** The question's word pairs a passage does not write, by their table key. */
function unsaidPairs(a: QueryAnalysis, tokens: TokenLookup): string[] {
  return a.pairs.filter((p) => p.weight > 0 && !p.alternatives.some((x) => tokens.has(x))).map((p) => p.alternatives[0]!);
}

/** The words and word pairs of a question that a passage does not say, even through an equivalent or the kind of fact it states. */
function missedBy(a: QueryAnalysis, passage: IndexedPassage, tokens: TokenLookup): string[] {
  const words = a.terms.filter((t) => t.weight > 0 && t.status !== "question" && termCoverage(t, tokens, passage.text) === 0).map((t) => t.surface);
  return [...words, ...unsaidPairs(a, tokens)];
}

/** Learns the three tables from the sets, over the letters `index` holds. */
export function learnFromSets(index: SearchIndex, sets: readonly QuestionSet[]): LearnedTables {
  // Words that name a letter (its subject, its issuer): questions name letters with them, and a
  // passage credited with another letter's name ("kiến" of "ý kiến" and of "kiến trúc") blurs which
  // letter is asked.
  const naming = new Set(index.documents.flatMap((d) => syllables(`${d.title} ${d.issuer ?? ""}`)));
  const totals = { inScope: 0, nearDomain: 0 };
  const chatUses = new Map<string, WordUse>();
  const wordUses = new Map<string, WordUse>();
  const missUses = new Map<string, WordUse>();
  const answered: AnsweredQuestion[] = [];
  for (const set of sets) {
    for (const item of set.items) {
      const side: Side = item.doc === null ? "nearDomain" : "inScope";
      totals[side]++;
      const a = index.analyze(index.readKeys(item.q));
      count(chatUses, a.terms.filter(isChatCandidate).map((t) => t.surface), side);
      count(wordUses, [...a.terms.filter((t) => t.weight > 0 && t.status !== "question").map((t) => t.surface), ...a.pairs.filter((p) => p.weight > 0).map((p) => p.alternatives[0]!)], side);
      const hits = index.search(a, CANDIDATES);
      // The passage that answers (of the candidates, the best BM25 match, which no learned table
      // moves); for a near-domain question, the passage that matches its words best.
      const passage = side === "inScope" ? hits.filter((h) => isHit(item, { doc: h.passage.doc.slug, text: h.passage.text, ...(h.passage.heading ? { heading: h.passage.heading } : {}) })).sort((x, y) => y.score - x.score || x.passage.id - y.passage.id)[0]?.passage : hits[0]?.passage;
      if (!passage) continue;
      const tokens = index.passageTokens(passage);
      count(missUses, missedBy(a, passage, tokens), side);
      if (side === "inScope") answered.push(unsaidBy(a, passage, tokens, set.name, naming));
    }
  }
  return {
    totals,
    chatWeights: chatWeightsFrom([...chatUses.values()], totals),
    officerWords: officerWordsFrom(answered, wordUses, totals),
    missCosts: missCostsFrom([...missUses.values()], totals),
  };
}

/** An answered question's words and word pairs its passage does not say (but for words naming a letter). */
function unsaidBy(a: QueryAnalysis, passage: IndexedPassage, tokens: TokenLookup, set: string, naming: ReadonlySet<string>): AnsweredQuestion {
  const words = a.terms.filter((t) => t.weight > 0 && t.status !== "question" && !FUNCTION_WORDS.has(t.surface) && !naming.has(t.surface) && !tokens.has(t.surface)).map((t) => t.surface);
  return { set, passage: passageKey(passage.doc.slug, passage.text), unsaid: [...new Set([...words, ...unsaidPairs(a, tokens)])] };
}
