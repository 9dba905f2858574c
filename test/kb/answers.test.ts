// What an officer sees when asking the guidance letters: the right date, the right letter cited,
// whatever the spelling, and "I don't know" rather than a guess.
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { syllables, typedSyllables } from "../../src/kb/normalize.js";
import { TUNING } from "../../src/kb/tuning.js";
import { GUIDANCE } from "./helpers.js";
import { kb as kbText } from "../../src/messages/kb.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
});

const PLAN = "bvhttdl-ke-hoach-tap-huan";

describe("answers from the letters", () => {
  it.each([
    "Hạn gửi danh sách cán bộ đầu mối là ngày nào?",
    "han gui danh sach can bo dau moi",
    "han chot gui danh sahc can bo dau moi",
    "Ha\u0323n gư\u0309i danh sa\u0301ch ca\u0301n bô\u0323 đầu mối", // decomposed (NFD) input
  ])("%s → 16/01/2026, citing the training plan", (q) => {
    const a = kb.answer(q);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("16/01/2026");
    expect(a.sources[0]!.doc).toBe(PLAN);
    expect(kbText.source(a.sources[0]!)).toBe(
      "Bộ Văn hóa, Thể thao và Du lịch — Kế hoạch tập huấn triển khai hệ thống thông tin giải quyết thủ tục hành chính của Bộ VHTTDL (số 140/BVHTTDL-CĐSVHTTDL, ngày 12/01/2026)",
    );
  });

  it("answers with the sentences that answer, not the whole letter", () => {
    const a = kb.answer("Xã phường cần bố trí mấy cán bộ quản trị hệ thống?");
    expect(a.answer).toContain("01 cán bộ quản trị hệ thống");
    expect(a.answer).not.toContain("02 cán bộ phối hợp");
    // The full passage stays available.
    expect(a.sources[0]!.text).toContain("02 cán bộ phối hợp");
  });

  it("treats tone-mark placement and accents alike", () => {
    const a = kb.answer("Uỷ ban nhân dân xã bố trí mấy cán bộ quản trị hệ thống?");
    const b = kb.answer("Ủy ban nhân dân xã bố trí mấy cán bộ quản trị hệ thống?");
    const c = kb.answer("uy ban nhan dan xa bo tri may can bo quan tri he thong");
    expect(b).toEqual({ ...a, q: b.q });
    expect(c.sources[0]!.text).toBe(a.sources[0]!.text);
    expect(a.answer).toContain("01 cán bộ quản trị hệ thống");
  });

  it("understands abbreviations", () => {
    const a = kb.answer("qlvb tich hop voi httt gqtthc the nao");
    expect(a.answered).toBe(true);
    expect(a.sources[0]!.doc).toBe("cds-vhttdl-tich-hop-qlvb");
    const b = kb.answer("Bộ KH&CN đề nghị hỗ trợ địa phương qua những hình thức nào?");
    expect(b.sources[0]!.text).toContain("tổng đài");
  });

  it("reads '(để b/c)' in a recipients' list as 'báo cáo': which deputy minister the guidance is reported to", () => {
    expect(syllables("Thứ trưởng (để b/c)")).toEqual(syllables("Thứ trưởng (để báo cáo)"));
    expect(typedSyllables("Thứ trưởng (để b/c)")).toHaveLength(syllables("Thứ trưởng (để b/c)").length);
    const a = kb.answer("huong dan trien khai kien truc bao cao thu truong thuong truc nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Vũ Hải Quân");
  });

  it("reads 'TT' before a unit's name as its centre: the city's Trung tâm Chuyển đổi số, not the police it works with", () => {
    const a = kb.answer("tt chuyen doi so tp ho chi minh ket noi voi nhung he thong nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("4. Trung tâm Chuyển đổi số Thành phố");
  });

  it("understands acronyms the dictionary lacks, by the initials of phrases in the letters", () => {
    // CNNTS is only used in a letter's filing code; TTPVHCC appears nowhere at all.
    const a = kb.answer("ai phu trach phong CNNTS");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Nguyễn Kim Oanh");
    const b = kb.answer("TTPVHCC thành phố làm gì với hệ thống điều phối?");
    expect(b.answered).toBe(true);
    expect(b.sources[0]!.text).toContain("Trung tâm Phục vụ hành chính công");
  });

  it("reads a three-letter acronym by the body the same passage names in full ('TB/TGV' … 'Tổ giúp việc')", () => {
    // "Tổ giúp việc" is written out once, next to "35-TB/TGV"; "53-TB/TGV" is cited without it.
    const a = kb.answer("to giup viec co thong bao so 53 vao ngay nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("23/11/2025");
  });

  it("finds who signed a letter in its signature block", () => {
    const a = kb.answer("ai ky huong dan trien khai kien truc HTTT GQTTHC cap bo cap tinh");
    expect(a.answered).toBe(true);
    expect(a.sources[0]!.doc).toBe("bkhcn-huong-dan-trien-khai-kien-truc");
    expect(a.answer).toContain("Trần Duy Ninh");
  });

  it("finds support contacts given in a footnote", () => {
    const a = kb.answer("so dien thoai ho tro cua trung tam chuyen doi so VHTTDL");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("0976953686");
    expect(a.sources[0]!.heading).toBe("Đầu mối hỗ trợ của Bộ VHTTDL");
  });
});

describe("declining", () => {
  it.each(["Giá vàng hôm nay?", "Thời tiết Hà Nội ngày mai thế nào?", "cho tôi công thức nấu phở bò", "Lương cơ sở năm 2026 là bao nhiêu?"])(
    "%s is declined, with the closest letters still listed",
    (q) => {
      const a = kb.answer(q);
      expect(a.answered).toBe(false);
      expect(a.answer).toBe("");
      // Declined for too little of the question found, or for a passage that matches words but not
      // what is asked ("Hà Nội, ngày … tháng …" is no weather): then the match may be close.
      if (a.declined === "confidence") expect(a.confidence).toBeLessThan(TUNING.answerThreshold);
      else expect(a.declined).toMatch(/^(focus|fact)$/);
      expect(a.sources.length).toBeGreaterThan(0);
    },
  );

  it("declines an empty question without failing", () => {
    const a = kb.answer("   ");
    expect(a).toMatchObject({ answered: false, confidence: 0, sources: [] });
  });
});

describe("the sentence that states the fact", () => {
  it("a lead-in ending with ':' comes with what it introduces, even when that starts the next passage", () => {
    const a = kb.answer("trung tam cds vh de nghi ubnd tinh lam nhung gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Rà soát, đôn đốc");
  });

  it("a lead-in comes with the list items under it, not only the first", () => {
    const a = kb.answer("ke hoach trien khai sau thu nghiem cua tt cds vhttdl");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phụ lục 04");
  });

  it("'bao nhiêu cán bộ' is answered by the sentence counting cán bộ, not by one with another number", () => {
    const a = kb.answer("so vh moi tinh cu bao nhieu can bo lam dau moi voi bo");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("02 cán bộ");
  });

  it("why a letter was sent is answered by its opening ('Sau khi nắm bắt … phản ánh'), not by a later point of the same letter", () => {
    const a = kb.answer("sao tự nhiên bkhcn lại ra cv đòi các bộ tăng cường tập huấn vậy, lý do là gì");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("phản ánh từ một số địa phương");
  });

  it("asked until when the City's old system runs, the answer bounds the time by an event, not a start date", () => {
    const a = kb.answer("HT GQTTHC của TP do TT CĐS TP vận hành tới khi nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("đến khi Văn phòng Chính phủ");
    expect(a.answer).not.toContain("từ 1/3/2026");
  });

  it("asked when a cited letter was signed, the answer gives the date after its number", () => {
    const a = kb.answer("thông báo 35-tb/tgv ký ngày nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("11/7/2025");
    // The Ministry of Public Security's plan is cited without number or date: no answer.
    expect(kb.answer("Kế hoạch của Bộ Công an về vận hành hệ thống ban hành ngày nào?").answered).toBe(false);
  });

  it("the date of a numbered letter is the one after its number, not another letter's date nearby", () => {
    const a = kb.answer("cv 39 cua thu tuong ngay nao");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("09/01/2025");
    expect(a.answer).not.toContain("17/12/2025");
  });
});

describe("what someone has to do", () => {
  it("'làm những gì' is answered by the tasks the letter assigns, all of the list, not by the basis it cites", () => {
    const a = kb.answer("so khcn thanh pho ho chi minh phai lam nhung gi");
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain("Thực hiện Công văn số 5721");
    expect(a.answer).toContain("Chủ trì theo dõi, hướng dẫn các đơn vị");
    expect(a.answer).toContain("Theo dõi, giám sát chung tiến độ");
  });
});

describe("a letter named by its subject", () => {
  it("'hướng dẫn kiến trúc' is the Bộ KHCN letter whose subject it is, not another letter saying 'hướng dẫn'", () => {
    const a = kb.answer("hướng dẫn kiến trúc có phải tài liệu bắt buộc không");
    expect(a.answered).toBe(true);
    expect(a.sources[0]!.doc).toBe("bkhcn-huong-dan-trien-khai-kien-truc");
    expect(a.answer).toContain("tài liệu tham khảo chính thức");
  });
});

describe("whose tasks", () => {
  it("'Văn phòng UBND TP làm gì' lists the Văn phòng's own tasks, not a point that follows its guidance", () => {
    const a = kb.answer("van phong ubnd tp phai lam gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^1\. Văn phòng Ủy ban nhân dân Thành phố/);
  });
});

describe("how much of what", () => {
  it("'X là bao nhiêu' counts X: an allowance is not answered by a head count of cán bộ", () => {
    expect(kb.answer("phu cap cho can bo dau moi la bao nhieu").answered).toBe(false);
    expect(kb.answer("muc phu cap cho can bo quan tri cap xa la bao nhieu").answered).toBe(false);
  });

  it("'số lượng cán bộ … là bao nhiêu' still counts cán bộ", () => {
    const a = kb.answer("so luong can bo quan tri cap xa la bao nhieu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("01 cán bộ quản trị hệ thống");
  });
});

describe("why", () => {
  it("'tại sao' is answered by the passage that gives the cause ('Sau khi nắm bắt … ý kiến phản ánh'), not by one saying 'để' in passing", () => {
    const a = kb.answer("tai sao bo khcn yeu cau cac bo tang cuong tap huan");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("ý kiến phản ánh");
  });


  it("'để làm gì' is answered by the letter's purpose, not by the recipients filed '(để báo cáo)'", () => {
    const a = kb.answer("tich hop he thong quan ly van ban cua tinh voi he thong cua bo vh de lam gi");
    expect(a.answered).toBe(true);
    expect(a.answer).not.toContain("Nơi nhận");
    // Either of the letter's purposes: its opening ("Nhằm bảo đảm … đồng bộ, liên thông, rút ngắn thời
    // gian luân chuyển văn bản") or its closing request ("Để đảm bảo … đồng bộ từ Trung ương đến địa phương").
    expect(a.answer).toMatch(/đồng bộ, liên thông|đồng bộ từ Trung ương đến địa phương/);
  });
});

describe("why a question is declined", () => {
  it.each([
    ["Giá xăng hôm nay tăng hay giảm?", "confidence"],
    ["luong cua pho giam doc trung tam chuyen doi so", "focus"],
    ["Tổng đài hỗ trợ của Bộ KHCN làm việc mấy giờ", "fact"],
  ] as const)("%s → declined by %s", (q, why) => {
    const a = kb.answer(q);
    expect(a.answered).toBe(false);
    expect(a.declined).toBe(why);
  });

  it("an answer carries no decline reason", () => {
    expect(kb.answer("han gui danh sach can bo dau moi").declined).toBeUndefined();
  });
});
