// npm run ocr:eval [-- --letters slug,slug] : the guidance letters as image-only scans, answered
// through `npm run ask -- --json --docs <scans>` on ../shared/eval/kb-dev.jsonl. Prints hit@1,
// hit@3, out-of-scope declines and the OCR speed (pages per minute) of this machine.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readEvalSet } from "../src/kb/eval.js";
import { askCli, buildScanFolder, score } from "./lib/scan-eval.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = path.resolve(ROOT, "../shared");
const { values } = parseArgs({
  options: {
    letters: { type: "string" },
    guidance: { type: "string", default: path.join(SHARED, "guidance") },
    set: { type: "string", default: path.join(SHARED, "eval/kb-dev.jsonl") },
  },
});
const all = ["bvhttdl-ke-hoach-tap-huan", "cds-vhttdl-tich-hop-qlvb", "bkhcn-huong-dan-trien-khai-kien-truc", "bkhcn-tang-cuong-tap-huan", "ubnd-tphcm-trien-khai-kien-truc"];
const slugs = values.letters ? values.letters.split(",") : all;
const items = (await readEvalSet(values.set!)).filter((i) => i.doc === null || slugs.includes(i.doc));

const built = await buildScanFolder(values.guidance!, slugs);
const started = performance.now();
const answers = await askCli(ROOT, built.dir, items.map((i) => i.q), 30 * 60_000);
const seconds = (performance.now() - started) / 1000;
const s = score(items, answers);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`scans: ${slugs.length} letters, ${built.pages} image-only pages in ${built.dir}`);
console.log(`ask --json --docs (OCR included): ${seconds.toFixed(1)} s → ${((60 * built.pages) / seconds).toFixed(1)} pages/min`);
console.log(`hit@1 ${pct(s.hit1)}  hit@3 ${pct(s.hit3)}  (in scope: ${s.inScope})`);
console.log(`out of scope declined: ${pct(s.outOfScopeDeclined)} (${s.outOfScope})`);
if (s.misses.length) console.log(`not first: ${s.misses.join(", ")}`);
