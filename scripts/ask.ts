// npm run --silent ask -- --json [--docs DIR] "câu hỏi"
// npm run --silent ask -- --json [--docs DIR] --batch FILE   (one question per line → one JSON per line)
// With --docs the KB is exactly the documents in DIR; without, the built-in FAQ plus the default
// docs folder (KB_DOCS_DIR or kb-docs/). Everything is built in memory; nothing but the answers is
// written to stdout.
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../src/kb/knowledge-base.js";
import type { KbAnswer } from "../src/kb/types.js";
import { ask as messages, kb as kbText } from "../src/messages/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    docs: { type: "string" },
    batch: { type: "string" },
  },
});

/** The contract's shape, field for field. */
function toJson(a: KbAnswer): string {
  return JSON.stringify({
    q: a.q,
    answered: a.answered,
    confidence: a.confidence,
    answer: a.answer,
    sources: a.sources.map((s) => ({ doc: s.doc, title: s.title, text: s.text, score: s.score })),
  });
}

function toText(a: KbAnswer): string {
  if (!a.answered) {
    const titles = [...new Set(a.sources.map((s) => kbText.source(s)))];
    return [messages.declined, messages.closestLetters(titles)].filter(Boolean).join("\n\n");
  }
  const note = a.amendedBy?.length ? `\n${kbText.relations.amendedNote(a.amendedBy)}` : "";
  return `${a.answer}\n\n${messages.source(a.sources[0] ? kbText.source(a.sources[0]) : "")}${note}`;
}

const questions = values.batch
  ? (await fs.readFile(values.batch, "utf8")).split(/\r?\n/).filter((l) => l.trim())
  : [positionals.join(" ")];
if (!values.batch && !questions[0]?.trim()) {
  process.stderr.write('usage: npm run --silent ask -- [--json] [--docs DIR] "câu hỏi" | --batch FILE\n');
  process.exit(2);
}

const kb = await loadKnowledgeBase(values.docs ? { docsDir: values.docs, faqFile: null } : {});
const out: string[] = [];
for (const q of questions) {
  const a = kb.answer(q);
  out.push(values.json || values.batch ? toJson(a) : toText(a));
}
process.stdout.write(out.join("\n") + "\n");
