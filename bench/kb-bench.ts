// npm run bench:kb [-- --passages 10000 --engine wink|own --docs DIR]
// Builds a synthetic KB of N passages by recombining the sentences of real letters (with fresh
// numbers and dates so they are not duplicates), then times answer() in-process on the dev and
// own question sets and prints p50/p95 latency and heap used.
import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answerQuestion } from "../src/kb/answer.js";
import { loadFaqFile } from "../src/kb/faq.js";
import { SearchIndex } from "../src/kb/index.js";
import { ingestBuffer, readDocsDir } from "../src/kb/ingest.js";
import { DEFAULT_FAQ_FILE } from "../src/kb/knowledge-base.js";
import { readEvalSet } from "../src/kb/eval.js";
import type { KbDocument } from "../src/kb/types.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
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

const seedDocs: KbDocument[] = [];
for (const f of await readDocsDir(values.docs)) seedDocs.push(await ingestBuffer(f.fileName, f.data, f.entry));
if (seedDocs.length === 0) throw new Error(`no documents in ${values.docs}`);
const sentences = seedDocs.flatMap((d) => d.passages.flatMap((p) => p.text.split(/(?<=[.;:])\s+/))).filter((s) => s.length > 20);

// Deterministic pseudo-random numbers, so runs are comparable.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

const PER_DOC = 20;
const docs: KbDocument[] = [];
for (let d = 0; docs.length * PER_DOC < target; d++) {
  const base = pick(seedDocs);
  const passages = Array.from({ length: PER_DOC }, (_, i) => {
    const n = 1 + Math.floor(rand() * 3);
    const text = Array.from({ length: n }, () => pick(sentences))
      .join(" ")
      .replace(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, () => `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/202${Math.floor(rand() * 7)}`)
      .replace(/\b\d{3,4}\//g, () => `${100 + Math.floor(rand() * 9900)}/`);
    return { ordinal: i, text };
  });
  docs.push({ ...base, slug: `synthetic-${d}`, fileName: `synthetic-${d}.txt`, title: `${base.title} (${d})`, passages });
}
docs.push(...seedDocs);

const faqs = await loadFaqFile(DEFAULT_FAQ_FILE);
const t0 = performance.now();
const index = new SearchIndex(docs, faqs, engine ? { engine } : {});
const buildMs = performance.now() - t0;

const questions = [
  ...(await readEvalSet(path.resolve(ROOT, "../shared/eval/kb-dev.jsonl")).catch(() => [])),
  ...(await readEvalSet(path.join(ROOT, "test/kb/own-questions.jsonl"))),
].map((i) => i.q);
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
