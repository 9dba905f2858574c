// The knowledge base as the rest of the application sees it: answer questions, list, add and
// remove letters, promote answers to the FAQ. With a store, letters and FAQ entries persist and
// the docs folder is synced into it; without one (the CLI's --docs) everything lives in memory.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pino, { type Logger } from "pino";
import type { Store } from "../store/db.js";
import { answerQuestion } from "./answer.js";
import { findSupportContacts } from "./contacts.js";
import { preferNewer, relationKindOf, resolveTarget, type LetterRelation, type RelationKind } from "./relations.js";
import { loadFaqFile } from "./faq.js";
import { ingestBuffer, readDocsDir, readManifest, slugOf } from "./ingest.js";
import { SearchIndex } from "./index.js";
import { nfc } from "./normalize.js";
import type { EngineFactory } from "./bm25.js";
import type { ProgressFn } from "./extractor.js";
import {
  deleteDocument,
  insertFaq,
  loadDocuments,
  loadFaqEntries,
  loadRelations,
  saveAdminRelation,
  saveDocument,
  storedHashes,
} from "../store/knowledge.js";
import { DEFAULT_LIMITS, type ExtractLimits } from "./limits.js";
import { KbIngestError, letterRef, type KbAmendment, type KbAnswer, type KbDocument, type KbFaq, type KbSource } from "./types.js";

export { KbIngestError };
export type { KbAnswer, KbSource };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_DOCS_DIR = path.join(ROOT, "kb-docs");
export const DEFAULT_FAQ_FILE = path.join(ROOT, "kb", "faq.json");

export interface KnowledgeBase {
  answer(question: string): KbAnswer;
  listDocuments(): DocumentSummary[];
  /** Reads a file (in the extraction worker) and adds it; onProgress reports OCR pages. */
  ingestFile(fileName: string, data: Buffer, opts?: { onProgress?: ProgressFn }): Promise<DocumentSummary>;
  removeDocument(slug: string): Promise<boolean>;
  /** Relations between letters, with the older letter resolved when it is loaded. */
  listRelations(): RelationView[];
  /**
   * An admin states that `fromSlug` corrects/replaces/amends/repeals the letter `target` (a slug or
   * a letter number). Returns undefined when fromSlug is not loaded or the kind is unknown.
   */
  setRelation(fromSlug: string, kindWords: string, target: string): Promise<RelationView | undefined>;
  addFaq(entry: { question: string; answer: string; docSlug?: string; citation?: string; ticketId?: number }): Promise<number>;
  /** Passages of the letters that list the ministry's support contacts (names and phones). */
  supportContacts(): KbSource[];
}

export interface RelationView {
  fromSlug: string;
  kind: RelationKind;
  /** The older letter's number (or slug) as recorded. */
  toNumber: string;
  /** The older letter, when it is loaded. */
  toSlug?: string;
  source: "text" | "admin";
}

export interface DocumentSummary {
  slug: string;
  title: string;
  issuer?: string;
  passages: number;
  /** Mean OCR confidence (0–100) and pages read by OCR, for scanned letters. */
  ocr?: { confidence: number; pages: number };
}

export interface LoadOptions {
  store?: Store;
  /** Default: KB_DOCS_DIR, else the project's kb-docs/. */
  docsDir?: string;
  /** Built-in FAQ file; null for none. Default: the project's kb/faq.json. */
  faqFile?: string | null;
  log?: Logger;
  /** BM25 engine; for measurements. */
  engine?: EngineFactory;
  /** Caps for reading files (pages, time, memory, zip sizes). Default: DEFAULT_LIMITS. */
  limits?: ExtractLimits;
}

