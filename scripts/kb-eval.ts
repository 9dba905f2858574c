// npm run kb:eval -- --docs DIR --set FILE.jsonl [--set FILE2.jsonl …] [--engine wink|own] [--faq] [--verbose]
// Prints, for each question set (the format of kb-dev.jsonl) separately: hit@1, hit@3, MRR@10, the
// shares of questions declined (and by which check), and how often the answer text itself contains
// the evidence.
// --verbose lists every question with its rank, confidence and whether the answer holds the
// evidence (what the confidence threshold was calibrated on).
import fs from "node:fs";
import { parseArgs } from "node:util";
import { answerHasEvidence, evaluate, readEvalSet, type EvalRow } from "../src/kb/eval.js";
import { loadKnowledgeBase } from "../src/kb/knowledge-base.js";
import type { DeclineReason } from "../src/kb/types.js";

const { values } = parseArgs({
  options: {
    docs: { type: "string" },
    set: { type: "string", multiple: true },
    engine: { type: "string", default: "own" },
    faq: { type: "boolean", default: false },
    verbose: { type: "boolean", short: "v", default: false },
  },
});
const usage = "usage: npm run kb:eval -- --docs DIR --set FILE.jsonl [--set FILE2.jsonl …] [--engine wink|own] [--faq] [--verbose]\n";
if (!values.set?.length) {
  process.stderr.write(usage);
  process.exit(2);
}
if (values.docs && !fs.existsSync(values.docs)) {
  process.stderr.write(`no such folder: ${values.docs}\n`);
  process.exit(2);
}
const engineName = values.engine === "wink" ? "wink" : "own";
// The wink engine is a devDependency, loaded only for the comparison.
const engine = engineName === "wink" ? (await import("../bench/wink-engine.js")).winkEngine : undefined;
const kb = await loadKnowledgeBase({
  ...(values.docs ? { docsDir: values.docs } : {}),
  // --docs means exactly the documents in DIR, as for `ask`; --faq adds the built-in FAQ.
  ...(values.docs && !values.faq ? { faqFile: null } : {}),
  ...(engine ? { engine } : {}),
});
if (kb.listDocuments().length === 0) {
  process.stderr.write("the knowledge base has no letters: check --docs\n");
  process.exit(2);
}

const pct = (x: number) => x.toFixed(3);
/** How many of the rows were declined by each check (aggregate: safe to read on held-out sets). */
const reasons = (rows: readonly EvalRow[]) => {
  const n = (why: DeclineReason) => rows.filter((r) => !r.answer.answered && r.answer.declined === why).length;
  return `confidence ${n("confidence")}, focus ${n("focus")}, fact ${n("fact")}`;
};
for (const file of values.set) {
  const items = await readEvalSet(file);
  const report = evaluate(items, (q) => kb.answer(q));
  process.stdout.write(`\n== ${file}\n`);
  if (values.verbose) {
    for (const r of report.rows) {
      const a = r.answer;
      const rank = r.item.doc === null ? "oos" : (r.rank ?? "-");
      const ev = r.item.doc === null ? "" : answerHasEvidence(r.item, a) ? "EV" : "--";
      const top = a.sources[0];
      process.stdout.write(
        `${r.item.id}\t${rank}\t${a.answered ? "ANS" : `dec:${a.declined ?? ""}`}\t${ev}\t${a.confidence.toFixed(3)}\t${top?.doc ?? ""}\t${r.item.q}\n`,
      );
    }
  }
  process.stdout.write(
    [
      `questions        ${report.inScope} in scope, ${report.outOfScope} out of scope (engine: ${engineName})`,
      ...(report.inScope
        ? [
            `hit@1            ${pct(report.hit1)}`,
            `hit@3            ${pct(report.hit3)}`,
            `MRR@10           ${pct(report.mrr10)}`,
            `declined (in)    ${pct(report.inScopeDeclined)}`,
            `evidence in answer ${pct(report.evidenceInAnswer)}`,
          ]
        : []),
      ...(report.outOfScope ? [`declined (out)   ${pct(report.outOfScopeDeclined)}`] : []),
      ...(report.inScope ? [`declined by (in)  ${reasons(report.rows.filter((r) => r.item.doc !== null))}`] : []),
      ...(report.outOfScope ? [`declined by (out) ${reasons(report.rows.filter((r) => r.item.doc === null))}`] : []),
    ].join("\n") + "\n",
  );
}
