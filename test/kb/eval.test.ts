// The quality targets, on the dev set and on the project's own question sets.
import { beforeAll, describe, expect, it } from "vitest";
import { answerHasEvidence, evaluate, isHit, readEvalSet } from "../../src/kb/eval.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { TUNING } from "../../src/kb/tuning.js";
import {
  DEV_SET,
  EVERYDAY_DEV2_SET,
  EVERYDAY_DEV3_SET,
  EVERYDAY_DEV4_SET,
  EVERYDAY_DEV5_SET,
  EVERYDAY_DEV6_SET,
  EVERYDAY_DEV7_SET,
  EVERYDAY_DEV8_SET,
  EVERYDAY_DEV9_SET,
  EVERYDAY_DEV10_SET,
  EVERYDAY_DEV11_SET,
  EVERYDAY_DEV12_SET,
  EVERYDAY_DEV13_SET,
  EVERYDAY_DEV14_SET,
  EVERYDAY_DEV15_SET,
  EVERYDAY_DEV16_SET,
  EVERYDAY_DEV17_SET,
  EVERYDAY_DEV18_SET,
  EVERYDAY_DEV19_SET,
  EVERYDAY_DEV20_SET,
  EVERYDAY_DEV21_SET,
  EVERYDAY_DEV22_SET,
  EVERYDAY_DEV23_SET,
  EVERYDAY_DEV24_SET,
  EVERYDAY_DEV25_SET,
  EVERYDAY_DEV26_SET,
  EVERYDAY_DEV27_SET,
  EVERYDAY_DEV28_SET,
  EVERYDAY_DEV29_SET,
  EVERYDAY_DEV30_SET,
  EVERYDAY_DEV31_SET,
  EVERYDAY_DEV32_SET,
  EVERYDAY_DEV33_SET,
  EVERYDAY_DEV34_SET,
  EVERYDAY_DEV35_SET,
  EVERYDAY_DEV36_SET,
  EVERYDAY_FRESH_SET,
  EVERYDAY_FRESH2_SET,
  EVERYDAY_FRESH3_SET,
  EVERYDAY_FRESH4_SET,
  EVERYDAY_FRESH5_SET,
  EVERYDAY_FRESH6_SET,
  EVERYDAY_FRESH7_SET,
  EVERYDAY_FRESH8_SET,
  EVERYDAY_FRESH9_SET,
  EVERYDAY_FRESH10_SET,
  EVERYDAY_FRESH11_SET,
  EVERYDAY_FRESH12_SET,
  EVERYDAY_FRESH13_SET,
  EVERYDAY_FRESH14_SET,
  EVERYDAY_FRESH15_SET,
  EVERYDAY_FRESH16_SET,
  EVERYDAY_FRESH17_SET,
  EVERYDAY_FRESH18_SET,
  EVERYDAY_FRESH19_SET,
  EVERYDAY_HELDOUT_SET,
  EVERYDAY_SET,
  GUIDANCE,
  NEAR_DOMAIN_DEV2_SET,
  NEAR_DOMAIN_DEV3_SET,
  NEAR_DOMAIN_DEV4_SET,
  NEAR_DOMAIN_DEV5_SET,
  NEAR_DOMAIN_DEV6_SET,
  NEAR_DOMAIN_DEV7_SET,
  NEAR_DOMAIN_DEV8_SET,
  NEAR_DOMAIN_DEV9_SET,
  NEAR_DOMAIN_DEV10_SET,
  NEAR_DOMAIN_DEV11_SET,
  NEAR_DOMAIN_DEV12_SET,
  NEAR_DOMAIN_DEV13_SET,
  NEAR_DOMAIN_DEV14_SET,
  NEAR_DOMAIN_DEV15_SET,
  NEAR_DOMAIN_DEV16_SET,
  NEAR_DOMAIN_DEV17_SET,
  NEAR_DOMAIN_DEV18_SET,
  NEAR_DOMAIN_DEV19_SET,
  NEAR_DOMAIN_DEV20_SET,
  NEAR_DOMAIN_DEV21_SET,
  NEAR_DOMAIN_DEV22_SET,
  NEAR_DOMAIN_DEV23_SET,
  NEAR_DOMAIN_DEV24_SET,
  NEAR_DOMAIN_DEV25_SET,
  NEAR_DOMAIN_DEV26_SET,
  NEAR_DOMAIN_DEV27_SET,
  NEAR_DOMAIN_DEV28_SET,
  NEAR_DOMAIN_DEV29_SET,
  NEAR_DOMAIN_DEV30_SET,
  NEAR_DOMAIN_DEV31_SET,
  NEAR_DOMAIN_DEV32_SET,
  NEAR_DOMAIN_DEV33_SET,
  NEAR_DOMAIN_DEV34_SET,
  NEAR_DOMAIN_DEV35_SET,
  NEAR_DOMAIN_DEV36_SET,
  NEAR_DOMAIN_FRESH_SET,
  NEAR_DOMAIN_FRESH2_SET,
  NEAR_DOMAIN_FRESH3_SET,
  NEAR_DOMAIN_FRESH4_SET,
  NEAR_DOMAIN_FRESH5_SET,
  NEAR_DOMAIN_FRESH6_SET,
  NEAR_DOMAIN_FRESH7_SET,
  NEAR_DOMAIN_FRESH8_SET,
  NEAR_DOMAIN_FRESH9_SET,
  NEAR_DOMAIN_FRESH10_SET,
  NEAR_DOMAIN_FRESH11_SET,
  NEAR_DOMAIN_FRESH12_SET,
  NEAR_DOMAIN_FRESH13_SET,
  NEAR_DOMAIN_FRESH14_SET,
  NEAR_DOMAIN_FRESH15_SET,
  NEAR_DOMAIN_FRESH16_SET,
  NEAR_DOMAIN_FRESH17_SET,
  NEAR_DOMAIN_FRESH18_SET,
  NEAR_DOMAIN_FRESH19_SET,
  NEAR_DOMAIN_HELDOUT_SET,
  NEAR_DOMAIN_SET,
  OUT_OF_SCOPE_SET,
  OWN_SET,
  PARAPHRASE_SET,
  everydaySet,
  nearDomainSet,
} from "./helpers.js";

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

// Everyday paraphrases of the letters' wording (test/kb/paraphrases.jsonl), the set the equivalence
// dictionary was tuned on: 26 in scope, 16 out of scope. Measured 0.885 / 0.962, 5 declined in
// scope (before the dictionary: 0.769 / 0.885, 20 declined); the bounds leave about two questions.
describe.each([
  ["without FAQ", null],
  ["with the built-in FAQ", undefined],
] as const)("paraphrased questions, %s", (_name, faqFile) => {
  it("finds the letter and answers most, declines every out-of-scope question", async () => {
    const base = faqFile === null ? kb : await loadKnowledgeBase({ docsDir: GUIDANCE });
    const r = evaluate(await readEvalSet(PARAPHRASE_SET), (q) => base.answer(q));
    expect(r.inScope).toBeGreaterThanOrEqual(25);
    expect(r.outOfScope).toBeGreaterThanOrEqual(15);
    expect(r.hit1).toBeGreaterThanOrEqual(0.8);
    expect(r.hit3).toBeGreaterThanOrEqual(0.9);
    expect(r.outOfScopeDeclined).toBe(1);
    expect(Math.round(r.inScopeDeclined * r.inScope)).toBeLessThanOrEqual(7);
  });
});

// Everyday questions the letters do not answer (test/kb/out-of-scope.jsonl: dates, weather, prices,
// other procedures, IT help, chit-chat, other offices' leaders, system questions the letters leave
// out), the set accent-aware evidence was tuned on. Measured: highest confidence 0.406 (x36, "phần
// mềm báo lỗi…"; 0.362 before chat function words were discounted, tuning.ts). Every one must be
// declined by the confidence alone, before the focus and asked-fact checks.
describe.each([
  ["without FAQ", null],
  ["with the built-in FAQ", undefined],
] as const)("out-of-scope questions, %s", (_name, faqFile) => {
  it("declines every one, below the threshold", async () => {
    const base = faqFile === null ? kb : await loadKnowledgeBase({ docsDir: GUIDANCE });
    const r = evaluate(await readEvalSet(OUT_OF_SCOPE_SET), (q) => base.answer(q));
    expect(r.outOfScope).toBeGreaterThanOrEqual(40);
    expect(r.inScope).toBe(0);
    const answered = r.rows.filter((row) => row.answer.answered).map((row) => row.item.id);
    expect(answered, `answered: ${answered.join(", ")}`).toEqual([]);
    const highest = r.rows.reduce((best, row) => (row.answer.confidence > best.answer.confidence ? row : best));
    expect(highest.answer.confidence, highest.item.q).toBeLessThan(TUNING.answerThreshold);
  });
});

// The dev set must not get worse than before issue 15: hit@1 ≥ 0.95, every out-of-scope question
// declined, none in scope declined.
it("dev set: hit@1 ≥ 0.95, declines every out-of-scope question and none in scope", async () => {
  const r = evaluate(await readEvalSet(DEV_SET), (q) => kb.answer(q));
  expect(r.hit1).toBeGreaterThanOrEqual(0.95);
  expect(r.outOfScopeDeclined).toBe(1);
  expect(r.inScopeDeclined).toBe(0);
});

// Issue 15, on the project's own sets (written in the project's words, not the letters'):
// test/kb/everyday.jsonl (98 questions in scope, everyday words, unaccented, abbreviated) and
// test/kb/near-domain.jsonl (50 questions that reuse the letters' words but ask what no letter
// says) were tuned on from the start; the -heldout and -fresh pairs were only measured until the
// fourth round, the -fresh2 pair until the fifth, the -fresh3 pair until the sixth, and are tuned on
// since; the -dev3, -dev4 and -dev5 pairs, each by another writer, were tuned on in the sixth round
// (tuning.ts has the figures). The -fresh4 and -fresh5 pairs were held out in the sixth round and
// are tuned on since the seventh, with the -dev6 and -dev7 pairs of two more writers. The -fresh6
// and -fresh7 pairs are the held-out part: never tuned on.
const TUNED_EVERYDAY = [EVERYDAY_SET, EVERYDAY_DEV2_SET, EVERYDAY_HELDOUT_SET, EVERYDAY_FRESH_SET, EVERYDAY_FRESH2_SET, EVERYDAY_FRESH3_SET, EVERYDAY_DEV3_SET, EVERYDAY_DEV4_SET, EVERYDAY_DEV5_SET];
const TUNED_NEAR_DOMAIN = [NEAR_DOMAIN_SET, NEAR_DOMAIN_DEV2_SET, NEAR_DOMAIN_HELDOUT_SET, NEAR_DOMAIN_FRESH_SET, NEAR_DOMAIN_FRESH2_SET, NEAR_DOMAIN_FRESH3_SET, NEAR_DOMAIN_DEV3_SET, NEAR_DOMAIN_DEV4_SET, NEAR_DOMAIN_DEV5_SET];

async function rowsOf(files: readonly string[]) {
  const rows = [];
  for (const file of files) rows.push(...evaluate(await readEvalSet(file), (q) => kb.answer(q)).rows);
  return rows;
}

describe("kb:eval scoring", () => {
  const item = { id: "x1", q: "…", doc: "cds-vhttdl-tich-hop-qlvb", evidence: ["(*chi tiết tại Phụ lục 02 đính kèm*)"] };

  it("matches evidence copied with the letter's markdown emphasis against the text the KB shows", () => {
    const text = "Hướng dẫn tích hợp (chi tiết tại Phụ lục 02 đính kèm).";
    expect(isHit(item, { doc: item.doc, text })).toBe(true);
    expect(answerHasEvidence(item, { q: item.q, answered: true, confidence: 1, answer: text, sources: [] })).toBe(true);
    expect(isHit(item, { doc: "bvhttdl-ke-hoach-tap-huan", text })).toBe(false);
  });

  it("matches evidence copied with a link's markdown brackets against the link the KB shows", () => {
    const linked = { ...item, evidence: ["tại địa chỉ: <https://form.gov.vn/9B4mHHqH>"] };
    expect(isHit(linked, { doc: item.doc, text: "cung cấp thông tin tại địa chỉ: https://form.gov.vn/9B4mHHqH hoặc mã QR" })).toBe(true);
    expect(isHit(linked, { doc: item.doc, text: "cung cấp thông tin tại địa chỉ: https://form.gov.vn/XXXX hoặc mã QR" })).toBe(false);
  });

  it("matches evidence copied across a line break after a hyphen against the joined text the KB shows", () => {
    const cited = { ...item, evidence: ["7753/BKHCN- CĐSQG ngày 17/12/2025"] };
    expect(isHit(cited, { doc: item.doc, text: "Công văn số 7753/BKHCN-CĐSQG ngày 17/12/2025 của Bộ" })).toBe(true);
    expect(isHit(cited, { doc: item.doc, text: "Công văn số 7753/BKHCN-CĐSQG ngày 18/12/2025 của Bộ" })).toBe(false);
  });

  it("reads a source's heading as the label the answer shows before it", () => {
    const addressees = { ...item, evidence: ["Kính gửi: Ủy ban nhân dân các tỉnh"] };
    expect(isHit(addressees, { doc: item.doc, heading: "Kính gửi", text: "Kính gửi\nỦy ban nhân dân các tỉnh, thành phố" })).toBe(true);
    expect(isHit(addressees, { doc: item.doc, text: "Ủy ban nhân dân các tỉnh, thành phố" })).toBe(false);
  });
});

