// Answers from the knowledge base, declines, and feedback.
export const ask = {
  source: (citation: string) => `📄 Nguồn: ${citation}`,
  declined: "Xin lỗi, tôi chưa tìm thấy câu trả lời chắc chắn trong các văn bản hướng dẫn hiện có.",
  /** The closest letters of a declined question, at most three, as a titled list. */
  closestLetters: (citations: string[]) =>
    citations.length ? ["Các văn bản gần nhất với câu hỏi:", ...citations.slice(0, 3).map((c) => `• ${c}`)].join("\n") : "",
  offerSupport: "Anh/chị có muốn gửi câu hỏi này cho cán bộ hỗ trợ của Bộ không?",
  noDocuments: "Hiện chưa có văn bản hướng dẫn nào trong cơ sở tri thức. Anh/chị vui lòng gửi câu hỏi cho cán bộ hỗ trợ.",
  askUsage: "Anh/chị gõ câu hỏi sau lệnh, ví dụ: /hoi Hạn gửi danh sách cán bộ đầu mối là ngày nào?",
  fullPassageTitle: "Toàn văn đoạn trích:",
  fullPassageGone: "Đoạn trích này không còn trong cơ sở tri thức (văn bản có thể đã được cập nhật). Anh/chị vui lòng hỏi lại.",
  thanksUp: "Cảm ơn anh/chị đã xác nhận!",
  thanksDown: "Cảm ơn anh/chị đã góp ý. Nếu cần, anh/chị có thể gửi câu hỏi cho cán bộ hỗ trợ.",
  feedbackAlready: "Anh/chị đã góp ý cho câu trả lời này rồi. Cảm ơn anh/chị!",
  notYourQuestion: "Nút này dành cho người đã đặt câu hỏi. Anh/chị muốn hỏi, vui lòng gửi câu hỏi của mình.",
  supportComingSoon: "Chức năng gửi câu hỏi cho cán bộ hỗ trợ đang được hoàn thiện. Trong lúc chờ, anh/chị vui lòng liên hệ đầu mối hỗ trợ ghi trong văn bản hướng dẫn.",
  choices: {
    up: "👍 Đúng",
    down: "👎 Sai",
    full: "Xem toàn văn",
    support: "Gửi cán bộ hỗ trợ",
    noThanks: "Không, cảm ơn",
  },
  noThanks: "Vâng ạ. Anh/chị có thể hỏi lại bằng cách diễn đạt khác.",
  commands: {
    hoi: "Đặt câu hỏi (trong nhóm: /hoi <câu hỏi>)",
  },
} as const;
