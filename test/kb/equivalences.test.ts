// Everyday wording met through the letters' wording, without misreading folded homographs.
import { beforeAll, describe, expect, it } from "vitest";
import { equivalentSpans } from "../../src/kb/equivalences.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { mayBe, syllables, typedSyllables } from "../../src/kb/normalize.js";
import { GUIDANCE } from "./helpers.js";

const spansOf = (q: string, knows: (t: string) => boolean = () => false) =>
  equivalentSpans(syllables(q), typedSyllables(q), knows).map((s) => syllables(q).slice(s.from, s.to).join(" "));

describe("equivalent spans", () => {
  it("matches everyday phrases, longest first", () => {
    expect(spansOf("xã cử mấy người")).toEqual(["cu", "nguoi"]);
    expect(spansOf("gặp khó khăn thì liên hệ ai")).toEqual(["gap kho khan", "lien he"]);
  });

  it("tells folded homographs apart when the marks were typed, not when they were left out", () => {
    expect(spansOf("Bộ Nội vụ")).toEqual([]);
    expect(spansOf("noi he thong")).toEqual(["noi"]);
    expect(mayBe("hoà", "hòa")).toBe(true);
    expect(mayBe("đang", "đăng")).toBe(false);
  });

  it("leaves a word inside a compound the letters use unless the equivalent fits there too", () => {
    const letters = new Set(["khoa_hoc", "cu_can", "tri_can"]);
    expect(spansOf("Sở Khoa học", (t) => letters.has(t))).toEqual([]);
    expect(spansOf("cử cán bộ", (t) => letters.has(t))).toEqual(["cu"]);
  });

  it("lines typed syllables up with folded ones", () => {
    const q = "Bộ KH&CN gọi 0905.188881, phụ lục 02";
    expect(typedSyllables(q)).toHaveLength(syllables(q).length);
    expect(typedSyllables(q)).toEqual(["bộ", "khcn", "gọi", "0905188881", "phụ", "lục", "2"]);
  });
});

describe("paraphrased questions", () => {
  let kb: KnowledgeBase;
  let withFaq: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
    withFaq = await loadKnowledgeBase({ docsDir: GUIDANCE });
  });

  it("answers everyday wording of what a letter says", () => {
    const a = kb.answer("dia phuong gap kho khan thi lien he ai");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("bkhcn-tang-cuong-tap-huan");
  });

  it("'soạn' a document is the letters' 'xây dựng': who compiles the standard procedures", () => {
    const a = kb.answer("ai bien soan bo quy trinh chuan cho dia phuong");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("xây dựng bộ quy trình chuẩn");
  });

  it("'trong khi chờ … xong' is the letters' 'đến khi … hoàn thành': who runs the city's system meanwhile", () => {
    const a = kb.answer("trong luc cho cac bo xong thi ai quan tri he thong tthc tp");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Trung tâm Chuyển đổi số Thành phố");
  });

  it("'gửi đến' whom is the letter's 'Kính gửi', 'Nơi nhận': the recipients answer, not a task", () => {
    const a = kb.answer("cong van tich hop qlvb gui den nhung dau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Kính gửi");
  });

  it("'lợi ích gì' asks the letter's purpose ('nhằm … nâng cao hiệu quả')", () => {
    const a = kb.answer("tich hop he thong qlvb voi he thong tthc cua bo co loi ich gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("rút ngắn thời gian luân chuyển");
  });

  it("'tỉnh mình' is the letters' 'địa phương': where each province finds its training schedule", () => {
    const a = kb.answer("lich tap huan cua tinh minh xem o dau");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phụ lục 2");
  });

  it("keeps question words of FAQ questions out of the content", () => {
    // FAQ entries say "phải cử mấy người": that must not make "phải" and "mấy" content words.
    const a = withFaq.answer("Sở VHTTDL phải cử mấy cán bộ phối hợp?");
    expect(a.answered).toBe(true);
    expect(a.confidence).toBeGreaterThan(0.6);
  });

  it("still declines questions the letters do not answer", () => {
    // "Giấy tờ" is the paperwork a procedure asks of a citizen, not an official letter ("công văn").
    for (const q of ["Bộ Nội vụ có kế hoạch tinh giản biên chế thế nào?", "mức lương của cán bộ xã năm 2026", "Tôi muốn đổi số điện thoại trên tài khoản Zalo cá nhân", "mo ho kinh doanh can giay to gi"]) {
      expect(kb.answer(q).answered, q).toBe(false);
      expect(withFaq.answer(q).answered, q).toBe(false);
    }
  });
});

describe("round twenty-one: English words for a letter's appendix", () => {
  it("'appendix' is the letters' 'phụ lục'", async () => {
    const kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
    const a = kb.answer("tai lieu huong dan tich hop qlvb nam o appendix nao vay");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Phụ lục 02");
  });
});

describe("round twenty-three: who receives what is sent", () => {
  it("'đơn vị nào tiếp nhận danh sách' is answered by where the list is sent ('gửi về Bộ VHTTDL (qua …)')", async () => {
    const kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
    const a = kb.answer("Đơn vị nào tiếp nhận danh sách cán bộ đầu mối của Sở?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("qua Trung tâm Chuyển đổi số VHTTDL");
  });
});

describe("round twenty-four: office English in a Vietnamese message", () => {
  it("'contact person' and 'attachment' are the letters' 'cán bộ đầu mối' and 'phụ lục'", async () => {
    const kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
    const due = kb.answer("deadline gui list contact person cho Bo VHTTDL la khi nao");
    expect(due.answered).toBe(true);
    expect(due.answer).toContain("16/01/2026");
    const results = kb.answer("ket qua thu thap thong tin don vi nam o attachment nao");
    expect(results.answered).toBe(true);
    expect(results.answer).toContain("phụ lục 03");
  });
});

describe("round twenty-five: more office English, and an example given in passing", () => {
  it("'owner' is who leads ('chủ trì'); 'training schedule' is the training's 'lịch tập huấn'; '(… chẳng hạn)' names no topic", async () => {
    const kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
    const lead = kb.answer("theo cv tang cuong tap huan ai la owner cau hinh quy trinh TTHC, phan quyen cho can bo dau moi dia phuong");
    expect(lead.answered).toBe(true);
    expect(lead.answer).toContain("các bộ, ngành chủ trì");
    const where = kb.answer("training schedule cu the cua tung tinh (tinh minh chang han) xem o dau vay");
    expect(where.answered).toBe(true);
    expect(where.answer).toMatch(/[Pp]hụ lục 0?2/);
  });
});
