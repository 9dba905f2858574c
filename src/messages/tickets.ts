// Support tickets: opening a ticket, relays between officers and the ministry's support staff,
// staff commands, SLA alerts and the weekly report.
const quote = (s: string) => `“${s}”`;

export const tickets = {
  commands: {
    hotro: "Gửi câu hỏi cho cán bộ hỗ trợ của Bộ: /hotro <câu hỏi>",
    nhan: "Nhận xử lý phiếu: /nhan <số phiếu>",
    dong: "Đóng phiếu và mời người hỏi đánh giá: /dong <số phiếu>",
    mo: "Danh sách phiếu đang mở",
    faq: "Đưa phiếu vào bộ hỏi đáp: /faq <số phiếu> [câu trả lời đã biên tập]",
    baocao_tuan: "Báo cáo hỗ trợ 7 ngày gần nhất, kèm tệp Excel: /baocao_tuan [số ngày]",
  },
  choices: {
    sendNow: "Gửi ngay",
    cancel: "Huỷ",
    more: "Hỏi thêm cán bộ hỗ trợ",
    /** Index i is the rating i + 1, so typing "4" on Zalo means 4 stars. */
    ratings: ["1 – Không hài lòng", "2 – Chưa hài lòng", "3 – Tạm được", "4 – Hài lòng", "5 – Rất hài lòng"],
  },

  // --- Officer side -----------------------------------------------------------------------
  notConfigured:
    "Xin lỗi, kênh hỗ trợ của Bộ chưa được thiết lập nên tôi chưa chuyển được câu hỏi. Anh/chị vui lòng liên hệ đầu mối hỗ trợ ghi trong văn bản hướng dẫn.",
  askQuestion: (inGroup: boolean) =>
    inGroup
      ? "Anh/chị vui lòng trả lời vào tin nhắn này bằng câu hỏi cần gửi cho cán bộ hỗ trợ."
      : "Anh/chị vui lòng gõ câu hỏi cần gửi cho cán bộ hỗ trợ.",
  confirm: (question: string, inGroup: boolean) =>
    [
      "Tôi sẽ gửi câu hỏi sau cho cán bộ hỗ trợ của Bộ:",
      quote(question),
      inGroup
        ? "Nếu cần bổ sung chi tiết (tên thủ tục, bước đang làm, thông báo lỗi…), anh/chị trả lời vào tin nhắn này. Nếu không, chọn “Gửi ngay”."
        : "Nếu cần bổ sung chi tiết (tên thủ tục, bước đang làm, thông báo lỗi…), anh/chị gõ tiếp. Nếu không, chọn “Gửi ngay”.",
    ].join("\n\n"),
  resumeDetails: "Anh/chị đang gửi một câu hỏi cho cán bộ hỗ trợ: gõ nội dung bổ sung hoặc chọn “Gửi ngay”.",
  resumeQuestion: "Anh/chị đang gửi câu hỏi cho cán bộ hỗ trợ: vui lòng gõ câu hỏi.",
  questionHasNoWords: "Anh/chị vui lòng gõ câu hỏi bằng chữ.",
  created: (n: number) =>
    `Đã gửi câu hỏi cho cán bộ hỗ trợ. Số phiếu của anh/chị: #${n}.\nKhi có câu trả lời, tôi sẽ gửi ngay vào cuộc trò chuyện này.`,
  draftCancelled: "Đã huỷ, câu hỏi chưa được gửi.",
  noDraft: "Hiện không có câu hỏi nào đang chờ gửi. Anh/chị có thể gõ /hotro <câu hỏi>.",
  tooManyOpen: (max: number, ids: number[]) =>
    `Anh/chị đang có ${ids.length} câu hỏi chờ cán bộ hỗ trợ trả lời (${ids.map((id) => `#${id}`).join(", ")}); mỗi người được gửi tối đa ${max} câu hỏi cùng lúc. ` +
    "Anh/chị vui lòng chờ câu trả lời, hoặc bổ sung thông tin bằng cách trả lời tin nhắn của câu hỏi đã gửi.",
  alreadySent: (n: number) => `Câu hỏi này đã được gửi cho cán bộ hỗ trợ (phiếu #${n}).`,
  questionGone: "Tôi không còn tìm thấy câu hỏi này. Anh/chị vui lòng gõ /hotro <câu hỏi>.",
  notYourQuestion:
    "Chỉ người đặt câu hỏi mới gửi được câu hỏi đó cho cán bộ hỗ trợ. Anh/chị có thể gõ /hotro <câu hỏi> để gửi câu hỏi của mình.",
  notYourTicket: "Phiếu này không phải của anh/chị nên tôi không thực hiện được.",
  staffAnswer: (n: number, text: string) =>
    `💬 Cán bộ hỗ trợ trả lời (phiếu #${n}):\n\n${text}\n\nCần hỏi thêm, anh/chị chọn “Hỏi thêm cán bộ hỗ trợ”.`,
  taken: (n: number) => `Phiếu #${n} đã được cán bộ hỗ trợ tiếp nhận. Anh/chị vui lòng chờ câu trả lời.`,
  closedNotice: (n: number) =>
    `Phiếu #${n} đã được đóng. Anh/chị vui lòng đánh giá mức độ hài lòng (từ 1 đến 5) để chúng tôi hỗ trợ tốt hơn:`,
  rated: (n: number, rating: number) => `Cảm ơn anh/chị đã đánh giá phiếu #${n} (${rating}/5)!`,
  alreadyRated: (n: number) => `Anh/chị đã đánh giá phiếu #${n} rồi. Cảm ơn anh/chị!`,
  notClosedYet: (n: number) => `Phiếu #${n} vẫn đang được xử lý; anh/chị đánh giá sau khi phiếu được đóng nhé.`,
  followUpPrompt: (n: number) => `Anh/chị gõ nội dung cần hỏi thêm về phiếu #${n}, tôi sẽ chuyển cho cán bộ hỗ trợ.`,
  followUpSent: (n: number) => `Đã chuyển cho cán bộ hỗ trợ (phiếu #${n}).`,
  ticketClosed: (n: number) => `Phiếu #${n} đã đóng. Nếu cần hỏi tiếp, anh/chị gõ /hotro <câu hỏi> để mở phiếu mới.`,
  similarAnswered: (question: string, answer: string, n?: number) =>
    [
      `💡 Câu hỏi tương tự câu anh/chị đã hỏi${n ? ` (phiếu #${n})` : ""} vừa có câu trả lời của cán bộ hỗ trợ:`,
      `Hỏi: ${question}`,
      `Đáp: ${answer}`,
    ].join("\n\n"),

  // --- Support chat ---------------------------------------------------------------------
  staffOnly: "Lệnh này chỉ dành cho cán bộ hỗ trợ của Bộ, dùng trong nhóm hỗ trợ.",
  reportNotAllowed: "Báo cáo này chỉ dành cho quản trị viên và cán bộ hỗ trợ của Bộ.",
  staffReplyNotAllowed: "Chỉ cán bộ hỗ trợ mới trả lời được phiếu.",
  topicName: (n: number, province: string | undefined, words: string) =>
    [`#${n}`, province, words].filter((p) => p && p.length > 0).join(" · "),
  post: (p: {
    n: number;
    province?: string;
    asker: string;
    unit?: string;
    registered: boolean;
    origin: string;
    question: string;
    details?: string;
    sources: string[];
    how: "topic" | "reply" | "mention";
  }) =>
    [
      `🆕 Phiếu #${p.n}${p.province ? ` · ${p.province}` : ""}`,
      `Người hỏi: ${p.asker}${p.unit ? ` · ${p.unit}` : ""}${p.registered ? "" : " (chưa đăng ký cán bộ đầu mối)"}`,
      `Nơi hỏi: ${p.origin}`,
      `Câu hỏi: ${p.question}`,
      ...(p.details ? [`Bổ sung: ${p.details}`] : []),
      ...(p.sources.length ? ["Bot đã xem các văn bản (chưa đủ để trả lời):", ...p.sources.map((s) => `• ${s}`)] : []),
      p.how === "topic"
        ? "Trả lời: mọi tin nhắn trong chủ đề này được chuyển cho người hỏi (ghi chú nội bộ thì bắt đầu bằng //)."
        : p.how === "reply"
          ? `Trả lời: trả lời (reply) vào tin nhắn này, hoặc nhắc tên bot và bắt đầu tin nhắn bằng #${p.n}.`
          : `Trả lời: nhắc tên bot và bắt đầu tin nhắn bằng #${p.n}.`,
      `Lệnh: /nhan ${p.n} · /dong ${p.n} · /faq ${p.n}`,
    ].join("\n"),
  origin: (channel: string, inGroup: boolean, title?: string) =>
    `${channel}, ${inGroup ? `nhóm${title ? ` ${quote(title)}` : ""}` : "tin nhắn riêng"}`,
  channelNames: { telegram: "Telegram", zalo: "Zalo", shell: "dòng lệnh" } as Record<string, string>,
  unknownAsker: "Chưa rõ tên",
  followUpToStaff: (n: number, province: string | undefined, text: string) =>
    `📩 Người hỏi hỏi thêm (phiếu #${n}${province ? ` · ${province}` : ""}):\n\n${text}`,
  relayed: (n: number) => `✅ Đã chuyển câu trả lời cho người hỏi (phiếu #${n}).`,
  relayedClosed: (n: number) => `✅ Đã chuyển cho người hỏi (lưu ý: phiếu #${n} đã đóng).`,
  emptyStaffReply: (n: number) => `Anh/chị ghi nội dung trả lời sau #${n}.`,
  ticketNotFound: (n: number) => `Không tìm thấy phiếu #${n}.`,
  whichTicket: (command: string) =>
    `Anh/chị ghi số phiếu, ví dụ: /${command} 12 (trong chủ đề của phiếu hoặc khi trả lời tin nhắn phiếu thì không cần số).`,
  takenByYou: (n: number) => `Anh/chị đã nhận phiếu #${n}.`,
  takenFrom: (n: number, previous: string) => `Anh/chị đã nhận phiếu #${n} (trước đó do ${previous} xử lý).`,
  closed: (n: number) => `Đã đóng phiếu #${n} và mời người hỏi đánh giá.`,
  alreadyClosed: (n: number) => `Phiếu #${n} đã đóng trước đó.`,
  isClosed: (n: number) => `Phiếu #${n} đã đóng.`,
  openListTitle: (count: number) => `Phiếu đang mở (${count}):`,
  openListMore: (more: number) => `… và ${more} phiếu khác.`,
  openListEmpty: "Không có phiếu nào đang mở. 🎉",
  openLine: (p: { n: number; province?: string; age: string; assignee?: string; overdue: boolean; words: string }) =>
    `${p.overdue ? "⚠️ " : ""}#${p.n}${p.province ? ` · ${p.province}` : ""} · ${p.age} · ${p.assignee ? `${p.assignee} nhận` : "chưa ai nhận"} · ${quote(p.words)}`,
  age: (minutes: number) =>
    minutes < 60 ? `${minutes} phút` : minutes < 48 * 60 ? `${Math.floor(minutes / 60)} giờ` : `${Math.floor(minutes / 1440)} ngày`,
  someone: "một cán bộ",
  /** How a FAQ entry promoted from a ticket cites its source. */
  faqCitation: (n: number) => `Giải đáp của cán bộ hỗ trợ của Bộ (phiếu #${n})`,
  faqNoAnswer: (n: number) =>
    `Phiếu #${n} chưa có câu trả lời nào của cán bộ hỗ trợ. Anh/chị có thể ghi câu trả lời: /faq ${n} <câu trả lời>.`,
  faqDone: (n: number, notified: number) =>
    `Đã đưa phiếu #${n} vào bộ hỏi đáp; từ nay bot trả lời trực tiếp câu hỏi này.` +
    (notified > 0 ? ` Đã báo câu trả lời cho ${notified} người có câu hỏi tương tự.` : ""),
  faqAlready: (n: number, notified: number) =>
    `Phiếu #${n} đã có trong bộ hỏi đáp.` + (notified > 0 ? ` Đã báo thêm cho ${notified} người có câu hỏi tương tự.` : ""),
  slaAlert: (n: number, hours: number, province: string | undefined, words: string) =>
    `⏰ Phiếu #${n}${province ? ` (${province})` : ""} đã quá ${hours} giờ chưa có phản hồi: ${quote(words)}\nTrả lời vào tin nhắn này hoặc bắt đầu tin nhắn bằng #${n}.`,

  // --- Weekly report ----------------------------------------------------------------------
  report: {
    badDays: "Số ngày của báo cáo phải từ 1 đến 90, ví dụ: /baocao_tuan 14.",
    title: (days: number, from: string, to: string) => `📊 Báo cáo hỗ trợ ${days} ngày (${from} – ${to})`,
    counts: (opened: number, closed: number, open: number) =>
      `Phiếu mới: ${opened} · đã đóng: ${closed} · còn mở: ${open}`,
    median: (value: string) => `Thời gian phản hồi đầu tiên (trung vị): ${value}`,
    rating: (value: string, count: number) => `Đánh giá trung bình: ${value} (${count} lượt)`,
    none: "chưa có",
    byProvince: "Theo tỉnh:",
    provinceLine: (p: { province: string; opened: number; closed: number; median: string; rating: string }) =>
      `• ${p.province}: ${p.opened} mới, ${p.closed} đóng, phản hồi ${p.median}, đánh giá ${p.rating}`,
    noProvince: "Chưa rõ tỉnh",
    difficulties: "Khó khăn thường gặp (câu bot chưa trả lời được và câu gửi cán bộ hỗ trợ):",
    difficultyLine: (i: number, count: number, question: string) => `${i}. (${count} lượt) ${question}`,
    noDifficulties: "Không có câu hỏi nào bot chưa trả lời được. 👍",
    fileNote: "Chi tiết trong tệp Excel đính kèm.",
    fileName: (to: string) => `bao-cao-ho-tro-${to}.xlsx`,
    duration: (minutes: number) =>
      minutes < 60 ? `${Math.round(minutes)} phút` : `${Math.floor(minutes / 60)} giờ ${Math.round(minutes % 60)} phút`,
    sheets: { summary: "Tổng hợp", provinces: "Theo tỉnh", difficulties: "Khó khăn thường gặp", tickets: "Phiếu" },
    columns: {
      item: "Chỉ tiêu",
      value: "Giá trị",
      province: "Tỉnh/thành",
      opened: "Phiếu mới",
      closed: "Đã đóng",
      medianMinutes: "Phản hồi đầu tiên, trung vị (phút)",
      avgRating: "Đánh giá trung bình",
      ratings: "Số lượt đánh giá",
      rank: "STT",
      count: "Số lượt",
      question: "Câu hỏi tiêu biểu",
      examples: "Các cách hỏi khác",
      ticket: "Số phiếu",
      createdAt: "Ngày mở",
      unit: "Đơn vị",
      status: "Trạng thái",
      firstResponseMinutes: "Phản hồi đầu tiên (phút)",
      closedAt: "Ngày đóng",
      rating: "Đánh giá",
    },
    rows: {
      period: "Kỳ báo cáo",
      opened: "Phiếu mới",
      closed: "Phiếu đã đóng",
      open: "Phiếu còn mở",
      median: "Phản hồi đầu tiên, trung vị (phút)",
      rating: "Đánh giá trung bình (1–5)",
      ratings: "Số lượt đánh giá",
      declined: "Câu hỏi bot chưa trả lời được",
    },
    statuses: { open: "Mở", assigned: "Đang xử lý", closed: "Đã đóng" } as Record<string, string>,
  },
} as const;
