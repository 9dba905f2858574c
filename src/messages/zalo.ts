// Texts the Zalo adapter adds when rendering replies: Zalo has no buttons and cannot send files.
export const zalo = {
  /** Replaces a file attachment, which Zalo bots cannot send. */
  fileNotSupported: (fileName: string) =>
    `Zalo chưa hỗ trợ gửi tệp nên tệp “${fileName}” chưa thể gửi qua đây. Anh/chị vui lòng liên hệ cán bộ hỗ trợ để nhận tệp.`,
  /** Answer to a file, voice message or image without caption in a private chat. */
  unsupportedContent:
    "Xin lỗi, trên Zalo trợ lý mới đọc được tin nhắn dạng chữ, chưa đọc được tệp, hình ảnh hay tin nhắn thoại. Anh/chị vui lòng gõ nội dung cần hỏi thành tin nhắn văn bản.",
} as const;
