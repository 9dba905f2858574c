// Letters in each supported format, generated in the test (no binary fixtures in the repository).
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";

export const MD_LETTER = `# Hướng dẫn cấp tài khoản thử nghiệm

1. Mỗi Sở gửi đề nghị cấp tài khoản thử nghiệm trước ngày 25/02/2026.
2. Tài khoản được cấp trong vòng 3 ngày làm việc kể từ khi nhận đề nghị.

## Hỗ trợ

Khi không đăng nhập được, liên hệ tổ hỗ trợ kỹ thuật của Trung tâm[^1].

[^1]: Điện thoại 0243 999 8888, trực từ 8 giờ đến 17 giờ các ngày làm việc.
`;

export async function docxLetter(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [{ reference: "points", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }],
    },
    footnotes: { 1: { children: [new Paragraph("Tổng đài hỗ trợ 1900 1234, hộp thư hotro@example.gov.vn.")] } },
    sections: [
      {
        children: [
          new Paragraph("BỘ THỬ NGHIỆM"),
          new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          new Paragraph("Số: 12/BTN-VP"),
          new Paragraph("Hà Nội, ngày 05 tháng 02 năm 2026"),
          new Paragraph("V/v hướng dẫn đăng nhập hệ thống thử nghiệm"),
          new Paragraph("Kính gửi: Các sở, ngành."),
          new Paragraph({ text: "Đăng nhập", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Cán bộ đăng nhập bằng tài khoản VNeID mức 2 từ ngày 20/02/2026.", numbering: { reference: "points", level: 0 } }),
          new Paragraph({ text: "Mật khẩu tạm thời được gửi qua thư điện tử công vụ của từng cán bộ.", numbering: { reference: "points", level: 0 } }),
          new Paragraph({ text: "Hỗ trợ", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun("Khi quên mật khẩu, liên hệ tổng đài hỗ trợ"), new FootnoteReferenceRun(1), new TextRun(".")] }),
          new Paragraph("Trân trọng./."),
          new Paragraph("Nơi nhận:"),
          new Paragraph("- Như trên;"),
          new Paragraph("- Lưu: VT."),
          new Paragraph("BỘ TRƯỞNG"),
          new Paragraph("Nguyễn Văn An"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * pdf-lib's standard fonts cannot encode Vietnamese (WinAnsi), and no font file is downloaded, so
 * the PDF letter is written without diacritics. Point 1 is wrapped across two lines on purpose;
 * point 3 carries a footnote.
 */
export async function pdfLetter(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [
    "BO THU NGHIEM",
    "CONG HOA XA HOI CHU NGHIA VIET NAM",
    "So: 15/BTN-KT",
    "Ha Noi, ngay 10 thang 03 nam 2026",
    "V/v lich bao tri he thong thu nghiem",
    "Kinh gui: Cac so, nganh.",
    "1. He thong tam dung de bao tri tu 22 gio ngay",
    "14/03/2026 den 6 gio ngay 15/03/2026.",
    "2. Trong thoi gian bao tri, can bo khong the tiep nhan ho so tren he thong.",
  ];
  let y = 800;
  for (const line of lines) {
    page.drawText(line, { x: 50, y, size: 12, font });
    y -= 18;
  }
  // A point with a superscript footnote mark, its note in small type at the foot of the page.
  const point3 = "3. Khi can ho tro, lien he to truc ky thuat";
  page.drawText(point3, { x: 50, y, size: 12, font });
  page.drawText("1", { x: 50 + font.widthOfTextAtSize(point3, 12) + 1, y: y + 5, size: 7, font });
  page.drawText("1 Tong dai truc ky thuat 1900 5555, hoat dong 24/7 trong thoi gian bao tri.", { x: 50, y: 80, size: 8, font });
  page.drawText("1", { x: 297, y: 30, size: 10, font }); // page number, to be dropped
  return Buffer.from(await pdf.save());
}
