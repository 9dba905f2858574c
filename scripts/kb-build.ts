// npm run kb:build -- [--docs DIR] [--show] [--remove SLUG]
// Syncs the docs folder into the database (DATABASE_URL, default file:./data/bot.db): new and
// changed files (by content hash) are parsed and stored, unchanged ones are left alone. --show
// prints every passage, to check how a new letter was split. --remove deletes a stored letter
// (deleting its file from the folder does not).
import { parseArgs } from "node:util";
import pino from "pino";
import { loadKnowledgeBase } from "../src/kb/knowledge-base.js";
import { loadDocuments } from "../src/store/knowledge.js";
import { kb as messages } from "../src/messages/kb.js";
import { openMigratedStore } from "../src/store/db.js";

const { values } = parseArgs({
  options: {
    docs: { type: "string" },
    show: { type: "boolean", default: false },
    remove: { type: "string" },
  },
});
const store = await openMigratedStore(process.env.DATABASE_URL ?? "file:./data/bot.db");
try {
  const log = pino({ level: "info" }, pino.destination(2));
  const kb = await loadKnowledgeBase({ store, ...(values.docs ? { docsDir: values.docs } : {}), log });
  if (values.remove) {
    const removed = await kb.removeDocument(values.remove);
    process.stderr.write((removed ? messages.removed(values.remove) : messages.unknownDocument(values.remove)) + "\n");
    if (!removed) process.exitCode = 1;
  }
  for (const d of kb.listDocuments()) {
    process.stdout.write(`${d.slug}\t${d.passages}\t${d.issuer ?? "-"}\t${d.title}\n`);
  }
  if (values.show) {
    for (const d of await loadDocuments(store)) {
      process.stdout.write(`\n=== ${d.slug} (${[d.number, d.dateText ?? d.year].filter(Boolean).join(", ")})\n`);
      for (const p of d.passages) process.stdout.write(`--- ${p.ordinal}${p.heading ? ` [${p.heading}]` : ""}\n${p.text}\n`);
    }
  }
} finally {
  await store.$disconnect();
}
