// Files → documents with passages. Metadata comes from the letter's own text and, where a folder
// has one, from its manifest.json (which wins: it was checked by a person).
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ExtractError } from "./extract-errors.js";
import { formatOf } from "./extract.js";
import { extractorFor, type ParsedFile, type ProgressFn } from "./extractor.js";
import { DEFAULT_LIMITS, type ExtractLimits } from "./limits.js";
import { nfc } from "./normalize.js";
import { KbIngestError, type KbDocument } from "./types.js";

export const MAX_FILE_MB = 20;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
/** Part of the content hash, so that a better parser re-indexes stored documents. */
const PARSER_VERSION = "kb-parser-2";

const ManifestEntry = z.looseObject({
  file: z.string(),
  issuer: z.string().nullish(),
  subject: z.string().nullish(),
  number: z.string().nullish(),
  date: z.string().nullish(),
  year: z.number().int().nullish(),
  /** "140/BVHTTDL-CĐSVHTTDL ngày 12/01/2026": how other letters cite a letter whose number is blank. */
  referencedAs: z.string().nullish(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;
const Manifest = z.looseObject({ documents: z.array(ManifestEntry) });

/** File name without extension: the document's id everywhere. */
export function slugOf(fileName: string): string {
  return nfc(path.basename(fileName)).replace(/\.[^.]+$/, "");
}

export function contentHash(data: Buffer, entry?: ManifestEntry): string {
  return createHash("sha256")
    .update(PARSER_VERSION)
    .update("\0")
    .update(entry ? JSON.stringify(entry) : "")
    .update("\0")
    .update(data)
    .digest("hex");
}

export interface IngestOptions {
  limits?: ExtractLimits;
  /** OCR progress: page about to be read, pages in the file. */
  onProgress?: ProgressFn;
}

/** A refusal with the caps that applied filled in, for the flows to explain. */
function ingestError(err: ExtractError, name: string, limits: ExtractLimits): KbIngestError {
  const d = err.details;
  const details = {
    ...d,
    ...(err.code === "too_many_pages" ? { pages: d.pages ?? 0, maxPages: d.maxPages ?? limits.maxPages } : {}),
    ...(err.code === "unpacked_too_large" ? { maxUnpackedMb: d.maxUnpackedMb ?? limits.maxUnpackedMb } : {}),
    ...(err.code === "too_many_entries" ? { maxEntries: d.maxEntries ?? limits.maxEntries } : {}),
    ...(err.code === "timeout" ? { minutes: Math.round((d.seconds ?? limits.timeoutMs / 1000) / 60) } : {}),
    ...(err.code === "image_too_large" ? { megapixels: d.megapixels ?? 0, maxMegapixels: d.maxMegapixels ?? 0 } : {}),
    ...(err.code === "wrong_type" ? { actual: d.actual ?? "unknown" } : {}),
  };
  return new KbIngestError(err.code, name, details, { cause: err });
}

/** Parses one file in the extraction worker. Throws KbIngestError; nothing is stored here. */
export async function ingestBuffer(fileName: string, data: Buffer, entry?: ManifestEntry, opts: IngestOptions = {}): Promise<KbDocument> {
  const name = nfc(path.basename(fileName));
  const format = formatOf(name);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  if (!format) throw new KbIngestError("unsupported", name);
  if (data.length > MAX_FILE_BYTES) throw new KbIngestError("too_large", name, { maxMb: MAX_FILE_MB });
  if (data.length === 0) throw new KbIngestError("empty", name);
  let parsed: ParsedFile;
  try {
    parsed = await extractorFor(limits).parse(format, data, opts.onProgress);
  } catch (err) {
    if (err instanceof ExtractError) throw ingestError(err, name, limits);
    throw new KbIngestError("unreadable", name, {}, { cause: err });
  }
  const { meta, passages } = parsed;

  const slug = slugOf(name);
  const doc: KbDocument = {
    slug,
    fileName: name,
    title: entry?.subject ?? meta.subject ?? meta.firstHeading ?? slug,
    contentHash: contentHash(data, entry),
    passages,
  };
  const issuer = entry?.issuer ?? meta.issuer;
  if (issuer) doc.issuer = issuer;
  const cited = entry?.referencedAs?.match(/^(.*?)\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})\s*$/u);
  const number = entry?.number ?? meta.number ?? cited?.[1];
  if (number) doc.number = number;
  const dateText = entry?.date ?? meta.dateText ?? cited?.[2];
  if (dateText) doc.dateText = dateText;
  const year = entry?.year ?? meta.year ?? (dateText ? Number(dateText.slice(-4)) : undefined);
  if (year) doc.year = year;
  if (parsed.relations.length) doc.relations = parsed.relations;
  if (parsed.ocr) {
    doc.ocrConfidence = parsed.ocr.confidence;
    doc.ocrPages = parsed.ocr.pages;
  }
  return doc;
}

export interface DocFile {
  fileName: string;
  data: Buffer;
  entry?: ManifestEntry;
  hash: string;
}

/** The folder's own README (what to put there) is not a document. */
function isDocFile(name: string): boolean {
  return !name.startsWith(".") && !/^readme\./i.test(name) && formatOf(name) !== undefined;
}

export async function readManifest(dir: string): Promise<Map<string, ManifestEntry>> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(dir, "manifest.json"), "utf8");
  } catch {
    return new Map();
  }
  const parsed = Manifest.parse(JSON.parse(raw));
  return new Map(parsed.documents.map((d) => [nfc(d.file), d]));
}

/** Supported files of a folder (not recursive), with their manifest entries and hashes. */
export async function readDocsDir(dir: string): Promise<DocFile[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const manifest = await readManifest(dir);
  const files: DocFile[] = [];
  for (const name of names.filter(isDocFile).sort()) {
    const data = await fs.readFile(path.join(dir, name));
    const entry = manifest.get(nfc(name));
    files.push({ fileName: nfc(name), data, ...(entry ? { entry } : {}), hash: contentHash(data, entry) });
  }
  return files;
}
