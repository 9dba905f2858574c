// Groups questions that say the same thing in other words, for the "common difficulties" part of
// the report: folded syllables without function words, compared with Jaccard similarity.
import { syllables } from "../../kb/normalize.js";

/**
 * Function words that carry no topic. Only syllables that fold unambiguously: "tài" (khoản),
 * "đầu" (mối), "mã" (hồ sơ), "cán" (bộ) and "báo" (cáo) fold to words that would look like
 * function words, so they are not listed.
 */
const STOP = new Set(
  "la cua va cho co khong nao gi the duoc toi em anh chi a o thi nhu khi nhieu ve voi nay do cac nhung mot trong phai lam sao ai roi chua hay hoac neu vi nen da dang se bi tu den ra vao vay nhe oi xin giup on ban minh ah u ha".split(
    " ",
  ),
);

export function topicTokens(text: string): Set<string> {
  return new Set(syllables(text).filter((s) => !STOP.has(s)));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface QuestionGroup {
  /** The first-seen wording. */
  question: string;
  count: number;
  /** Other wordings, distinct, at most a few. */
  examples: string[];
  /** Positions in the input of the questions in this group. */
  members: number[];
}

const SAME_TOPIC = 0.5;
const MAX_EXAMPLES = 3;

/** Groups questions (in the order given) and sorts the groups by size, largest first. */
export function groupQuestions(questions: string[], threshold = SAME_TOPIC): QuestionGroup[] {
  const groups: { seed: Set<string>; group: QuestionGroup; seen: Set<string>; first: number }[] = [];
  questions.forEach((question, index) => {
    const tokens = topicTokens(question);
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0;
    for (const g of groups) {
      const score = jaccard(tokens, g.seed);
      if (score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    const wording = question.replace(/\s+/g, " ").trim();
    if (best && bestScore >= threshold) {
      best.group.count++;
      best.group.members.push(index);
      const key = wording.toLowerCase();
      if (!best.seen.has(key) && best.group.examples.length < MAX_EXAMPLES) best.group.examples.push(wording);
      best.seen.add(key);
      return;
    }
    groups.push({ seed: tokens, group: { question: wording, count: 1, examples: [], members: [index] }, seen: new Set([wording.toLowerCase()]), first: index });
  });
  return groups.sort((a, b) => b.group.count - a.group.count || a.first - b.first).map((g) => g.group);
}
