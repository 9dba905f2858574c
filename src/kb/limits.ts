// Limits for reading a document off the message path. A letter is a few pages and a few hundred
// kB; anything far beyond that is refused with an explanation rather than parsed.

export interface ExtractLimits {
  /** Pages read from a PDF (text or scanned). */
  maxPages: number;
  /** Wall-clock cap for one file, OCR included. */
  timeoutMs: number;
  /** V8 heap cap of the worker that parses (resourceLimits.maxOldGenerationSizeMb). */
  maxMemoryMb: number;
  /** Sum of the unpacked sizes of a .docx/.xlsx (zip) file's entries. */
  maxUnpackedMb: number;
  /** Entries in a .docx/.xlsx (zip) file. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxPages: 60,
  timeoutMs: 15 * 60_000,
  maxMemoryMb: 512,
  maxUnpackedMb: 100,
  maxEntries: 2000,
};

/** From the validated configuration (config.ts: KB_MAX_PAGES, KB_EXTRACT_TIMEOUT_S, …). */
export function limitsFromConfig(c: {
  KB_MAX_PAGES: number;
  KB_EXTRACT_TIMEOUT_S: number;
  KB_EXTRACT_MEMORY_MB: number;
  KB_ZIP_MAX_MB: number;
  KB_ZIP_MAX_ENTRIES: number;
}): ExtractLimits {
  return {
    maxPages: c.KB_MAX_PAGES,
    timeoutMs: c.KB_EXTRACT_TIMEOUT_S * 1000,
    maxMemoryMb: c.KB_EXTRACT_MEMORY_MB,
    maxUnpackedMb: c.KB_ZIP_MAX_MB,
    maxEntries: c.KB_ZIP_MAX_ENTRIES,
  };
}