export async function loadKnowledgeBase(opts: LoadOptions = {}): Promise<KnowledgeBase> {
  const log = opts.log ?? pino({ level: "silent" });
  const docsDir = path.resolve(opts.docsDir ?? process.env.KB_DOCS_DIR ?? DEFAULT_DOCS_DIR);
  const faqFile = opts.faqFile === undefined ? DEFAULT_FAQ_FILE : opts.faqFile;
  const builtin = faqFile ? await loadFaqFile(faqFile) : [];
  const files = await readDocsDir(docsDir);
  const store = opts.store;
  const limits = opts.limits ?? DEFAULT_LIMITS;

  let docs: KbDocument[] = [];
  let stored: KbFaq[] = [];
  let relations: LetterRelation[];
  if (store) {
    const hashes = await storedHashes(store);
    for (const f of files) {
      if (hashes.get(slugOf(f.fileName)) === f.hash) continue;
      const doc = await parseOrWarn(f.fileName, f.data, f.entry, log, limits);
      if (doc) {
        await saveDocument(store, doc);
        log.info({ slug: doc.slug, passages: doc.passages.length }, "kb: indexed document");
      }
    }
    docs = await loadDocuments(store);
    stored = await loadFaqEntries(store);
    relations = await loadRelations(store);
  } else {
    for (const f of files) {
      const doc = await parseOrWarn(f.fileName, f.data, f.entry, log, limits);
      if (doc) docs.push(doc);
    }
    relations = docs.flatMap(textRelations);
  }
  log.info({ documents: docs.length, faq: builtin.length + stored.length, docsDir }, "kb: loaded");
  return new LiveKnowledgeBase(docs, builtin, stored, relations, { docsDir, log, limits, ...(store ? { store } : {}), ...(opts.engine ? { engine: opts.engine } : {}) });
}

async function parseOrWarn(
  fileName: string,
  data: Buffer,
  entry: Parameters<typeof ingestBuffer>[2],
  log: Logger,
  limits: ExtractLimits,
): Promise<KbDocument | undefined> {
  try {
    return await ingestBuffer(fileName, data, entry, { limits });
  } catch (err) {
    if (!(err instanceof KbIngestError)) throw err;
    log.warn({ file: fileName, code: err.code }, "kb: skipped a file in the docs folder");
    return undefined;
  }
}

function textRelations(d: KbDocument): LetterRelation[] {
  return (d.relations ?? []).map((r) => ({ fromSlug: d.slug, kind: r.kind, toNumber: r.toNumber, source: "text" as const }));
}

function summary(d: KbDocument): DocumentSummary {
  return {
    slug: d.slug,
    title: d.title,
    ...(d.issuer ? { issuer: d.issuer } : {}),
    passages: d.passages.length,
    ...(d.ocrConfidence !== undefined ? { ocr: { confidence: d.ocrConfidence, pages: d.ocrPages ?? 0 } } : {}),
  };
}

class LiveKnowledgeBase implements KnowledgeBase {
  private docs: Map<string, KbDocument>;
  private index: SearchIndex;
  /** Changes run one at a time, so two uploads cannot interleave their rebuilds. */
  private queue: Promise<unknown> = Promise.resolve();
  private memoryFaqId = 0;

  constructor(
    docs: KbDocument[],
    private readonly builtin: KbFaq[],
    private stored: KbFaq[],
    private relations: LetterRelation[],
    private readonly env: { docsDir: string; log: Logger; limits: ExtractLimits; store?: Store; engine?: EngineFactory },
  ) {
    this.docs = new Map(docs.map((d) => [d.slug, d]));
    this.index = this.build(this.docs);
  }

