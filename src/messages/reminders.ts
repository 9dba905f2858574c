// Training schedule: import, group links, look-up, reminders, cancellations and the admin report.

export type AudienceCode = "so" | "xa" | "all";
export type ModeCode = "online" | "offline";

/** A session as the texts need it, already formatted ("Thứ Hai, 19/01/2026, 08:30–11:30"). */
export interface SessionView {
  id: string;
  when: string;
  /** "08:30" */
  startTime: string;
  topic: string;
  audience: AudienceCode;
  mode: ModeCode;
  location: string;
  contact?: string | null;
}

export interface ImportSummaryView {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  cancelled: number;
  restored: number;
  notices: number;
}

export interface ReportCounts {
  sent: number;
  pending: number;
  failed: number;
  skipped: number;
  ambiguous: number;
  cancelled: number;
}

const audienceLabel: Record<AudienceCode, string> = {
  so: "cán bộ cấp Sở",
  xa: "cán bộ cấp xã, phường, đặc khu",
  all: "cán bộ cấp Sở và cấp xã",
};

const modeLabel: Record<ModeCode, string> = { online: "Trực tuyến", offline: "Trực tiếp" };

function sessionBlock(s: SessionView, withId = false): string {
  return [
    `🗓 ${s.when}${withId ? ` (mã ${s.id})` : ""}`,
    `Nội dung: ${s.topic}`,
    `Dành cho: ${audienceLabel[s.audience]}`,
    `${modeLabel[s.mode]}: ${s.location}`,
    ...(s.contact ? [`Liên hệ: ${s.contact}`] : []),
  ].join("\n");
}

const countsLine = (c: ReportCounts) =>
  `đã gửi ${c.sent} · chờ gửi ${c.pending} · lỗi ${c.failed} · bỏ qua ${c.skipped} · chưa rõ ${c.ambiguous}` +
  (c.cancelled ? ` · đã huỷ ${c.cancelled}` : "");

