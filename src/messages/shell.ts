// Texts of the local terminal channel.
export const shell = {
  banner: [
    "Trợ lý HTTT GQTTHC — chế độ thử trên máy (dòng lệnh).",
    "Anh/chị đang trò chuyện với bot như một cán bộ trong tin nhắn riêng. Gõ /start để bắt đầu, /help để xem lệnh, Ctrl+D để thoát.",
    "Gửi tệp (quản trị viên): @tep <đường dẫn tệp>",
  ].join("\n"),
  prompt: "bạn> ",
  /** The local officer's display name. */
  userName: "Cán bộ",
  botPrefix: "bot> ",
  fileSaved: (path: string) => `[Tệp đã lưu tại: ${path}]`,
  fileMissing: (path: string) => `Không mở được tệp “${path}”. Anh/chị kiểm tra lại đường dẫn.`,
} as const;
