// Scanned letters: image-only PDF pages, mixed PDFs and phone photos are read with Vietnamese OCR
// into the same structure-aware passages as a text letter, with their metadata and confidence.
import fs from "node:fs/promises";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { ingestBuffer } from "../../src/kb/ingest.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { cleanOcrLine, fixOcrHeader } from "../../src/kb/ocr-text.js";
import { imageOnlyPdf, phonePhoto, renderPages } from "../../scripts/lib/scans.js";
import { GUIDANCE, tempDir } from "../kb/helpers.js";
import { MAINTENANCE } from "./letters.js";

describe("OCR clean-up", () => {
  it("reads look-alike letters as digits in dates, phone numbers and letter numbers only", () => {
    expect(cleanOcrLine("trước ngày l6/O1/2O26 (ĐT: O9l5.OO1788)")).toBe("trước ngày 16/01/2026 (ĐT: 0915.001788)");
    expect(cleanOcrLine("Số: 14O/BVHTTDL-CĐSVHTTDL")).toBe("Số: 140/BVHTTDL-CĐSVHTTDL");
    expect(cleanOcrLine("Hà Nội, ngày l2 tháng O1 năm 2O26")).toBe("Hà Nội, ngày 12 tháng 01 năm 2026");
    // Words stay words: "Lưu: VT, O.40" has no date, "Ool" has no digit.
    expect(cleanOcrLine("Ool Lưu: VT, Oanh")).toBe("Ool Lưu: VT, Oanh");
    expect(cleanOcrLine("Ð/c Nguyễn Văn A")).toBe("Đ/c Nguyễn Văn A");
    expect(cleanOcrLine("ho\u0300a")).toBe("hòa");
  });

  it("puts the national motto on lines of its own, after the issuer it shared a line with", () => {
    const text = fixOcrHeader("BỘ THỬ NGHIỆM CỘNG HOÀ XÃ HỘl CHỦ NGHĨA VIỆT NAM\nTRUNG TÂM Độc lập - Tư do - Hanh phúc\nSố: 15/BTN-KT");
    expect(text.split("\n")).toEqual([
      "BỘ THỬ NGHIỆM",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TRUNG TÂM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 15/BTN-KT",
    ]);
  });
});

describe("scanned letters", () => {
  it("reads an image-only PDF into passages with the letter's number, date, issuer and subject", async () => {
    const pdf = await imageOnlyPdf(renderPages(MAINTENANCE));
    const pages: string[] = [];
    const doc = await ingestBuffer("lich-bao-tri-scan.pdf", pdf, undefined, { onProgress: (p, n) => pages.push(`${p}/${n}`) });
    expect(pages).toEqual(["1/1"]);
    expect(doc.number).toBe("15/BTN-KT");
    expect(doc.dateText).toBe("10/03/2026");
    expect(doc.title).toBe("Lịch bảo trì hệ thống thông tin giải quyết thủ tục hành chính");
    // Capitals lose some marks to OCR ("THỬ" may come back "THỦ"); the issuer block is still found.
    expect(doc.issuer).toMatch(/^Bộ th. nghiệm trung tâm kỹ thuật$/i);
    expect(doc.ocrPages).toBe(1);
    expect(doc.ocrConfidence).toBeGreaterThan(80);
    const point1 = doc.passages.find((p) => p.text.startsWith("1."));
    expect(point1?.text).toContain("từ 22 giờ ngày 14/03/2026 đến 6 giờ ngày 15/03/2026");
    expect(doc.passages.find((p) => p.heading === "Người ký")?.text).toContain("Trần Văn Bình");
    const all = doc.passages.map((p) => p.text).join("\n");
    expect(all).toBe(all.normalize("NFC"));
    expect(all).not.toMatch(/CỘNG HÒA|Độc lập - Tự do/);
  });

  it("uses the text layer where a page has one and OCR where it does not", async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const first = pdf.addPage([595.28, 841.89]);
    const typed = ["1. Moi dia phuong duoc cap 03 tai khoan sandbox de kiem thu ket noi.", "2. Tai khoan sandbox duoc cap qua thu dien tu cua Trung tam."];
    typed.forEach((line, i) => first.drawText(line, { x: 60, y: 780 - i * 20, size: 11, font }));
    const scanned = await PDFDocument.load(await imageOnlyPdf(renderPages(MAINTENANCE)));
    const [page2] = await pdf.copyPages(scanned, [0]);
    pdf.addPage(page2!);
    const progress: string[] = [];
    const doc = await ingestBuffer("hon-hop.pdf", Buffer.from(await pdf.save()), undefined, { onProgress: (p, n) => progress.push(`${p}/${n}`) });
    expect(progress).toEqual(["2/2"]);
    expect(doc.ocrPages).toBe(1);
    const all = doc.passages.map((p) => p.text).join("\n");
    expect(all).toContain("03 tai khoan sandbox");
    expect(all).toContain("liên hệ tổ trực kỹ thuật qua số điện thoại 0915.001788");
  });

  it("reads a phone photo of a letter page well enough to answer its deadline question", async () => {
    const text = await fs.readFile(path.join(GUIDANCE, "bvhttdl-ke-hoach-tap-huan.txt"), "utf8");
    const photo = await phonePhoto(renderPages(text, undefined, 1)[0]!);
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, "anh-chup-ke-hoach.jpg"), photo);
    const kb = await loadKnowledgeBase({ docsDir: dir, faqFile: null });
    expect(kb.listDocuments()[0]?.ocr?.pages).toBe(1);
    const a = kb.answer("Hạn gửi danh sách cán bộ đầu mối là ngày nào?");
    expect(a.answered).toBe(true);
    expect(a.sources[0]?.doc).toBe("anh-chup-ke-hoach");
    expect(a.answer).toContain("16/01/2026");
  });
});
