// Why a file could not be read, as the extraction worker reports it to the main thread.

export type ExtractErrorCode =
  | "unsupported"
  | "empty"
  | "unreadable"
  | "truncated"
  | "wrong_type"
  | "executable"
  | "too_many_pages"
  | "unpacked_too_large"
  | "too_many_entries"
  | "timeout"
  | "too_complex"
  | "image_too_large";

export interface ExtractErrorDetails {
  pages?: number;
  maxPages?: number;
  maxUnpackedMb?: number;
  maxEntries?: number;
  seconds?: number;
  /** Megapixels of an image, and the cap, for image_too_large. */
  megapixels?: number;
  maxMegapixels?: number;
  /** What the bytes really are, for wrong_type. */
  actual?: string;
}

export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    readonly details: ExtractErrorDetails = {},
  ) {
    super(`extract: ${code}`);
    this.name = "ExtractError";
  }
}
