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
  | "too_complex";

export interface ExtractErrorDetails {
  pages?: number;
  maxPages?: number;
  maxUnpackedMb?: number;
  maxEntries?: number;
  seconds?: number;
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
