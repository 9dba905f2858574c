// The check on scans: guidance letters as image-only PDFs, asked through the CLI contract
// (`npm run --silent ask -- --json --docs <folder>`) on the dev set's questions for those letters.
// Two letters here to keep CI time reasonable; `npm run ocr:eval` runs all five (see README).
import { describe, expect, it } from "vitest";
import { readEvalSet } from "../../src/kb/eval.js";
import { askCli, buildScanFolder, score } from "../../scripts/lib/scan-eval.js";
import { DEV_SET, GUIDANCE, ROOT } from "../kb/helpers.js";

const LETTERS = ["bvhttdl-ke-hoach-tap-huan", "bkhcn-huong-dan-trien-khai-kien-truc"];

describe("image-only scans of the guidance letters", () => {
  it("score hit@1 ≥ 0.85 and hit@3 ≥ 0.95 through the ask CLI, and out-of-scope questions are declined", async () => {
    const items = (await readEvalSet(DEV_SET)).filter((i) => i.doc === null || LETTERS.includes(i.doc));
    const { dir, pages } = await buildScanFolder(GUIDANCE, LETTERS);
    expect(pages).toBeGreaterThanOrEqual(3);
    const answers = await askCli(ROOT, dir, items.map((i) => i.q), 280_000);
    expect(answers.map((a) => a.q)).toEqual(items.map((i) => i.q));
    const s = score(items, answers);
    console.log(`scans of ${LETTERS.length} letters (${pages} pages): hit@1 ${s.hit1.toFixed(3)} hit@3 ${s.hit3.toFixed(3)} ${s.misses.join(", ")}`);
    expect(s.inScope).toBeGreaterThanOrEqual(10);
    expect(s.hit1).toBeGreaterThanOrEqual(0.85);
    expect(s.hit3).toBeGreaterThanOrEqual(0.95);
    expect(s.outOfScope).toBe(3);
    expect(s.outOfScopeDeclined).toBe(1);
  }, 300_000);
});
