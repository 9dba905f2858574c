// Letters in every supported format become passages that follow the letter's structure, with
// their metadata; bad files are refused with a Vietnamese explanation and change nothing.
import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestBuffer, readDocsDir } from "../../src/kb/ingest.js";
import { loadKnowledgeBase, KbIngestError, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import type { KbDocument } from "../../src/kb/types.js";
import { docxLetter, MD_LETTER, pdfLetter } from "./fixtures.js";
import { GUIDANCE, tempDir } from "./helpers.js";
import { kb as kbText } from "../../src/messages/kb.js";

async function letter(name: string): Promise<KbDocument> {
  return ingestBuffer(name, await fs.readFile(path.join(GUIDANCE, name)));
}

describe("official letters as extracted from PDF", () => {
  it("keeps recipients, signature and footnotes apart from the body", async () => {
    const d = await letter("bvhttdl-ke-hoach-tap-huan.txt");
    const byHeading = (h: string) => d.passages.filter((p) => p.heading === h);
    expect(byHeading("Nơi nhận")).toHaveLength(1);
    expect(byHeading("Nơi nhận")[0]!.text).toContain("Như trên");
    expect(byHeading("Người ký")[0]!.text).toBe("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhan Tâm");
    const note = byHeading("Đầu mối hỗ trợ của Bộ VHTTDL");
    expect(note[0]!.text).toMatch(/^Đồng chí Nguyễn Minh Sơn .* Ngô Thị Quế Trang \(ĐT: 0988450060\)\.$/);
    const body = d.passages.filter((p) => !["Nơi nhận", "Người ký", "Kính gửi"].includes(p.heading ?? "") && !note.includes(p));
    for (const p of body) expect(p.text).not.toMatch(/Phan Tâm|Như trên|Nguyễn Minh Sơn/);
  });

  it("re-joins lines broken by the page layout, also inside a document number", async () => {
    const d = await letter("bvhttdl-ke-hoach-tap-huan.txt");
    const all = d.passages.map((p) => p.text).join("\n");
    expect(all).toContain("của Bộ Khoa học và Công nghệ về kế hoạch triển khai");
    expect(all).toContain("Công văn số 7753/BKHCN-CĐSQG ngày 17/12/2025");
    expect(all).toContain("bố trí 02 cán bộ phối hợp cùng Bộ VHTTDL");
  });

  it("keeps a numbered point with its dashes, and splits a long one under its lead-in", async () => {
    const d = await letter("ubnd-tphcm-trien-khai-kien-truc.txt");
    const point3 = d.passages.find((p) => p.text.startsWith("3. Giao Sở Khoa học và Công nghệ:"));
    expect(point3?.text.split("\n")).toHaveLength(4);
    const point4 = d.passages.filter((p) => p.heading === "4. Trung tâm Chuyển đổi số Thành phố:");
    expect(point4.length).toBeGreaterThan(1);
    expect(point4.some((p) => p.text.includes("Quản trị, điều chỉnh, vận hành"))).toBe(true);
  });

  it("keeps the number and the place and date of the header's one row together, however the text broke them", async () => {
    const apart = await letter("cds-vhttdl-tich-hop-qlvb.txt");
    expect(apart.passages.find((p) => p.heading === "Số, ký hiệu")?.text).toBe("Số: / CĐSVHTTDL-CNNTS Hà Nội, ngày tháng năm 2026");
    const together = await letter("bkhcn-huong-dan-trien-khai-kien-truc.txt");
    expect(together.passages.find((p) => p.heading === "Số, ký hiệu")?.text).toMatch(/^Số:\s+\/BKHCN-CĐSQG Hà Nội, ngày\s+tháng\s+năm 2025$/);
  });

  it("reads issuer, subject and year from the letter, and the manifest's number and date", async () => {
    const d = await letter("bkhcn-huong-dan-trien-khai-kien-truc.txt");
    expect(d).toMatchObject({
      slug: "bkhcn-huong-dan-trien-khai-kien-truc",
      issuer: "Bộ Khoa học và Công nghệ",
      title: "Hướng dẫn triển khai thực hiện Kiến trúc Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh",
      year: 2025,
    });
    expect(d.number).toBeUndefined(); // left blank on the letter
    const fromDir = (await readDocsDir(GUIDANCE)).find((f) => f.fileName === "bkhcn-huong-dan-trien-khai-kien-truc.txt")!;
    const withManifest = await ingestBuffer(fromDir.fileName, fromDir.data, fromDir.entry);
    expect(withManifest).toMatchObject({ number: "7753/BKHCN-CĐSQG", dateText: "17/12/2025", issuer: "Bộ Khoa học và Công nghệ (Cục Chuyển đổi số quốc gia)" });
  });
});

describe("uploading .md, .docx and .pdf", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadKnowledgeBase({ docsDir: await tempDir(), faqFile: null });
  });

  it("Markdown: headings, numbered points, footnotes; answerable at once", async () => {
    const r = await kb.ingestFile("huong-dan-tai-khoan.md", Buffer.from(MD_LETTER));
    expect(r).toEqual({ slug: "huong-dan-tai-khoan", title: "Hướng dẫn cấp tài khoản thử nghiệm", passages: expect.any(Number) });
    const a = kb.answer("Hạn đề nghị cấp tài khoản thử nghiệm là khi nào?");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("25/02/2026");
    expect(a.sources[0]).toMatchObject({ doc: "huong-dan-tai-khoan", title: "Hướng dẫn cấp tài khoản thử nghiệm" });
    const phone = kb.answer("so dien thoai to ho tro ky thuat");
    expect(phone.answer).toContain("0243 999 8888");
  });

  it("Word: metadata from the letter head, numbered list and footnote", async () => {
    const r = await kb.ingestFile("huong-dan-dang-nhap.docx", await docxLetter());
    expect(r.title).toBe("Hướng dẫn đăng nhập hệ thống thử nghiệm");
    const a = kb.answer("dang nhap he thong thu nghiem bang tai khoan gi");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("VNeID mức 2");
    expect(kbText.source(a.sources[0]!)).toBe("Bộ thử nghiệm — Hướng dẫn đăng nhập hệ thống thử nghiệm (số 12/BTN-VP, ngày 05/02/2026)");
    expect(kb.answer("Quên mật khẩu thì gọi tổng đài số nào?").answer).toContain("1900 1234");
    expect(kb.listDocuments().find((d) => d.slug === "huong-dan-dang-nhap")).toMatchObject({ issuer: "Bộ thử nghiệm" });
  });

  it("PDF: text layer read, wrapped line re-joined, page number dropped", async () => {
    const r = await kb.ingestFile("lich-bao-tri.pdf", await pdfLetter());
    expect(r.title).toBe("Lich bao tri he thong thu nghiem");
    const a = kb.answer("Lịch bảo trì: hệ thống tạm dừng từ khi nào?");
    expect(a.answered).toBe(true);
    expect(a.sources[0]!.doc).toBe("lich-bao-tri");
    expect(a.answer).toContain("tu 22 gio ngay 14/03/2026 den 6 gio ngay 15/03/2026");
    expect(kbText.source(a.sources[0]!)).toContain("số 15/BTN-KT, ngày 10/03/2026");
    const note = kb.answer("so tong dai truc ky thuat khi bao tri");
    expect(note.answer).toContain("1900 5555");
    expect(note.sources[0]!.heading).toBe("3. Khi can ho tro, lien he to truc ky thuat");
    expect(kb.listDocuments().find((d) => d.slug === "lich-bao-tri")!.passages).toBeLessThan(6);
  });
});

