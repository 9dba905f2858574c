// npm run nlu:eval -- [--docs DIR] [--kb-dev FILE.jsonl] [--verbose]
// Scores the conversation evaluation set (nlu-eval/): per-intent precision and recall, macro-F1,
// slot accuracy, follow-up accuracy, and knowledge-base questions wrongly taken as requests, on
// the tuning part and on the part kept aside while tuning. The KB question sets of the project
// (test/kb/*.jsonl) and, when given or found beside the checkout, ../shared/eval/kb-dev.jsonl are
// added as questions.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../src/kb/knowledge-base.js";
import type { Intent } from "../src/nlu/classifier.js";
import { evaluateSplit, readJsonl, type FollowUpPair, type SplitReport, type Utterance } from "../src/nlu/eval.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = path.resolve(ROOT, "../shared");
const { values } = parseArgs({
  options: {
    docs: { type: "string" },
    "kb-dev": { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
  },
});

const docsDir = values.docs ?? (fs.existsSync(path.join(SHARED, "guidance")) ? path.join(SHARED, "guidance") : undefined);
const kbDev = values["kb-dev"] ?? (fs.existsSync(path.join(SHARED, "eval/kb-dev.jsonl")) ? path.join(SHARED, "eval/kb-dev.jsonl") : undefined);

const utterances = readJsonl<Utterance>(path.join(ROOT, "nlu-eval/utterances.jsonl"));
const pairs = readJsonl<FollowUpPair>(path.join(ROOT, "nlu-eval/followups.jsonl"));
/** Questions of the knowledge-base sets, all labelled "question". Held-out paraphrases stay held out. */
const kbSets: [string, "tune" | "heldout"][] = [
  ...(kbDev ? [[kbDev, "tune"] as [string, "tune"]] : []),
  ...["own-questions", "paraphrases", "calibration", "out-of-scope"].map((n) => [path.join(ROOT, `test/kb/${n}.jsonl`), "tune"] as [string, "tune"]),
  [path.join(ROOT, "test/kb/heldout-paraphrases.jsonl"), "heldout"],
];
const relabelled = (JSON.parse(fs.readFileSync(path.join(ROOT, "nlu-eval/kb-set-labels.json"), "utf8")) as { labels: Record<string, Intent> }).labels;
for (const [file, split] of kbSets) {
  const origin = path.basename(file, ".jsonl");
  for (const q of readJsonl<{ id: string; q: string }>(file)) {
    const id = `${origin}:${q.id}`;
    const intent = relabelled[id] ?? "question";
    utterances.push({ id, text: q.q, intent, split, ...(intent === "question" ? { origin } : {}) });
  }
}

const kb = await loadKnowledgeBase({ ...(docsDir ? { docsDir, faqFile: null } : {}) });
const f3 = (x: number) => x.toFixed(3);
const share = (c: number, t: number) => `${f3(t ? c / t : 0)} (${c}/${t})`;

function print(name: string, r: SplitReport): void {
  const lines = [`== ${name}: ${r.utterances} utterances, ${r.followUps.total} follow-up pairs ==`, "intent        n    precision  recall  F1"];
  for (const s of r.intents) lines.push(`${s.intent.padEnd(12)} ${String(s.support).padStart(4)}    ${f3(s.precision)}   ${f3(s.recall)}  ${f3(s.f1)}`);
  lines.push(
    `macro-F1              ${f3(r.macroF1)}`,
    `slot accuracy         ${share(r.slots.correct, r.slots.total)}`,
    `follow-up accuracy    ${share(r.followUps.correct, r.followUps.total)}`,
    `KB questions routed to a flow  ${r.kbQuestions.routed} of ${r.kbQuestions.total}`,
  );
  if (values.verbose) {
    for (const m of r.misclassified) lines.push(`  ✗ ${m.id} want ${m.want} got ${m.got}: ${m.text}`);
    if (r.followUps.failed.length) lines.push(`  ✗ follow-ups: ${r.followUps.failed.join(", ")}`);
  }
  process.stdout.write(lines.join("\n") + "\n\n");
}

process.stdout.write(`documents: ${docsDir ?? "KB_DOCS_DIR"}; kb-dev: ${kbDev ?? "(not found)"}\n\n`);
for (const split of ["tune", "heldout"] as const) {
  print(split === "tune" ? "tuning part" : "held-out part", evaluateSplit(kb, utterances.filter((u) => u.split === split), pairs.filter((p) => p.split === split)));
}
