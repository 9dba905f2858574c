// Questions dictated by voice spell acronyms and numbers out; the KB reads them as typed.
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { readSpoken } from "../../src/kb/spoken.js";
import { GUIDANCE } from "./helpers.js";

describe("readSpoken", () => {
  it.each([
    ["hệ thống tê tê hát cê cấp bộ", "hệ thống TTHC cấp bộ"],
    ["hướng dẫn tích hợp quy lờ vê bê", "hướng dẫn tích hợp QLVB"],
    // "Quờ" is how some say "q".
    ["văn bản tích hợp quờ lờ vê bê của trung tâm", "văn bản tích hợp QLVB của trung tâm"],
    ["u be en de xa phuong", "UBND xa phuong"],
    ["cong van nam bay hai mot cua bo khoa hoc", "cong van 5721 cua bo khoa hoc"],
    ["cái văn bản một bốn không của bộ văn hóa", "cái văn bản 140 của bộ văn hóa"],
    ["thông báo ba mươi lăm tê bê", "thông báo 35 TB"],
    ["hạn là mười sáu tháng một phải không", "hạn là 16 tháng 1 phải không"],
    ["hướng dẫn năm hai lăm có gửi ai", "hướng dẫn năm 2025 có gửi ai"],
    ["cv ba chin cua thu tuong", "cv 39 cua thu tuong"],
    // A phone number said with its dot.
    ["số không chín không năm chấm một tám tám tám tám một của ai", "số 0905.188881 của ai"],
    // "Không" closing a letter's four digits is the question's "không", not a fifth digit.
    ["có bảo làm theo văn bản bảy bảy năm ba không họ ghi ngày răng", "có bảo làm theo văn bản 7753 không họ ghi ngày răng"],
    // Numbers said by their places: thousands, hundreds, tens with or without "mươi", "lẻ" for no tens.
    ["văn bản năm ngàn bảy trăm hai mốt của bộ", "văn bản 5721 của bộ"],
    ["công văn sáu nghìn hai trăm bốn mươi bảy đính chính gì", "công văn 6247 đính chính gì"],
    ["kế hoạch một trăm bốn mươi ký ngày nào", "kế hoạch 140 ký ngày nào"],
    ["cv một trăm lẻ bốn của bộ khoa học", "cv 104 của bộ khoa học"],
  ])("%s → %s", (spoken, typed) => {
    expect(readSpoken(spoken)).toBe(typed);
  });

  it.each([
    // Everyday counts and words stay words: two or three people, "có … không", "để", "cả".
    "mỗi tỉnh cử hai ba người",
    "co phai cu hai nguoi khong",
    "de ca xa cung biet",
    "kế hoạch năm nay",
    // Capitals and line breaks are kept for the rest of the reading.
    "CV 39/TTg-KSTT nói về việc gì\nem cần tóm tắt",
  ])("leaves %s as typed", (q) => {
    expect(readSpoken(q)).toBe(q);
  });
});

describe("dictated questions", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
  });

  it.each([
    ["cái văn bản một bốn không của bộ văn hóa về kế hoạch tập huấn ấy mà hướng dẫn tích hợp quy lờ vê bê căn cứ vào á nó ra ngày nào vậy", "12/01/2026"],
    ["u be en de xa phuong dat khu phai bo tri may nguoi lam quan tri he thong vay a", "01 cán bộ"],
  ])("answers %s", (q, fact) => {
    const a = kb.answer(q);
    expect(a.answered, q).toBe(true);
    expect(a.answer).toContain(fact);
    // The question is kept as the officer sent it.
    expect(a.q).toBe(q);
  });
});