export const reminders = {
  weekdays: ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
  audienceLabel,
  commands: {
    lichtaphuan: "Xem lịch tập huấn (có thể kèm tên tỉnh)",
    lienket: "Liên kết nhóm với tỉnh để nhận nhắc lịch tập huấn",
    huylienket: "Bỏ liên kết nhóm với tỉnh",
    baocao: "Báo cáo gửi nhắc lịch tập huấn (có thể kèm mã buổi)",
  },

  // --- Import ---------------------------------------------------------------------------------
  importPrivateOnly: "Vui lòng gửi tệp lịch tập huấn trong tin nhắn riêng với bot, không gửi trong nhóm.",
  importTooLarge: (maxKb: number) => `Tệp quá lớn (tối đa ${maxKb} KB). Anh/chị vui lòng kiểm tra lại tệp lịch tập huấn.`,
  importWrongType:
    "Tệp không đúng định dạng. Vui lòng gửi tệp .csv (mã UTF-8) hoặc .xlsx theo mẫu có các cột: session_id, date, start, end, provinces, audience, mode, location, topic, contact.",
  importDownloadFailed: "Tôi chưa tải được tệp. Anh/chị vui lòng gửi lại sau ít phút.",
  importNotUtf8: "Tệp CSV cần được lưu với mã UTF-8 (trong Excel: Lưu thành → CSV UTF-8).",
  importUnreadable: "Tôi không đọc được tệp này. Anh/chị vui lòng kiểm tra tệp có mở được bằng Excel không.",
  importMissingColumns: (cols: string[]) =>
    `Tệp thiếu cột: ${cols.join(", ")}. Dòng đầu tiên cần có đủ các cột: session_id, date, start, end, provinces, audience, mode, location, topic, contact.`,
  importEmpty: "Tệp không có dòng lịch nào.",
  importUnpackedTooLarge:
    "Tệp Excel này khi giải nén lớn bất thường (có thể chứa rất nhiều dòng/ô trống hoặc ảnh) nên tôi không mở. Anh/chị vui lòng chép bảng lịch sang tệp mới hoặc lưu thành .csv rồi gửi lại.",
  importTooManyRows: (max: number) => `Tệp có quá nhiều dòng (tối đa ${max}). Anh/chị vui lòng chia nhỏ hoặc kiểm tra lại.`,
  importRejected: (errorCount: number, lines: string[], more: number) =>
    [
      `Chưa nhập lịch vì tệp có ${errorCount} dòng lỗi. Dữ liệu hiện có được giữ nguyên.`,
      "",
      ...lines,
      ...(more > 0 ? [`… và ${more} dòng lỗi khác.`] : []),
      "",
      "Anh/chị sửa các dòng trên rồi gửi lại toàn bộ tệp.",
    ].join("\n"),
  rowError: (row: number, sessionId: string | undefined, problems: string[]) =>
    `• Dòng ${row}${sessionId ? ` (${sessionId})` : ""}: ${problems.join("; ")}.`,
  err: {
    sessionId: "mã buổi (session_id) để trống hoặc có ký tự không hợp lệ (chỉ dùng chữ, số, dấu - _ .)",
    duplicate: (row: number) => `mã buổi bị trùng với dòng ${row}`,
    date: (v: string) => `ngày “${v}” không hợp lệ (dạng YYYY-MM-DD, ví dụ 2026-01-19)`,
    time: (which: "start" | "end", v: string) =>
      `giờ ${which === "start" ? "bắt đầu" : "kết thúc"} “${v}” không hợp lệ (dạng HH:MM, ví dụ 08:30)`,
    endBeforeStart: "giờ kết thúc phải sau giờ bắt đầu",
    provincesEmpty: "chưa ghi tỉnh (cột provinces)",
    provinceUnknown: (v: string, suggestion?: string) =>
      `không nhận ra tỉnh “${v}”${suggestion ? ` (gợi ý: “${suggestion}”)` : ""}`,
    missing: (what: string) => `chưa ghi ${what}`,
    field: { date: "ngày (cột date)", start: "giờ bắt đầu (cột start)", end: "giờ kết thúc (cột end)", audience: "đối tượng (cột audience)", mode: "hình thức (cột mode)" },
    provinceAmbiguous: (v: string, candidates: string[]) => `“${v}” có thể là ${candidates.join(" hoặc ")}, vui lòng ghi rõ`,
    audience: (v: string) => `đối tượng “${v}” không hợp lệ (so, xa hoặc all)`,
    mode: (v: string) => `hình thức “${v}” không hợp lệ (online hoặc offline)`,
    location: "chưa ghi địa điểm hoặc đường dẫn (cột location)",
    onlineLink: "buổi trực tuyến cần đường dẫn bắt đầu bằng http:// hoặc https:// (cột location)",
    topic: "chưa ghi nội dung (cột topic)",
    tooLong: (column: string, max: number) => `cột ${column} dài quá ${max} ký tự`,
  },
  importConfirm: (cancelled: SessionView[], summary: ImportSummaryView) =>
    [
      `Tệp hợp lệ (${summary.total} buổi). Tuy nhiên ${cancelled.length} buổi sắp tới không còn trong tệp và sẽ bị HUỶ, các nhóm và cán bộ liên quan sẽ nhận thông báo huỷ:`,
      ...cancelled.slice(0, 15).map((s) => `• ${s.id} — ${s.when}`),
      ...(cancelled.length > 15 ? [`… và ${cancelled.length - 15} buổi khác.`] : []),
      "",
      "Anh/chị có chắc chắn muốn nhập tệp này không?",
    ].join("\n"),
  importConfirmYes: "Xác nhận nhập",
  importConfirmNo: "Không nhập",
  importAborted: "Đã huỷ, lịch tập huấn hiện có được giữ nguyên.",
  importNothingToConfirm: "Hiện không có tệp lịch nào chờ xác nhận.",
  importConfirmExpired: "Yêu cầu xác nhận đã quá 1 giờ nên tôi chưa nhập. Anh/chị vui lòng gửi lại tệp lịch.",
  importPendingPrompt: "Anh/chị còn một tệp lịch tập huấn đang chờ xác nhận.",
  importDone: (s: ImportSummaryView) =>
    [
      `Đã nhập lịch tập huấn: ${s.total} buổi (${s.created} mới, ${s.updated} thay đổi, ${s.unchanged} giữ nguyên${s.restored ? `, ${s.restored} khôi phục` : ""}${s.cancelled ? `, ${s.cancelled} huỷ` : ""}).`,
      ...(s.notices > 0 ? [`Đã xếp ${s.notices} thông báo thay đổi/huỷ lịch tới các nhóm và cán bộ liên quan.`] : []),
      "Nhắc lịch sẽ được gửi tự động trước mỗi buổi.",
    ].join("\n"),

  // --- Group links ----------------------------------------------------------------------------
  linkGroupOnly: "Lệnh này dùng trong nhóm của tỉnh: thêm bot vào nhóm rồi gõ /lienket <tỉnh> [so|xa|all].",
  linkShow: (province: string, audience: AudienceCode) =>
    `Nhóm này đang liên kết với ${province}, nhận nhắc lịch tập huấn dành cho ${audienceLabel[audience]}.`,
  linkNone: "Nhóm này chưa liên kết với tỉnh nào. Quản trị viên gõ /lienket <tỉnh> [so|xa|all], ví dụ: /lienket Huế xa",
  linkDone: (province: string, audience: AudienceCode, former?: string) =>
    [
      ...(former ? [`(${former} nay thuộc ${province}.)`] : []),
      `Đã liên kết nhóm với ${province}. Nhóm sẽ nhận nhắc lịch tập huấn dành cho ${audienceLabel[audience]}.`,
      "Gõ /lichtaphuan để xem lịch.",
    ].join("\n"),
  linkUnknownProvince: (text: string, suggestions: string[]) =>
    `Tôi không nhận ra tỉnh “${text}”.${suggestions.length ? ` Có phải: ${suggestions.join(", ")}?` : ""} Vui lòng gõ lại, ví dụ: /lienket Huế xa`,
  linkChooseProvince: "Anh/chị muốn liên kết nhóm với tỉnh nào?",
  linkRemoved: (province: string) => `Đã bỏ liên kết nhóm với ${province}. Nhóm sẽ không nhận nhắc lịch tập huấn nữa.`,

  // --- Look-up --------------------------------------------------------------------------------
  askProvince: "Anh/chị cho biết tỉnh/thành phố của mình để tôi tra lịch tập huấn (ví dụ: Huế), hoặc gõ /lichtaphuan <tỉnh>.",
  askProvinceGroup: "Nhóm này chưa liên kết với tỉnh nào. Gõ /lichtaphuan <tỉnh> để xem lịch, ví dụ: /lichtaphuan Huế",
  chooseProvince: "Anh/chị chọn đúng tỉnh/thành phố:",
  unknownProvince: (text: string, suggestions: string[]) =>
    `Tôi không nhận ra tỉnh “${text}”.${suggestions.length ? ` Có phải: ${suggestions.join(", ")}?` : ""}`,
  scheduleTitle: (province: string, audience: AudienceCode | undefined, former?: string) =>
    `${former ? `(${former} nay thuộc ${province}.)\n` : ""}Lịch tập huấn sắp tới của ${province}${audience ? ` dành cho ${audienceLabel[audience]}` : ""}:`,
  scheduleNone: (province: string) => `Hiện chưa có buổi tập huấn sắp tới nào của ${province}.`,
  scheduleOther: (shown: string) => `Anh/chị đang xem lịch của ${shown} theo đăng ký/liên kết. Lịch tỉnh khác do quản trị viên tra cứu.`,
  scheduleMore: (n: number) => `… và ${n} buổi khác.`,
  noScheduleYet: "Lịch tập huấn chưa được cập nhật. Anh/chị vui lòng quay lại sau.",
  sessionBlock,

  // --- Proactive messages ---------------------------------------------------------------------
  reminder: (s: SessionView, soon: boolean) =>
    [
      soon ? `🔔 Sắp đến giờ tập huấn (bắt đầu lúc ${s.startTime})` : "🔔 Nhắc lịch tập huấn HTTT GQTTHC",
      "",
      sessionBlock(s),
      "",
      "Kính mời anh/chị tham dự đúng giờ.",
    ].join("\n"),
  cancellation: (s: SessionView) =>
    [
      "❗ Thông báo huỷ buổi tập huấn",
      "",
      sessionBlock(s),
      "",
      "Buổi tập huấn này đã được huỷ. Lịch mới (nếu có) sẽ được thông báo sau; gõ /lichtaphuan để xem lịch hiện tại.",
    ].join("\n"),
  change: (s: SessionView) =>
    [
      "📌 Lịch tập huấn có thay đổi, thông tin mới:",
      "",
      sessionBlock(s),
      "",
      "Anh/chị vui lòng lưu ý thời gian và địa điểm mới.",
    ].join("\n"),

  // --- Report ---------------------------------------------------------------------------------
  reportTitle: "Báo cáo nhắc lịch tập huấn:",
  reportNone:
    "Chưa có tin nhắc nào đã lên lịch và không có buổi tập huấn nào trong 7 ngày tới. Gõ /nhacnho_baocao <mã buổi> để xem một buổi cụ thể (mã buổi có trong /lichtaphuan).",
  reportUnknownSession: (id: string) => `Không có buổi tập huấn mã “${id}”. Gõ /nhacnho_baocao để xem danh sách.`,
  /** `c` undefined: no reminder planned yet (they are planned minutes before they are due). */
  reportLine: (id: string, when: string, cancelled: boolean, c: ReportCounts | undefined) =>
    `• ${id} — ${when}${cancelled ? " (đã huỷ)" : ""}\n  ${c ? countsLine(c) : "chưa đến giờ gửi nhắc"}`,
  reportSessionTitle: (id: string, when: string, cancelled: boolean) =>
    `Buổi ${id} — ${when}${cancelled ? " (đã huỷ)" : ""}`,
  reportKind: { reminder: "Nhắc lịch", cancellation: "Thông báo huỷ", schedule_change: "Thông báo đổi lịch" } as Record<string, string>,
  reportKindLine: (label: string, c: ReportCounts) => `${label}: ${countsLine(c)}`,
  reportProblemsTitle: "Chi tiết các tin chưa gửi được:",
  reportProblem: (status: string, where: string, reason: string) => `• [${status}] ${where}: ${reason}`,
  reportStatus: { failed: "lỗi", skipped: "bỏ qua", ambiguous: "chưa rõ" } as Record<string, string>,
  reportGroup: (title: string | null | undefined, id: string) => `nhóm ${title ? `“${title}”` : id}`,
  reportPrivate: (id: string) => `tin nhắn riêng ${id}`,
  reportMoreProblems: (n: number) => `… và ${n} tin khác.`,
  reportFooter: "Gõ /nhacnho_baocao <mã buổi> để xem chi tiết lỗi của một buổi.",
  /** Other proactive messages (answers queued during an outage, ticket relays) that need a look. */
  reportOtherProblems: (ambiguous: number, failed: number) =>
    `Tin khác (câu trả lời gửi lại, chuyển tiếp hỗ trợ): chưa rõ đã đến ${ambiguous} · lỗi ${failed}. ` +
    "“Chưa rõ” là tin bị quá thời gian chờ hai lần: có thể đã đến, anh/chị nên kiểm tra với người nhận.",
} as const;
