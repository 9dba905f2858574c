// npm run kb:eval -- --docs DIR --set FILE.jsonl [--engine wink|own] [--faq] [--verbose]
// Prints hit@1, hit@3, MRR@10 and the shares of questions declined, for a question set in the
// format of kb-dev.jsonl. --verbose lists every question with its rank and confidence (what the
// confidence threshold was calibrated on).
import { parseArgs } from "node:util";
import { evaluate, readEvalSet } from "../src/kb/eval.js";
import { loadKnowledgeBase } from "../src/kb/knowledge-base.js";

const { values } = parseArgs({
  options: {
    docs: { type: "string" },
    set: { type: "string" },
    engine: { type: "string", default: "own" },
    faq: { type: "boolean", default: false },
    verbose: { type: "boolean", short: "v", default: false },
  },
});
if (!values.set) {
  process.stderr.write("usage: npm run kb:eval -- --docs DIR --set FILE.jsonl [--engine wink|own] [--faq] [--verbose]\n");
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
const items = await readEvalSet(values.set);
const report = evaluate(items, (q) => kb.answer(q));

const pct = (x: number) => x.toFixed(3);
if (values.verbose) {
  for (const r of report.rows) {
    const a = r.answer;
    const rank = r.item.doc === null ? "oos" : (r.rank ?? "-");
    const top = a.sources[0];
    process.stdout.write(
      `${r.item.id}\t${rank}\t${a.answered ? "ANS" : "dec"}\t${a.confidence.toFixed(3)}\t${top?.doc ?? ""}\t${r.item.q}\n`,
    );
  }
  process.stdout.write("\n");
}
process.stdout.write(
  [
    `questions        ${report.inScope} in scope, ${report.outOfScope} out of scope (engine: ${engineName})`,
    `hit@1            ${pct(report.hit1)}`,
    `hit@3            ${pct(report.hit3)}`,
    `MRR@10           ${pct(report.mrr10)}`,
    `declined (out)   ${pct(report.outOfScopeDeclined)}`,
    `declined (in)    ${pct(report.inScopeDeclined)}`,
  ].join("\n") + "\n",
);
