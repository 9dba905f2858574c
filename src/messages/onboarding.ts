// Greeting, menu, help and group introduction.
export const onboarding = {
  /** How to address someone whose name the platform did not give. */
  anonymousName: "anh/chị",
  greeting: (name: string) =>
    [
      `Xin chào ${name}! Tôi là trợ lý tự động (bot) hỗ trợ triển khai Hệ thống thông tin giải quyết thủ tục hành chính (HTTT GQTTHC).`,
      "Tôi trả lời dựa trên các văn bản hướng dẫn chính thức và luôn ghi rõ nguồn; câu nào chưa trả lời được, tôi chuyển cho cán bộ hỗ trợ của Bộ.",
      "Anh/chị cần gì ạ?",
    ].join("\n\n"),
  menu: {
    ask: "Đặt câu hỏi",
    register: "Đăng ký cán bộ đầu mối",
    schedule: "Lịch tập huấn",
    support: "Gửi câu hỏi cho cán bộ hỗ trợ",
  },
  askHowTo: "Anh/chị cứ gõ câu hỏi, ví dụ: “Hạn gửi danh sách cán bộ đầu mối là ngày nào?”. Trong nhóm, hãy nhắc tên bot hoặc dùng /hoi <câu hỏi>.",
  comingSoon: (what: string) => `Chức năng “${what}” đang được hoàn thiện và sẽ sớm có mặt. Trong lúc chờ, anh/chị có thể đặt câu hỏi cho tôi.`,
  helpTitle: "Các lệnh của bot:",
  helpAdminTitle: "Lệnh dành cho quản trị viên:",
  helpStaffTitle: "Lệnh dành cho cán bộ hỗ trợ (trong nhóm hỗ trợ):",
  helpFooter: "Trong tin nhắn riêng, anh/chị chỉ cần gõ câu hỏi. Trong nhóm, hãy nhắc tên bot hoặc dùng /hoi <câu hỏi>.",
  groupIntro: [
    "Xin chào cả nhóm! Tôi là trợ lý tự động hỗ trợ triển khai HTTT GQTTHC.",
    "Để hỏi, anh/chị hãy nhắc tên bot kèm câu hỏi, trả lời vào tin nhắn của bot, hoặc gõ /hoi <câu hỏi>.",
    "Đăng ký cán bộ đầu mối và xem thông tin cá nhân xin vui lòng nhắn riêng cho bot.",
    "Quản trị viên: gõ /lienket <tỉnh> để nhóm nhận nhắc lịch tập huấn của tỉnh.",
  ].join("\n"),
  commands: {
    start: "Bắt đầu và xem các chức năng",
    help: "Danh sách lệnh",
    huy: "Huỷ thao tác đang làm",
  },
} as const;
