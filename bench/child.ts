// Runs one section in this (fresh) process and hands its figures to the runner over IPC.
// Usage (by bench/run.ts): node --expose-gc --import tsx bench/child.ts <section> [--quick] [--smoke] [--docs DIR]
import { parseArgs } from "node:util";
import { SECTIONS } from "./sections/index.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quick: { type: "boolean", default: false }, smoke: { type: "boolean", default: false }, docs: { type: "string" } },
});
const name = positionals[0];
const entry = SECTIONS.find((s) => s.name === name);

async function runChild(): Promise<void> {
  if (!entry) throw new Error(`unknown section ${name}`);
  const section = await entry.load();
  const figures = await section.run({ quick: values.quick, smoke: values.smoke, ...(values.docs ? { docsDir: values.docs } : {}) });
  const reply = { ok: true, title: section.title, labels: section.labels ?? {}, figures };
  if (process.send) await new Promise<void>((r) => process.send!(reply, () => r()));
  else process.stdout.write(`${JSON.stringify(reply)}\n`);
}

runChild().then(
  () => process.exit(0),
  (err: unknown) => {
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    if (process.send) process.send({ ok: false, error: message }, () => process.exit(1));
    else {
      process.stderr.write(`${message}\n`);
      process.exit(1);
    }
  },
);