describe("issue 15 sets", () => {
  it("the nine tuned everyday sets together: hit@1 ≥ 0.90, hit@3 ≥ 0.97, ≤ 3% declined, the fact in ≥ 90% of answers", async () => {
    const inScope = (await rowsOf(TUNED_EVERYDAY)).filter((row) => row.item.doc !== null);
    const share = (n: number) => n / inScope.length;
    const declined = inScope.filter((row) => !row.answer.answered).map((row) => row.item.id);
    expect(inScope.length).toBeGreaterThanOrEqual(600);
    // Sixth round: 0.969 / 0.993 / 2.3% / 0.957 (0.941 / 0.979 / 12.3% / 0.850 before it, most of the
    // declines on the three new development sets); seventh: 0.972 / 0.993 / 1.8% / 0.964; ninth:
    // 0.979 / 0.993 / 0.8% / 0.977. The bounds sit a few questions below.
    expect(share(inScope.filter((row) => row.rank === 1).length)).toBeGreaterThanOrEqual(0.95);
    expect(share(inScope.filter((row) => row.rank !== undefined && row.rank <= 3).length)).toBeGreaterThanOrEqual(0.98);
    expect(share(declined.length), `declined: ${declined.join(", ")}`).toBeLessThanOrEqual(0.03);
    expect(share(inScope.filter((row) => answerHasEvidence(row.item, row.answer)).length)).toBeGreaterThanOrEqual(0.94);
  });

  it("the nine tuned near-domain sets together: at least 95% declined", async () => {
    const outOfScope = (await rowsOf(TUNED_NEAR_DOMAIN)).filter((row) => row.item.doc === null);
    const answered = outOfScope.filter((row) => row.answer.answered).map((row) => row.item.id);
    expect(outOfScope.length).toBeGreaterThanOrEqual(300);
    // Sixth round: 293 of 303, 96.7% (285, 94.1% before it); seventh: 295, 97.4%; ninth: 298, 98.3%.
    expect(1 - answered.length / outOfScope.length, `answered: ${answered.join(", ")}`).toBeGreaterThanOrEqual(0.96);
  });

  it("everyday questions: the letter first, the fact in the answer, hardly any declined", async () => {
    const r = evaluate(await readEvalSet(EVERYDAY_SET), (q) => kb.answer(q));
    const declined = r.rows.filter((row) => !row.answer.answered).map((row) => row.item.id);
    expect(r.inScope).toBeGreaterThanOrEqual(90);
    // Targets 0.90 and 0.90: measured 0.939 and 0.929 (second round), 0.949 and 0.939 (third
    // round), 0.969 and 0.949 (fourth round), 0.980 and 0.959 (fifth round, tuning.ts); the bounds
    // sit a few questions below.
    expect(r.hit1).toBeGreaterThanOrEqual(0.94);
    expect(r.hit3).toBeGreaterThanOrEqual(0.97);
    expect(r.inScopeDeclined, `declined: ${declined.join(", ")}`).toBeLessThanOrEqual(0.03);
    expect(r.evidenceInAnswer).toBeGreaterThanOrEqual(0.92);
  });

  it("near-domain questions: at least 95% declined", async () => {
    const r = evaluate(await readEvalSet(NEAR_DOMAIN_SET), (q) => kb.answer(q));
    const answered = r.rows.filter((row) => row.answer.answered).map((row) => row.item.id);
    expect(r.outOfScope).toBeGreaterThanOrEqual(45);
    expect(r.outOfScopeDeclined, `answered: ${answered.join(", ")}`).toBeGreaterThanOrEqual(0.95);
  });

});

describe("issue 15: earlier rounds' pairs and the held-out pairs", () => {
  it("first held-out pair (tuned on since the fourth round): at least 120 and 60 questions in all with the tuned sets", async () => {
    const everyday = evaluate(await readEvalSet(EVERYDAY_HELDOUT_SET), (q) => kb.answer(q));
    const near = evaluate(await readEvalSet(NEAR_DOMAIN_HELDOUT_SET), (q) => kb.answer(q));
    const tuned = (await readEvalSet(EVERYDAY_SET)).length;
    const tunedNear = (await readEvalSet(NEAR_DOMAIN_SET)).length;
    expect(tuned + everyday.inScope).toBeGreaterThanOrEqual(120);
    expect(tunedNear + near.outOfScope).toBeGreaterThanOrEqual(60);
    // Measured: hit@1 0.938, hit@3 0.969, none declined, near-domain 87.5% declined (fourth round,
    // tuned on); 0.781 / 0.969 / 6.3% / 81% before it, when the set was only measured.
    expect(everyday.hit1).toBeGreaterThanOrEqual(0.87);
    expect(everyday.hit3).toBeGreaterThanOrEqual(0.93);
    expect(everyday.inScopeDeclined).toBeLessThanOrEqual(0.04);
    expect(near.outOfScopeDeclined).toBeGreaterThanOrEqual(0.8);
  });

  it("fresh pair (tuned on since the fourth round): all five letters, the letter first", async () => {
    const everyday = evaluate(await readEvalSet(EVERYDAY_FRESH_SET), (q) => kb.answer(q));
    const near = evaluate(await readEvalSet(NEAR_DOMAIN_FRESH_SET), (q) => kb.answer(q));
    expect(everyday.inScope).toBeGreaterThanOrEqual(40);
    expect(new Set(everyday.rows.map((r) => r.item.doc)).size).toBe(5);
    expect(near.outOfScope).toBeGreaterThanOrEqual(20);
    // Measured: hit@1 0.940, hit@3 1.0, 2% declined, near-domain all declined (fourth round, tuned
    // on); 0.880 / 0.980 / 8% / 96% before it, when the set was only measured.
    expect(everyday.hit1).toBeGreaterThanOrEqual(0.9);
    expect(everyday.hit3).toBeGreaterThanOrEqual(0.96);
    expect(everyday.inScopeDeclined).toBeLessThanOrEqual(0.04);
    expect(near.outOfScopeDeclined).toBeGreaterThanOrEqual(0.95);
  });

  // Held out: never read while tuning, measured in aggregate only. The bounds only guard against
  // losing what unseen wording already gets; they are not a target to tune towards.
  it.each([
    // fresh50 and fresh51, written at the start of the twenty-sixth round and committed unread (a Thái
    // Nguyên commune officer's fast phone typing, slips left in, marks on most words; a Huế department
    // deputy director's terse formal directives in his own administrative words): 0.969 / 0.988 / 9.4%
    // / 0.887, near-domain 96.3% with the code of its start (b1c2cea); 0.963 / 0.988 / 5.0% / 0.912,
    // 96.3% at its end. (That writer's brief listed "Cần xác định …", which a rule of the round reads.)
    ["fresh50 and fresh51", [everydaySet("fresh50"), everydaySet("fresh51"), nearDomainSet("fresh50"), nearDomainSet("fresh51")], { hit1: 0.95, hit3: 0.97, declined: 0.06, evidence: 0.9, near: 0.95 }],
    // fresh52 and fresh53, written mid-round and committed unread before any rule after them (a Quảng
    // Ngãi commune officer's unedited voice transcripts; a Cao Bằng department accountant describing
    // things in plain words, half unmarked): 0.963 / 0.981 / 3.1% / 0.938, near-domain 100% with the
    // round's start code and the same at its end.
    ["fresh52 and fresh53", [everydaySet("fresh52"), everydaySet("fresh53"), nearDomainSet("fresh52"), nearDomainSet("fresh53")], { hit1: 0.95, hit3: 0.97, declined: 0.04, evidence: 0.92, near: 0.97 }],
    // fresh54 and fresh55, written at the start of the twenty-seventh round and committed unread (a Gia
    // Lai mountain-commune officer's regional phone typing, half unmarked; a Hà Nội department IT
    // specialist's own technical words): 0.988 / 1.000 / 1.3% / 0.975, near-domain 98.8% with the
    // round's start code (0bd776c, tables rerun with dev191–dev196); 0.988 / 1.000 / 1.9% / 0.969, 98.8%
    // at its end.
    ["fresh54 and fresh55", [everydaySet("fresh54"), everydaySet("fresh55"), nearDomainSet("fresh54"), nearDomainSet("fresh55")], { hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.97 }],
    // fresh56 and fresh57, written early in the round and committed unread before any rule of it (a
    // Quảng Ninh tourism-department secretary's polite requests in everyday words; a Sơn La commune
    // officer's regional slips, l/n and s/x swapped): 0.956 / 1.000 / 1.9% / 0.944, 95.0% with the
    // start code; 0.956 / 1.000 / 0.6% / 0.956, 95.0% at the end.
    ["fresh56 and fresh57", [everydaySet("fresh56"), everydaySet("fresh57"), nearDomainSet("fresh56"), nearDomainSet("fresh57")], { hit1: 0.94, hit3: 0.98, declined: 0.02, evidence: 0.94, near: 0.93 }],
  ] as const)("%s, held out (never tuned on): all five letters, no collapse on wording the KB has not met", async (_name, sets, min) => {
    const rows = await rowsOf([...sets]);
    const inScope = rows.filter((row) => row.item.doc !== null);
    const outOfScope = rows.filter((row) => row.item.doc === null);
    const share = (n: number) => n / inScope.length;
    expect(inScope.length).toBeGreaterThanOrEqual(160);
    expect(new Set(inScope.map((r) => r.item.doc)).size).toBe(5);
    expect(outOfScope.length).toBeGreaterThanOrEqual(80);
    expect(share(inScope.filter((row) => row.rank === 1).length)).toBeGreaterThanOrEqual(min.hit1);
    expect(share(inScope.filter((row) => row.rank !== undefined && row.rank <= 3).length)).toBeGreaterThanOrEqual(min.hit3);
    expect(share(inScope.filter((row) => !row.answer.answered).length)).toBeLessThanOrEqual(min.declined);
    expect(share(inScope.filter((row) => answerHasEvidence(row.item, row.answer)).length)).toBeGreaterThanOrEqual(min.evidence);
    expect(outOfScope.filter((row) => !row.answer.answered).length / outOfScope.length).toBeGreaterThanOrEqual(min.near);
  });

  // Third round (tuning.ts): written from the letters and committed before any change, then tuned on.
  it("second development pair: all five letters, the letter first, the fact in the answer", async () => {
    const everyday = evaluate(await readEvalSet(EVERYDAY_DEV2_SET), (q) => kb.answer(q));
    const near = evaluate(await readEvalSet(NEAR_DOMAIN_DEV2_SET), (q) => kb.answer(q));
    expect(everyday.inScope).toBeGreaterThanOrEqual(50);
    expect(new Set(everyday.rows.map((r) => r.item.doc)).size).toBe(5);
    expect(near.outOfScope).toBeGreaterThanOrEqual(25);
    // Measured 0.964 / 0.982 / none declined / 0.982 and 97% of near-domain declined (before the
    // round: 0.911 / 0.982 / 1.8% / 0.857, 86%); 0.982 / 0.982 / none / 1.0 and all near-domain
    // declined since the fourth round. The bounds sit a question below.
    expect(everyday.hit1).toBeGreaterThanOrEqual(0.96);
    expect(everyday.hit3).toBeGreaterThanOrEqual(0.96);
    expect(everyday.inScopeDeclined).toBeLessThanOrEqual(0.02);
    expect(everyday.evidenceInAnswer).toBeGreaterThanOrEqual(0.96);
    expect(near.outOfScopeDeclined).toBeGreaterThanOrEqual(0.96);
  });
});

