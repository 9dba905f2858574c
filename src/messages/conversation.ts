// Plain-language requests: greetings, thanks, what the bot can do, contacts, follow-ups.
export const conversation = {
  greeting: (name: string) => `Xin chào ${name}! Tôi có thể giúp anh/chị những việc sau:`,
  thanks: "Dạ, không có gì ạ. Anh/chị cần gì thêm cứ nhắn cho tôi.",
  capabilitiesTitle: "Tôi có thể giúp anh/chị:",
  capabilitiesList: [
    "• Trả lời câu hỏi về HTTT GQTTHC theo văn bản hướng dẫn (cứ gõ câu hỏi)",
    "• Đăng ký, xem, sửa hoặc xoá thông tin cán bộ đầu mối",
    "• Xem lịch tập huấn của tỉnh (ví dụ: “lịch tập huấn Hà Tĩnh tuần sau”)",
    "• Gửi câu hỏi cho cán bộ hỗ trợ của Bộ",
  ].join("\n"),
  /** Under a decline or an input the bot could not place: never a dead end. */
  afterDecline: "Anh/chị cũng có thể chọn một việc dưới đây:",
  menu: {
    register: "Đăng ký cán bộ đầu mối",
    profile: "Xem thông tin đã đăng ký",
    schedule: "Lịch tập huấn",
    support: "Gửi cán bộ hỗ trợ",
    help: "Xem các việc tôi làm được",
  },
  scheduleWindow: (first: string, last: string) => (first === last ? `Ngày ${first}:` : `Từ ${first} đến ${last}:`),
  contactsTitle: "Đầu mối hỗ trợ của Bộ theo văn bản hướng dẫn:",
  contactsNone: "Văn bản hướng dẫn hiện có chưa ghi đầu mối hỗ trợ.",
  contactsOffer: "Anh/chị cũng có thể gửi câu hỏi để cán bộ hỗ trợ của Bộ trả lời trực tiếp tại đây.",
} as const;
