// A short guidance letter that none of the official letters answers, for tests that upload one
// and then ask about it.
export const SANDBOX_LETTER = [
  "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
  "V/v hướng dẫn cấp tài khoản sandbox cho địa phương",
  "",
  "1. Mỗi địa phương được cấp 03 tài khoản sandbox để kiểm thử kết nối trước ngày 20/02/2026.",
  "2. Đề nghị gửi yêu cầu cấp tài khoản sandbox qua thư điện tử của Trung tâm.",
].join("\n");
