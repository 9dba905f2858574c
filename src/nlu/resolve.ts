// Resolving a question against the person's previous one: the query actually asked of the
// knowledge base, and its answer. Shared by the chat and the evaluation (npm run nlu:eval).
import type { KbAnswer, KnowledgeBase } from "../kb/knowledge-base.js";
import { fold } from "../text.js";
import { analyse, hasMarker, isWeak, rewrite, sentencesOf, shiftedTo, topicKeys, type Analysis } from "./followup.js";

export interface Resolved {
  /** What was asked of the knowledge base. */
  query: string;
  result: KbAnswer;
  /** True when the previous question was used. */
  followUp: boolean;
}

/** The answer to a follow-up that moved to another level or province, from the same passage. */
function narrowed(result: KbAnswer, wants: (sentence: string) => boolean): KbAnswer {
  const best = result.sources[0];
  if (!result.answered || !best || sentencesOf(result.answer).some(wants)) return result;
  const picked = sentencesOf(best.text).filter(wants);
  return picked.length > 0 ? { ...result, answer: picked.slice(0, 2).join("\n") } : result;
}

/** How many of the message's topic words the answer's passage contains. */
function mentions(result: KbAnswer, a: Analysis): number {
  const passage = ` ${fold(result.sources[0]?.text ?? "").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return topicKeys(a).filter((k) => passage.includes(` ${k} `)).length;
}

/** A weak message after a question is read with that question; a full question starts afresh. */
export function resolveQuestion(kb: Pick<KnowledgeBase, "answer">, text: string, previous: string | undefined): Resolved {
  const a = previous ? analyse(text) : undefined;
  if (!previous || !a || !isWeak(a)) return { query: text, result: kb.answer(text), followUp: false };
  const query = rewrite(previous, text);
  const wants = shiftedTo(previous, text);
  const raw = kb.answer(query);
  const resolved: Resolved = { query, result: wants ? narrowed(raw, wants) : raw, followUp: true };
  // "còn …"/"… thì sao" is a follow-up for sure: one search is enough when it is answered.
  if (hasMarker(a) && resolved.result.answered) return resolved;
  const own: Resolved = { query: text, result: kb.answer(text), followUp: false };
  if (!resolved.result.answered) return own.result.answered ? own : resolved;
  // A short question whose own words the contextual answer lacks, but its own answer has, is a
  // new topic ("qlvb là gì" after a question on deadlines).
  if (!hasMarker(a) && own.result.answered && mentions(own.result, a) > mentions(resolved.result, a)) return own;
  return resolved;
}
