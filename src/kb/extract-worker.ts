// The extraction worker thread: file bytes → letter metadata and passages, with every parser and
// the OCR engine running here so that a long scan or a hostile file never stalls the chats. The
// main thread (extractor.ts) caps its memory and time; the checks here cap pages and zip sizes.
import { parentPort } from "node:worker_threads";
import { ExtractError } from "./extract-errors.js";
import { extractText, type OcrStats, type SourceFormat } from "./extract.js";
import { parseLetter, type LetterMeta } from "./letter.js";
import type { ExtractLimits } from "./limits.js";
import { createOcrEngine, type OcrEngine } from "./ocr.js";
import { fixOcrHeader } from "./ocr-text.js";
import { findRelations, type RelationKind } from "./relations.js";
import { EXPECTED, sniff } from "./sniff.js";
import type { KbPassage } from "./types.js";
import { inspectZip, ZipGuardError } from "./zip-guard.js";

export interface ExtractJob {
  id: number;
  format: SourceFormat;
  data: Uint8Array;
  limits: ExtractLimits;
}

export interface ParsedFile {
  meta: LetterMeta;
  passages: KbPassage[];
  /** What the letter says it corrects, replaces, amends or repeals. */
  relations: { kind: RelationKind; toNumber: string }[];
  ocr?: OcrStats;
}

export type WorkerMessage =
  | { type: "progress"; id: number; page: number; pages: number }
  | { type: "done"; id: number; result: ParsedFile }
  | { type: "error"; id: number; code: ExtractError["code"]; details: ExtractError["details"] };

/**
 * One XML part of a .docx (the body is one) is capped well below the heap cap: V8 can abort the
 * whole process, not only the worker, when one big synchronous allocation overshoots the heap
 * limit, so the caps must keep parsers far from it rather than rely on resourceLimits alone.
 */
const MAX_XML_MB = 12;
/** Text handed to the letter parser (a 60-page letter is ~200 000 characters). */
const MAX_TEXT_CHARS = 3_000_000;

function checkKind(format: SourceFormat, data: Buffer, limits: ExtractLimits): void {
  const actual = sniff(data);
  if (actual === "executable") throw new ExtractError("executable");
  const expected = EXPECTED[format];
  if (expected && actual !== expected) {
    // A text file may hold anything printable; other formats must start as they claim.
    if (expected === "text" && actual !== "unknown" && actual !== "text") throw new ExtractError("wrong_type", { actual });
    if (expected !== "text") throw new ExtractError("wrong_type", { actual });
  }
  if (format === "docx") {
    try {
      inspectZip(data, {
        maxEntries: limits.maxEntries,
        maxUnpackedBytes: limits.maxUnpackedMb * 1024 * 1024,
        maxXmlBytes: Math.min(limits.maxUnpackedMb, MAX_XML_MB) * 1024 * 1024,
      });
    } catch (err) {
      if (!(err instanceof ZipGuardError)) throw err;
      const p = err.problem;
      if (p.kind === "too_large") throw new ExtractError("unpacked_too_large", { maxUnpackedMb: limits.maxUnpackedMb });
      if (p.kind === "too_many_entries") throw new ExtractError("too_many_entries", { maxEntries: limits.maxEntries });
      if (p.kind === "truncated") throw new ExtractError("truncated");
      throw new ExtractError("unreadable");
    }
  }
}

export async function parseFile(job: ExtractJob, onProgress: (page: number, pages: number) => void): Promise<ParsedFile> {
  const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  checkKind(job.format, data, job.limits);
  let engine: OcrEngine | undefined;
  try {
    const extracted = await extractText(job.format, data, {
      limits: job.limits,
      onProgress,
      ocr: async () => (engine ??= await createOcrEngine()),
    });
    if (extracted.text.length > MAX_TEXT_CHARS) throw new ExtractError("too_complex");
    if (!/\p{L}{2}/u.test(extracted.text)) throw new ExtractError("empty");
    // Any format can carry a two-column header on one line (issuer | national motto).
    const { meta, passages } = parseLetter(fixOcrHeader(extracted.text), extracted.layoutBreaks);
    if (passages.length === 0) throw new ExtractError("empty");
    const relations = findRelations(meta.subject, passages.map((p) => p.text).join("\n"), meta.number);
    return { meta, passages, relations, ...(extracted.ocr ? { ocr: extracted.ocr } : {}) };
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    // V8 refuses strings beyond ~512 MB: a document that expands that far is refused as too complex.
    if (err instanceof RangeError) throw new ExtractError("too_complex");
    throw new ExtractError("unreadable");
  } finally {
    await engine?.close().catch(() => undefined);
  }
}

// The OCR engine prints diagnostics ("Estimating resolution as …") through this thread's stdio:
// keep them off the process's stdout, which carries the CLI's JSON.
if (parentPort) {
  process.stdout.write = () => true;
  process.stderr.write = () => true;
}

parentPort?.on("message", (job: ExtractJob) => {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  parseFile(job, (page, pages) => post({ type: "progress", id: job.id, page, pages })).then(
    (result) => post({ type: "done", id: job.id, result }),
    (err: unknown) => {
      const e = err instanceof ExtractError ? err : new ExtractError("unreadable");
      post({ type: "error", id: job.id, code: e.code, details: e.details });
    },
  );
});