describe("refusing bad files", () => {
  it.each([
    ["virus.exe", Buffer.from("MZ..."), "unsupported"],
    ["cong-van-cu.doc", Buffer.from("\xd0\xcf\x11\xe0", "latin1"), "unsupported"],
    ["trong.txt", Buffer.from("  \n\n \t\n"), "empty"],
    ["trong.md", Buffer.alloc(0), "empty"],
    ["hong.pdf", Buffer.from("%PDF-1.7\nthis is not really a pdf"), "unreadable"],
    ["hong.docx", Buffer.from("PK\u0003\u0004 broken zip"), "unreadable"],
    ["ma-cu.txt", Buffer.from([0x43, 0xf4, 0x6e, 0x67, 0x20, 0x76, 0xe3, 0x6e]), "unreadable"], // Windows-1258, not UTF-8
    ["qua-lon.pdf", Buffer.alloc(21 * 1024 * 1024), "too_large"],
  ])("%s → %s, KB unchanged", async (name, data, code) => {
    const kb = await loadKnowledgeBase({ docsDir: GUIDANCE, faqFile: null });
    const before = { docs: kb.listDocuments(), answer: kb.answer("Hạn gửi danh sách cán bộ đầu mối?") };
    const err = await kb.ingestFile(name, data).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KbIngestError);
    expect((err as KbIngestError).code).toBe(code);
    expect(kbText.ingestError((err as KbIngestError))).toContain(name);
    expect(kb.listDocuments()).toEqual(before.docs);
    expect(kb.answer("Hạn gửi danh sách cán bộ đầu mối?")).toEqual(before.answer);
  });
});
