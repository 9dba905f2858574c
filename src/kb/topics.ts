// Compounds that name a topic of their own ("phụ cấp", "tài khoản", "cài đặt"): a question that
// names one asks about it, so only a passage that writes it can answer, however well the rest of
// the question matches ("cán bộ quản trị hệ thống xã có được phụ cấp không"). Like the lexicon,
// the list is data (kb/topics.json): general Vietnamese, not tied to particular letters.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { QueryTerm } from "./index.js";
import { accentKey, isPossibleSyllable, nfc, syllables } from "./normalize.js";

export const TOPICS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../kb/topics.json");

const Topics = z.object({ topics: z.array(z.string().min(1)).min(1) });

interface Topic {
  folded: string[];
  /** Each syllable as written, to tell "phụ cấp" from words that fold alike when marks are typed. */
  written: string[];
}

function readTopics(file: string): Topic[] {
  return Topics.parse(JSON.parse(fs.readFileSync(file, "utf8"))).topics.map((t) => ({
    folded: syllables(t),
    written: nfc(t).toLowerCase().split(/\s+/).map(accentKey),
  }));
}

const TOPICS = readTopics(TOPICS_FILE);

/**
 * Whether terms `from`…`to` are part of a longer everyday phrase the lexicon gives the letters'
 * wording for ("phân quyền tài khoản" → "phân quyền"): the phrase, not the topic, is what is asked.
 * The terms of one such phrase share its list of wordings (index.ts `applyEquivalents`).
 */
function inLongerPhrase(terms: readonly QueryTerm[], from: number, to: number): boolean {
  const span = terms[from]?.equivalents;
  if (span === undefined || !terms.slice(from, to).every((t) => t.equivalents === span)) return false;
  return terms[from - 1]?.equivalents === span || terms[to]?.equivalents === span;
}

/** Runs of term indices that write one of the topics (as typed, when marks were typed). */
export function topicRuns(terms: readonly QueryTerm[]): number[][] {
  const runs: number[][] = [];
  for (const topic of TOPICS) {
    for (let i = 0; i + topic.folded.length <= terms.length; i++) {
      const matches = topic.folded.every((w, k) => {
        const t = terms[i + k]!;
        // One syllable typed without marks is too many words ("luong": lương, luồng, lượng), unless
        // it cannot be Vietnamese ("api").
        const typedAsWritten = t.accent === undefined ? topic.folded.length > 1 || !isPossibleSyllable(w) : t.accent === topic.written[k];
        // "Sao lưu": a compound, though "sao" alone asks why.
        return t.surface === w && (t.status !== "question" || topic.folded.length > 1) && typedAsWritten;
      });
      if (matches && !inLongerPhrase(terms, i, i + topic.folded.length)) runs.push(topic.folded.map((_, k) => i + k));
    }
    // "tk" spelled out: "tài khoản".
    terms.forEach((t, i) => t.status === "expanded" && t.resolved.join(" ") === topic.folded.join(" ") && runs.push([i]));
  }
  return runs;
}
