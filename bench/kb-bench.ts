// npm run bench:kb [-- --passages 10000 --engine wink|own --docs DIR]
// Builds a synthetic KB of N passages by recombining the sentences of real letters (with fresh
// numbers and dates so they are not duplicates), then times answer() in-process on the dev and
// own question sets and prints p50/p95 latency and heap used.
import { parseArgs } from "node:util";
import path from "node:path";
import { answerQuestion } from "../src/kb/answer.js";
import { SearchIndex } from "../src/kb/index.js";
import { benchQuestions, loadFaqs, loadSeedDocuments, ROOT, syntheticDocuments } from "./lib/corpus.js";

const { values } = parseArgs({
  options: {
    passages: { type: "string", default: "10000" },
    engine: { type: "string", default: "own" },
    docs: { type: "string", default: path.resolve(ROOT, "../shared/guidance") },
    rounds: { type: "string", default: "20" },
  },
});
const target = Number(values.passages);
const engineName = values.engine === "wink" ? "wink" : "own";
// The wink engine is a devDependency, loaded only for the comparison.
const engine = engineName === "wink" ? (await import("../bench/wink-engine.js")).winkEngine : undefined;

const seedDocs = await loadSeedDocuments(values.docs);
if (seedDocs.length === 0) throw new Error(`no documents in ${values.docs}`);
const faqs = await loadFaqs();
const docs = syntheticDocuments(seedDocs, faqs, target);
const t0 = performance.now();
const index = new SearchIndex(docs, faqs, engine ? { engine } : {});
const buildMs = performance.now() - t0;

const questions = await benchQuestions();
for (const q of questions) answerQuestion(index, q); // warm-up
const times: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  for (const q of questions) {
    const s = performance.now();
    answerQuestion(index, q);
    times.push(performance.now() - s);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
(globalThis as { gc?: () => void }).gc?.();
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
process.stdout.write(
  [
    `engine        ${engineName}`,
    `passages      ${index.size} (${docs.length} documents), ${faqs.length} FAQ entries`,
    `build         ${buildMs.toFixed(0)} ms`,
    `answers       ${times.length} (${questions.length} questions × ${values.rounds})`,
    `latency p50   ${pct(50).toFixed(2)} ms`,
    `latency p95   ${pct(95).toFixed(2)} ms`,
    `latency p99   ${pct(99).toFixed(2)} ms`,
    `heap used     ${heapMb.toFixed(0)} MB`,
  ].join("\n") + "\n",
);
