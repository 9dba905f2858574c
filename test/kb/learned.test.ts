// What the KB learns from the project's question sets (npm run kb:learn). Chat words the letters
// never use ("khờ chút nghen", "hả cháu", "bấm link hoài ko vô") weigh as officers use them: little
// where they come around questions the letters answer, fully where they name what no letter speaks
// of. Words and word pairs officers of several sets used for what a passage says ("cắt cử", "góp ý",
// "đốc thúc", "rành máy") count as said by it, at a discount, and as speaking of what they name.
// Words the answering passage leaves unsaid again and again (the situation officers tell around the
// question: "mạng chập chờn") cost less when the KB decides whether to answer.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { chatWeightsFrom, CHAT_WEIGHT_PARAMS, SHIPPED_CHAT_WEIGHTS } from "../../src/kb/chat-weights.js";
import { FUNCTION_WORDS } from "../../src/kb/focus.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { MISS_COST_PARAMS, missCostsFrom, SHIPPED_MISS_COSTS } from "../../src/kb/miss-costs.js";
import { officerWordsFrom, officerWordsOf, passageKey } from "../../src/kb/officer-words.js";
import { GUIDANCE, ROOT } from "./helpers.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
});

describe("chat words read off the question sets", () => {
  const totals = { inScope: 200, nearDomain: 100 };

  it("a word as common around answerable questions as around near-domain ones weighs the floor; one mostly in near-domain questions weighs fully", () => {
    const weights = chatWeightsFrom(
      [
        { word: "nghen", inScope: 40, nearDomain: 10 },
        { word: "luong", inScope: 1, nearDomain: 30 },
      ],
      totals,
    );
    expect(weights.get("nghen")).toBe(CHAT_WEIGHT_PARAMS.floor);
    expect(weights.has("luong")).toBe(false);
  });

  it("a word seen too seldom to tell, and a number (a phone, a year), keep their weight", () => {
    const weights = chatWeightsFrom(
      [
        { word: "hihi", inScope: 2, nearDomain: 0 },
        { word: "0905188818", inScope: 9, nearDomain: 0 },
      ],
      totals,
    );
    expect(weights.size).toBe(0);
  });

  it("the shipped table holds only chat words: no numbers, none of the hand-weighed function words", () => {
    expect(SHIPPED_CHAT_WEIGHTS.size).toBeGreaterThan(50);
    for (const [word, factor] of SHIPPED_CHAT_WEIGHTS) {
      expect(word).not.toMatch(/\d/);
      expect(FUNCTION_WORDS.has(word), word).toBe(false);
      expect(factor).toBeGreaterThanOrEqual(CHAT_WEIGHT_PARAMS.floor);
      expect(factor).toBeLessThan(1);
    }
  });
});

describe("questions wrapped in chat are answered", () => {
  it("'cho tui hỏi khờ chút nghen': what the Centre is, from the letter it signed", () => {
    const a = kb.answer("Cho tui hỏi khờ chút nghen, cái Trung tâm Chuyển đổi số VHTTDL ký cv tích hợp đó là đơn vị gì của Bộ dzậy, có phải là đầu mối lo chuyển đổi số cho cả bộ luôn hông");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("cds-vhttdl-tich-hop-qlvb");
    expect(a.answer).toContain("Trung tâm Chuyên đổi số Văn hóa, Thể thao và Du lịch");
  });

  it("'… hả cháu, chú đọc mãi không hiểu': what the architecture guidance is for", () => {
    const a = kb.answer("bộ khoa học ra hướng dẫn triển khai kiến trúc đó là để làm rõ những cái gì hả cháu chú đọc mãi không hiểu");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("làm rõ yêu cầu, mô hình kỹ thuật và phương thức phối hợp");
  });

  it("'mấy xã bấm link hoài ko vô': the other way to send the contacts, the QR code", () => {
    const a = kb.answer("ngoai cai link form ra thi con cach nao de gui thong tin dau moi ve bo KH&CN ko mn, may xa bam link hoai ko vo");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("mã QR");
  });

  it("the same chat around what no letter says is still declined ('phụ cấp', 'kinh phí mua máy tính')", () => {
    for (const q of ["Cho tui hỏi khờ chút nghen, cán bộ quản trị hệ thống ở xã có được phụ cấp gì không", "bộ khoa học có hỗ trợ kinh phí mua máy tính cho xã không hả cháu chú đọc mãi không hiểu"]) {
      expect(kb.answer(q).answered, q).toBe(false);
    }
  });
});

