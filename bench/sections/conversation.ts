// Conversation: what one officer's message costs in-process before any platform I/O: the request
// classifier (intent and slots) and, for a question, the answer from a 10,000-passage knowledge
// base, with the previous question's resolution for follow-ups (two answers in the worst case).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answerQuestion } from "../../src/kb/answer.js";
import { SearchIndex } from "../../src/kb/index.js";
import { classify } from "../../src/nlu/classifier.js";
import { readJsonl, type FollowUpPair, type Utterance } from "../../src/nlu/eval.js";
import { resolveQuestion } from "../../src/nlu/resolve.js";
import { findDocsDir, loadFaqs, loadSeedDocuments, syntheticDocuments } from "../lib/corpus.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round } from "../lib/stats.js";

const EVAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../nlu-eval");

export const conversation: Section = {
  name: "conversation",
  title: "Hội thoại: ý định + trả lời / Conversation: intent + answer",
  labels: {
    passages: "passages indexed",
    messages: "timed messages",
    intent_p95_ms: "intent + slots p95 (ms)",
    p50_ms_10k: "intent + answer p50 (ms)",
    p95_ms_10k: "intent + answer p95 (ms)",
    followup_p95_ms_10k: "follow-up turn p95 (ms)",
  },
  async run(opts) {
    // Smoke: one pass over the utterances and follow-ups is enough for every percentile.
    const target = scaled(opts, { full: 10_000, quick: 2000, smoke: 500 });
    const rounds = scaled(opts, { full: 10, quick: 2, smoke: 1 });
    const faqs = await loadFaqs();
    const index = new SearchIndex(syntheticDocuments(await loadSeedDocuments(findDocsDir(opts.docsDir)), faqs, target), faqs);
    const kb = { answer: (q: string) => answerQuestion(index, q) };
    const utterances = readJsonl<Utterance>(path.join(EVAL, "utterances.jsonl")).map((u) => u.text);
    const pairs = readJsonl<FollowUpPair>(path.join(EVAL, "followups.jsonl"));

    /** One message as the chat handles it: classify, and answer when it is a question. */
    const handle = (text: string, previous?: string) => {
      const c = classify(text);
      if (c.intent === "question") resolveQuestion(kb, text, previous);
    };
    const time = (fn: () => void, into: number[]) => {
      const s = performance.now();
      fn();
      into.push(performance.now() - s);
    };
    for (const u of utterances) handle(u); // warm-up
    const intent: number[] = [];
    const all: number[] = [];
    const followUps: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const u of utterances) {
        time(() => classify(u), intent);
        time(() => handle(u), all);
      }
      for (const p of pairs) time(() => handle(p.second, p.first), followUps);
    }
    const both = [...all, ...followUps];
    return {
      passages: index.size,
      messages: both.length,
      intent_p95_ms: round(percentile(intent, 95), 3),
      p50_ms_10k: round(percentile(both, 50), 3),
      p95_ms_10k: round(percentile(both, 95), 3),
      followup_p95_ms_10k: round(percentile(followUps, 95), 3),
    };
  },
};
