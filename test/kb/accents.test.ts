// Accent-aware evidence: folding merges words ("này"/"nay", "thị"/"thì"); when the officer types
// the marks, a passage earns full credit only for the words as typed.
import { describe, expect, it } from "vitest";
import { coverage } from "../../src/kb/answer.js";
import { SearchIndex } from "../../src/kb/index.js";
import { accentedSyllables, accentKey, hasMarks, syllables } from "../../src/kb/normalize.js";
import { TUNING } from "../../src/kb/tuning.js";
import type { KbDocument } from "../../src/kb/types.js";

const letter = (slug: string, texts: string[]): KbDocument => ({
  slug,
  fileName: `${slug}.txt`,
  title: "Hướng dẫn thử nghiệm",
  contentHash: slug,
  passages: texts.map((text, ordinal) => ({ ordinal, text })),
});

describe("accent keys", () => {
  it("ignore where the tone mark sits and how the input is composed, not which marks", () => {
    expect(accentKey("hoà")).toBe(accentKey("hòa"));
    expect(accentKey("uỷ")).toBe(accentKey("ủy"));
    expect(accentKey("ho\u0300a".normalize("NFD"))).toBe(accentKey("hòa"));
    expect(accentKey("nay")).not.toBe(accentKey("này"));
    expect(accentKey("cứu")).not.toBe(accentKey("cửu"));
    expect(accentKey("đi")).not.toBe(accentKey("di"));
    expect(hasMarks("nay")).toBe(false);
    expect(hasMarks("đi")).toBe(true);
  });

  it("line up one for one with the folded syllables", () => {
    const text = "Uỷ ban KH&CN, ĐT: 0905.188881 (Phụ lục 02)";
    expect(accentedSyllables(text)).toHaveLength(syllables(text).length);
    expect(accentedSyllables(text)[0]).toBe(accentKey("ủy"));
  });
});

describe("credit for words typed with marks", () => {
  const index = new SearchIndex([
    letter("a", ["Hướng dẫn này là tài liệu tham khảo cho các đơn vị."]),
    letter("b", ["Hôm nay các đơn vị gửi tài liệu tham khảo."]),
  ]);
  const [collision, literal] = index.passages;
  const cov = (q: string, p: typeof collision) => coverage(index.analyze(q), index.passageTokens(p!));

  it("gives a folded-only match partial credit when the question is typed with marks", () => {
    const a = index.analyze("Hôm nay là thứ mấy?");
    const nay = a.terms.find((t) => t.surface === "nay")!;
    expect(nay.accent).toBe("nay");
    const tokens = index.passageTokens(collision!);
    expect(tokens.has("nay")).toBe(true);
    expect(tokens.hasAccented!("nay")).toBe(false);
    expect(cov("Hôm nay là gì", collision).terms).toBeLessThan(cov("Hôm nay là gì", literal).terms);
    expect(TUNING.accents.foldedCredit).toBeGreaterThan(0);
    expect(TUNING.accents.foldedCredit).toBeLessThan(1);
  });

  it("keeps full folded credit for a question typed without marks", () => {
    const a = index.analyze("hom nay la thu may");
    expect(a.terms.every((t) => t.accent === undefined)).toBe(true);
    expect(cov("tai lieu nay la gi", collision).terms).toBe(1);
  });

  it("gives full credit to the same word with another tone placement", () => {
    const idx = new SearchIndex([letter("c", ["Ủy ban nhân dân xã phối hợp triển khai."])]);
    const p = idx.passages[0]!;
    expect(coverage(idx.analyze("Uỷ ban nhân dân xã phối hợp"), idx.passageTokens(p)).terms).toBe(1);
  });

  it("does not hold an abbreviation's spelled-out words to accents", () => {
    const idx = new SearchIndex([letter("d", ["Đồng chí Nguyễn Văn An (ĐT: 0905188881)."])]);
    const p = idx.passages[0]!;
    const typedWithMarks = coverage(idx.analyze("Điện thoại đồng chí Nguyễn Văn An"), idx.passageTokens(p));
    const typedWithout = coverage(idx.analyze("dien thoai dong chi nguyen van an"), idx.passageTokens(p));
    expect(typedWithMarks).toEqual(typedWithout);
    expect(typedWithMarks.terms).toBe(1);
  });
});

describe("reading a declined question again", () => {
  const index = new SearchIndex([letter("e", ["Triển khai hệ thống theo mô hình tập trung."])]);

  it("reads a question offering alternatives the other way round, but a flood of words only once", () => {
    expect(index.otherReadings("triển khai theo mô hình tập trung hay mỗi tỉnh tự làm riêng").length).toBeGreaterThan(0);
    const flood = "triển khai theo mô hình tập trung hay mỗi tỉnh tự làm riêng, bên em là xã nhỏ, ".repeat(20);
    expect(index.otherReadings(flood)).toEqual([]);
  });
});