describe("officer words read off the question sets", () => {
  const totals = { inScope: 200, nearDomain: 100 };
  const uses = new Map([
    ["gop", { word: "gop", inScope: 30, nearDomain: 2 }],
    ["thuong", { word: "thuong", inScope: 3, nearDomain: 20 }],
    ["xiu", { word: "xiu", inScope: 30, nearDomain: 2 }],
  ]);

  it("a word two writers used about a passage that it does not say is kept; one writer's word is not", () => {
    const table = officerWordsFrom(
      [
        { set: "dev1", passage: "p1", unsaid: ["gop", "xiu"] },
        { set: "dev2", passage: "p1", unsaid: ["gop"] },
        { set: "dev2", passage: "p1", unsaid: ["gop"] },
      ],
      uses,
      totals,
    );
    expect(table.get("p1")).toEqual(["gop"]);
  });

  it("a word near-domain questions use as their topic ('thưởng') is no officer word, however many writers used it", () => {
    const table = officerWordsFrom(
      ["dev1", "dev2", "dev3"].map((set) => ({ set, passage: "p1", unsaid: ["thuong"] })),
      uses,
      totals,
    );
    expect(table.has("p1")).toBe(false);
  });

  it("a passage whose letter or text changed has no officer words: the table is keyed by both", () => {
    const text = "Đề nghị gửi ý kiến về Bộ.";
    const table = new Map([[passageKey("bkhcn-huong-dan", text), new Set(["gop"])]]);
    expect(officerWordsOf({ doc: { slug: "bkhcn-huong-dan" }, text }, table)?.has("gop")).toBe(true);
    expect(officerWordsOf({ doc: { slug: "bkhcn-huong-dan" }, text: "Đề nghị gửi ý kiến về Bộ trước ngày 30." }, table)).toBeUndefined();
    expect(officerWordsOf({ doc: { slug: "ubnd-tphcm" }, text }, table)).toBeUndefined();
  });
});

describe("questions in officers' own words for what a passage says are answered", () => {
  it("'cắt cử loại người nào ra để đỡ các tỉnh lúc mới xài': the ministries' support staff", () => {
    const a = kb.answer("Bộ ngành phải cắt cử loại người nào ra để đỡ các tỉnh lúc mới xài?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Bố trí cán bộ chuyên môn nghiệp vụ, cán bộ kỹ thuật");
  });

  it("'có được góp ý lên Bộ ko': feedback on the architecture guidance", () => {
    const a = kb.answer("Nếu bên mình thấy hướng dẫn kiến trúc có chỗ chưa hợp lý thì có được góp ý lên Bộ ko, góp lúc nào");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("gửi ý phản hồi");
  });

  it("'sao bkhcn lại ra cv đốc thúc tập huấn': the reason the letter gives", () => {
    const a = kb.answer("sao bkhcn lai ra cv doc thuc tap huan ht tap trung vay, co dia phuong phan anh a");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("ý kiến phản ánh từ một số địa phương");
  });

  it("'xã không có người rành máy … hỏi ai bên bộ vh': the ministry's support contacts", () => {
    const a = kb.answer("Xa khong co nguoi ranh may, neu bi loi ha tang hay an toan thong tin thi hoi ai ben bo vh, co ai phu trach mang nay ko");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Dương Anh Quân - Phụ trách Hạ tầng số và An toàn thông tin");
  });

  it("'phản ánh … bộ ngành phải làm gì với nó': officers' words speak of the passage's focus too", () => {
    const a = kb.answer("Thông tin phản ánh từ địa phương thì bộ ngành phải làm gì với nó vậy ạ?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Chủ động rà soát, tổng hợp các thông tin phản ánh");
  });

  it("'cử 1 người quản trị xong thì ai đào tạo': the ministry's training for commune staff", () => {
    const a = kb.answer("Phường em ko ai rành máy tính, cử 1 người quản trị xong thì ai đào tạo hướng dẫn sử dụng cho người đó vậy?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("tổ chức chương trình đào tạo, hướng dẫn sử dụng cho cán bộ cấp Sở và xã/phường/đặc khu");
  });
});

describe("what leaving a word unsaid costs, read off the question sets", () => {
  const totals = { inScope: 200, nearDomain: 100 };

  it("a word the answering passage leaves unsaid in answerable questions costs the floor; one near-domain questions leave unsaid costs fully", () => {
    const costs = missCostsFrom(
      [
        { word: "chap", inScope: 12, nearDomain: 1 },
        { word: "phu_cap", inScope: 1, nearDomain: 20 },
      ],
      totals,
    );
    expect(costs.get("chap")).toBe(MISS_COST_PARAMS.floor);
    expect(costs.has("phu_cap")).toBe(false);
  });

  it("the shipped table holds costs between the floor and 1, and no numbers", () => {
    expect(SHIPPED_MISS_COSTS.size).toBeGreaterThan(100);
    for (const [word, cost] of SHIPPED_MISS_COSTS) {
      expect(word).not.toMatch(/\d/);
      expect(cost).toBeGreaterThanOrEqual(MISS_COST_PARAMS.floor);
      expect(cost).toBeLessThan(1);
    }
  });

  it("'mạng ở xã chập chờn … gọi ai bên Bộ văn hoá': the situation told around the question does not sink it", () => {
    const a = kb.answer("Nếu mạng ở xã chập chờn, máy không vào được hệ thống hay là lo bị lộ thông tin thì gọi ai bên Bộ văn hoá, có số điên thoại không đồng chí");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Dương Anh Quân - Phụ trách Hạ tầng số và An toàn thông tin");
  });

  it("the same situation around what no letter says is still declined (money for the line, new computers)", () => {
    for (const q of [
      "Nếu mạng ở xã chập chờn, máy không vào được hệ thống thì Bộ văn hoá có hỗ trợ tiền lắp đường truyền mạng cho xã không đồng chí",
      "mạng ở xã chập chờn, máy hay treo, thì có được cấp máy tính mới để dùng hệ thống không",
    ]) expect(kb.answer(q).answered, q).toBe(false);
  });
});

describe("npm run kb:learn", () => {
  it("the shipped tables are what the question sets give now (rerun it after adding a set)", async () => {
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/kb-learn.ts", "--docs", GUIDANCE, "--check"], { cwd: ROOT, timeout: 120_000 });
    expect(stdout).toContain("learned tables: up to date");
  }, 130_000);
});
