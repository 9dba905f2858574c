// Data shapes of the knowledge base, independent of where they are stored.
import type { ExtractErrorCode } from "./extract-errors.js";
import type { RelationKind } from "./relations.js";

export interface KbPassage {
  ordinal: number;
  /** Structural context: the numbered point, heading or lead-in the passage sits under. */
  heading?: string;
  text: string;
}

export interface KbDocumentMeta {
  /** File name without extension; what citations, the CLI and /kb_xoa use. */
  slug: string;
  fileName: string;
  title: string;
  issuer?: string;
  number?: string;
  dateText?: string;
  year?: number;
  /** Mean OCR confidence (0–100) when some pages were scans read by OCR. */
  ocrConfidence?: number;
  /** Pages read by OCR. */
  ocrPages?: number;
}

export interface KbDocument extends KbDocumentMeta {
  contentHash: string;
  passages: KbPassage[];
  /** What the letter itself says it corrects, replaces, amends or repeals. */
  relations?: { kind: RelationKind; toNumber: string }[];
}

/** A curated question and answer: built in (kb/faq.json) or promoted from a ticket (DB). */
export interface KbFaq {
  /** "builtin:<id>" or "db:<id>". */
  key: string;
  /** Database id, for DB entries only. */
  dbId?: number;
  /** The question and its paraphrases; any of them may match. */
  questions: string[];
  answer: string;
  docSlug?: string;
  /** Subject of the cited letter, for when the letter itself is not loaded. */
  docTitle?: string;
  citation?: string;
}

export type KbIngestErrorCode = ExtractErrorCode | "too_large";

export class KbIngestError extends Error {
  constructor(
    readonly code: KbIngestErrorCode,
    readonly fileName: string,
    /** Vietnamese explanation for the person who sent the file. */
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${fileName}`, options);
    this.name = "KbIngestError";
  }
}

/** A passage or FAQ entry offered as the source of an answer. */
export interface KbSource {
  /** Slug of the letter (file name without extension). */
  doc: string;
  title: string;
  /** The whole passage, its heading first. */
  text: string;
  score: number;
  heading?: string;
  /** "Issuer — subject (số …, ngày …)". */
  citation: string;
}

export interface KbAnswer {
  q: string;
  answered: boolean;
  confidence: number;
  /** The sentences that answer (empty when not answered). */
  answer: string;
  /** Best first; when not answered, the closest letters. */
  sources: KbSource[];
  /** FaqEntry id when a promoted FAQ entry answered. */
  faqId?: number;
  /** "builtin:<id>" or "db:<id>" when any FAQ entry answered. */
  faqKey?: string;
  /** The cited letter was corrected, replaced, amended or repealed by these newer letters. */
  amendedBy?: KbAmendment[];
}

export interface KbAmendment {
  kind: RelationKind;
  /** Citation of the newer letter ("Bộ … — … (số 18/BTN-KT, ngày 12/03/2026)"), or its number. */
  by: string;
  /** Slug of the newer letter when it is loaded. */
  slug?: string;
}
