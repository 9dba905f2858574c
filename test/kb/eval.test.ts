// The quality targets, on the dev set and on the project's own held-out questions.
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, readEvalSet } from "../../src/kb/eval.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { DEV_SET, GUIDANCE, OWN_SET } from "./helpers.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
});

describe.each([
  ["dev set", DEV_SET],
  ["own questions", OWN_SET],
])("%s", (_name, file) => {
  it("meets hit@1 ≥ 0.85, hit@3 ≥ 0.95, declines every out-of-scope question and at most one in-scope", async () => {
    const items = await readEvalSet(file);
    const r = evaluate(items, (q) => kb.answer(q));
    const misses = r.rows.filter((row) => row.item.doc !== null && row.rank !== 1).map((row) => row.item.id);
    expect(r.outOfScope).toBeGreaterThanOrEqual(3);
    expect(r.hit1, `not first: ${misses.join(", ")}`).toBeGreaterThanOrEqual(0.85);
    expect(r.hit3).toBeGreaterThanOrEqual(0.95);
    expect(r.outOfScopeDeclined).toBe(1);
    expect(Math.round(r.inScopeDeclined * r.inScope)).toBeLessThanOrEqual(1);
  });
});
