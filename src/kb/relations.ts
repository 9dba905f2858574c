// Letters that correct, replace, amend or repeal another: read from the newer letter's own words
// ("V/v Đính chính Công văn số 15/BTN-KT…", "… thay thế Công văn số …") or set by an admin. Answers
// prefer the newer letter, and an answer from the older one says it was amended and by which.
import { fold } from "./normalize.js";

export type RelationKind = "correct" | "replace" | "amend" | "repeal";

export interface LetterRelation {
  /** Slug of the newer letter. */
  fromSlug: string;
  kind: RelationKind;
  /** The older letter's number as written, or its slug when an admin named it so. */
  toNumber: string;
  toSlug?: string;
  source: "text" | "admin";
}

const VERBS: [RegExp, RelationKind][] = [
  [/\bdinh chinh\b/g, "correct"],
  [/\bthay the\b/g, "replace"],
  [/\bsua doi\b/g, "amend"],
  [/\bbai bo\b/g, "repeal"],
];

/** "15/BTN-KT", "5721/BKHCN-CĐSQG", "39/TTg-KSTT", "53-TB/TGV". */
const NUMBER = /(?<![\p{L}\d])(\d{1,5}(?:-[\p{Lu}Đ]{1,8})?\/[\p{Lu}Đ][\p{L}\d&.]*(?:-[\p{L}\d&.]+)*)/gu;

/** The words in which a relation verb names the other letter right after it. */
const REACH = 120;

export function relationKindOf(word: string): RelationKind | undefined {
  const f = fold(word).replace(/[^a-z ]/g, " ").replace(/\s+/g, " ").trim();
  for (const [re, kind] of VERBS) if (new RegExp(`^${re.source}$`).test(f)) return kind;
  return undefined;
}

function numbersIn(text: string): { number: string; index: number }[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ number: m[1]!.replace(/[.,;:]+$/, ""), index: m.index }));
}

/**
 * Relations stated by a letter about itself. A sentence citing others ("Căn cứ … Công văn số 6247
 * … đính chính Công văn số 5721") states nothing about this letter and is skipped: a verb counts
 * when no other letter's number stands before it in its sentence (it is this letter speaking),
 * or when it is passive ("Công văn số 15/BTN-KT được sửa đổi …": that number is the older one).
 */
export function findRelations(subject: string | undefined, body: string, ownNumber?: string): { kind: RelationKind; toNumber: string }[] {
  const found = new Map<string, { kind: RelationKind; toNumber: string }>();
  const sentences = [subject ?? "", ...body.replace(/\n+/g, " ").split(/(?<=[.;!?])\s+/)];
  for (const sentence of sentences) {
    const f = fold(sentence);
    // fold keeps length for Vietnamese text, so indexes into f point into the sentence too.
    if (f.length !== sentence.length || /^\s*(?:-\s*)?can cu\b/.test(f)) continue;
    const numbers = numbersIn(sentence).filter((n) => n.number !== ownNumber);
    for (const [re, kind] of VERBS) {
      for (const m of f.matchAll(re)) {
        const before = numbers.filter((n) => n.index < m.index);
        const passive = /\bduoc\s+$/.test(f.slice(Math.max(0, m.index - 10), m.index));
        let target: string | undefined;
        if (passive) target = before.at(-1)?.number;
        else if (before.length === 0) target = numbers.find((n) => n.index > m.index && n.index - m.index <= REACH)?.number;
        if (target) found.set(`${kind}|${target}`, { kind, toNumber: target });
      }
    }
  }
  return [...found.values()];
}

const key = (n: string) => fold(n).replace(/[^a-z0-9/]/g, "");

/** The older letter a relation points at, among the loaded ones. */
export function resolveTarget<D extends { slug: string; number?: string }>(r: LetterRelation, docs: Iterable<D>): D | undefined {
  for (const d of docs) {
    if (r.toSlug ? d.slug === r.toSlug : d.number !== undefined && key(d.number) === key(r.toNumber)) return d;
  }
  return undefined;
}

/** A newer letter's passage wins over the older one's when it scores at least this close. */
const NEWER_MARGIN = 0.25;

/**
 * The relation-aware tie-break: when the best passage is from a letter that a loaded newer letter
 * corrects, replaces or amends, the newer letter's best passage goes first if it answers nearly as
 * well (its confidence must still pass on its own merits).
 */
export function preferNewer<R extends { score: number; confidence: number; passage: { doc: { slug: string } } }>(
  ranked: R[],
  newerOf: (slug: string) => string[],
): R[] {
  const top = ranked[0];
  if (!top) return ranked;
  const newer = new Set(newerOf(top.passage.doc.slug));
  if (newer.size === 0) return ranked;
  const i = ranked.findIndex((r) => newer.has(r.passage.doc.slug) && r.score >= top.score - NEWER_MARGIN && r.confidence >= top.confidence - NEWER_MARGIN);
  if (i <= 0) return ranked;
  return [ranked[i]!, ...ranked.slice(0, i), ...ranked.slice(i + 1)];
}
