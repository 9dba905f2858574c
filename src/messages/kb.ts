// Texts of the knowledge base: citations, ingestion results and errors. The knowledge base
// (src/kb) returns data (letters cited, refusal codes with their figures); these word it.
import type { KbIngestError, KbSource } from "../kb/types.js";

export interface CitationParts {
  issuer?: string;
  title: string;
  number?: string;
  dateText?: string;
  year?: number;
}

type RelationKindText = "correct" | "replace" | "amend" | "repeal";

export const kb = {
  /** "Bộ Văn hóa, Thể thao và Du lịch — Kế hoạch tập huấn … (số 140/BVHTTDL-CĐSVHTTDL, ngày 12/01/2026)" */
  citation: (c: CitationParts): string => {
    const ref: string[] = [];
    if (c.number) ref.push(`số ${c.number}`);
    if (c.dateText) ref.push(`ngày ${c.dateText}`);
    else if (c.year) ref.push(`năm ${c.year}`);
    const head = c.issuer ? `${c.issuer} — ${c.title}` : c.title;
    return ref.length ? `${head} (${ref.join(", ")})` : head;
  },
  /** A source's citation: its letter, or the citation a FAQ entry was saved with. */
  source: (s: Pick<KbSource, "letter" | "note">): string => (s.letter ? kb.citation(s.letter) : (s.note ?? "")),
  /** Why a file was refused, for the person who sent it. */
  ingestError: (e: Pick<KbIngestError, "code" | "fileName" | "details">): string => {
    const n = e.fileName;
    const d = e.details;
    const m = kb.ingestErrors;
    switch (e.code) {
      case "unsupported":
        return m.unsupported(n);
      case "empty":
        return m.empty(n);
      case "unreadable":
        return m.unreadable(n);
      case "truncated":
        return m.truncated(n);
      case "too_large":
        return m.tooLarge(n, d.maxMb ?? 0);
      case "wrong_type":
        return m.wrongType(n, d.actual ?? "unknown");
      case "executable":
        return m.executable(n);
      case "too_many_pages":
        return m.tooManyPages(n, d.pages ?? 0, d.maxPages ?? 0);
      case "unpacked_too_large":
        return m.unpackedTooLarge(n, d.maxUnpackedMb ?? 0);
      case "too_many_entries":
        return m.tooManyEntries(n, d.maxEntries ?? 0);
      case "timeout":
        return m.timeout(n, d.minutes ?? 0);
      case "too_complex":
        return m.tooComplex(n);
      case "image_too_large":
        return m.imageTooLarge(n, d.megapixels ?? 0, d.maxMegapixels ?? 0);
    }
  },
  /** Letters that correct, replace, amend or repeal another. */
  relations: {
    verb: { correct: "đính chính", replace: "thay thế", amend: "sửa đổi", repeal: "bãi bỏ" } as Record<RelationKindText, string>,
    passive: { correct: "đã được đính chính", replace: "đã được thay thế", amend: "đã được sửa đổi", repeal: "đã bị bãi bỏ" } as Record<RelationKindText, string>,
    /** Under an answer cited from an older letter. */
    amendedNote: (items: { kind: RelationKindText; by: CitationParts }[]) =>
      items.map((i) => `⚠️ Lưu ý: văn bản này ${kb.relations.passive[i.kind]} bởi ${kb.citation(i.by)}. Anh/chị nên đối chiếu văn bản mới.`).join("\n"),
  },
  removed: (slug: string) => `Đã xoá văn bản “${slug}” khỏi kho tri thức.`,
  unknownDocument: (slug: string) => `Không có văn bản “${slug}” trong kho tri thức.`,

  admin: {
    listTitle: (n: number) => `Kho tri thức có ${n} văn bản:`,
    listItem: (slug: string, title: string, passages: number) => `• ${slug} — ${title} (${passages} đoạn)`,
    listEmpty: "Kho tri thức chưa có văn bản nào. Quản trị viên gửi tệp .pdf, .docx, .txt, .md hoặc ảnh chụp văn bản (.png, .jpg) vào tin nhắn riêng với bot để bổ sung.",
    listFooter: "Xoá một văn bản: /kb_xoa <mã văn bản>. Bổ sung: gửi tệp vào tin nhắn riêng với bot.",
    removeUsage: "Anh/chị gõ mã văn bản cần xoá, ví dụ: /kb_xoa bvhttdl-ke-hoach-tap-huan (xem mã bằng lệnh /kb).",
    ingested: (title: string, passages: number) =>
      `Đã bổ sung văn bản “${title}” vào kho tri thức (${passages} đoạn). Bot có thể trả lời từ văn bản này ngay bây giờ.`,
    ocrStarted: (fileName: string, pages: number) =>
      `Tệp “${fileName}” là bản scan/ảnh chụp (${pages} trang): tôi đang nhận dạng chữ, sẽ báo tiến độ và kết quả tại đây. Trong lúc đó mọi người vẫn hỏi đáp bình thường.`,
    ocrProgress: (page: number, pages: number) => `Đang nhận dạng trang ${page}/${pages}…`,
    ocrDone: (pages: number, pct: number) => `Đã nhận dạng chữ ${pages} trang, độ tin cậy ${pct}%.`,
    ocrDoneLow: (pages: number, pct: number) =>
      `⚠️ Đã nhận dạng chữ ${pages} trang nhưng độ tin cậy thấp (${pct}%): câu trả lời từ văn bản này có thể sai chữ, số. Anh/chị nên gửi bản scan rõ hơn hoặc bản PDF/Word gốc.`,
    ocrOk: (pct: number) => ` · bản scan, nhận dạng ${pct}%`,
    ocrLow: (pct: number) => ` · ⚠️ bản scan, nhận dạng chỉ ${pct}%, nên kiểm tra lại`,
    uploadAdminsOnly: "Cảm ơn anh/chị. Chỉ quản trị viên mới bổ sung được văn bản vào kho tri thức; nếu cần, anh/chị vui lòng gửi văn bản cho cán bộ hỗ trợ.",
    uploadPrivateOnly: "Để bổ sung văn bản, quản trị viên vui lòng gửi tệp vào tin nhắn riêng với bot.",
    commands: {
      kb: "Danh sách văn bản trong kho tri thức",
      kbRemove: "Xoá một văn bản: /kb_xoa <mã văn bản>",
      kbRelation: "Ghi văn bản đính chính/thay thế/sửa đổi/bãi bỏ văn bản khác: /kb_quanhe <mã mới> <loại> <mã hoặc số văn bản cũ>",
    },
    /** Lines under a letter in /kb. */
    relationOut: (kind: RelationKindText, toNumber: string, toSlug?: string) =>
      `   ↳ ${kb.relations.verb[kind]} ${toSlug && toSlug !== toNumber ? `${toNumber} (${toSlug})` : toNumber}`,
    relationIn: (kind: RelationKindText, fromSlug: string) => `   ↳ ${kb.relations.passive[kind]} bởi ${fromSlug}`,
    relationUsage:
      "Cách dùng: /kb_quanhe <mã văn bản mới> <đính chính | thay thế | sửa đổi | bãi bỏ> <mã hoặc số văn bản cũ>\nVí dụ: /kb_quanhe cv-18-btn dinh chinh 15/BTN-KT (xem mã bằng lệnh /kb).",
    relationSaved: (fromSlug: string, kind: RelationKindText, target: string, loaded: boolean) =>
      `Đã ghi: “${fromSlug}” ${kb.relations.verb[kind]} ${target}.` +
      (loaded ? " Từ nay câu trả lời ưu tiên văn bản mới và ghi chú khi trích văn bản cũ." : " Văn bản cũ chưa có trong kho; ghi chú sẽ áp dụng khi văn bản đó được bổ sung."),
  },

  ingestErrors: {
    unsupported: (fileName: string) =>
      `Tệp “${fileName}” chưa được hỗ trợ. Anh/chị vui lòng gửi văn bản dạng .pdf, .docx, .txt, .md hoặc ảnh chụp .png, .jpg (tệp Word cũ .doc cần lưu lại thành .docx).`,
    empty: (fileName: string) =>
      `Tệp “${fileName}” không có nội dung chữ đọc được. Nếu đây là ảnh chụp hoặc bản scan, anh/chị vui lòng chụp/scan lại rõ nét hơn, đủ sáng, thẳng trang.`,
    unreadable: (fileName: string) =>
      `Không đọc được tệp “${fileName}”: tệp bị hỏng, có mật khẩu hoặc không đúng định dạng. Tệp .txt cần lưu với mã UTF-8.`,
    tooLarge: (fileName: string, maxMb: number) =>
      `Tệp “${fileName}” quá lớn (tối đa ${maxMb} MB). Anh/chị vui lòng gửi bản nhỏ hơn, ví dụ bỏ bớt ảnh hoặc tách phụ lục.`,
    truncated: (fileName: string) =>
      `Tệp “${fileName}” bị thiếu phần cuối (có thể tải lên hoặc sao chép chưa xong). Anh/chị vui lòng gửi lại tệp đầy đủ.`,
    wrongType: (fileName: string, actual: string) =>
      `Tệp “${fileName}” không đúng định dạng như tên tệp${actual === "pdf" || actual === "zip" || actual === "png" || actual === "jpeg" ? ` (thực chất là tệp ${actual === "zip" ? "nén/Office" : actual.toUpperCase()})` : ""}. Anh/chị vui lòng mở tệp, lưu lại đúng định dạng rồi gửi lại.`,
    executable: (fileName: string) =>
      `Tệp “${fileName}” là một chương trình máy tính được đổi tên, không phải văn bản. Bot không mở tệp này; anh/chị vui lòng gửi văn bản .pdf, .docx, .txt hoặc ảnh chụp.`,
    tooManyPages: (fileName: string, pages: number, maxPages: number) =>
      `Tệp “${fileName}” có ${pages} trang, vượt giới hạn ${maxPages} trang. Anh/chị vui lòng tách phần văn bản chính (bỏ bớt phụ lục) rồi gửi lại.`,
    unpackedTooLarge: (fileName: string, maxMb: number) =>
      `Tệp “${fileName}” khi giải nén vượt quá ${maxMb} MB nên bot không mở. Anh/chị vui lòng lưu lại văn bản bằng Word (bỏ bớt ảnh) hoặc gửi bản PDF.`,
    tooManyEntries: (fileName: string, maxEntries: number) =>
      `Tệp “${fileName}” chứa quá nhiều thành phần (hơn ${maxEntries}) nên bot không mở. Anh/chị vui lòng lưu lại văn bản bằng Word hoặc gửi bản PDF.`,
    timeout: (fileName: string, minutes: number) =>
      `Đọc tệp “${fileName}” quá ${minutes} phút nên bot đã dừng. Anh/chị vui lòng gửi bản ít trang hơn hoặc bản PDF xuất trực tiếp từ Word.`,
    imageTooLarge: (fileName: string, megapixels: number, max: number) =>
      `Ảnh “${fileName}” có độ phân giải quá lớn (${megapixels} megapixel, tối đa ${max}). Anh/chị vui lòng chụp hoặc scan ở độ phân giải thấp hơn (khoảng 300 dpi là đủ).`,
    tooComplex: (fileName: string) =>
      `Tệp “${fileName}” quá phức tạp để đọc an toàn (cần quá nhiều bộ nhớ). Anh/chị vui lòng gửi bản PDF xuất trực tiếp từ Word hoặc tách nhỏ tệp.`,
  },
} as const;
