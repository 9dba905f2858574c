// Retrieval: the knowledge base's answer() over 10,000 passages (build time, p50/p95 latency),
// side by side with minisearch on its defaults over the same passages and questions.
import MiniSearch from "minisearch";
import { answerQuestion } from "../../src/kb/answer.js";
import { SearchIndex } from "../../src/kb/index.js";
import { benchQuestions, findDocsDir, loadFaqs, loadSeedDocuments, syntheticDocuments } from "../lib/corpus.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round } from "../lib/stats.js";

function timeEach(questions: readonly string[], rounds: number, fn: (q: string) => unknown): number[] {
  for (const q of questions) fn(q); // warm-up (JIT, caches)
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const s = performance.now();
      fn(q);
      times.push(performance.now() - s);
    }
  }
  return times;
}

export const retrieval: Section = {
  name: "retrieval",
  title: "Tra cứu kho tri thức / Knowledge-base retrieval",
  labels: {
    passages: "passages indexed",
    questions: "timed answers",
    p50_ms_10k: "answer() p50 (ms)",
    p95_ms_10k: "answer() p95 (ms)",
    search_p95_ms_10k: "search only p95 (ms)",
    build_ms_10k: "index build (ms)",
    baseline_p50_ms_10k: "minisearch p50 (ms)",
    baseline_p95_ms_10k: "minisearch p95 (ms)",
    baseline_build_ms_10k: "minisearch build (ms)",
  },
  async run(opts) {
    // Smoke: a small index, and every question twice, enough samples for a p50 and a p95.
    const target = scaled(opts, { full: 10_000, quick: 2000, smoke: 500 });
    const rounds = scaled(opts, { full: 20, quick: 3, smoke: 2 });
    const faqs = await loadFaqs();
    const docs = syntheticDocuments(await loadSeedDocuments(findDocsDir(opts.docsDir)), faqs, target);
    const questions = await benchQuestions();

    let t0 = performance.now();
    const index = new SearchIndex(docs, faqs);
    const buildMs = performance.now() - t0;
    const answers = timeEach(questions, rounds, (q) => answerQuestion(index, q));
    const searches = timeEach(questions, rounds, (q) => index.search(index.analyze(q), 10));

    const items = docs.flatMap((d) => d.passages.map((p) => ({ id: `${d.slug}#${p.ordinal}`, text: p.text })));
    t0 = performance.now();
    const mini = new MiniSearch({ fields: ["text"] });
    mini.addAll(items);
    const miniBuildMs = performance.now() - t0;
    const baseline = timeEach(questions, rounds, (q) => mini.search(q));

    return {
      passages: index.size,
      questions: answers.length,
      p50_ms_10k: round(percentile(answers, 50), 3),
      p95_ms_10k: round(percentile(answers, 95), 3),
      search_p95_ms_10k: round(percentile(searches, 95), 3),
      build_ms_10k: round(buildMs, 0),
      baseline_p50_ms_10k: round(percentile(baseline, 50), 3),
      baseline_p95_ms_10k: round(percentile(baseline, 95), 3),
      baseline_build_ms_10k: round(miniBuildMs, 0),
    };
  },
};
