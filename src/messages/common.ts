// Texts shared by several flows.
export const common = {
  internalError: "Xin lỗi, hệ thống đang gặp sự cố. Anh/chị vui lòng thử lại sau ít phút.",
  emptyMessage: "Anh/chị vui lòng gửi câu hỏi bằng chữ, ví dụ: “Hạn gửi danh sách cán bộ đầu mối là ngày nào?”",
  tooLong: (max: number) =>
    `Tin nhắn quá dài (tối đa ${max} ký tự). Anh/chị vui lòng gửi ngắn gọn hơn, mỗi lần một câu hỏi.`,
  notText: "Tôi chỉ đọc được tin nhắn chữ. Anh/chị vui lòng gõ câu hỏi bằng chữ.",
  notUnderstoodChoice: "Tôi chưa hiểu lựa chọn này. Anh/chị vui lòng chọn một trong các mục bên dưới.",
  /** Shown under a numbered list of choices (Zalo, shell). */
  choiceHint: "Anh/chị trả lời bằng số thứ tự hoặc nội dung lựa chọn.",
  adminOnly: "Lệnh này chỉ dành cho quản trị viên của Bộ.",
  privateOnly: "Lệnh này chỉ dùng trong tin nhắn riêng với bot để bảo vệ dữ liệu cá nhân.",
  sentPrivately: "Tôi đã gửi nội dung này vào tin nhắn riêng của anh/chị.",
  openPrivateChatFirst:
    "Nội dung này có thông tin cá nhân nên tôi chỉ gửi qua tin nhắn riêng. Anh/chị vui lòng nhắn riêng cho bot một lần (ví dụ /start) rồi thử lại.",
  cancelled: "Đã huỷ thao tác đang làm.",
  nothingToCancel: "Hiện không có thao tác nào đang làm dở.",
  unknownCommand: (cmd: string) => `Tôi chưa có lệnh /${cmd}. Gõ /help để xem các lệnh.`,
  /** Fairness: one person sent more than their share; shown once per minute at most. */
  slowDownPerson: (seconds: number) =>
    `Anh/chị đang gửi tin hơi nhanh. Tôi sẽ nhận tin tiếp sau khoảng ${seconds} giây; các tin gửi trong lúc này tôi chưa xử lý được, anh/chị vui lòng gửi lại sau.`,
  slowDownChat: (seconds: number) =>
    `Nhóm đang gửi nhiều yêu cầu cùng lúc. Tôi tạm dừng trả lời nhóm khoảng ${seconds} giây, sau đó anh/chị vui lòng gửi lại yêu cầu chưa được trả lời.`,
  yes: "Đồng ý",
  no: "Không",
  back: "Quay lại",
} as const;
