// A synthetic knowledge base of N passages, made by recombining the sentences of the real letters
// (with fresh numbers and dates so passages are not duplicates). Without the letters (a checkout
// without shared/), the built-in FAQ answers are the seed sentences instead.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadFaqFile } from "../../src/kb/faq.js";
import { ingestBuffer, readDocsDir } from "../../src/kb/ingest.js";
import { DEFAULT_FAQ_FILE } from "../../src/kb/knowledge-base.js";
import { readEvalSet } from "../../src/kb/eval.js";
import type { KbDocument, KbFaq } from "../../src/kb/types.js";
import { seededRandom } from "./stats.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The official letters: --docs, KB_DOCS_DIR, or shared/guidance beside the checkout. */
export function findDocsDir(explicit?: string): string | undefined {
  const candidates = [
    explicit,
    process.env.KB_DOCS_DIR,
    path.resolve(ROOT, "../shared/guidance"),
    path.resolve(ROOT, "../../shared/guidance"),
  ];
  return candidates.find((d): d is string => !!d && fs.existsSync(d) && fs.readdirSync(d).some((f) => /\.(txt|md|docx|pdf)$/i.test(f)));
}

export async function loadSeedDocuments(docsDir: string | undefined): Promise<KbDocument[]> {
  const docs: KbDocument[] = [];
  if (docsDir) for (const f of await readDocsDir(docsDir)) docs.push(await ingestBuffer(f.fileName, f.data, f.entry));
  return docs;
}

export async function loadFaqs(): Promise<KbFaq[]> {
  return loadFaqFile(DEFAULT_FAQ_FILE);
}

const PER_DOC = 20;

/** `target` passages in documents of 20, plus the seed letters themselves. */
export function syntheticDocuments(seedDocs: readonly KbDocument[], faqs: readonly KbFaq[], target: number): KbDocument[] {
  const rand = seededRandom(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const fromLetters = seedDocs.flatMap((d) => d.passages.flatMap((p) => p.text.split(/(?<=[.;:])\s+/)));
  const fromFaq = faqs.flatMap((f) => f.answer.split(/(?<=[.;:])\s+/));
  const sentences = (fromLetters.length > 0 ? fromLetters : fromFaq).filter((s) => s.length > 20);
  if (sentences.length === 0) throw new Error("no seed sentences for the synthetic knowledge base");
  const base: KbDocument = seedDocs[0] ?? { slug: "seed", fileName: "seed.txt", title: "Văn bản hướng dẫn", contentHash: "seed", passages: [] };
  const docs: KbDocument[] = [];
  for (let d = 0; docs.length * PER_DOC < target; d++) {
    const like = seedDocs.length > 0 ? pick(seedDocs) : base;
    const passages = Array.from({ length: PER_DOC }, (_, i) => {
      const n = 1 + Math.floor(rand() * 3);
      const text = Array.from({ length: n }, () => pick(sentences))
        .join(" ")
        .replace(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, () => `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}/202${Math.floor(rand() * 7)}`)
        .replace(/\b\d{3,4}\//g, () => `${100 + Math.floor(rand() * 9900)}/`);
      return { ordinal: i, text };
    });
    docs.push({ ...like, slug: `synthetic-${d}`, fileName: `synthetic-${d}.txt`, title: `${like.title} (${d})`, contentHash: `synthetic-${d}`, passages });
  }
  return [...docs, ...seedDocs];
}

/** Officers' questions: the project's own set, plus the shared dev set when present. */
export async function benchQuestions(): Promise<string[]> {
  const own = await readEvalSet(path.join(ROOT, "test/kb/own-questions.jsonl"));
  const dev = await readEvalSet(path.resolve(ROOT, "../shared/eval/kb-dev.jsonl")).catch(() => []);
  return [...dev, ...own].map((i) => i.q);
}
