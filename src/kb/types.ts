// Data shapes of the knowledge base, independent of where they are stored.
import type { ExtractErrorCode, ExtractErrorDetails } from "./extract-errors.js";
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
  /** The cited letter as the built-in FAQ file names it, for when it is not loaded. */
  letter?: LetterRef;
  /** The citation an entry was saved with (a promoted ticket answer), worded by whoever saved it. */
  citation?: string;
}

/** What a citation names: issuer, subject, number and date of a letter. The flows word it. */
export interface LetterRef {
  issuer?: string;
  title: string;
  number?: string;
  dateText?: string;
  year?: number;
}

/** What the person who sent a refused file is told about: the caps and figures involved. */
export interface IngestErrorDetails extends ExtractErrorDetails {
  /** Size cap of a file (too_large). */
  maxMb?: number;
  /** Minutes a file may take (timeout). */
  minutes?: number;
}

export type KbIngestErrorCode = ExtractErrorCode | "too_large";

/** A refused file: why (`code`) and the figures to explain it with; the flows word it. */
export class KbIngestError extends Error {
  constructor(
    readonly code: KbIngestErrorCode,
    readonly fileName: string,
    readonly details: IngestErrorDetails = {},
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
  /** The letter cited, when the source is a letter (or a FAQ entry citing one). */
  letter?: LetterRef;
  /** Otherwise, the citation a FAQ entry was saved with. */
  note?: string;
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
  /**
   * Why the KB declined (absent when it answered): no candidate covered enough of the question
   * ("confidence"), none that did spoke of its focus or named what it names ("focus"), or none of
   * those held the kind of fact insisted on ("fact"). What `kb:eval` counts.
   */
  declined?: DeclineReason;
}

export type DeclineReason = "confidence" | "focus" | "fact";

export interface KbAmendment {
  kind: RelationKind;
  /** The newer letter. */
  by: LetterRef;
  /** Slug of the newer letter when it is loaded. */
  slug?: string;
}

/** The parts of a letter (or its metadata) that a citation names. */
export function letterRef(d: LetterRef): LetterRef {
  return {
    ...(d.issuer ? { issuer: d.issuer } : {}),
    title: d.title,
    ...(d.number ? { number: d.number } : {}),
    ...(d.dateText ? { dateText: d.dateText } : {}),
    ...(d.year ? { year: d.year } : {}),
  };
}
