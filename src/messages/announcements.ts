// Announcements from the ministry (/thongbao, /thongbao_ds) and the "new letter" announcement.

export type AudienceCode = "all" | "so" | "xa" | "officers" | "missing";

export interface ReachView {
  total: number;
  telegram: number;
  zalo: number;
  shell: number;
  /** Chats left out because they blocked the bot or no longer exist. */
  unreachable: number;
}

export interface CountsView {
  sent: number;
  failed: number;
  pending: number;
  withdrawn: number;
  ambiguous: number;
}

export type StateCode = "scheduled" | "sending" | "done" | "cancelled" | "stopped";

const audienceNames: Record<AudienceCode, string> = {
  all: "Tất cả nhóm đã liên kết",
  so: "Nhóm của Sở",
  xa: "Nhóm của xã, phường, đặc khu",
  officers: "Cán bộ đầu mối đã đăng ký (tin nhắn riêng)",
  missing: "Nhóm của đơn vị còn thiếu đăng ký",
};

const stateNames: Record<StateCode, string> = {
  scheduled: "⏰ đã hẹn giờ",
  sending: "📤 đang gửi",
  done: "✅ đã gửi xong",
  cancelled: "🚫 đã huỷ",
  stopped: "⏹ đã dừng",
};

function audienceLine(audience: AudienceCode, provinces: string[]): string {
  if (provinces.length === 0) return `${audienceNames[audience]} — mọi tỉnh, thành phố`;
  return `${audienceNames[audience]} — ${provinces.length} tỉnh, thành phố: ${provinces.join(", ")}`;
}

const countsLine = (c: CountsView) =>
  `đã gửi ${c.sent} · lỗi ${c.failed} · chờ gửi ${c.pending}` +
  (c.withdrawn ? ` · đã rút ${c.withdrawn}` : "") +
  (c.ambiguous ? ` · chưa rõ ${c.ambiguous}` : "") +
  " · đã xem: không rõ";

