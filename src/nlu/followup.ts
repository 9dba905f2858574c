// Follow-up questions: an elliptical message ("còn cấp xã thì sao?", "gửi về đâu?", "hạn chót?")
// is read against the person's previous question. The rewritten query keeps the previous
// question's topic words, drops those the new message replaces (another level, another
// province) and takes the new message's words and, if it has one, its question word.
import { createRequire } from "node:module";
import { fold } from "../text.js";
import { findAudience, findProvince, type Audience } from "./slots.js";

interface FollowUpData {
  weakMaxContent: number;
  markers: string[];
  questionWords: string[];
  stopwords: string[];
}
const require = createRequire(import.meta.url);
const DATA = require("./data/followup.json") as FollowUpData;

/** Words as typed (accents kept, lower case) with their folded form. */
interface Word {
  text: string;
  lower: string;
  key: string;
  marked: boolean;
}

function word(w: string): Word {
  const lower = w.normalize("NFC").toLowerCase();
  const key = fold(lower);
  return { text: w, lower, key, marked: key !== lower };
}

/** A word typed with diacritics must match them; one typed without matches the folded entry. */
const same = (typed: Word, entry: Word) => (typed.marked ? typed.lower === entry.lower : typed.key === entry.key);

const phrases = (list: string[]) => list.map((p) => p.split(" ").map(word)).sort((a, b) => b.length - a.length);
const MARKERS = phrases(DATA.markers);
const QUESTION = phrases(DATA.questionWords);
const STOP = DATA.stopwords.map(word);

function words(text: string): Word[] {
  return text
    .normalize("NFC")
    .split(/[^\p{L}\p{M}\p{N}/]+/u)
    .filter(Boolean)
    .map(word);
}

/** Marks the positions covered by any of the phrases. */
function cover(ws: Word[], list: Word[][]): Set<number> {
  const hit = new Set<number>();
  for (const p of list) {
    for (let i = 0; i + p.length <= ws.length; i++) {
      if (p.every((e, j) => !hit.has(i + j) && same(ws[i + j]!, e))) for (let j = 0; j < p.length; j++) hit.add(i + j);
    }
  }
  return hit;
}

export interface Analysis {
  words: Word[];
  markers: Set<number>;
  question: Set<number>;
  /** Topic words: neither marker, question word nor stopword. */
  content: number[];
}

/** Folded topic words of a message, to see which passage speaks of them. */
export const topicKeys = (a: Analysis): string[] => a.content.map((i) => a.words[i]!.key);

export function analyse(text: string): Analysis {
  const ws = words(text);
  const markers = cover(ws, MARKERS);
  const question = cover(ws, QUESTION);
  const content = ws.map((_, i) => i).filter((i) => !markers.has(i) && !question.has(i) && !STOP.some((e) => same(ws[i]!, e)));
  return { words: ws, markers, question, content };
}

/** Whether a message is too thin to stand alone: an ellipsis marker, or hardly any topic words. */
export function isWeak(a: Analysis): boolean {
  const opensWithMarker = a.words.length > 0 && a.markers.has(0);
  const closesWithMarker = a.words.length > 0 && a.markers.has(a.words.length - 1) && a.content.length <= 3;
  return opensWithMarker || closesWithMarker || a.content.length <= DATA.weakMaxContent;
}

/** Whether the message carries an explicit ellipsis marker ("còn …", "… thì sao"). */
export const hasMarker = (a: Analysis): boolean => a.words.length > 0 && (a.markers.has(0) || a.markers.has(a.words.length - 1));

const AUDIENCE_WORDS: Record<Audience, Set<string>> = {
  so: new Set(["so"]),
  xa: new Set(["xa", "phuong", "dac", "khu"]),
};

/** Words of the previous question that the new message replaces. */
function replaced(prevText: string, prev: Analysis, nextText: string, next: Analysis): Set<number> {
  const out = new Set<number>();
  const before = findAudience(prevText, prev.words.map((w) => w.key));
  const after = findAudience(nextText, next.words.map((w) => w.key));
  if (before && after && before !== after) {
    prev.words.forEach((w, i) => AUDIENCE_WORDS[before].has(w.key) && out.add(i));
  }
  const oldPlace = findProvince(prev.words.map((w) => w.key)).province;
  const newPlace = findProvince(next.words.map((w) => w.key)).province;
  if (oldPlace && newPlace && oldPlace !== newPlace) {
    const keys = new Set(fold(oldPlace).split(" "));
    prev.words.forEach((w, i) => keys.has(w.key) && out.add(i));
  }
  return out;
}

/**
 * The query for a follow-up: the new message's own words (markers dropped) with the previous
 * question. A move to another level or province keeps the previous topic without the replaced
 * words; a new subject of its own ("còn hướng dẫn kiến trúc?") keeps only the previous question
 * word; a bare follow-up ("gửi về đâu?", "hạn chót?") takes the previous topic words.
 */
export function rewrite(prevText: string, nextText: string): string {
  const prev = analyse(prevText);
  const next = analyse(nextText);
  const drop = replaced(prevText, prev, nextText, next);
  const own = next.words.filter((_, i) => !next.markers.has(i)).map((w) => w.text);
  const asksOwn = [...next.question].some((i) => !next.markers.has(i));
  let keep: (i: number) => boolean;
  if (drop.size > 0) keep = (i) => !drop.has(i) && (!asksOwn || prev.content.includes(i));
  else if (next.content.length >= 2) keep = (i) => !asksOwn && prev.question.has(i);
  else keep = (i) => (asksOwn ? prev.content.includes(i) : true);
  return [...own, ...prev.words.filter((_, i) => keep(i)).map((w) => w.text)].join(" ");
}

const MENTIONS: Record<Audience, RegExp> = {
  so: /(^|[^\p{L}])sở(?=$|[^\p{L}])/iu,
  xa: /(^|[^\p{L}])(xã|phường|đặc khu)(?=$|[^\p{L}])/iu,
};

/**
 * When the follow-up moves the previous question to another level or province ("còn cấp xã thì
 * sao?"), a test for the sentences that speak of the new one; otherwise undefined.
 */
export function shiftedTo(prevText: string, nextText: string): ((sentence: string) => boolean) | undefined {
  const prev = analyse(prevText);
  const next = analyse(nextText);
  const before = findAudience(prevText, prev.words.map((w) => w.key));
  const after = findAudience(nextText, next.words.map((w) => w.key));
  if (after && before && after !== before) return (s) => MENTIONS[after].test(s);
  const oldPlace = findProvince(prev.words.map((w) => w.key)).province;
  const newPlace = findProvince(next.words.map((w) => w.key)).province;
  if (newPlace && oldPlace && newPlace !== oldPlace) {
    const key = fold(newPlace).replace(/^(thanh pho|tinh) /, "");
    return (s) => fold(s).includes(key);
  }
  return undefined;
}

/** Sentences (or list items) of a passage, for picking the one a shifted follow-up asks about. */
export function sentencesOf(passage: string): string[] {
  return passage
    .split(/\n+|(?<=[.;])\s+(?=[-–•]?\s*\p{Lu})|\s+(?=-\s+\p{Lu})/u)
    .map((s) => s.replace(/^[-–•]\s*/, "").trim())
    .filter((s) => s.length > 0);
}