// Fifth to twelfth rounds: each writer worked from the letters alone and each pair was committed
// before it was read; then tuned on.
describe("issue 15: the pairs tuned on since the fifth to fourteenth rounds", () => {
  it.each([
    // Round 5 (held out until then). 0.905 / 0.964 / 16.7% / 0.786 and 92.5% when it was only measured;
    // 0.952 / 0.976 / 3.6% / 0.940 and 95% after round 5.
    ["independent pair", EVERYDAY_FRESH2_SET, NEAR_DOMAIN_FRESH2_SET, { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.05, evidence: 0.92, near: 0.95 }],
    // Round 6 (held out until then). 0.936 / 0.962 / 9.0% / 0.872 and 92.3% when it was only measured;
    // 0.974 / 1.0 / none declined / 0.987 and 94.9% after round 6.
    ["third independent pair", EVERYDAY_FRESH3_SET, NEAR_DOMAIN_FRESH3_SET, { questions: 70, hit1: 0.94, hit3: 0.97, declined: 0.03, evidence: 0.95, near: 0.92 }],
    // Round 6. Context clauses; with the code of the start of the round 0.914 / 0.986 / 18.6% / 0.771, 91.4%.
    ["third development pair", EVERYDAY_DEV3_SET, NEAR_DOMAIN_DEV3_SET, { questions: 70, hit1: 0.93, hit3: 0.97, declined: 0.05, evidence: 0.9, near: 0.97 }],
    // Typos, IT English, formal and fragment questions; at the start 0.900 / 0.971 / 28.6% / 0.700, 85.7%.
    ["fourth development pair", EVERYDAY_DEV4_SET, NEAR_DOMAIN_DEV4_SET, { questions: 70, hit1: 0.92, hit3: 0.97, declined: 0.06, evidence: 0.92, near: 0.92 }],
    // Dialects, yes/no questions, numbers in words, voice typing; at the start 0.900 / 0.957 / 42.9% / 0.557, 94.3%.
    ["fifth development pair", EVERYDAY_DEV5_SET, NEAR_DOMAIN_DEV5_SET, { questions: 70, hit1: 0.93, hit3: 0.97, declined: 0.14, evidence: 0.84, near: 0.92 }],
    // Round 7. Held out in the sixth round; 0.975 / 0.988 / 10% / 0.900, 90% when it ended.
    ["fourth independent pair", EVERYDAY_FRESH4_SET, NEAR_DOMAIN_FRESH4_SET, { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.07, evidence: 0.92, near: 0.87 }],
    // Held out in the sixth round; 0.887 / 0.975 / 21.3% / 0.713, 95% when it ended.
    ["fifth independent pair", EVERYDAY_FRESH5_SET, NEAR_DOMAIN_FRESH5_SET, { questions: 80, hit1: 0.89, hit3: 0.96, declined: 0.12, evidence: 0.81, near: 0.95 }],
    // Search-box keyword queries; at the start of the round 0.925 / 0.975 / 7.5% / 0.900, 87.5%.
    ["sixth development pair", EVERYDAY_DEV6_SET, NEAR_DOMAIN_DEV6_SET, { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.04, evidence: 0.93, near: 0.85 }],
    // Central dialect, voice typing, formal openings; at the start 0.925 / 0.963 / 31.3% / 0.650, 95%.
    ["seventh development pair", EVERYDAY_DEV7_SET, NEAR_DOMAIN_DEV7_SET, { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.12, evidence: 0.86, near: 0.95 }],
    // Round 8. Held out in the seventh round; 0.912 / 0.975 / 6.3% / 0.863, 92.5% when it ended.
    ["sixth independent pair", EVERYDAY_FRESH6_SET, NEAR_DOMAIN_FRESH6_SET, { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.08, evidence: 0.86, near: 0.92 }],
    // Held out in the seventh round; 0.950 / 1.0 / 8.8% / 0.887, 97.5% when it ended.
    ["seventh independent pair", EVERYDAY_FRESH7_SET, NEAR_DOMAIN_FRESH7_SET, { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.09, evidence: 0.88, near: 0.95 }],
    // Southern commune officers: long messages, southern spellings; at the start 0.938 / 0.975 / 26.3% / 0.725, 97.5%.
    ["eighth development pair", EVERYDAY_DEV8_SET, NEAR_DOMAIN_DEV8_SET, { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.14, evidence: 0.85, near: 0.97 }],
    // Department clerks relaying questions: acronyms, English office words, guesses to confirm; at the start 0.887 / 0.950 / 23.8% / 0.725, 100%.
    ["ninth development pair", EVERYDAY_DEV9_SET, NEAR_DOMAIN_DEV9_SET, { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.08, evidence: 0.9, near: 0.95 }],
    // Young officers: teen-code, run-on voice typing, Telex left unconverted; at the start 1.0 / 1.0 / 21.3% / 0.787, 95%.
    ["tenth development pair", EVERYDAY_DEV10_SET, NEAR_DOMAIN_DEV10_SET, { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.12, evidence: 0.87, near: 0.92 }],
    // Experienced officers writing formally, numbers quoted to confirm; at the start 0.887 / 1.0 / 22.5% / 0.700, 97.5%.
    ["eleventh development pair", EVERYDAY_DEV11_SET, NEAR_DOMAIN_DEV11_SET, { questions: 80, hit1: 0.91, hit3: 0.98, declined: 0.14, evidence: 0.81, near: 0.92 }],
    // Voice transcripts and commands; at the start 0.963 / 0.988 / 10.0% / 0.875, 87.5%.
    ["twelfth development pair", EVERYDAY_DEV12_SET, NEAR_DOMAIN_DEV12_SET, { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.07, evidence: 0.9, near: 0.9 }],
    // Vietnamese as a second language, letters named vaguely; at the start 0.950 / 0.988 / 5.0% / 0.912, 100%.
    ["thirteenth development pair", EVERYDAY_DEV13_SET, NEAR_DOMAIN_DEV13_SET, { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.06, evidence: 0.91, near: 0.97 }],
    // Sentences quoted and asked about, timing, things named by description; when first read 0.925 / 0.988 / 6.3% / 0.863, 92.5%.
    ["fourteenth development pair", EVERYDAY_DEV14_SET, NEAR_DOMAIN_DEV14_SET, { questions: 80, hit1: 0.9, hit3: 0.97, declined: 0.07, evidence: 0.85, near: 0.9 }],
    // Commune chairmen's blunt fragments; when first read 0.887 / 0.988 / 5.0% / 0.838, 85% (13.8% declined with the code of the start of the round).
    ["fifteenth development pair", EVERYDAY_DEV15_SET, NEAR_DOMAIN_DEV15_SET, { questions: 80, hit1: 0.86, hit3: 0.97, declined: 0.07, evidence: 0.81, near: 0.82 }],
    // Round 9. Held out in the eighth round; at the start of the ninth 0.950 / 1.0 / 13.8% / 0.825, 95%.
    ["eighth independent pair", EVERYDAY_FRESH8_SET, NEAR_DOMAIN_FRESH8_SET, { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.1, evidence: 0.87, near: 0.95 }],
    // Held out in the eighth round; at the start of the ninth 0.925 / 0.988 / 11.3% / 0.863, 92.5%.
    ["ninth independent pair", EVERYDAY_FRESH9_SET, NEAR_DOMAIN_FRESH9_SET, { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.06, evidence: 0.91, near: 0.97 }],
    // Older officers' long courteous messages; at the start 0.850 / 0.975 / 73.8% / 0.250, 100%.
    ["sixteenth development pair", EVERYDAY_DEV16_SET, NEAR_DOMAIN_DEV16_SET, { questions: 80, hit1: 0.86, hit3: 0.96, declined: 0.25, evidence: 0.67, near: 0.92 }],
    // Software vendors' technicians and IT staff; at the start 0.925 / 0.988 / 3.8% / 0.900, 97.5%.
    ["seventeenth development pair", EVERYDAY_DEV17_SET, NEAR_DOMAIN_DEV17_SET, { questions: 80, hit1: 0.9, hit3: 0.97, declined: 0.06, evidence: 0.87, near: 0.95 }],
    // Northern mountain communes, plain words; at the start 0.838 / 0.938 / 16.3% / 0.750, 95%.
    ["eighteenth development pair", EVERYDAY_DEV18_SET, NEAR_DOMAIN_DEV18_SET, { questions: 80, hit1: 0.85, hit3: 0.93, declined: 0.14, evidence: 0.77, near: 0.97 }],
    // Phone typing slips; at the start 0.938 / 0.975 / 8.8% / 0.850, 92.5%.
    ["nineteenth development pair", EVERYDAY_DEV19_SET, NEAR_DOMAIN_DEV19_SET, { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.09, evidence: 0.86, near: 0.9 }],
    // Replies in a busy group thread; at the start 0.938 / 1.0 / 2.5% / 0.900, 92.5%.
    ["twentieth development pair", EVERYDAY_DEV20_SET, NEAR_DOMAIN_DEV20_SET, { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.04, evidence: 0.9, near: 0.95 }],
    // Deliberate paraphrase in everyday descriptions; at the start 0.775 / 0.912 / 45% / 0.463, 97.5%.
    ["twenty-first development pair", EVERYDAY_DEV21_SET, NEAR_DOMAIN_DEV21_SET, { questions: 80, hit1: 0.84, hit3: 0.92, declined: 0.2, evidence: 0.73, near: 0.95 }],
    // Late in round 9, read once (rhetorical questions). Two letters compared; at the end of round 9
    // 0.800 / 0.912 / 22.5% / 0.637, 92.5%.
    ["twenty-second development pair", EVERYDAY_DEV22_SET, NEAR_DOMAIN_DEV22_SET, { questions: 80, hit1: 0.8, hit3: 0.9, declined: 0.19, evidence: 0.7, near: 0.9 }],
    // Complaints and rhetorical questions; 0.887 / 0.988 / 35.0% / 0.588, 95% before the one mechanism, 31.3% / 0.625 after.
    ["twenty-third development pair", EVERYDAY_DEV23_SET, NEAR_DOMAIN_DEV23_SET, { questions: 80, hit1: 0.9, hit3: 0.97, declined: 0.24, evidence: 0.71, near: 0.95 }],
    // Emojis, line breaks, forwarded lines; 0.963 / 1.0 / 6.3% / 0.900, 85%.
    ["twenty-fourth development pair", EVERYDAY_DEV24_SET, NEAR_DOMAIN_DEV24_SET, { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.05, evidence: 0.91, near: 0.82 }],
    // Provincial culture departments and one-stop centres; 0.900 / 0.975 / 5.0% / 0.875, 95%.
    ["twenty-fifth development pair", EVERYDAY_DEV25_SET, NEAR_DOMAIN_DEV25_SET, { questions: 80, hit1: 0.88, hit3: 0.95, declined: 0.05, evidence: 0.87, near: 0.92 }],
    // Round 10. Held out in the ninth round; at the start of the tenth 0.975 / 0.988 / 7.5% / 0.925, 100%.
    ["tenth independent pair", EVERYDAY_FRESH10_SET, NEAR_DOMAIN_FRESH10_SET, { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.06, evidence: 0.93, near: 0.97 }],
    // Held out in the ninth round; at the start of the tenth 0.950 / 0.988 / 10.0% / 0.900, 92.5%.
    ["eleventh independent pair", EVERYDAY_FRESH11_SET, NEAR_DOMAIN_FRESH11_SET, { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.07, evidence: 0.92, near: 0.95 }],
    // Questions dictated by voice: spelled acronyms and numbers; when first read 0.975 / 0.988 / 28.7% / 0.700, 95%.
    ["twenty-sixth development pair", EVERYDAY_DEV26_SET, NEAR_DOMAIN_DEV26_SET, { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.15, evidence: 0.83, near: 0.95 }],
    // Letters named by number or date, colleagues' claims to check; when first read 0.775 / 0.963 / 32.5% / 0.600, 97.5%.
    ["twenty-seventh development pair", EVERYDAY_DEV27_SET, NEAR_DOMAIN_DEV27_SET, { questions: 80, hit1: 0.88, hit3: 0.97, declined: 0.11, evidence: 0.85, near: 0.95 }],
    // Round 11. Held out in the ninth and tenth rounds; at the start of the eleventh 0.975 / 1.0 / 2.5% / 0.963, 92.5%.
    ["twelfth independent pair", EVERYDAY_FRESH12_SET, NEAR_DOMAIN_FRESH12_SET, { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.9 }],
    // Held out in the ninth and tenth rounds; at the start of the eleventh 0.900 / 0.963 / 10.0% / 0.800, 95%.
    ["thirteenth independent pair", EVERYDAY_FRESH13_SET, NEAR_DOMAIN_FRESH13_SET, { questions: 80, hit1: 0.88, hit3: 0.93, declined: 0.08, evidence: 0.83, near: 0.9 }],
    // Commune officers' conditional and negated worries; at the start 0.975 / 1.0 / 6.3% / 0.925, 97.5%.
    ["twenty-eighth development pair", EVERYDAY_DEV28_SET, NEAR_DOMAIN_DEV28_SET, { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.08, evidence: 0.91, near: 0.92 }],
    // Provincial office staff drafting reports: quoted phrases, cited letters; at the start 0.938 / 0.988 / 7.5% / 0.900, 100%.
    ["twenty-ninth development pair", EVERYDAY_DEV29_SET, NEAR_DOMAIN_DEV29_SET, { questions: 80, hit1: 0.91, hit3: 0.96, declined: 0.07, evidence: 0.91, near: 0.95 }],
    // Sloppy phone typing at a one-stop desk; when first read 0.988 / 1.0 / 7.5% / 0.925, 97.5%.
    ["thirtieth development pair", EVERYDAY_DEV30_SET, NEAR_DOMAIN_DEV30_SET, { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.1, evidence: 0.9, near: 0.92 }],
    // A department's coordinating officer comparing letters, checking numbers; when first read 0.975 / 1.0 / 5.0% / 0.938, 97.5%.
    ["thirty-first development pair", EVERYDAY_DEV31_SET, NEAR_DOMAIN_DEV31_SET, { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.05, evidence: 0.93, near: 0.92 }],
    // A public administration service centre's long procedural messages; when first read 0.963 / 0.988 / 5.0% / 0.925, 97.5%.
    ["thirty-second development pair", EVERYDAY_DEV32_SET, NEAR_DOMAIN_DEV32_SET, { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.04, evidence: 0.93, near: 0.92 }],
    // A science department's IT specialist: jargon, English terms, two-part questions; when first read 0.975 / 1.0 / 6.3% / 0.912, 92.5%.
    ["thirty-third development pair", EVERYDAY_DEV33_SET, NEAR_DOMAIN_DEV33_SET, { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.08, evidence: 0.9, near: 0.92 }],
    // A Mekong delta commune's cultural officer in southern speech, situation first; when first read 0.950 / 0.988 / 8.8% / 0.887, 97.5%.
    ["thirty-fourth development pair", EVERYDAY_DEV34_SET, NEAR_DOMAIN_DEV34_SET, { questions: 80, hit1: 0.92, hit3: 0.96, declined: 0.11, evidence: 0.86, near: 0.95 }],
    // A deputy director's compact briefing questions across letters; when first read 0.950 / 0.963 / 7.5% / 0.912, 97.5%.
    // Near-domain 92.5% since the officer words of round eighteen ("những tỉnh nào đã tham gia thử nghiệm" meets the pilot's passage).
    ["thirty-fifth development pair", EVERYDAY_DEV35_SET, NEAR_DOMAIN_DEV35_SET, { questions: 80, hit1: 0.92, hit3: 0.93, declined: 0.09, evidence: 0.9, near: 0.92 }],
    // A colleague relaying others' questions, letters named vaguely; when first read 1.0 / 1.0 / 5.0% / 0.950, 92.5%.
    ["thirty-sixth development pair", EVERYDAY_DEV36_SET, NEAR_DOMAIN_DEV36_SET, { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.05, evidence: 0.95, near: 0.9 }],
    // Twelfth round. Held out through the eleventh, tuned on since (figures with the code of the
    // round's start): fresh14 0.963 / 0.975 / 7.5% / 0.912, 97.5%; fresh15 0.938 / 0.975 / 11.3% /
    // 0.825, 92.5%; fresh16 0.963 / 0.988 / 2.5% / 0.950, 95%; fresh17 0.975 / 1.0 / 5.0% / 0.912, 90%.
    ["fourteenth independent pair", EVERYDAY_FRESH14_SET, NEAR_DOMAIN_FRESH14_SET, { questions: 80, hit1: 0.94, hit3: 0.96, declined: 0.07, evidence: 0.91, near: 0.95 }],
    ["fifteenth independent pair", EVERYDAY_FRESH15_SET, NEAR_DOMAIN_FRESH15_SET, { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.1, evidence: 0.85, near: 0.9 }],
    ["sixteenth independent pair", EVERYDAY_FRESH16_SET, NEAR_DOMAIN_FRESH16_SET, { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.03, evidence: 0.96, near: 0.9 }],
    ["seventeenth independent pair", EVERYDAY_FRESH17_SET, NEAR_DOMAIN_FRESH17_SET, { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.07, evidence: 0.88, near: 0.87 }],
    // Ten development writers, each measured once when committed (figures after each persona).
    // A ward clerk's polite two-part questions; 0.975 / 0.988 / 1.3% / 0.963, 97.5%.
    ["thirty-seventh development pair", everydaySet("dev37"), nearDomainSet("dev37"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.03, evidence: 0.95, near: 0.95 }],
    // A deputy director forwarding questions in southern speech; 0.950 / 0.988 / 10.0% / 0.875, 95%.
    ["thirty-eighth development pair", everydaySet("dev38"), nearDomainSet("dev38"), { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.05, evidence: 0.92, near: 0.92 }],
    // A service centre's fast phone typing; 0.938 / 0.988 / 3.8% / 0.900, 90%.
    ["thirty-ninth development pair", everydaySet("dev39"), nearDomainSet("dev39"), { questions: 80, hit1: 0.92, hit3: 0.97, declined: 0.04, evidence: 0.9, near: 0.92 }],
    // A central commune's office chief asking to confirm, in central dialect; 0.975 / 0.988 / 7.5% / 0.912, 97.5%.
    ["fortieth development pair", everydaySet("dev40"), nearDomainSet("dev40"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.09, evidence: 0.88, near: 0.95 }],
    // A software vendor's support engineer; 0.887 / 0.988 / 3.8% / 0.875, 95%.
    ["forty-first development pair", everydaySet("dev41"), nearDomainSet("dev41"), { questions: 80, hit1: 0.89, hit3: 0.98, declined: 0.05, evidence: 0.88, near: 0.92 }],
    // A northern commune officer's long stories with n/l slips; 0.963 / 0.975 / 26.3% / 0.713, 100%.
    ["forty-second development pair", everydaySet("dev42"), nearDomainSet("dev42"), { questions: 80, hit1: 0.94, hit3: 0.96, declined: 0.1, evidence: 0.87, near: 0.97 }],
    // A ministry legal officer on citations, signers and addressees; 0.938 / 1.0 / 3.8% / 0.912, 100%.
    ["forty-third development pair", everydaySet("dev43"), nearDomainSet("dev43"), { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.04, evidence: 0.91, near: 0.97 }],
    // A city ward officer's keyword questions in southern speech; 0.938 / 1.0 / 2.5% / 0.925, 90%.
    ["forty-fourth development pair", everydaySet("dev44"), nearDomainSet("dev44"), { questions: 80, hit1: 0.94, hit3: 0.98, declined: 0.02, evidence: 0.95, near: 0.9 }],
    // A vice-chairman dictating run-on questions by voice; 0.938 / 0.975 / 8.8% / 0.875, 95%.
    ["forty-fifth development pair", everydaySet("dev45"), nearDomainSet("dev45"), { questions: 80, hit1: 0.92, hit3: 0.96, declined: 0.05, evidence: 0.9, near: 0.92 }],
    // A support desk's formal ticket wording; 0.938 / 0.975 / 13.8% / 0.838, 95%.
    ["forty-sixth development pair", everydaySet("dev46"), nearDomainSet("dev46"), { questions: 80, hit1: 0.92, hit3: 0.96, declined: 0.05, evidence: 0.88, near: 0.9 }],
    // Thirteenth round. Held out through the twelfth, tuned on since (figures with the code of the
    // round's start): fresh18 0.938 / 0.975 / 8.8% / 0.875, 100%; fresh19 0.975 / 0.988 / 7.5% /
    // 0.900, 100%; fresh20 0.950 / 0.975 / 8.8% / 0.900, 97.5%; fresh21 0.925 / 0.975 / 16.3% /
    // 0.825, 97.5%.
    ["eighteenth independent pair", EVERYDAY_FRESH18_SET, NEAR_DOMAIN_FRESH18_SET, { questions: 80, hit1: 0.91, hit3: 0.95, declined: 0.08, evidence: 0.88, near: 0.95 }],
    ["nineteenth independent pair", EVERYDAY_FRESH19_SET, NEAR_DOMAIN_FRESH19_SET, { questions: 80, hit1: 0.95, hit3: 0.96, declined: 0.08, evidence: 0.89, near: 0.95 }],
    ["twentieth independent pair", everydaySet("fresh20"), nearDomainSet("fresh20"), { questions: 80, hit1: 0.93, hit3: 0.95, declined: 0.08, evidence: 0.89, near: 0.92 }],
    ["twenty-first independent pair", everydaySet("fresh21"), nearDomainSet("fresh21"), { questions: 80, hit1: 0.91, hit3: 0.96, declined: 0.17, evidence: 0.81, near: 0.92 }],
    // Six development writers, each measured once when committed (figures after each persona).
    // A commune chairman dictating by voice, calling whoever answers "cháu"; 0.975 / 1.0 / 13.8% / 0.825, 100%.
    ["forty-seventh development pair", everydaySet("dev47"), nearDomainSet("dev47"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.12, evidence: 0.85, near: 0.95 }],
    // A ward officer relaying in chat shorthand; 0.975 / 0.975 / 3.8% / 0.950, 97.5%.
    ["forty-eighth development pair", everydaySet("dev48"), nearDomainSet("dev48"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.06, evidence: 0.94, near: 0.92 }],
    // A provincial inspector's formal compliance questions; 0.863 / 0.975 / 22.5% / 0.700, 95%.
    ["forty-ninth development pair", everydaySet("dev49"), nearDomainSet("dev49"), { questions: 80, hit1: 0.85, hit3: 0.96, declined: 0.17, evidence: 0.74, near: 0.9 }],
    // A commune officer for whom Vietnamese is a second language; 0.887 / 0.950 / 6.3% / 0.850, 97.5%.
    ["fiftieth development pair", everydaySet("dev50"), nearDomainSet("dev50"), { questions: 80, hit1: 0.86, hit3: 0.94, declined: 0.07, evidence: 0.85, near: 0.92 }],
    // A software vendor's deployment staff; 0.963 / 1.0 / 5.0% / 0.925, 100%.
    ["fifty-first development pair", everydaySet("dev51"), nearDomainSet("dev51"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.06, evidence: 0.91, near: 0.95 }],
    // The City's department office head in a hurry ("UB", "Sài Gòn"); 0.863 / 0.988 / 16.3% / 0.762, 100%.
    ["fifty-second development pair", everydaySet("dev52"), nearDomainSet("dev52"), { questions: 80, hit1: 0.85, hit3: 0.96, declined: 0.11, evidence: 0.8, near: 0.95 }],
    // Fourteenth round. Held out through the thirteenth (fresh22, fresh23 since the twelfth), tuned on
    // since (figures with the code of the round's start): fresh22 0.975 / 0.988 / 5.0% / 0.925, 100%;
    // fresh23 0.975 / 1.0 / 6.3% / 0.925, 100%; fresh24 0.950 / 0.988 / 12.5% / 0.838, 100%; fresh25
    // 0.925 / 0.988 / 6.3% / 0.875, 100%.
    ["twenty-second independent pair", everydaySet("fresh22"), nearDomainSet("fresh22"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.04, evidence: 0.93, near: 0.97 }],
    ["twenty-third independent pair", everydaySet("fresh23"), nearDomainSet("fresh23"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.04, evidence: 0.94, near: 0.97 }],
    ["twenty-fourth independent pair", everydaySet("fresh24"), nearDomainSet("fresh24"), { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.11, evidence: 0.86, near: 0.97 }],
    ["twenty-fifth independent pair", everydaySet("fresh25"), nearDomainSet("fresh25"), { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.06, evidence: 0.87, near: 0.97 }],
    // Six development writers, each measured once when committed (figures after each persona).
    // A provincial librarian sent to the training, wordy and polite; 0.975 / 0.988 / 3.8% / 0.950, 100%.
    ["fifty-third development pair", everydaySet("dev53"), nearDomainSet("dev53"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.97 }],
    // A People's Committee office legal officer on numbers, bases and signers; 0.963 / 0.975 / 8.8% / 0.900, 92.5%.
    ["fifty-fourth development pair", everydaySet("dev54"), nearDomainSet("dev54"), { questions: 80, hit1: 0.94, hit3: 0.96, declined: 0.07, evidence: 0.9, near: 0.9 }],
    // A Hanoi ward's one-stop desk ("bên mình", "phía Bộ"); 0.963 / 1.0 / 3.8% / 0.925, 97.5%.
    ["fifty-fifth development pair", everydaySet("dev55"), nearDomainSet("dev55"), { questions: 80, hit1: 0.94, hit3: 0.98, declined: 0.04, evidence: 0.91, near: 0.95 }],
    // A northern mountain commune's officer with n/l slips; 0.963 / 0.988 / 3.8% / 0.938, 100%.
    ["fifty-sixth development pair", everydaySet("dev56"), nearDomainSet("dev56"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.02, evidence: 0.96, near: 0.97 }],
    // A science department's engineer mixing English terms; 0.963 / 0.975 / 10.0% / 0.887, 100%.
    ["fifty-seventh development pair", everydaySet("dev57"), nearDomainSet("dev57"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.09, evidence: 0.89, near: 0.97 }],
    // A support trainee's terse relays ("tg", "sl"); 0.912 / 0.975 / 6.3% / 0.875, 95%.
    ["fifty-eighth development pair", everydaySet("dev58"), nearDomainSet("dev58"), { questions: 80, hit1: 0.89, hit3: 0.96, declined: 0.06, evidence: 0.86, near: 0.92 }],
    // Fifteenth round. fresh26 and fresh27 held out through the fourteenth, tuned on since (with the
    // code of the round's start: fresh26 1.0 / 1.0 / 3.8% / 0.963, 95%; fresh27 0.988 / 0.988 / 3.8% /
    // 0.938, 97.5%).
    ["twenty-sixth independent pair", everydaySet("fresh26"), nearDomainSet("fresh26"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.05, evidence: 0.93, near: 0.92 }],
    ["twenty-seventh independent pair", everydaySet("fresh27"), nearDomainSet("fresh27"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.04, evidence: 0.92, near: 0.97 }],
    // Six development writers, each measured once when committed (figures after each persona).
    // A department's communications officer quoting facts; 0.925 / 0.975 / 2.5% / 0.900, 95%.
    ["fifty-ninth development pair", everydaySet("dev59"), nearDomainSet("dev59"), { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.03, evidence: 0.89, near: 0.95 }],
    // A commune accountant naming things vaguely; 0.925 / 0.975 / 3.8% / 0.912, 100%.
    ["sixtieth development pair", everydaySet("dev60"), nearDomainSet("dev60"), { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.03, evidence: 0.91, near: 0.97 }],
    // Officers contrasting old and new rules ("trước giờ …, giờ …"); 0.950 / 1.0 / 12.5% / 0.838, 95%.
    ["sixty-first development pair", everydaySet("dev61"), nearDomainSet("dev61"), { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.07, evidence: 0.89, near: 0.95 }],
    // A group admin forwarding colleagues' questions ("fw:", "> quote:"); 0.963 / 1.0 / 12.5% / 0.850, 97.5%.
    ["sixty-second development pair", everydaySet("dev62"), nearDomainSet("dev62"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.04, evidence: 0.94, near: 0.97 }],
    // Tourism-department staff; 0.975 / 0.988 / 3.8% / 0.950, 95%.
    ["sixty-third development pair", everydaySet("dev63"), nearDomainSet("dev63"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.05, evidence: 0.93, near: 0.92 }],
    // A district office's ceremonious messages, the question last; 0.950 / 1.0 / 23.8% / 0.725, 100%.
    ["sixty-fourth development pair", everydaySet("dev64"), nearDomainSet("dev64"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.07, evidence: 0.89, near: 0.95 }],
    // Sixteenth round. fresh28 and fresh29 held out through the fifteenth, tuned on since (with the
    // code of the round's start: fresh28 0.975 / 1.0 / 2.5% / 0.963, 100%; fresh29 0.988 / 0.988 /
    // 1.3% / 0.975, 100%).
    ["twenty-eighth independent pair", everydaySet("fresh28"), nearDomainSet("fresh28"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.97 }],
    ["twenty-ninth independent pair", everydaySet("fresh29"), nearDomainSet("fresh29"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.02, evidence: 0.96, near: 0.97 }],
    // Six development writers at the round's start and four more in its middle, each measured once
    // when committed (figures after each persona; dev71 to dev74 with the code of a477374).
    // A department's records clerk (VB đến, sổ, luồng); 0.900 / 0.988 / 7.5% / 0.850, 92.5%.
    ["sixty-fifth development pair", everydaySet("dev65"), nearDomainSet("dev65"), { questions: 80, hit1: 0.89, hit3: 0.97, declined: 0.07, evidence: 0.85, near: 0.9 }],
    // A southern one-stop desk's checklists ("cho em hỏi mấy ý: 1) …"); 0.925 / 0.988 / 2.5% / 0.900, 95%.
    ["sixty-sixth development pair", everydaySet("dev66"), nearDomainSet("dev66"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.04, evidence: 0.9, near: 0.95 }],
    // A science department comparing cases for its communes; 0.912 / 0.963 / 3.8% / 0.900, 95%.
    ["sixty-seventh development pair", everydaySet("dev67"), nearDomainSet("dev67"), { questions: 80, hit1: 0.9, hit3: 0.95, declined: 0.05, evidence: 0.88, near: 0.92 }],
    // Hearsay after a training ("thầy bảo …", "anh phó phòng bảo …"); 0.912 / 0.963 / 10.0% / 0.838, 97.5%.
    ["sixty-eighth development pair", everydaySet("dev68"), nearDomainSet("dev68"), { questions: 80, hit1: 0.88, hit3: 0.96, declined: 0.09, evidence: 0.84, near: 0.95 }],
    // Autocorrect and Telex slips ("tập huân", "vawn bản"); 0.950 / 0.975 / 5.0% / 0.887, 100%.
    ["sixty-ninth development pair", everydaySet("dev69"), nearDomainSet("dev69"), { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.05, evidence: 0.88, near: 0.97 }],
    // "What if" scenarios ("giả sử …, thì", "lỡ như có người hỏi …"); 0.950 / 0.975 / 16.3% / 0.825, 100%.
    ["seventieth development pair", everydaySet("dev70"), nearDomainSet("dev70"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.08, evidence: 0.9, near: 0.97 }],
    // A Mekong-delta ward's young contract officer in teencode; 0.975 / 1.0 / 1.3% / 0.963, 97.5%.
    ["seventy-first development pair", everydaySet("dev71"), nearDomainSet("dev71"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.02, evidence: 0.95, near: 0.95 }],
    // A northern department's young IT officer in chat shorthand; 0.938 / 0.988 / 5.0% / 0.850, 100%.
    ["seventy-second development pair", everydaySet("dev72"), nearDomainSet("dev72"), { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.05, evidence: 0.84, near: 0.97 }],
    // An elderly central-region commune chairman typing with no marks; 0.938 / 0.963 / 11.3% / 0.825, 97.5%.
    ["seventy-third development pair", everydaySet("dev73"), nearDomainSet("dev73"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.09, evidence: 0.83, near: 0.95 }],
    // A northern commune clerk's short unmarked messages; 0.963 / 0.988 / 1.3% / 0.950, 92.5%.
    ["seventy-fourth development pair", everydaySet("dev74"), nearDomainSet("dev74"), { questions: 80, hit1: 0.94, hit3: 0.97, declined: 0.03, evidence: 0.93, near: 0.9 }],
    // Seventeenth round. fresh30 and fresh31 held out through the sixteenth, tuned on since (with the
    // code of the round's start: fresh30 0.925 / 0.975 / 6.3% / 0.875, 95%; fresh31 0.863 / 0.950 /
    // 20.0% / 0.738, 100%).
    ["thirtieth independent pair", everydaySet("fresh30"), nearDomainSet("fresh30"), { questions: 80, hit1: 0.91, hit3: 0.96, declined: 0.06, evidence: 0.88, near: 0.92 }],
    ["thirty-first independent pair", everydaySet("fresh31"), nearDomainSet("fresh31"), { questions: 80, hit1: 0.87, hit3: 0.95, declined: 0.14, evidence: 0.81, near: 0.97 }],
    // Six development writers at the round's start, six more and four more later in it, each measured
    // once when committed (figures after each persona; dev75 to dev80 with the code of 9a43d5f, dev81
    // to dev86 of d9ab1da and 3da0a34, dev87 to dev90 of 88c6600).
    // A Huế ward clerk in the central dialect ("mô", "răng", "hỉ"); 0.950 / 1.0 / 1.3% / 0.938, 97.5%.
    ["seventy-fifth development pair", everydaySet("dev75"), nearDomainSet("dev75"), { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.03, evidence: 0.92, near: 0.95 }],
    // A HCMC ward one-stop deputy head's multi-part formal questions; 0.912 / 1.0 / 16.3% / 0.775, 97.5%.
    ["seventy-sixth development pair", everydaySet("dev76"), nearDomainSet("dev76"), { questions: 80, hit1: 0.91, hit3: 0.98, declined: 0.09, evidence: 0.85, near: 0.92 }],
    // A northern midland newcomer's teencode ("hok", "bít", "=))"); 0.988 / 1.0 / 5.0% / 0.938, 100%.
    ["seventy-seventh development pair", everydaySet("dev77"), nearDomainSet("dev77"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.04, evidence: 0.95, near: 0.97 }],
    // An elderly Thanh Hóa commune secretary typing with no marks; 0.975 / 1.0 / 1.3% / 0.963, 100%.
    ["seventy-eighth development pair", everydaySet("dev78"), nearDomainSet("dev78"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.97 }],
    // A tourism department office head relaying others' questions; 0.912 / 0.988 / 10.0% / 0.838, 97.5%.
    ["seventy-ninth development pair", everydaySet("dev79"), nearDomainSet("dev79"), { questions: 80, hit1: 0.89, hit3: 0.97, declined: 0.09, evidence: 0.85, near: 0.95 }],
    // A mountain commune officer writing Vietnamese as a second language; 0.975 / 1.0 / 3.8% / 0.938, 100%.
    ["eightieth development pair", everydaySet("dev80"), nearDomainSet("dev80"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.97 }],
    // A Mekong delta ward officer without marks ("hổng", "bển", "dìa"); 0.975 / 1.0 / 1.3% / 0.963, 100%.
    ["eighty-first development pair", everydaySet("dev81"), nearDomainSet("dev81"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.02, evidence: 0.96, near: 0.97 }],
    // A Central Highlands IT specialist's shorthand and English words; 0.938 / 0.988 / 3.8% / 0.912, 100%.
    ["eighty-second development pair", everydaySet("dev82"), nearDomainSet("dev82"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.03, evidence: 0.92, near: 0.97 }],
    // A Nghệ An officer's voice-to-text ("quờ lờ vê bê", "bảy bảy năm ba"); 0.975 / 0.988 / 8.8% / 0.900, 100%.
    ["eighty-third development pair", everydaySet("dev83"), nearDomainSet("dev83"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.08, evidence: 0.91, near: 0.97 }],
    // A Hanoi department specialist citing numbers, some wrong; 0.950 / 0.988 / 15.0% / 0.800, 97.5%.
    ["eighty-fourth development pair", everydaySet("dev84"), nearDomainSet("dev84"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.16, evidence: 0.8, near: 0.97 }],
    // A Đà Nẵng officer's search-box queries; 1.0 / 1.0 / 1.3% / 0.988, 90%.
    ["eighty-fifth development pair", everydaySet("dev85"), nearDomainSet("dev85"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.03, evidence: 0.97, near: 0.87 }],
    // An island special zone's officer, complaints after the question; 1.0 / 1.0 / 7.5% / 0.925, 90%.
    ["eighty-sixth development pair", everydaySet("dev86"), nearDomainSet("dev86"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.04, evidence: 0.96, near: 0.9 }],
    // A commune secretary quoting pieces of letters; 0.938 / 0.988 / 6.3% / 0.875, 97.5%.
    ["eighty-seventh development pair", everydaySet("dev87"), nearDomainSet("dev87"), { questions: 80, hit1: 0.92, hit3: 0.97, declined: 0.07, evidence: 0.87, near: 0.95 }],
    // A Quảng Ninh ward officer code-switching with English ("in charge"); 0.950 / 0.988 / 11.3% / 0.875, 92.5%.
    ["eighty-eighth development pair", everydaySet("dev88"), nearDomainSet("dev88"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.11, evidence: 0.88, near: 0.95 }],
    // A frustrated Tây Ninh officer's long messages; 0.963 / 0.988 / 13.8% / 0.838, 97.5%.
    ["eighty-ninth development pair", everydaySet("dev89"), nearDomainSet("dev89"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.13, evidence: 0.83, near: 0.97 }],
    // A department deputy director's policy questions; 0.925 / 0.988 / 3.8% / 0.887, 92.5%.
    ["ninetieth development pair", everydaySet("dev90"), nearDomainSet("dev90"), { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.03, evidence: 0.89, near: 0.9 }],
    // Eighteenth round. fresh32 and fresh33 held out through the seventeenth, tuned on since (with the
    // code of the round's start: fresh32 0.963 / 0.988 / 6.3% / 0.900, 100%; fresh33 0.912 / 0.963 /
    // 6.3% / 0.887, 97.5%).
    ["thirty-second independent pair", everydaySet("fresh32"), nearDomainSet("fresh32"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.07, evidence: 0.88, near: 0.97 }],
    ["thirty-third independent pair", everydaySet("fresh33"), nearDomainSet("fresh33"), { questions: 80, hit1: 0.9, hit3: 0.95, declined: 0.07, evidence: 0.87, near: 0.95 }],
    // Eighteenth round: eight development writers late in the round, each measured once when committed
    // with the code of e74ba81 (figures after each persona), then added to the learned tables.
    // A Đồng Nai department IT staffer naming the integration vaguely ("nối cái phần mềm"); 0.950 / 0.975 / 8.8% / 0.887, 100%.
    ["ninety-first development pair", everydaySet("dev91"), nearDomainSet("dev91"), { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.11, evidence: 0.87, near: 0.97 }],
    // A Thanh Hóa commune officer just made system administrator, anxious, unmarked; 0.912 / 0.988 / 3.8% / 0.912, 95%.
    ["ninety-second development pair", everydaySet("dev92"), nearDomainSet("dev92"), { questions: 80, hit1: 0.89, hit3: 0.97, declined: 0.06, evidence: 0.89, near: 0.92 }],
    // A Hanoi ward chairman's brief formal requests ("Đề nghị cho biết …"); 0.912 / 0.963 / 7.5% / 0.863, 95%.
    ["ninety-third development pair", everydaySet("dev93"), nearDomainSet("dev93"), { questions: 80, hit1: 0.89, hit3: 0.95, declined: 0.09, evidence: 0.85, near: 0.92 }],
    // A Khmer commune officer writing Vietnamese as a second language; 0.950 / 0.988 / 1.3% / 0.938, 95%.
    ["ninety-fourth development pair", everydaySet("dev94"), nearDomainSet("dev94"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.03, evidence: 0.92, near: 0.92 }],
    // A Quảng Ngãi provincial office specialist's unpunctuated voice-to-text; 0.963 / 0.975 / 0.0% / 0.975, 95%.
    ["ninety-fifth development pair", everydaySet("dev95"), nearDomainSet("dev95"), { questions: 80, hit1: 0.95, hit3: 0.96, declined: 0.02, evidence: 0.96, near: 0.92 }],
    // A Bình Định ward officer's teencode ("k", "ntn", ":))"); 0.912 / 0.963 / 3.8% / 0.875, 97.5%.
    ["ninety-sixth development pair", everydaySet("dev96"), nearDomainSet("dev96"), { questions: 80, hit1: 0.89, hit3: 0.95, declined: 0.06, evidence: 0.86, near: 0.95 }],
    // An elderly Nam Định commune clerk's long letter-like messages; 0.938 / 0.963 / 7.5% / 0.887, 95%.
    ["ninety-seventh development pair", everydaySet("dev97"), nearDomainSet("dev97"), { questions: 80, hit1: 0.92, hit3: 0.95, declined: 0.09, evidence: 0.87, near: 0.92 }],
    // A Khánh Hòa tourism department staffer mixing English ("deadline", "focal point"); 0.963 / 0.988 / 2.5% / 0.950, 95%.
    ["ninety-eighth development pair", everydaySet("dev98"), nearDomainSet("dev98"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.04, evidence: 0.93, near: 0.92 }],
    // Nineteenth round. fresh34 and fresh35 held out through the eighteenth, tuned on since (with the
    // code of the round's start: fresh34 0.900 / 0.963 / 16.3% / 0.800, 97.5%; fresh35 0.975 / 1.0 /
    // 1.3% / 0.963, 97.5%).
    ["thirty-fourth independent pair", everydaySet("fresh34"), nearDomainSet("fresh34"), { questions: 80, hit1: 0.88, hit3: 0.95, declined: 0.18, evidence: 0.78, near: 0.95 }],
    ["thirty-fifth independent pair", everydaySet("fresh35"), nearDomainSet("fresh35"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.95 }],
    // Nineteenth round: four development writers at the start of the round, each measured once when
    // committed with the code of c6201f3 (figures after each persona), then added to the learned tables.
    // A Lạng Sơn border commune's office head, formal sentences in his own terms, context first; 0.912 / 0.963 / 10.0% / 0.825, 95%.
    ["ninety-ninth development pair", everydaySet("dev99"), nearDomainSet("dev99"), { questions: 80, hit1: 0.89, hit3: 0.95, declined: 0.12, evidence: 0.81, near: 0.92 }],
    // A Jrai commune officer in Gia Lai, short plain Vietnamese as a second language, half marked; 0.925 / 0.975 / 8.8% / 0.850, 92.5%.
    ["hundredth development pair", everydaySet("dev100"), nearDomainSet("dev100"), { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.1, evidence: 0.83, near: 0.9 }],
    // A young Vĩnh Long ward contract staffer mixing English IT words, mostly unmarked; 0.925 / 0.975 / 3.8% / 0.900, 92.5%.
    ["hundred-and-first development pair", everydaySet("dev101"), nearDomainSet("dev101"), { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.06, evidence: 0.88, near: 0.9 }],
    // A Hải Phòng department legal officer asking the basis, scope and duty of each rule; 0.900 / 0.950 / 7.5% / 0.825, 97.5%.
    ["hundred-and-second development pair", everydaySet("dev102"), nearDomainSet("dev102"), { questions: 80, hit1: 0.88, hit3: 0.93, declined: 0.09, evidence: 0.81, near: 0.95 }],
    // Four more writers mid-round, measured once with the code of 8341511 (the miss costs made no
    // difference to them: 44 declined either way), then added to the learned tables.
    // A Sơn La department deputy office head's unpunctuated voice typing, who he is told first; 0.887 / 0.950 / 17.5% / 0.750, 95%.
    ["hundred-and-third development pair", everydaySet("dev103"), nearDomainSet("dev103"), { questions: 80, hit1: 0.86, hit3: 0.93, declined: 0.19, evidence: 0.73, near: 0.92 }],
    // An impatient Bắc Ninh ward one-stop officer's northern chat, tasks in her own words; 0.900 / 0.950 / 11.3% / 0.813, 95%.
    ["hundred-and-fourth development pair", everydaySet("dev104"), nearDomainSet("dev104"), { questions: 80, hit1: 0.88, hit3: 0.93, declined: 0.13, evidence: 0.79, near: 0.92 }],
    // An unsure Đắk Lắk commune cultural officer, unmarked hedges and wrong guesses to confirm; 0.912 / 0.950 / 10.0% / 0.838, 100%.
    ["hundred-and-fifth development pair", everydaySet("dev105"), nearDomainSet("dev105"), { questions: 80, hit1: 0.89, hit3: 0.93, declined: 0.12, evidence: 0.81, near: 0.97 }],
    // A Tây Ninh data-centre engineer's terse unmarked English and acronyms; 0.925 / 0.975 / 16.3% / 0.800, 95%.
    ["hundred-and-sixth development pair", everydaySet("dev106"), nearDomainSet("dev106"), { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.18, evidence: 0.78, near: 0.92 }],
    // Twentieth round. fresh36 and fresh37 held out through the nineteenth, tuned on since (with the
    // code of the round's start: fresh36 0.925 / 0.963 / 6.3% / 0.887, 95%; fresh37 0.875 / 0.938 /
    // 6.3% / 0.813, 97.5%).
    ["thirty-sixth independent pair", everydaySet("fresh36"), nearDomainSet("fresh36"), { questions: 80, hit1: 0.91, hit3: 0.95, declined: 0.08, evidence: 0.87, near: 0.92 }],
    ["thirty-seventh independent pair", everydaySet("fresh37"), nearDomainSet("fresh37"), { questions: 80, hit1: 0.86, hit3: 0.92, declined: 0.08, evidence: 0.8, near: 0.95 }],
    // Twentieth round: six development writers at the start of the round, each measured once when
    // committed with the code of 1b05081 (figures after each persona), then added to the learned tables.
    // A Hà Nội ward clerk's fast unmarked phone typing, telex leftovers and typos; 0.988 / 1.0 / 2.5% / 0.963, 90%.
    ["hundred-and-seventh development pair", everydaySet("dev107"), nearDomainSet("dev107"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.04, evidence: 0.95, near: 0.87 }],
    // A talkative Đồng Tháp commune officer in southern colloquial speech; 0.938 / 0.963 / 3.8% / 0.925, 97.5%.
    ["hundred-and-eighth development pair", everydaySet("dev108"), nearDomainSet("dev108"), { questions: 80, hit1: 0.92, hit3: 0.95, declined: 0.05, evidence: 0.91, near: 0.95 }],
    // A Hmong commune officer in Lào Cai, short plain Vietnamese as a second language; 0.950 / 0.975 / none / 0.963, 97.5%.
    ["hundred-and-ninth development pair", everydaySet("dev109"), nearDomainSet("dev109"), { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.02, evidence: 0.95, near: 0.95 }],
    // A City department office head's formal questions citing numbers and figures to confirm; 0.900 / 0.963 / 6.3% / 0.863, 97.5%.
    ["hundred-and-tenth development pair", everydaySet("dev110"), nearDomainSet("dev110"), { questions: 80, hit1: 0.88, hit3: 0.95, declined: 0.08, evidence: 0.85, near: 0.95 }],
    // A Đà Nẵng trainee's teencode and emoji; 0.963 / 0.988 / 3.8% / 0.925, 97.5%.
    ["hundred-and-eleventh development pair", everydaySet("dev111"), nearDomainSet("dev111"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.05, evidence: 0.91, near: 0.95 }],
    // A Khánh Hòa tourism department legal officer asking bases, duties and scope in his own terms; 0.963 / 1.0 / 5.0% / 0.925, 100%.
    ["hundred-and-twelfth development pair", everydaySet("dev112"), nearDomainSet("dev112"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.07, evidence: 0.91, near: 0.97 }],
    // Four more writers mid-round, measured once with the code of deca409, then added to the learned tables.
    // A Thanh Hóa department archivist asking numbers, signers, copies and attachments; 0.912 / 0.963 / 5.0% / 0.875, 100%.
    ["hundred-and-thirteenth development pair", everydaySet("dev113"), nearDomainSet("dev113"), { questions: 80, hit1: 0.89, hit3: 0.95, declined: 0.07, evidence: 0.86, near: 0.97 }],
    // A Nghệ An commune chairman dictating in dialect, unpunctuated, with voice errors; 1.0 / 1.0 / 5.0% / 0.950, 95%.
    ["hundred-and-fourteenth development pair", everydaySet("dev114"), nearDomainSet("dev114"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.07, evidence: 0.93, near: 0.92 }],
    // A QLVB vendor's project manager asking for clients, project words, mostly unmarked; 0.975 / 0.988 / 3.8% / 0.950, 95%.
    ["hundred-and-fifteenth development pair", everydaySet("dev115"), nearDomainSet("dev115"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.05, evidence: 0.93, near: 0.92 }],
    // An elderly Vĩnh Phúc commune culture officer, short questions with wrong tone marks, beliefs to check; 0.938 / 0.975 / 2.5% / 0.925, 95%.
    ["hundred-and-sixteenth development pair", everydaySet("dev116"), nearDomainSet("dev116"), { questions: 80, hit1: 0.92, hit3: 0.96, declined: 0.04, evidence: 0.91, near: 0.92 }],
    // Four more writers late in the round, measured once with the code of 6fcbbf1 (and with the code of
    // the round's start, 1b05081: 3.8% declined, evidence 0.925), then added to the learned tables.
    // A Quảng Trị commune one-stop officer telling the situation at her desk first; 0.950 / 0.975 / 1.3% / 0.938, 97.5%.
    ["hundred-and-seventeenth development pair", everydaySet("dev117"), nearDomainSet("dev117"), { questions: 80, hit1: 0.93, hit3: 0.96, declined: 0.03, evidence: 0.92, near: 0.95 }],
    // A Cần Thơ science department specialist's compact unmarked jargon, letters compared; 0.950 / 1.0 / 5.0% / 0.925, 95%.
    ["hundred-and-eighteenth development pair", everydaySet("dev118"), nearDomainSet("dev118"), { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.07, evidence: 0.91, near: 0.92 }],
    // A Bắc Giang ward youth secretary's quick northern shorthand, loose dates; 0.975 / 1.0 / 1.3% / 0.963, 100%.
    ["hundred-and-nineteenth development pair", everydaySet("dev119"), nearDomainSet("dev119"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.97 }],
    // A Hà Tĩnh department inspector's long conditional compliance questions; 0.938 / 0.963 / 6.3% / 0.887, 97.5%.
    ["hundred-and-twentieth development pair", everydaySet("dev120"), nearDomainSet("dev120"), { questions: 80, hit1: 0.92, hit3: 0.95, declined: 0.08, evidence: 0.87, near: 0.95 }],
    // Twenty-first round. fresh38 and fresh39 held out through the twentieth, tuned on since (with the
    // code of the round's start, 643222a: fresh38 0.988 / 1.0 / 1.3% / 0.975, 100%; fresh39 0.887 /
    // 0.975 / 6.3% / 0.838, 92.5%).
    ["thirty-eighth independent pair", everydaySet("fresh38"), nearDomainSet("fresh38"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.97 }],
    ["thirty-ninth independent pair", everydaySet("fresh39"), nearDomainSet("fresh39"), { questions: 80, hit1: 0.87, hit3: 0.96, declined: 0.08, evidence: 0.82, near: 0.9 }],
    // Twenty-first round: six development writers at the start of the round, each measured once when
    // committed with the code of 643222a (figures after each persona), then added to the learned tables.
    // A private vendor's engineer connecting a TP HCM ward's documents, unmarked lowercase with English terms; 0.975 / 0.975 / 3.8% / 0.950, 95%.
    ["hundred-and-twenty-first development pair", everydaySet("dev121"), nearDomainSet("dev121"), { questions: 80, hit1: 0.96, hit3: 0.96, declined: 0.05, evidence: 0.93, near: 0.92 }],
    // An anxious An Giang commune clerk's southern wording, required or optional, this against that; 0.975 / 0.988 / 3.8% / 0.950, 100%.
    ["hundred-and-twenty-second development pair", everydaySet("dev122"), nearDomainSet("dev122"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.05, evidence: 0.93, near: 0.97 }],
    // A Hà Nội department deputy director's long formal messages in her own management words; 0.925 / 1.0 / 3.8% / 0.912, 97.5%.
    ["hundred-and-twenty-third development pair", everydaySet("dev123"), nearDomainSet("dev123"), { questions: 80, hit1: 0.91, hit3: 0.98, declined: 0.05, evidence: 0.9, near: 0.95 }],
    // A Sơn La commune clerk's broken Telex on an old phone ("ddaauf moois", "taapj huaans"); 0.975 / 1.0 / 7.5% / 0.900, 82.5%.
    ["hundred-and-twenty-fourth development pair", everydaySet("dev124"), nearDomainSet("dev124"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.09, evidence: 0.88, near: 0.8 }],
    // A Khánh Hòa department trainer asking what a letter says of a point, for her slides; 0.963 / 1.0 / 3.8% / 0.925, 95%.
    ["hundred-and-twenty-fifth development pair", everydaySet("dev125"), nearDomainSet("dev125"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.05, evidence: 0.91, near: 0.92 }],
    // A Cà Mau youth volunteer's unmarked teencode ("j", "dc", "bnhiu"), hearsay to check; 0.975 / 0.988 / 1.3% / 0.963, 87.5%.
    ["hundred-and-twenty-sixth development pair", everydaySet("dev126"), nearDomainSet("dev126"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.95, near: 0.85 }],
    // Six more writers in the middle of the round, measured once with the code of 7472629 (the same
    // figures with the round's start code, 643222a), then added to the learned tables.
    // A gentle Huế ward cultural officer's dialect ("hỉ", "răng", "mô"), half the messages marked; 0.963 / 1.0 / 2.5% / 0.950, 95%.
    ["hundred-and-twenty-seventh development pair", everydaySet("dev127"), nearDomainSet("dev127"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.04, evidence: 0.93, near: 0.92 }],
    // A Lâm Đồng department personnel officer's HR words ("bổ nhiệm", "quyết định cử", "kiêm nhiệm"); 0.988 / 1.0 / 5.0% / 0.938, 95%.
    ["hundred-and-twenty-eighth development pair", everydaySet("dev128"), nearDomainSet("dev128"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.07, evidence: 0.92, near: 0.92 }],
    // A hurried Hải Phòng commune chairman's telegram fragments and abbreviations; 0.988 / 1.0 / none / 0.988, 90%.
    ["hundred-and-twenty-ninth development pair", everydaySet("dev129"), nearDomainSet("dev129"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.02, evidence: 0.97, near: 0.87 }],
    // A young Quảng Ngãi commune staffer quoting half-remembered phrases of a letter; 0.975 / 1.0 / 3.8% / 0.925, 92.5%.
    ["hundred-and-thirtieth development pair", everydaySet("dev130"), nearDomainSet("dev130"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.05, evidence: 0.91, near: 0.9 }],
    // A Đồng Nai department secretary asking to confirm what she wrongly remembers (dates, counts, issuers); 0.750 / 0.950 / 22.5% / 0.600, 92.5%.
    ["hundred-and-thirty-first development pair", everydaySet("dev131"), nearDomainSet("dev131"), { questions: 80, hit1: 0.73, hit3: 0.93, declined: 0.24, evidence: 0.58, near: 0.9 }],
    // An elderly Nùng commune party secretary in Thái Nguyên, unmarked, plain and sometimes wrong words; 0.850 / 0.963 / 3.8% / 0.813, 97.5%.
    ["hundred-and-thirty-second development pair", everydaySet("dev132"), nearDomainSet("dev132"), { questions: 80, hit1: 0.83, hit3: 0.95, declined: 0.05, evidence: 0.8, near: 0.95 }],
    // Twenty-second round. fresh40 and fresh41 held out through the twenty-first, tuned on since (with
    // the code of the round's start, d9d0062: fresh40 0.975 / 1.0 / 2.5% / 0.950, 95%; fresh41 0.988 /
    // 1.0 / 5.0% / 0.950, 100%).
    ["fortieth independent pair", everydaySet("fresh40"), nearDomainSet("fresh40"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.04, evidence: 0.93, near: 0.92 }],
    ["forty-first independent pair", everydaySet("fresh41"), nearDomainSet("fresh41"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.07, evidence: 0.93, near: 0.97 }],
    // Twenty-second round: six development writers at the start of the round, each measured once when
    // committed with the code of d9d0062 (figures after each persona), then added to the learned tables.
    // A special-zone (đặc khu) officer asking how each rule applies to a đặc khu; 0.938 / 0.975 / 5.0% / 0.887, 97.5%.
    ["hundred-and-thirty-third development pair", everydaySet("dev133"), nearDomainSet("dev133"), { questions: 80, hit1: 0.92, hit3: 0.96, declined: 0.07, evidence: 0.87, near: 0.95 }],
    // A Thái commune officer in Điện Biên, Vietnamese a second language, word order and vowels off; 0.900 / 0.950 / 1.3% / 0.900, 97.5%.
    ["hundred-and-thirty-fourth development pair", everydaySet("dev134"), nearDomainSet("dev134"), { questions: 80, hit1: 0.88, hit3: 0.93, declined: 0.03, evidence: 0.88, near: 0.95 }],
    // A ministry support-team member writing FAQ headings ("Câu hỏi: …", "1) … 2) …"); 0.900 / 0.975 / 18.8% / 0.725, 97.5%.
    ["hundred-and-thirty-fifth development pair", everydaySet("dev135"), nearDomainSet("dev135"), { questions: 80, hit1: 0.88, hit3: 0.96, declined: 0.2, evidence: 0.71, near: 0.95 }],
    // A Vĩnh Long commune officer asking through negations and doubts, numbers in words; 0.925 / 0.950 / 6.3% / 0.887, 95%.
    ["hundred-and-thirty-sixth development pair", everydaySet("dev136"), nearDomainSet("dev136"), { questions: 80, hit1: 0.91, hit3: 0.93, declined: 0.08, evidence: 0.87, near: 0.92 }],
    // A Hưng Yên department IT officer's what-if and exception questions in IT jargon; 0.925 / 0.963 / 6.3% / 0.875, 100%.
    ["hundred-and-thirty-seventh development pair", everydaySet("dev137"), nearDomainSet("dev137"), { questions: 80, hit1: 0.91, hit3: 0.95, declined: 0.08, evidence: 0.86, near: 0.97 }],
    // A Nghệ An commune culture officer, once a teacher, comparing and ordering steps, regional words; 0.912 / 0.938 / 7.5% / 0.850, 97.5%.
    ["hundred-and-thirty-eighth development pair", everydaySet("dev138"), nearDomainSet("dev138"), { questions: 80, hit1: 0.9, hit3: 0.92, declined: 0.09, evidence: 0.83, near: 0.95 }],
    // Six more writers in the middle of the round, measured once with the code of 54e95bb (and with the
    // round's start code, d9d0062: 0.940 / 0.969 / 7.3% / 0.885, near-domain 94.6%), then added to the
    // learned tables.
    // A Lai Châu commune police officer thinking in police terms (VNeID, CSDL dân cư); 0.975 / 1.0 / 1.3% / 0.963, 95%.
    ["hundred-and-thirty-ninth development pair", everydaySet("dev139"), nearDomainSet("dev139"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.95, near: 0.92 }],
    // A Gia Lai department clerk typing in capitals, often unmarked; 0.975 / 0.975 / none / 0.975, 95%.
    ["hundred-and-fortieth development pair", everydaySet("dev140"), nearDomainSet("dev140"), { questions: 80, hit1: 0.96, hit3: 0.96, declined: 0.02, evidence: 0.96, near: 0.92 }],
    // A Hà Nội ward one-stop officer telling her situation first, the question last; 0.950 / 0.988 / 10% / 0.863, 97.5%.
    ["hundred-and-forty-first development pair", everydaySet("dev141"), nearDomainSet("dev141"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.12, evidence: 0.85, near: 0.95 }],
    // A Tuyên Quang commune officer quoting a few words of a letter and asking what they mean; 0.975 / 0.988 / 1.3% / 0.963, 95%.
    ["hundred-and-forty-second development pair", everydaySet("dev142"), nearDomainSet("dev142"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.95, near: 0.92 }],
    // A Ninh Bình department head's terse imperatives ("cho xin lịch", "gửi số anh Sơn"); 0.850 / 0.938 / 23.8% / 0.688, 85%.
    ["hundred-and-forty-third development pair", everydaySet("dev143"), nearDomainSet("dev143"), { questions: 80, hit1: 0.83, hit3: 0.92, declined: 0.25, evidence: 0.67, near: 0.82 }],
    // A young Quảng Trị commune officer's stretched letters and slang, two things at once; 0.988 / 0.988 / 6.3% / 0.938, 100%.
    ["hundred-and-forty-fourth development pair", everydaySet("dev144"), nearDomainSet("dev144"), { questions: 80, hit1: 0.97, hit3: 0.97, declined: 0.08, evidence: 0.92, near: 0.97 }],
    // Twenty-third round. fresh42 and fresh43 held out through the twenty-second, tuned on since (with
    // the code of the round's start, 43f7156: fresh42 0.975 / 0.975 / 1.3% / 0.963, 97.5%; fresh43
    // 0.950 / 1.0 / 1.3% / 0.938, 95%).
    ["forty-second independent pair", everydaySet("fresh42"), nearDomainSet("fresh42"), { questions: 80, hit1: 0.96, hit3: 0.96, declined: 0.03, evidence: 0.95, near: 0.95 }],
    ["forty-third independent pair", everydaySet("fresh43"), nearDomainSet("fresh43"), { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.03, evidence: 0.92, near: 0.92 }],
    // Twenty-third round: twelve development writers, each measured once when committed with the code
    // of the round's start, 43f7156 (figures after each persona), then added to the learned tables.
    // A re-hired retired official in Huế using the unit names of before 2025 ("huyện", "Sở VHTT", "thị trấn"); 0.912 / 0.975 / 11.3% / 0.825, 100%.
    ["hundred-and-forty-fifth development pair", everydaySet("dev145"), nearDomainSet("dev145"), { questions: 80, hit1: 0.9, hit3: 0.96, declined: 0.12, evidence: 0.81, near: 0.97 }],
    // A Cà Mau commune officer's southern voice typing, sent uncorrected ("công dăn", "tít họp", "dậy"); 0.887 / 0.988 / 17.5% / 0.775, 97.5%.
    ["hundred-and-forty-sixth development pair", everydaySet("dev146"), nearDomainSet("dev146"), { questions: 80, hit1: 0.87, hit3: 0.98, declined: 0.07, evidence: 0.86, near: 0.92 }],
    // A Khánh Hòa ward IT staffer typing keyword strings as into a search engine, unmarked; 0.988 / 1.0 / 1.3% / 0.975, 100%.
    ["hundred-and-forty-seventh development pair", everydaySet("dev147"), nearDomainSet("dev147"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.97 }],
    // A Lạng Sơn commune office chief sending numbered lists of sub-questions ("1) … 2) …"); 0.925 / 0.988 / 1.3% / 0.912, 100%.
    ["hundred-and-forty-eighth development pair", everydaySet("dev148"), nearDomainSet("dev148"), { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.03, evidence: 0.9, near: 0.97 }],
    // A newly appointed Hưng Yên commune vice-chairman asking who is responsible for what; 0.975 / 0.988 / none / 0.963, 97.5%.
    ["hundred-and-forty-ninth development pair", everydaySet("dev149"), nearDomainSet("dev149"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.02, evidence: 0.95, near: 0.95 }],
    // A worried Nghệ An ward officer asking relative to now ("còn kịp không", "hạn đã qua chưa"); 1.0 / 1.0 / 2.5% / 0.975, 97.5%.
    ["hundred-and-fiftieth development pair", everydaySet("dev150"), nearDomainSet("dev150"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.04, evidence: 0.96, near: 0.95 }],
    // A Hải Phòng commune accountant reading every letter for costs, papers and who signs; 0.975 / 0.975 / 2.5% / 0.963, 97.5%.
    ["hundred-and-fifty-first development pair", everydaySet("dev151"), nearDomainSet("dev151"), { questions: 80, hit1: 0.96, hit3: 0.96, declined: 0.04, evidence: 0.95, near: 0.95 }],
    // A Đồng Tháp ward clerk relaying her superiors' questions ("Sếp em hỏi …", "để báo cáo …"); 0.988 / 1.0 / 3.8% / 0.950, 100%.
    ["hundred-and-fifty-second development pair", everydaySet("dev152"), nearDomainSet("dev152"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.05, evidence: 0.93, near: 0.97 }],
    // A Gia Lai commune officer swipe-typing, words merged or split ("tậphuấn", "hệ th ống"); 0.938 / 1.0 / 3.8% / 0.900, 100%.
    ["hundred-and-fifty-third development pair", everydaySet("dev153"), nearDomainSet("dev153"), { questions: 80, hit1: 0.92, hit3: 0.98, declined: 0.05, evidence: 0.88, near: 0.97 }],
    // A Bắc Ninh ward community digital-team volunteer's IT terms ("API", "account", "spec"); 1.0 / 1.0 / 1.3% / 0.988, 100%.
    ["hundred-and-fifty-fourth development pair", everydaySet("dev154"), nearDomainSet("dev154"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.03, evidence: 0.97, near: 0.97 }],
    // A Khmer commune officer in An Giang, Vietnamese a second language; 0.963 / 1.0 / 2.5% / 0.950, 95%.
    ["hundred-and-fifty-fifth development pair", everydaySet("dev155"), nearDomainSet("dev155"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.04, evidence: 0.93, near: 0.92 }],
    // A Phú Thọ department officer asking what each body says or wants, the body wrong at times; 0.912 / 0.950 / 11.3% / 0.838, 92.5%.
    ["hundred-and-fifty-sixth development pair", everydaySet("dev156"), nearDomainSet("dev156"), { questions: 80, hit1: 0.9, hit3: 0.93, declined: 0.12, evidence: 0.82, near: 0.9 }],
    // Twenty-fourth round. fresh44 and fresh45 held out through the twenty-third, tuned on since (with
    // the code of the round's start, 689ba3c: fresh44 0.988 / 0.988 / 2.5% / 0.975, 100%; fresh45 0.950 /
    // 0.988 / 2.5% / 0.938, 92.5%).
    ["forty-fourth independent pair", everydaySet("fresh44"), nearDomainSet("fresh44"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.04, evidence: 0.95, near: 0.97 }],
    ["forty-fifth independent pair", everydaySet("fresh45"), nearDomainSet("fresh45"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.04, evidence: 0.92, near: 0.9 }],
    // Twenty-fourth round: six development writers, each measured once when committed with the code
    // of the round's start, 689ba3c (figures after each persona), then added to the learned tables.
    // A Bắc Giang commune officer's northern-accent voice typing, sent uncorrected ("nàm", "lăm", "sử lý"); 0.938 / 0.975 / 15.0% / 0.813, 97.5%.
    ["hundred-and-fifty-seventh development pair", everydaySet("dev157"), nearDomainSet("dev157"), { questions: 80, hit1: 0.96, hit3: 0.96, declined: 0.05, evidence: 0.93, near: 0.95 }],
    // A careful Quảng Trị department officer asking to confirm what he believes ("có phải … đúng không"); 0.975 / 0.988 / 6.3% / 0.925, 92.5%.
    ["hundred-and-fifty-eighth development pair", everydaySet("dev158"), nearDomainSet("dev158"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.96, near: 0.9 }],
    // A Kon Tum (now Quảng Ngãi) commune officer whose VNI keyboard fails, its keys left in words ("ta65p hua61n"); 0.887 / 0.988 / 100% / none, 100%.
    ["hundred-and-fifty-ninth development pair", everydaySet("dev159"), nearDomainSet("dev159"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.04, evidence: 0.95, near: 0.97 }],
    // A Đà Nẵng department press officer asking for the facts to quote in a news item; 0.950 / 0.988 / 2.5% / 0.925, 100%.
    ["hundred-and-sixtieth development pair", everydaySet("dev160"), nearDomainSet("dev160"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.04, evidence: 0.92, near: 0.97 }],
    // An older Bình Dương (now TP HCM) ward officer's southern chat ("hông", "nghen", "tui"), half unmarked; 0.988 / 1.0 / 1.3% / 0.975, 97.5%.
    ["hundred-and-sixty-first development pair", everydaySet("dev161"), nearDomainSet("dev161"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.95 }],
    // A Vĩnh Phúc (now Phú Thọ) commune officer asking by topic which letter or body says what; 0.975 / 1.0 / none / 0.975, 90%.
    ["hundred-and-sixty-second development pair", everydaySet("dev162"), nearDomainSet("dev162"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.02, evidence: 0.96, near: 0.87 }],
    // Four more writers in the middle of the round, measured once with the round's start code (689ba3c),
    // then added to the learned tables.
    // A Đà Nẵng department officer raised abroad, unmarked simple Vietnamese with English words and clauses; 0.988 / 1.0 / 6.3% / 0.925, 95%.
    ["hundred-and-sixty-third development pair", everydaySet("dev163"), nearDomainSet("dev163"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.92 }],
    // A Hà Tĩnh ward vice-chairman's long formal messages written like letters ("Kính gửi …", "Trân trọng"); 0.900 / 0.975 / 11.3% / 0.838, 95%.
    ["hundred-and-sixty-fourth development pair", everydaySet("dev164"), nearDomainSet("dev164"), { questions: 80, hit1: 0.88, hit3: 0.96, declined: 0.07, evidence: 0.86, near: 0.95 }],
    // A Tuyên Quang commune officer pasting what someone said in a group ("Fwd:", ">>", quotes), then asking; 0.925 / 0.975 / 15.0% / 0.775, 97.5%.
    ["hundred-and-sixty-fifth development pair", everydaySet("dev165"), nearDomainSet("dev165"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.93, near: 0.9 }],
    // A Lào Cai department IT technician's concrete operational questions, near-domain ones close to the letters; 1.0 / 1.0 / none / 1.0, 95%.
    ["hundred-and-sixty-sixth development pair", everydaySet("dev166"), nearDomainSet("dev166"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.02, evidence: 0.98, near: 0.92 }],
    // Twenty-fifth round. fresh46 and fresh47 held out through the twenty-fourth, tuned on since (with
    // the code of the round's start, b49bc47: fresh46 0.950 / 0.975 / 11.3% / 0.875, 95%; fresh47 0.988 /
    // 0.988 / 0% / 0.975, 92.5%).
    ["forty-sixth independent pair", everydaySet("fresh46"), nearDomainSet("fresh46"), { questions: 80, hit1: 0.92, hit3: 0.97, declined: 0.09, evidence: 0.89, near: 0.92 }],
    ["forty-seventh independent pair", everydaySet("fresh47"), nearDomainSet("fresh47"), { questions: 80, hit1: 0.97, hit3: 0.97, declined: 0.02, evidence: 0.96, near: 0.9 }],
    // Twenty-fifth round: six development writers, each measured once when committed with the code of
    // the round's start, b49bc47 (figures after each persona), then added to the learned tables.
    // A Nghệ An commune culture officer's long polite messages, what happened first, the question last; 0.975 / 0.988 / 6.3% / 0.938, 95%.
    ["hundred-and-sixty-seventh development pair", everydaySet("dev167"), nearDomainSet("dev167"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.07, evidence: 0.93, near: 0.92 }],
    // A Hải Phòng department IT officer's office English ("owner", "go-live", "PIC", "schedule"), half unmarked; 0.975 / 1.0 / 5.0% / 0.938, 100%.
    ["hundred-and-sixty-eighth development pair", everydaySet("dev168"), nearDomainSet("dev168"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.97 }],
    // A Lâm Đồng commune officer whose Unikey is often off, Telex keys left in words ("tapj huaans", "Ddoongf"); 0.988 / 1.0 / 7.5% / 0.912, 100%.
    ["hundred-and-sixty-ninth development pair", everydaySet("dev169"), nearDomainSet("dev169"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.97 }],
    // A Hưng Yên department training coordinator's logistics questions (who attends, how, what to send); 0.975 / 1.0 / none / 0.975, 100%.
    ["hundred-and-seventieth development pair", everydaySet("dev170"), nearDomainSet("dev170"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.02, evidence: 0.97, near: 0.97 }],
    // A Gia Lai ward chairwoman dictating by voice, numbers said in words ("năm ngàn bảy trăm hai mốt"); 0.988 / 0.988 / 3.8% / 0.950, 97.5%.
    ["hundred-and-seventy-first development pair", everydaySet("dev171"), nearDomainSet("dev171"), { questions: 80, hit1: 0.97, hit3: 0.97, declined: 0.04, evidence: 0.95, near: 0.95 }],
    // A Cần Thơ department officer relaying what others asked ("bên phòng em có bạn hỏi …", "sếp muốn biết …"); 1.0 / 1.0 / 2.5% / 0.975, 100%.
    ["hundred-and-seventy-second development pair", everydaySet("dev172"), nearDomainSet("dev172"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.04, evidence: 0.96, near: 0.97 }],
    // Twenty-sixth round. fresh48 and fresh49 held out through the twenty-fifth, tuned on since (with
    // the code of the round's start, b1c2cea: fresh48 0.975 / 1.000 / 6.2% / 0.925, 100%; fresh49 0.975 / 1.000 / 1.2% / 0.963, 97.5%).
    ["forty-eighth independent pair", everydaySet("fresh48"), nearDomainSet("fresh48"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.08, evidence: 0.91, near: 0.97 }],
    ["forty-ninth independent pair", everydaySet("fresh49"), nearDomainSet("fresh49"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.95 }],
    // Twenty-sixth round: eighteen development writers, each measured with the code of the round's
    // start, b1c2cea (figures after each persona), then added to the learned tables.
    // A Sơn La commune officer writing Vietnamese as her second language, plain words in unusual order; 0.950 / 0.988 / 0.0% / 0.950, 95%.
    ["hundred-and-seventy-third development pair", everydaySet("dev173"), nearDomainSet("dev173"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.02, evidence: 0.93, near: 0.92 }],
    // A Hà Nội ward officer's teencode ("j", "ntn", "đc", "tl", "cv"), unmarked, no punctuation; 0.975 / 0.988 / 3.8% / 0.938, 97.5%.
    ["hundred-and-seventy-fourth development pair", everydaySet("dev174"), nearDomainSet("dev174"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.95, near: 0.95 }],
    // An An Giang department officer stating what he heard, often wrongly, to confirm ("… phải hông ạ, hay …"); 0.825 / 0.938 / 27.5% / 0.588, 100%.
    ["hundred-and-seventy-fifth development pair", everydaySet("dev175"), nearDomainSet("dev175"), { questions: 80, hit1: 0.86, hit3: 0.95, declined: 0.09, evidence: 0.74, near: 0.97 }],
    // A Quảng Ninh commune officer asking from her commune's own situation ("xã em đã … thì còn phải …"); 0.975 / 0.988 / 2.5% / 0.950, 100%.
    ["hundred-and-seventy-sixth development pair", everydaySet("dev176"), nearDomainSet("dev176"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.95, near: 0.97 }],
    // A Đắk Lắk department IT officer's search-box keyword fragments; 0.925 / 0.988 / 0.0% / 0.925, 95%.
    ["hundred-and-seventy-seventh development pair", everydaySet("dev177"), nearDomainSet("dev177"), { questions: 80, hit1: 0.91, hit3: 0.97, declined: 0.02, evidence: 0.91, near: 0.95 }],
    // A Tây Ninh ward officer typing unmarked at speed, slips left in ("tap huanf", "hethong"); 1.000 / 1.000 / 0.0% / 1.000, 100%.
    ["hundred-and-seventy-eighth development pair", everydaySet("dev178"), nearDomainSet("dev178"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.02, evidence: 0.98, near: 0.97 }],
    // A Bắc Ninh chief of office's directives ("Xin xác nhận …", "Đề nghị bộ phận hỗ trợ cho biết …", "Làm rõ …"); 0.912 / 0.988 / 7.5% / 0.825, 92.5%.
    ["hundred-and-seventy-ninth development pair", everydaySet("dev179"), nearDomainSet("dev179"), { questions: 80, hit1: 0.92, hit3: 0.97, declined: 0.03, evidence: 0.89, near: 0.92 }],
    // A Phú Thọ commune officer's old-phone slips among marked words ("tâp huấn", "hệ thốgn"); 0.975 / 1.000 / 0.0% / 0.975, 100%.
    ["hundred-and-eightieth development pair", everydaySet("dev180"), nearDomainSet("dev180"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.02, evidence: 0.96, near: 0.97 }],
    // A Quảng Trị department director's terse commands naming the letter loosely; 0.988 / 0.988 / 0.0% / 1.000, 92.5%.
    ["hundred-and-eighty-first development pair", everydaySet("dev181"), nearDomainSet("dev181"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.02, evidence: 0.98, near: 0.9 }],
    // A Lạng Sơn commune officer typing with one finger, run-on sentences, the need stated first; 1.000 / 1.000 / 0.0% / 1.000, 100%.
    ["hundred-and-eighty-second development pair", everydaySet("dev182"), nearDomainSet("dev182"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.02, evidence: 0.98, near: 0.97 }],
    // A Hà Nam ward officer's wrong tone marks and vowel hats ("đằng ký", "đầu môi", "văn bàn"); 0.988 / 1.000 / 2.5% / 0.963, 100%.
    ["hundred-and-eighty-third development pair", everydaySet("dev183"), nearDomainSet("dev183"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.97 }],
    // A Ninh Bình deputy director's own administrative synonyms ("thành phần tham gia", "khai thác chính thức", "Xác định …"); 0.875 / 0.975 / 10.0% / 0.787, 95%.
    ["hundred-and-eighty-fourth development pair", everydaySet("dev184"), nearDomainSet("dev184"), { questions: 80, hit1: 0.87, hit3: 0.96, declined: 0.02, evidence: 0.87, near: 0.92 }],
    // A Vĩnh Long commune officer's phone slips, southern particles; 0.950 / 0.988 / 2.5% / 0.938, 95%.
    ["hundred-and-eighty-fifth development pair", everydaySet("dev185"), nearDomainSet("dev185"), { questions: 80, hit1: 0.93, hit3: 0.97, declined: 0.03, evidence: 0.93, near: 0.92 }],
    // A Thanh Hóa inspector asking for the legal basis and where each thing is said; 0.975 / 0.988 / 11.2% / 0.850, 97.5%.
    ["hundred-and-eighty-sixth development pair", everydaySet("dev186"), nearDomainSet("dev186"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.08, evidence: 0.88, near: 0.97 }],
    // A Thái Nguyên commune officer telling time from now ("trước Tết", "năm ngoái", "còn bao lâu nữa"); 0.963 / 0.988 / 7.5% / 0.912, 100%.
    ["hundred-and-eighty-seventh development pair", everydaySet("dev187"), nearDomainSet("dev187"), { questions: 80, hit1: 0.95, hit3: 0.98, declined: 0.04, evidence: 0.93, near: 0.97 }],
    // A Hải Phòng ward officer asking about people by role and who is responsible; 0.938 / 0.988 / 2.5% / 0.912, 95%.
    ["hundred-and-eighty-eighth development pair", everydaySet("dev188"), nearDomainSet("dev188"), { questions: 80, hit1: 0.92, hit3: 0.97, declined: 0.04, evidence: 0.89, near: 0.92 }],
    // A provincial department planner asking about steps and their order; 0.938 / 0.963 / 0.0% / 0.950, 90%.
    ["hundred-and-eighty-ninth development pair", everydaySet("dev189"), nearDomainSet("dev189"), { questions: 80, hit1: 0.92, hit3: 0.95, declined: 0.02, evidence: 0.93, near: 0.9 }],
    // A Phú Quốc special-zone officer asking whether things apply to a special zone; 0.975 / 0.988 / 5.0% / 0.925, 97.5%.
    ["hundred-and-ninetieth development pair", everydaySet("dev190"), nearDomainSet("dev190"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.05, evidence: 0.91, near: 0.95 }],
    // A newly appointed Điện Biên commune officer's basic questions, half unmarked; first read 0.963 / 0.988 / 2.5% / 0.925, 95%.
    ["hundred-and-ninety-first development pair", everydaySet("dev191"), nearDomainSet("dev191"), { questions: 80, hit1: 0.95, hit3: 0.97, declined: 0.02, evidence: 0.93, near: 0.9 }],
    // A Hồ Chí Minh City ward officer's fast southern typing, letters named loosely; 0.950 / 1.000 / 0.0% / 0.950, 92.5%.
    ["hundred-and-ninety-second development pair", everydaySet("dev192"), nearDomainSet("dev192"), { questions: 80, hit1: 0.93, hit3: 0.98, declined: 0.02, evidence: 0.93, near: 0.9 }],
    // A Đồng Tháp head of division passing on his director's questions ("Anh Giám đốc hỏi là …", "Nhờ nhóm trả lời giúp: …"); 0.963 / 0.988 / 5.0% / 0.925, 97.5%.
    ["hundred-and-ninety-third development pair", everydaySet("dev193"), nearDomainSet("dev193"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.96, near: 0.92 }],
    // A Hưng Yên commune legal officer asking through cases and hypotheticals ("Trường hợp …", "Giả sử …"); 0.988 / 1.000 / 1.3% / 0.975, 100%.
    ["hundred-and-ninety-fourth development pair", everydaySet("dev194"), nearDomainSet("dev194"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.03, evidence: 0.96, near: 0.97 }],
    // A Khánh Hòa training coordinator's dates and counts written in many ways ("mùng 1 tháng 3", "01-03"); 0.988 / 1.000 / 0.0% / 0.988, 100%.
    ["hundred-and-ninety-fifth development pair", everydaySet("dev195"), nearDomainSet("dev195"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.02, evidence: 0.98, near: 0.97 }],
    // A Cà Mau commune officer on an old phone: no marks, Telex leftovers, southern shorthand; 0.988 / 1.000 / 0.0% / 0.988, 97.5%.
    ["hundred-and-ninety-sixth development pair", everydaySet("dev196"), nearDomainSet("dev196"), { questions: 80, hit1: 0.98, hit3: 0.98, declined: 0.02, evidence: 0.98, near: 0.95 }],
    // A Đà Nẵng ward vice chairwoman stating what she was told first ("Tôi được biết …, vậy …", "Theo tôi hiểu thì … có đúng không"); first read mid-round, 0.975 / 1.000 / 2.5% / 0.950, 90%.
    ["hundred-and-ninety-seventh development pair", everydaySet("dev197"), nearDomainSet("dev197"), { questions: 80, hit1: 0.96, hit3: 0.98, declined: 0.04, evidence: 0.93, near: 0.87 }],
    // A Tuyên Quang commune IT contractor's English tech words ("integrate", "account", "go live"), unmarked; 0.975 / 0.988 / 1.3% / 0.975, 95%.
    ["hundred-and-ninety-eighth development pair", everydaySet("dev198"), nearDomainSet("dev198"), { questions: 80, hit1: 0.96, hit3: 0.97, declined: 0.03, evidence: 0.96, near: 0.92 }],
    // A Bắc Ninh department archivist asking about the letters themselves ("số ký hiệu", "trích yếu", "nơi lưu"); 0.925 / 1.000 / 1.3% / 0.925, 92.5%.
    ["hundred-and-ninety-ninth development pair", everydaySet("dev199"), nearDomainSet("dev199"), { questions: 80, hit1: 0.91, hit3: 0.98, declined: 0.03, evidence: 0.91, near: 0.9 }],
    // An An Giang commune chairman's unpunctuated southern voice messages ("coi giùm", "mấy ổng", "bển"); 0.975 / 1.000 / 0.0% / 0.975, 95%.
    ["two-hundredth development pair", everydaySet("dev200"), nearDomainSet("dev200"), { questions: 80, hit1: 0.97, hit3: 0.98, declined: 0.02, evidence: 0.97, near: 0.92 }],
  ] as const)("%s: all five letters, the letter first, the fact in the answer", async (_name, everydaySet, nearSet, min) => {
    const everyday = evaluate(await readEvalSet(everydaySet), (q) => kb.answer(q));
    const near = evaluate(await readEvalSet(nearSet), (q) => kb.answer(q));
    expect(everyday.inScope).toBeGreaterThanOrEqual(min.questions);
    expect(new Set(everyday.rows.map((r) => r.item.doc)).size).toBe(5);
    expect(near.outOfScope).toBeGreaterThanOrEqual(min.questions / 2);
    // Measured after round 8: fresh2 0.988 / 1.0 / none / 0.988, 97.5%; fresh3 0.987 / 1.0 / none /
    // 0.987, 94.9%; dev3 0.971 / 0.986 / 1.4% / 0.957, 100%; dev4 0.957 / 1.0 / 4.3% / 0.943, 97.1%;
    // dev5 0.957 / 0.986 / 7.1% / 0.914, 97.1%; fresh4 0.975 / 0.988 / 2.5% / 0.975, 90%; fresh5
    // 0.912 / 0.975 / 8.8% / 0.850, 97.5%; dev6 0.950 / 0.988 / 2.5% / 0.950, 87.5%; dev7 0.950 /
    // 0.975 / 10.0% / 0.887, 97.5%; fresh6 0.938 / 0.988 / 1.3% / 0.938, 95%; fresh7 0.963 / 1.0 /
    // 5.0% / 0.925, 100%; dev8 0.975 / 0.988 / 8.8% / 0.912, 100%; dev9 0.938 / 0.975 / 3.8% /
    // 0.938, 97.5%; dev10 1.0 / 1.0 / 8.8% / 0.912, 95%; dev11 0.938 / 1.0 / 10.0% / 0.850, 95%;
    // dev12 0.963 / 0.988 / 3.8% / 0.938, 92.5%; dev13 0.963 / 0.988 / 3.8% / 0.938, 100%; dev14
    // 0.925 / 0.988 / 5.0% / 0.875, 92.5%; dev15 0.887 / 0.988 / 5.0% / 0.838, 85%. After round 9:
    // fresh8 0.950 / 0.988 / 7.5% / 0.900, 97.5%; fresh9 0.938 / 0.988 / 3.8% / 0.938, 100%; dev16
    // 0.887 / 0.975 / 21.3% / 0.713, 95%; dev17 0.925 / 0.988 / 3.8% / 0.900, 97.5%; dev18 0.875 /
    // 0.950 / 11.3% / 0.800, 100%; dev19 0.938 / 0.988 / 6.3% / 0.887, 92.5%; dev20 0.950 / 1.0 /
    // 1.3% / 0.925, 97.5%; dev21 0.863 / 0.938 / 17.5% / 0.762, 97.5%. After round 10: dev22 0.825 /
    // 0.925 / 16.3% / 0.725, 95%; dev23 0.925 / 0.988 / 21.3% / 0.738, 97.5%; dev24 0.950 / 0.988 /
    // 2.5% / 0.938, 92.5%; dev25 0.925 / 0.975 / 2.5% / 0.912, 95%; fresh10 0.975 / 0.988 / 3.8% /
    // 0.963, 100%; fresh11 0.950 / 0.988 / 5.0% / 0.950, 97.5%; dev26 0.988 / 1.0 / 12.5% / 0.863,
    // 97.5%; dev27 0.912 / 0.988 / 8.8% / 0.875, 100%. After round 11: fresh12 0.988 / 1.0 / none /
    // 0.988, 95%; fresh13 0.925 / 0.975 / 3.8% / 0.875, 95%; dev28 0.975 / 1.0 / 5.0% / 0.938, 97.5%;
    // dev29 0.938 / 0.988 / 3.8% / 0.938, 100%; dev30 0.975 / 1.0 / 7.5% / 0.912, 97.5%; dev31 0.975 /
    // 1.0 / 2.5% / 0.963, 97.5%; dev32 0.963 / 0.988 / 1.3% / 0.963, 97.5%; dev33 0.975 / 1.0 / 3.8% /
    // 0.938, 97.5%; dev34 0.950 / 0.988 / 8.8% / 0.887, 97.5%; dev35 0.950 / 0.963 / 6.3% / 0.925,
    // 97.5%; dev36 1.0 / 1.0 / 2.5% / 0.975, 92.5%. After round 12: fresh14 0.963 / 0.975 / 5.0% /
    // 0.938, 100%; fresh15 0.950 / 0.975 / 7.5% / 0.875, 92.5%; fresh16 0.975 / 0.988 / none / 0.988,
    // 92.5%; fresh17 0.975 / 1.0 / 5.0% / 0.912, 90%; dev37 0.975 / 0.988 / none / 0.975, 97.5%; dev38
    // 0.963 / 0.988 / 2.5% / 0.950, 95%; dev39 0.938 / 0.988 / 1.3% / 0.925, 95%; dev40 0.975 / 0.988
    // / 6.3% / 0.912, 97.5%; dev41 0.912 / 1.0 / 2.5% / 0.912, 95%; dev42 0.963 / 0.975 / 7.5% /
    // 0.900, 100%; dev43 0.950 / 1.0 / 2.5% / 0.938, 100%; dev44 0.963 / 1.0 / none / 0.975, 92.5%;
    // dev45 0.938 / 0.975 / 3.8% / 0.925, 95%; dev46 0.938 / 0.975 / 3.8% / 0.900, 92.5%. After round
    // 13: fresh18 0.938 / 0.975 / 5.0% / 0.912, 100%; fresh19 0.975 / 0.988 / 6.3% / 0.912, 100%;
    // fresh20 0.950 / 0.975 / 6.3% / 0.912, 100%; fresh21 0.938 / 0.988 / 15.0% / 0.838, 100%;
    // dev47 0.988 / 1.0 / 10.0% / 0.875, 100%; dev48 1.0 / 1.0 / 3.8% / 0.963, 97.5%; dev49 0.875 /
    // 0.988 / 12.5% / 0.787, 95%; dev50 0.887 / 0.963 / 5.0% / 0.875, 97.5%; dev51 0.975 / 1.0 / 3.8%
    // / 0.938, 100%; dev52 0.875 / 0.988 / 8.8% / 0.825, 100%. After round 14: fresh22 0.975 / 0.988
    // / 2.5% / 0.950, 100%; fresh23 0.975 / 1.0 / 2.5% / 0.963, 100%; fresh24 0.963 / 0.988 / 8.8% /
    // 0.887, 100%; fresh25 0.938 / 0.988 / 3.8% / 0.900, 100%; dev53 0.988 / 1.0 / 1.3% / 0.975, 100%;
    // dev54 0.963 / 0.975 / 5.0% / 0.925, 92.5%; dev55 0.963 / 1.0 / 2.5% / 0.938, 97.5%; dev56 0.975
    // / 1.0 / none / 0.988, 100%; dev57 0.975 / 0.988 / 7.5% / 0.912, 100%; dev58 0.912 / 0.975 /
    // 3.8% / 0.887, 95%. After round 15: fresh26 1.0 / 1.0 / 3.8% / 0.963, 95%; fresh27 0.988 / 0.988
    // / 2.5% / 0.950, 100%; dev59 0.925 / 0.975 / 1.3% / 0.912, 97.5%; dev60 0.938 / 0.988 / 1.3% /
    // 0.950, 100%; dev61 0.950 / 1.0 / 5.0% / 0.912, 97.5%; dev62 0.975 / 1.0 / 2.5% / 0.963, 100%;
    // dev63 0.975 / 0.988 / 3.8% / 0.950, 95%; dev64 0.975 / 1.0 / 5.0% / 0.912, 97.5%. After round
    // 16: fresh28 0.988 / 1.0 / 1.3% / 0.975, 100%; fresh29 0.988 / 0.988 / none / 0.988, 100%; dev65
    // 0.912 / 0.988 / 5.0% / 0.875, 92.5%; dev66 0.950 / 0.988 / 2.5% / 0.925, 97.5%; dev67 0.925 /
    // 0.963 / 3.8% / 0.900, 95%; dev68 0.900 / 0.975 / 7.5% / 0.863, 97.5%; dev69 0.950 / 0.975 / 3.8%
    // / 0.900, 100%; dev70 0.975 / 0.988 / 6.3% / 0.925, 100%; dev71 0.988 / 1.0 / none / 0.975,
    // 97.5%; dev72 0.938 / 0.988 / 3.8% / 0.863, 100%; dev73 0.950 / 0.988 / 7.5% / 0.850, 97.5%;
    // dev74 0.963 / 0.988 / 1.3% / 0.950, 92.5%. The bounds sit a question or two below.
    expect(everyday.hit1).toBeGreaterThanOrEqual(min.hit1);
    expect(everyday.hit3).toBeGreaterThanOrEqual(min.hit3);
    const declined = everyday.rows.filter((row) => row.item.doc !== null && !row.answer.answered).map((row) => row.item.id);
    expect(everyday.inScopeDeclined, `declined: ${declined.join(", ")}`).toBeLessThanOrEqual(min.declined);
    expect(everyday.evidenceInAnswer).toBeGreaterThanOrEqual(min.evidence);
    expect(near.outOfScopeDeclined).toBeGreaterThanOrEqual(min.near);
  });
});