  private build(docs: Map<string, KbDocument>): SearchIndex {
    return new SearchIndex([...docs.values()], [...this.builtin, ...this.stored], this.env.engine ? { engine: this.env.engine } : {});
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  answer(question: string): KbAnswer {
    const result = answerQuestion(this.index, question, { rerank: (ranked) => preferNewer(ranked, (slug) => this.newerOf(slug)) });
    const cited = result.answered ? result.sources[0]?.doc : undefined;
    const amendedBy = cited ? this.amendmentsOf(cited) : [];
    return amendedBy.length ? { ...result, amendedBy } : result;
  }

  /** Loaded letters that correct, replace or amend `slug` (a repeal leaves nothing to prefer). */
  private newerOf(slug: string): string[] {
    return this.relations
      .filter((r) => r.kind !== "repeal" && this.docs.has(r.fromSlug) && resolveTarget(r, this.docs.values())?.slug === slug)
      .map((r) => r.fromSlug);
  }

  private amendmentsOf(slug: string): KbAmendment[] {
    const out: KbAmendment[] = [];
    for (const r of this.relations) {
      const newer = this.docs.get(r.fromSlug);
      if (!newer || r.fromSlug === slug || resolveTarget(r, this.docs.values())?.slug !== slug) continue;
      out.push({ kind: r.kind, by: letterRef(newer), slug: newer.slug });
    }
    return out;
  }

  listRelations(): RelationView[] {
    return this.relations
      .filter((r) => this.docs.has(r.fromSlug))
      .map((r) => {
        const target = resolveTarget(r, this.docs.values());
        return { fromSlug: r.fromSlug, kind: r.kind, toNumber: r.toNumber, ...(target ? { toSlug: target.slug } : {}), source: r.source };
      });
  }

  setRelation(fromSlug: string, kindWords: string, target: string) {
    return this.serial(async () => {
      const kind = relationKindOf(kindWords);
      if (!kind || !this.docs.has(fromSlug)) return undefined;
      const bySlug = this.docs.has(target);
      const r: LetterRelation = { fromSlug, kind, toNumber: target, ...(bySlug ? { toSlug: target } : {}), source: "admin" };
      if (this.env.store) await saveAdminRelation(this.env.store, r);
      this.relations = [...this.relations.filter((x) => !(x.fromSlug === fromSlug && x.kind === kind && x.toNumber === target)), r];
      const resolved = resolveTarget(r, this.docs.values());
      return { fromSlug, kind, toNumber: target, ...(resolved ? { toSlug: resolved.slug } : {}), source: "admin" as const };
    });
  }

  listDocuments(): DocumentSummary[] {
    return [...this.docs.values()].map(summary);
  }

  supportContacts(): KbSource[] {
    return findSupportContacts(this.docs.values());
  }

  ingestFile(fileName: string, data: Buffer, opts: { onProgress?: ProgressFn } = {}) {
    return this.serial(async () => {
      const manifest = await readManifest(this.env.docsDir).catch(() => new Map());
      const doc = await ingestBuffer(fileName, data, manifest.get(nfc(path.basename(fileName))), {
        limits: this.env.limits,
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      });
      const docs = new Map(this.docs).set(doc.slug, doc);
      // Build first, persist second, swap last: a failure anywhere leaves the KB as it was.
      const index = this.build(docs);
      if (this.env.store) await saveDocument(this.env.store, doc);
      this.docs = docs;
      this.index = index;
      this.relations = [...this.relations.filter((r) => !(r.fromSlug === doc.slug && r.source === "text")), ...textRelations(doc)];
      this.env.log.info({ slug: doc.slug, passages: doc.passages.length }, "kb: document added");
      return summary(doc);
    });
  }

  removeDocument(slug: string) {
    return this.serial(async () => {
      if (!this.docs.has(slug)) return this.env.store ? deleteDocument(this.env.store, slug) : false;
      const docs = new Map(this.docs);
      docs.delete(slug);
      const index = this.build(docs);
      if (this.env.store) await deleteDocument(this.env.store, slug);
      this.docs = docs;
      this.index = index;
      this.relations = this.relations.filter((r) => r.fromSlug !== slug);
      this.env.log.info({ slug }, "kb: document removed");
      return true;
    });
  }

  addFaq(entry: { question: string; answer: string; docSlug?: string; citation?: string; ticketId?: number }) {
    return this.serial(async () => {
      const id = this.env.store ? await insertFaq(this.env.store, entry) : ++this.memoryFaqId;
      const doc = entry.docSlug ? this.docs.get(entry.docSlug) : undefined;
      this.stored = [
        ...this.stored,
        {
          key: `db:${id}`,
          dbId: id,
          questions: [entry.question],
          answer: entry.answer,
          ...(entry.docSlug ? { docSlug: entry.docSlug } : {}),
          ...(doc ? { docTitle: doc.title } : {}),
          ...(entry.citation ? { citation: entry.citation } : {}),
        },
      ];
      this.index.setFaqs([...this.builtin, ...this.stored]);
      return id;
    });
  }
}
