// The request classifier: scored patterns kept as data (data/intents.json), matched on folded
// tokens with one typo per long word, against question cues that keep questions questions.
// Below the threshold the text is a question for the knowledge base.
import { createRequire } from "node:module";
import { canonicalWord, tokenize, withinOneTypo, type Tokens } from "./normalize.js";
import { findAudience, findProvince, findTime, type Slots } from "./slots.js";

export const INTENTS = ["register", "profile", "delete_data", "schedule", "support", "help", "greeting", "thanks", "cancel"] as const;
export type RequestIntent = (typeof INTENTS)[number];
export type Intent = RequestIntent | "question";

export interface Classification {
  intent: Intent;
  /** 0..1; requests are taken at or above the data file's threshold. */
  confidence: number;
  /** The best request intent and its score, even when below the threshold (for tuning). */
  best?: { intent: RequestIntent; score: number };
  slots: Slots;
  /** A question about whom to contact ("liên hệ ai", "số điện thoại hỗ trợ"). */
  contact: boolean;
}

interface PatternSpec {
  p: string;
  w: number;
}
interface IntentSpec {
  patterns: PatternSpec[];
  short?: boolean;
  maxExtra?: number;
  slotBonus?: Partial<Record<"province" | "time" | "audience", number>>;
}
interface NluData {
  threshold: number;
  confidenceScale: number;
  abbreviations: Record<string, string>;
  fillers: string[];
  questionCues: PatternSpec[];
  requestCues: PatternSpec[];
  contactCues: PatternSpec[];
  contactThreshold: number;
  intents: Record<RequestIntent, IntentSpec>;
}

interface Pattern {
  words: string[];
  w: number;
}

const require = createRequire(import.meta.url);
const DATA = require("./data/intents.json") as NluData;

/** Longest and heaviest first: a phrase inside one already matched adds nothing ("lịch" in "lịch tập huấn"). */
const compile = (specs: PatternSpec[]): Pattern[] =>
  specs.map((s) => ({ words: s.p.split(" ").map(canonicalWord), w: s.w })).sort((a, b) => b.words.length - a.words.length || b.w - a.w);
const QUESTION = compile(DATA.questionCues);
const REQUEST = compile(DATA.requestCues);
const CONTACT = compile(DATA.contactCues);
const FILLERS = new Set(DATA.fillers.map(canonicalWord));
const INTENT_PATTERNS = new Map(INTENTS.map((i) => [i, compile(DATA.intents[i].patterns)] as const));

/** A typed word matches a pattern word exactly, or with one typo when both are long. */
function wordMatches(typed: string, want: string, fuzzy: boolean): boolean {
  if (typed === want) return true;
  return fuzzy && want.length >= 4 && typed.length >= 4 && withinOneTypo(typed, want);
}

/** Positions covered by the first occurrence of each matched pattern, and the weight matched. */
function matchAll(words: readonly string[], patterns: readonly Pattern[], skip?: ReadonlySet<number>) {
  const covered = new Set<number>();
  let score = 0;
  for (const p of patterns) {
    const fuzzy = p.words.length >= 2;
    for (let i = 0; i + p.words.length <= words.length; i++) {
      let ok = true;
      for (let k = 0; ok && k < p.words.length; k++) {
        ok = !skip?.has(i + k) && wordMatches(words[i + k]!, p.words[k]!, fuzzy);
      }
      if (!ok) continue;
      if (p.words.every((_, k) => covered.has(i + k))) break;
      score += p.w;
      for (let k = 0; k < p.words.length; k++) covered.add(i + k);
      break;
    }
  }
  return { score, covered };
}

function scoreIntent(intent: RequestIntent, t: Tokens, slots: Slots, hasQuestionMark: boolean): number {
  const spec = DATA.intents[intent];
  const own = matchAll(t.words, INTENT_PATTERNS.get(intent)!);
  if (own.score === 0) return 0;
  // A question word inside the request's own phrase ("làm được gì") does not make it a question.
  const question = matchAll(t.words, QUESTION, own.covered).score + (hasQuestionMark ? 1 : 0);
  if (spec.short) {
    const extra = t.words.filter((w, i) => !own.covered.has(i) && !FILLERS.has(w)).length;
    return extra <= (spec.maxExtra ?? 0) ? own.score - question : 0;
  }
  const request = matchAll(t.words, REQUEST, own.covered).score;
  const bonus = spec.slotBonus ?? {};
  const slotScore = (slots.province ? bonus.province ?? 0 : 0) + (slots.time ? bonus.time ?? 0 : 0) + (slots.audience ? bonus.audience ?? 0 : 0);
  return own.score + request + slotScore - question;
}

export function extractSlots(text: string, t: Tokens = tokenize(text, DATA.abbreviations)): Slots {
  const audience = findAudience(text, t.plain);
  const time = findTime(t.folded);
  return { ...findProvince(t.plain), ...(audience ? { audience } : {}), ...(time ? { time } : {}) };
}

export function classify(text: string): Classification {
  const t = tokenize(text, DATA.abbreviations);
  const slots = extractSlots(text, t);
  const hasQuestionMark = /\?\s*$/.test(text);
  let best: { intent: RequestIntent; score: number } | undefined;
  for (const intent of INTENTS) {
    const score = scoreIntent(intent, t, slots, hasQuestionMark);
    if (score > 0 && (!best || score > best.score)) best = { intent, score };
  }
  const confidence = (score: number) => Math.max(0, 1 - Math.exp(-score / DATA.confidenceScale));
  if (best && best.score >= DATA.threshold) return { intent: best.intent, confidence: confidence(best.score), best, slots, contact: false };
  const contact = matchAll(t.words, CONTACT).score >= DATA.contactThreshold;
  return { intent: "question", confidence: best ? 1 - confidence(best.score) : 1, ...(best ? { best } : {}), slots, contact };
}

/** The folded words of a text, abbreviations expanded: shared with the follow-up resolver. */
export const nluWords = (text: string): string[] => tokenize(text, DATA.abbreviations).plain;
