// Scoring of the conversation evaluation set (nlu-eval/): intents and slots of plain-language
// utterances, two-turn follow-ups, and knowledge-base questions that must stay questions.
import fs from "node:fs";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import { fold } from "../text.js";
import { classify, INTENTS, type Intent } from "./classifier.js";
import { resolveQuestion } from "./resolve.js";
import { timeCode } from "./slots.js";

export type Split = "tune" | "heldout";

export interface Utterance {
  id: string;
  text: string;
  intent: Intent;
  slots?: { province?: string; former?: string; audience?: string; time?: string };
  split: Split;
  /** Where a question came from (kb-dev, the KB's own sets), for the "routed to a flow" count. */
  origin?: string;
}

export interface FollowUpPair {
  id: string;
  first: string;
  second: string;
  kind: "follow" | "new";
  doc: string;
  evidence: string[];
  split: Split;
}

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export interface IntentScore {
  intent: Intent;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SplitReport {
  utterances: number;
  intents: IntentScore[];
  macroF1: number;
  slots: { correct: number; total: number };
  followUps: { correct: number; total: number; failed: string[] };
  kbQuestions: { total: number; routed: number; routedIds: string[] };
  misclassified: { id: string; text: string; want: Intent; got: Intent }[];
}

const ALL: Intent[] = [...INTENTS, "question"];

function intentScores(rows: { want: Intent; got: Intent }[]): { scores: IntentScore[]; macroF1: number } {
  const scores: IntentScore[] = [];
  for (const intent of ALL) {
    const support = rows.filter((r) => r.want === intent).length;
    const predicted = rows.filter((r) => r.got === intent).length;
    if (support === 0 && predicted === 0) continue;
    const tp = rows.filter((r) => r.want === intent && r.got === intent).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    scores.push({ intent, support, precision, recall, f1 });
  }
  const withSupport = scores.filter((s) => s.support > 0);
  return { scores, macroF1: withSupport.reduce((a, s) => a + s.f1, 0) / Math.max(1, withSupport.length) };
}

function slotsMatch(u: Utterance): boolean {
  const s = classify(u.text).slots;
  const want = u.slots ?? {};
  return (
    (s.province ?? null) === (want.province ?? null) &&
    (s.former ?? null) === (want.former ?? null) &&
    (s.audience ?? null) === (want.audience ?? null) &&
    (timeCode(s.time) ?? null) === (want.time ?? null)
  );
}

const norm = (s: string) => fold(s);

export function followUpCorrect(kb: Pick<KnowledgeBase, "answer">, p: FollowUpPair): boolean {
  const r = resolveQuestion(kb, p.second, p.first);
  if ((p.kind === "follow") !== r.followUp) return false;
  const top = r.result.sources[0];
  if (!r.result.answered || !top || top.doc !== p.doc) return false;
  const shown = norm(`${r.result.answer}\n${top.text}`);
  return p.evidence.every((e) => shown.includes(norm(e)));
}

export function evaluateSplit(kb: Pick<KnowledgeBase, "answer">, utterances: Utterance[], pairs: FollowUpPair[]): SplitReport {
  const rows = utterances.map((u) => ({ u, want: u.intent, got: classify(u.text).intent }));
  const { scores, macroF1 } = intentScores(rows);
  const slotRows = utterances.filter((u) => u.intent === "schedule");
  const kbRows = rows.filter((r) => r.u.origin);
  const routed = kbRows.filter((r) => r.got !== "question");
  const failed = pairs.filter((p) => !followUpCorrect(kb, p)).map((p) => p.id);
  return {
    utterances: utterances.length,
    intents: scores,
    macroF1,
    slots: { correct: slotRows.filter(slotsMatch).length, total: slotRows.length },
    followUps: { correct: pairs.length - failed.length, total: pairs.length, failed },
    kbQuestions: { total: kbRows.length, routed: routed.length, routedIds: routed.map((r) => r.u.id) },
    misclassified: rows.filter((r) => r.want !== r.got).map((r) => ({ id: r.u.id, text: r.u.text, want: r.want, got: r.got })),
  };
}
