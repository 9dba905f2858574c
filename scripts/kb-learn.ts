// npm run kb:learn -- --docs DIR [--sets test/kb] [--exclude fresh36,fresh37] [--check]
// Reads the project's question sets and writes what the KB learns from them:
// - src/kb/chat-weights.generated.ts: the weight factors of chat words the letters never use
//   (src/kb/chat-weights.ts says why);
// - src/kb/officer-words.generated.ts: each passage's words of officers (src/kb/officer-words.ts).
// Each everyday*.jsonl and near-domain*.jsonl of --sets counts, but those --exclude names: the
// held-out pair, which no tuning may see. --check only reports whether the shipped tables are what
// the sets give now.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CANDIDATES } from "../src/kb/answer.js";
import { chatWeightsFrom, isChatCandidate, type WordUse } from "../src/kb/chat-weights.js";
import { isHit, readEvalSet, type EvalItem } from "../src/kb/eval.js";
import { FUNCTION_WORDS } from "../src/kb/focus.js";
import { SearchIndex, type QueryAnalysis } from "../src/kb/index.js";
import { ingestBuffer, readDocsDir } from "../src/kb/ingest.js";
import { syllables } from "../src/kb/normalize.js";
import { officerWordsFrom, passageKey, type AnsweredQuestion } from "../src/kb/officer-words.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHAT_OUT = path.join(ROOT, "src/kb/chat-weights.generated.ts");
const OFFICER_OUT = path.join(ROOT, "src/kb/officer-words.generated.ts");
const { values } = parseArgs({
  options: {
    docs: { type: "string" },
    sets: { type: "string", default: path.join(ROOT, "test/kb") },
    exclude: { type: "string", default: "fresh36,fresh37" },
    check: { type: "boolean", default: false },
  },
});
if (!values.docs || !fs.existsSync(values.docs)) {
  process.stderr.write("usage: npm run kb:learn -- --docs DIR [--sets DIR] [--exclude a,b] [--check]\n");
  process.exit(2);
}

const docs = await Promise.all((await readDocsDir(values.docs)).map((f) => ingestBuffer(f.fileName, f.data, f.entry)));
const index = new SearchIndex(docs, []);
// Words that name a letter (its subject, its issuer): questions name letters with them, and a
// passage credited with another letter's name ("kiến" of "ý kiến" and of "kiến trúc") blurs which
// letter is asked.
const naming = new Set(docs.flatMap((d) => syllables(`${d.title} ${d.issuer ?? ""}`)));
const excluded = new Set(values.exclude.split(",").filter(Boolean));
const sets = fs
  .readdirSync(values.sets)
  .map((file) => ({ file, m: /^(?:everyday|near-domain)(?:-(.+))?\.jsonl$/.exec(file) }))
  .filter(({ m }) => m !== null && !excluded.has(m[1] ?? ""))
  .map(({ file, m }) => ({ file, name: m![1] ?? "base" }))
  .sort((a, b) => (a.file < b.file ? -1 : 1));

type Side = "inScope" | "nearDomain";
const totals = { inScope: 0, nearDomain: 0 };
const chatUses = new Map<string, WordUse>();
const wordUses = new Map<string, WordUse>();
const answered: AnsweredQuestion[] = [];

function count(uses: Map<string, WordUse>, words: Iterable<string>, side: Side): void {
  for (const word of new Set(words)) {
    const use = uses.get(word) ?? { word, inScope: 0, nearDomain: 0 };
    use[side]++;
    uses.set(word, use);
  }
}

/** The passage that answers an answerable question (of the candidates the KB ranks, the best BM25 match, which no learned table moves) and the question's words and word pairs it does not say (but for words naming a letter). */
function answeredBy(item: EvalItem, a: QueryAnalysis, set: string): AnsweredQuestion | undefined {
  const hits = index.search(a, CANDIDATES).filter((h) => isHit(item, { doc: h.passage.doc.slug, text: h.passage.text, ...(h.passage.heading ? { heading: h.passage.heading } : {}) }));
  const best = hits.sort((x, y) => y.score - x.score || x.passage.id - y.passage.id)[0];
  if (!best) return undefined;
  const tokens = index.passageTokens(best.passage);
  const words = a.terms.filter((t) => t.weight > 0 && t.status !== "question" && !FUNCTION_WORDS.has(t.surface) && !naming.has(t.surface) && !tokens.has(t.surface)).map((t) => t.surface);
  const pairs = a.pairs.filter((p) => p.weight > 0 && !p.alternatives.some((x) => tokens.has(x))).map((p) => p.alternatives[0]!);
  const unsaid = [...words, ...pairs];
  return { set, passage: passageKey(best.passage.doc.slug, best.passage.text), unsaid: [...new Set(unsaid)] };
}

for (const { file, name } of sets) {
  for (const item of await readEvalSet(path.join(values.sets, file))) {
    const side: Side = item.doc === null ? "nearDomain" : "inScope";
    totals[side]++;
    const a = index.analyze(item.q);
    count(chatUses, a.terms.filter(isChatCandidate).map((t) => t.surface), side);
    count(wordUses, [...a.terms.filter((t) => t.weight > 0 && t.status !== "question").map((t) => t.surface), ...a.pairs.filter((p) => p.weight > 0).map((p) => p.alternatives[0]!)], side);
    const q = side === "inScope" ? answeredBy(item, a, name) : undefined;
    if (q) answered.push(q);
  }
}

const byKey = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const header = `// Generated by \`npm run kb:learn\` from ${sets.length} question files (${totals.inScope} answerable and
// ${totals.nearDomain} near-domain questions; not: ${[...excluded].join(", ") || "none"}). Do not edit: rerun it when the sets change.`;
const chatWeights = byKey(chatWeightsFrom([...chatUses.values()], totals));
const chatText = `${header}
// Weight factor of each chat word the letters never use (src/kb/chat-weights.ts).
export const CHAT_WEIGHTS: Readonly<Record<string, number>> = {
${chatWeights.map(([w, f]) => `  ${JSON.stringify(w)}: ${f},`).join("\n")}
};
`;
const officerWords = byKey(officerWordsFrom(answered, wordUses, totals));
const officerText = `${header}
// Each passage's words of officers, by passage key (src/kb/officer-words.ts).
export const OFFICER_WORDS: Readonly<Record<string, readonly string[]>> = {
${officerWords.map(([k, words]) => `  ${JSON.stringify(k)}: ${JSON.stringify(words)},`).join("\n")}
};
`;
const outputs: [string, string][] = [
  [CHAT_OUT, chatText],
  [OFFICER_OUT, officerText],
];
if (values.check) {
  const stale = outputs.filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text);
  process.stdout.write(stale.length ? `out of date: ${stale.map(([f]) => path.relative(ROOT, f)).join(", ")}; rerun npm run kb:learn\n` : "learned tables: up to date\n");
  process.exit(stale.length ? 1 : 0);
}
for (const [file, text] of outputs) fs.writeFileSync(file, text);
process.stdout.write(`wrote ${chatWeights.length} chat words and the officer words of ${officerWords.length} passages from ${sets.length} files\n`);
