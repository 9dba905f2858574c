// Retrieval quality on a question set (the format of kb-dev.jsonl): the numbers the engine choice
// and the confidence threshold were made on, and what the eval test holds the KB to.
import fs from "node:fs/promises";
import { z } from "zod";
import { foldCollapse } from "./normalize.js";
import type { KbAnswer } from "./types.js";

export const EvalItem = z.object({
  id: z.string(),
  q: z.string(),
  doc: z.string().nullable(),
  evidence: z.array(z.string()),
});
export type EvalItem = z.infer<typeof EvalItem>;

export async function readEvalSet(file: string): Promise<EvalItem[]> {
  const text = await fs.readFile(file, "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return EvalItem.parse(JSON.parse(l));
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`, { cause: err });
      }
    });
}

export interface EvalRow {
  item: EvalItem;
  answer: KbAnswer;
  /** 1-based rank of the first source that is a hit; undefined when none in the sources. */
  rank?: number;
}

export interface EvalReport {
  inScope: number;
  outOfScope: number;
  hit1: number;
  hit3: number;
  mrr10: number;
  outOfScopeDeclined: number;
  inScopeDeclined: number;
  /** Share of in-scope questions answered with an evidence phrase in the answer text itself. */
  evidenceInAnswer: number;
  rows: EvalRow[];
}

/**
 * An evidence phrase as the KB shows it: copied from a letter's text, it may keep the letter's
 * markdown emphasis ("(*chi tiết tại Phụ lục 02*)") or a link's brackets ("<https://form.gov.vn/…>"),
 * which the KB drops when it reads the letter.
 */
function evidenceKey(e: string): string {
  return comparable(e.replace(/\*+/g, "").replace(/<((?:https?:\/\/|www\.)[^\s>]+)>/g, "$1"));
}

/**
 * Text folded for matching evidence. A letter broken after a hyphen ("7753/BKHCN-⏎CĐSQG") reads
 * joined in the KB and spaced when copied from the page: neither side keeps space after a hyphen.
 */
function comparable(text: string): string {
  return foldCollapse(text).replace(/-\s+/g, "-");
}

/** A source is a hit when it is from the expected letter and contains an evidence phrase. */
export function isHit(item: EvalItem, source: { doc: string; text: string; heading?: string }): boolean {
  if (source.doc !== item.doc) return false;
  // The heading is shown before the passage as a label ("Kính gửi: Ủy ban nhân dân …"), as in the answer.
  const labelled = source.heading && source.text.startsWith(`${source.heading}\n`) ? `${source.heading}: ${source.text.slice(source.heading.length + 1)}` : source.text;
  const text = comparable(labelled);
  return item.evidence.some((e) => text.includes(evidenceKey(e)));
}

/** Whether the reply itself states the fact: its answer text holds an evidence phrase. */
export function answerHasEvidence(item: EvalItem, answer: KbAnswer): boolean {
  if (!answer.answered || item.doc === null) return false;
  const text = comparable(answer.answer);
  return item.evidence.some((e) => text.includes(evidenceKey(e)));
}

export function evaluate(items: readonly EvalItem[], ask: (q: string) => KbAnswer): EvalReport {
  const rows: EvalRow[] = items.map((item) => {
    const answer = ask(item.q);
    if (item.doc === null) return { item, answer };
    const i = answer.sources.slice(0, 10).findIndex((s) => isHit(item, s));
    return i >= 0 ? { item, answer, rank: i + 1 } : { item, answer };
  });
  const inScope = rows.filter((r) => r.item.doc !== null);
  const outScope = rows.filter((r) => r.item.doc === null);
  const share = (n: number, d: number) => (d ? n / d : 0);
  return {
    inScope: inScope.length,
    outOfScope: outScope.length,
    hit1: share(inScope.filter((r) => r.rank === 1).length, inScope.length),
    hit3: share(inScope.filter((r) => r.rank !== undefined && r.rank <= 3).length, inScope.length),
    mrr10: share(inScope.reduce((a, r) => a + (r.rank ? 1 / r.rank : 0), 0), inScope.length),
    outOfScopeDeclined: share(outScope.filter((r) => !r.answer.answered).length, outScope.length),
    inScopeDeclined: share(inScope.filter((r) => !r.answer.answered).length, inScope.length),
    evidenceInAnswer: share(inScope.filter((r) => answerHasEvidence(r.item, r.answer)).length, inScope.length),
    rows,
  };
}