export const announcements = {
  commands: {
    thongbao: "Gửi thông báo tới các nhóm, cán bộ (ngay hoặc hẹn giờ)",
    thongbaoDs: "Danh sách thông báo, tình trạng gửi, xuất XLSX",
  },

  /** The first line of every announcement, so officers know who speaks. */
  header: "📢 THÔNG BÁO CỦA BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH",

  intro: "Soạn thông báo gửi các nhóm và cán bộ đầu mối (4 bước, có xem trước trước khi gửi). Gõ /huy để thôi.",

  form: {
    stepHeader: (n: number, total: number) => `Bước ${n}/${total}`,
    currentValue: (v: string) => `Hiện tại: ${v}. Chọn “Giữ nguyên” hoặc gửi nội dung mới.`,
    keep: "Giữ nguyên",
    confirm: "✅ Gửi thông báo",
    edit: "✏️ Sửa một mục",
    cancel: "Huỷ bỏ",
    pickField: "Anh/chị muốn sửa mục nào?",
    reenterAll: "Soạn lại từ đầu (điền sẵn)",
    backToSummary: "Quay lại bản xem trước",
    cancelled: "Đã thôi soạn. Không có tin nào được gửi, và không có thông báo nào bị thay đổi.",
    stale: "Nút này thuộc một bước trước. Mời anh/chị trả lời bước hiện tại:",
    chooseOption: "Anh/chị vui lòng chọn một mục bên dưới.",
    resume: (label: string) => `Anh/chị đang soạn dở thông báo (mục “${label}”). Chọn “Tiếp tục” để soạn tiếp, hoặc gõ /huy để huỷ.`,
    continue: "Tiếp tục",
    summaryStep: "Xem trước",
  },

  fields: { text: "Nội dung", audience: "Người nhận", provinces: "Tỉnh, thành phố", when: "Thời điểm gửi" },

  askText: (max: number) =>
    `Anh/chị gửi nội dung thông báo (tối đa ${max} ký tự — giới hạn một tin nhắn Zalo). Tin được gửi dạng chữ thường, giữ nguyên xuống dòng.`,
  textEmpty: "Nội dung thông báo đang trống. Anh/chị vui lòng gõ nội dung cần gửi, ví dụ: “Hạn gửi danh sách cán bộ đầu mối được gia hạn đến 23/01.”",
  textTooLong: (length: number, max: number) =>
    `Nội dung dài ${length} ký tự, vượt giới hạn ${max} ký tự của một tin nhắn Zalo. Anh/chị vui lòng rút gọn (bớt ${length - max} ký tự) rồi gửi lại.`,

  askAudience: "Gửi cho ai?",
  audienceOptions: audienceNames,

  askProvinces:
    "Gửi cho tỉnh, thành phố nào? Chọn “Mọi tỉnh, thành phố” hoặc gõ tên, cách nhau bằng dấu phẩy — tên cũ trước sáp nhập cũng được (ví dụ: Hà Nội, Huế, Quảng Nam).",
  allProvinces: "Mọi tỉnh, thành phố",
  provincesEmpty: "Anh/chị vui lòng gõ tên ít nhất một tỉnh, thành phố, hoặc chọn “Mọi tỉnh, thành phố”.",
  unknownProvince: (typed: string, suggestions: string[]) =>
    `Tôi không tìm thấy tỉnh, thành phố “${typed}”.` +
    (suggestions.length ? ` Có phải anh/chị muốn gõ: ${suggestions.join(", ")}?` : "") +
    " Anh/chị vui lòng gõ lại danh sách tỉnh, thành phố (cách nhau bằng dấu phẩy).",
  ambiguousProvince: (typed: string, candidates: string[]) =>
    `“${typed}” có thể là: ${candidates.join(", ")}. Anh/chị vui lòng gõ rõ tên tỉnh, thành phố rồi gửi lại danh sách.`,
  formerNames: (pairs: { former: string; province: string }[]) =>
    `Tên cũ đã được đổi sang tên mới: ${pairs.map((p) => `${p.former} → ${p.province}`).join("; ")}.`,
  noRecipients:
    "Chưa có nhóm hay cán bộ nào thuộc đối tượng này (nhóm cần được liên kết bằng /lienket; cán bộ cần đã đăng ký và nhắn riêng cho bot). Anh/chị vui lòng chọn đối tượng khác.",

  askWhen:
    "Gửi khi nào? Chọn “Gửi ngay” hoặc gõ giờ và ngày (giờ Việt Nam), ví dụ: “16:00”, “16h30 ngày mai”, “08:00 20/01/2026”.",
  sendNow: "Gửi ngay",
  whenFormat: "Tôi chưa hiểu thời điểm này. Anh/chị gõ giờ và ngày, ví dụ: “16:00 18/01/2026” hoặc “8h ngày mai”, hoặc chọn “Gửi ngay”.",
  whenBadDate: "Ngày này không có trên lịch. Anh/chị vui lòng kiểm tra lại ngày, tháng.",
  whenPast: (shown: string) => `Thời điểm ${shown} đã qua. Anh/chị vui lòng chọn một thời điểm sắp tới, hoặc chọn “Gửi ngay”.`,
  whenTooFar: (days: number) => `Chỉ hẹn giờ được trong vòng ${days} ngày tới. Anh/chị vui lòng chọn thời điểm gần hơn.`,
  nowShown: "ngay sau khi xác nhận",
  atShown: (time: string, date: string) => `${time} ngày ${date} (giờ Việt Nam)`,

  preview: (p: { message: string; audience: AudienceCode; provinces: string[]; when: string; reach: ReachView; markupNote: boolean }) =>
    [
      "👀 Xem trước — tin sẽ hiển thị đúng như sau:",
      "────────────",
      p.message,
      "────────────",
      `Người nhận: ${audienceLine(p.audience, p.provinces)}`,
      `Số cuộc trò chuyện sẽ nhận: ${p.reach.total}` +
        ` (Telegram ${p.reach.telegram}, Zalo ${p.reach.zalo}${p.reach.shell ? `, dòng lệnh ${p.reach.shell}` : ""})`,
      ...(p.reach.unreachable ? [`Bỏ qua ${p.reach.unreachable} cuộc trò chuyện đã chặn bot hoặc không còn tồn tại.`] : []),
      `Thời điểm gửi: ${p.when}`,
      ...(p.markupNote ? ["Lưu ý: tin được gửi dạng chữ thường, các ký hiệu như * _ < > hiển thị nguyên văn như trên."] : []),
      "",
      "Anh/chị kiểm tra rồi chọn “Gửi thông báo”.",
    ].join("\n"),

  queuedNow: (id: number, total: number) =>
    `Đã xếp thông báo #${id} vào hàng gửi cho ${total} cuộc trò chuyện; bot gửi dần theo giới hạn của nền tảng. Xem tiến độ: /thongbao_ds ${id}`,
  queuedAt: (id: number, total: number, when: string) =>
    `Đã hẹn gửi thông báo #${id} lúc ${when} cho ${total} cuộc trò chuyện. Trước giờ gửi anh/chị có thể sửa hoặc huỷ: /thongbao_ds ${id}`,
  updated: (id: number, total: number, when: string) => `Đã cập nhật thông báo #${id}: gửi lúc ${when} cho ${total} cuộc trò chuyện.`,
  draftGone: "Bản soạn này không còn mở (đã gửi hoặc đã huỷ). Xem các thông báo bằng /thongbao_ds, hoặc gõ /thongbao để soạn thông báo mới.",
  submitPast: "Thời điểm hẹn đã qua trong lúc anh/chị xem trước. Anh/chị vui lòng chọn lại thời điểm gửi.",
  submitNoRecipients: "Đối tượng này hiện không còn cuộc trò chuyện nào để gửi. Anh/chị vui lòng chọn lại người nhận.",
  editTooLate: (id: number) => `Thông báo #${id} đã bắt đầu gửi nên không sửa được nữa. Anh/chị có thể dừng gửi phần còn lại: /thongbao_ds ${id}`,

  // /thongbao_ds
  listEmpty: "Chưa có thông báo nào. Gõ /thongbao để soạn thông báo mới.",
  listTitle: "Các thông báo gần đây:",
  listItem: (p: { id: number; state: StateCode; when: string; total: number; counts: CountsView; excerpt: string }) =>
    `#${p.id} · ${stateNames[p.state]} · ${p.when} · ${p.total} cuộc trò chuyện\n   “${p.excerpt}”\n   ${countsLine(p.counts)}`,
  listFooter: "Xem chi tiết: /thongbao_ds <số>. Telegram và Zalo không báo cho bot biết ai đã đọc tin.",
  detailButton: (id: number) => `Chi tiết #${id}`,
  notFound: (arg: string) => `Không có thông báo “${arg}”. Gõ /thongbao_ds để xem danh sách.`,
  detail: (p: {
    id: number;
    state: StateCode;
    when: string;
    audience: AudienceCode;
    provinces: string[];
    total: number;
    counts: CountsView;
    unreachable: number;
    message: string;
  }) =>
    [
      `Thông báo #${p.id} · ${stateNames[p.state]}`,
      `Thời điểm gửi: ${p.when}`,
      `Người nhận: ${audienceLine(p.audience, p.provinces)} — ${p.total} cuộc trò chuyện`,
      `Kết quả: ${countsLine(p.counts)}`,
      ...(p.unreachable ? [`(${p.unreachable} cuộc trò chuyện bỏ qua vì đã chặn bot hoặc không còn tồn tại)`] : []),
      "",
      p.message,
    ].join("\n"),
  failedTitle: "Không gửi được tới:",
  failedLine: (where: string, reason: string) => `• ${where}: ${reason}`,
  failedMore: (n: number) => `… và ${n} cuộc trò chuyện khác (xem đủ trong tệp XLSX).`,
  group: (title: string | null, id: string) => (title ? `nhóm “${title}”` : `nhóm ${id}`),
  privateChat: (id: string) => `tin nhắn riêng ${id}`,
  reasons: {
    blocked: "đã chặn bot hoặc bot không còn trong nhóm",
    missing: "cuộc trò chuyện không còn tồn tại",
    unreachable: "bỏ qua: trước đó đã chặn bot hoặc không còn tồn tại",
    timeout: "nền tảng không trả lời kịp, chưa rõ đã nhận hay chưa",
    expired: "hết hạn trước khi gửi được",
    other: (detail: string) => `lỗi: ${detail}`,
  },
  exportButton: "📄 Xuất XLSX",
  editButton: "✏️ Sửa",
  cancelButton: "🚫 Huỷ thông báo",
  stopButton: "⏹ Dừng gửi",
  confirmCancel: (id: number) => `Huỷ thông báo #${id}? Chưa ai nhận được thông báo này.`,
  confirmStop: (id: number, pending: number) => `Dừng gửi thông báo #${id}? ${pending} tin chưa gửi sẽ được rút lại; các tin đã gửi giữ nguyên.`,
  yesCancel: "Đồng ý huỷ",
  yesStop: "Đồng ý dừng",
  keep: "Không, giữ nguyên",
  kept: "Đã giữ nguyên thông báo.",
  cancelledDone: (id: number, withdrawn: number) => `Đã huỷ thông báo #${id} (${withdrawn} tin đã rút khỏi hàng gửi). Không ai nhận được thông báo này.`,
  stoppedDone: (id: number, withdrawn: number, sent: number) =>
    `Đã dừng thông báo #${id}: rút lại ${withdrawn} tin chưa gửi; ${sent} tin đã gửi trước đó.`,
  alreadyClosed: (id: number) => `Thông báo #${id} đã gửi xong hoặc đã được huỷ/dừng trước đó.`,
  exportCaption: (id: number, rows: number) => `Danh sách gửi thông báo #${id} (${rows} cuộc trò chuyện).`,
  exportFileBase: "thong-bao",
  xlsx: {
    sheet: "Gửi thông báo",
    columns: ["STT", "Nền tảng", "Mã cuộc trò chuyện", "Loại", "Tên nhóm", "Tỉnh, thành phố", "Trạng thái", "Thời điểm gửi", "Lý do"],
    group: "Nhóm",
    private: "Tin nhắn riêng",
    status: {
      sent: "Đã gửi",
      failed: "Lỗi",
      skipped: "Bỏ qua",
      pending: "Chờ gửi",
      sending: "Đang gửi",
      ambiguous: "Chưa rõ",
      cancelled: "Đã rút",
    } as Record<string, string>,
  },

  // A new letter in the knowledge base
  newLetterButton: "📢 Thông báo văn bản mới",
  newLetterText: (p: { issuer?: string; number?: string; title: string; dateText?: string }) =>
    [
      `Văn bản mới: ${[p.issuer, p.number ? `số ${p.number}` : undefined, p.dateText ? `ngày ${p.dateText}` : undefined]
        .filter(Boolean)
        .join(", ")}${p.issuer || p.number || p.dateText ? " — " : ""}${p.title}.`,
      "Văn bản đã có trong kho tri thức của bot: anh/chị có thể hỏi bot về nội dung văn bản (nhắn riêng cho bot, hoặc trong nhóm gõ /hoi <câu hỏi>).",
    ].join("\n"),
  newLetterGone: "Văn bản này không còn trong kho tri thức.",
};
