// Contact-officer registration: the form, the officer's own data, and the ministry's roster tools.

export interface CardFields {
  province: string;
  unitName: string;
  fullName: string;
  position: string;
  phone: string;
  email: string;
  role: string;
}

export interface ReportLine {
  province: string;
  /** Each Sở kind that has registrations, with the places filled. */
  so: { short: string; filled: number; quota: number }[];
  communes: number;
  late: number;
  /** Commune-level units in the official list, and those with a registration. */
  expected: number;
  registered: number;
}

export interface ReportTotals {
  people: number;
  late: number;
  communes: number;
  provincesWithSo: number;
  provincesSoComplete: number;
  provinces: number;
  unitsExpected: number;
  unitsRegistered: number;
  /** Commune registrations not matched to the list (/dangky_chuanhoa). */
  unmatched: number;
}

export interface ProvinceReport {
  province: string;
  at: string;
  deadline: string;
  so: { short: string; filled: number; quota: number }[];
  expected: number;
  registered: number;
  unmatched: number;
  late: number;
  missing: { code: string; name: string }[];
}

export interface NudgeInfo {
  province: string;
  /** Places filled at the best-filled Sở, when the Sở part is relevant to the group. */
  so?: { filled: number; quota: number };
  /** Units of the list still without a registration, when the commune part is relevant to the group. */
  communes?: { expected: number; registered: number; missing: string[] };
  deadline: string;
}

/** 3321 → "3.321". */
const num = (n: number) => n.toLocaleString("vi-VN");
const soText = (so: { short: string; filled: number; quota: number }[]) =>
  so.length ? so.map((s) => `${s.short} ${s.filled}/${s.quota}`).join(", ") : "Sở 0/2";
/** Names of missing units in a group message: the first ones, then how many more. */
const NUDGE_NAMES = 40;

/** "0912345678" → "0912 345 678", easier to check by eye. */
const showPhone = (p: string) => (/^0\d{9}$/.test(p) ? `${p.slice(0, 4)} ${p.slice(4, 7)} ${p.slice(7)}` : p);

const card = (c: CardFields) =>
  [
    `• Tỉnh/thành phố: ${c.province}`,
    `• Đơn vị: ${c.unitName}`,
    `• Họ và tên: ${c.fullName}`,
    `• Chức vụ: ${c.position}`,
    `• Số điện thoại: ${showPhone(c.phone)}`,
    `• Email: ${c.email}`,
    `• Vai trò: ${c.role}`,
  ].join("\n");

const supportHowTo =
  "Nếu cần thay người, đề nghị đơn vị gửi yêu cầu cho cán bộ hỗ trợ của Bộ (mục “Gửi câu hỏi cho cán bộ hỗ trợ” trong /start), nêu rõ người được thay và người thay thế; Bộ sẽ cập nhật danh sách.";

export const registration = {
  commands: {
    dangky: "Đăng ký cán bộ đầu mối (trong tin nhắn riêng)",
    hoso: "Xem, sửa thông tin đăng ký của tôi",
    xoadulieu: "Xoá dữ liệu cá nhân đã đăng ký",
    xuat: "Xuất danh sách cán bộ đầu mối (XLSX, CSV)",
    baocao: "Tiến độ đăng ký; /dangky_baocao <tỉnh>: đơn vị còn thiếu",
    nhac: "Nhắc các nhóm tỉnh còn thiếu đăng ký, nêu tên đơn vị",
    xoa: "Gỡ một đăng ký: /dangky_xoa <mã> hoặc <tên tỉnh>",
    thay: "Thay người đầu mối: /dangky_thay <mã> hoặc <tên tỉnh>",
    chuanhoa: "Khớp các đăng ký cũ với danh sách xã, phường, đặc khu",
  },

  unitKinds: {
    so_vhttdl: "Sở Văn hóa, Thể thao và Du lịch",
    so_vhtt: "Sở Văn hóa và Thể thao",
    so_dl: "Sở Du lịch",
    xa: "UBND xã",
    phuong: "UBND phường",
    dac_khu: "UBND đặc khu",
  },
  unitKindShort: { so_vhttdl: "Sở VHTTDL", so_vhtt: "Sở VHTT", so_dl: "Sở DL" } as Record<string, string>,
  communePrefix: { xa: "Xã", phuong: "Phường", dac_khu: "Đặc khu" },
  communeExample: { xa: "Tân An hoặc xa tan an", phuong: "Phường Thành Vinh hoặc thanh vinh", dac_khu: "Đặc khu Phú Quốc" } as Record<string, string>,
  roles: { phoi_hop: "Cán bộ phối hợp triển khai", quan_tri: "Cán bộ quản trị hệ thống" },
  /** The Sở's name from its kind and province: "Sở Du lịch thành phố Hà Nội", "Sở Du lịch tỉnh Nghệ An". */
  soUnitName: (kindLabel: string, province: string) =>
    /^Thành phố /.test(province) ? `${kindLabel} ${province.replace(/^Thành phố/, "thành phố")}` : `${kindLabel} tỉnh ${province}`,

  fields: {
    province: "Tỉnh/thành phố",
    unitKind: "Loại đơn vị",
    unitName: "Tên đơn vị",
    fullName: "Họ và tên",
    position: "Chức vụ",
    phone: "Số điện thoại",
    email: "Email",
    consent: "Đồng ý xử lý dữ liệu cá nhân",
  },

  form: {
    stepHeader: (n: number, total: number) => `Bước ${n}/${total}`,
    currentValue: (v: string) => `Hiện tại: ${v}. Chọn “Giữ nguyên” hoặc gửi nội dung mới.`,
    keep: "Giữ nguyên",
    confirm: "✅ Xác nhận",
    edit: "✏️ Sửa một mục",
    cancel: "Huỷ phiếu",
    pickField: "Anh/chị muốn sửa mục nào?",
    reenterAll: "Nhập lại toàn bộ (điền sẵn)",
    backToSummary: "Quay lại bản tóm tắt",
    cancelled: "Đã huỷ phiếu. Các thông tin vừa nhập chưa được lưu.",
    stale: "Nút này thuộc một câu hỏi trước. Mời anh/chị trả lời câu hỏi hiện tại:",
    chooseOption: "Anh/chị vui lòng chọn một mục bên dưới.",
    resume: (label: string) =>
      `Anh/chị đang điền dở phiếu đăng ký (mục “${label}”). Chọn “Tiếp tục” để điền tiếp, hoặc gõ /huy để huỷ.`,
    continue: "Tiếp tục",
    summaryStep: "Xác nhận thông tin",
  },

  intro: (deadline: string) =>
    [
      "Phiếu đăng ký cán bộ đầu mối triển khai HTTT GQTTHC (khoảng 2 phút).",
      `Theo kế hoạch của Bộ, mỗi Sở cử 2 cán bộ phối hợp triển khai; mỗi xã, phường, đặc khu cử 1 cán bộ quản trị hệ thống. Hạn gửi danh sách: ${deadline}.`,
      "Anh/chị có thể gõ /huy để huỷ bất cứ lúc nào; phiếu điền dở được giữ lại nếu anh/chị tạm dừng.",
    ].join("\n"),
  groupUsePrivate:
    "Để bảo vệ thông tin cá nhân, việc đăng ký chỉ làm trong tin nhắn riêng. Anh/chị vui lòng nhắn riêng cho bot và gõ /dangky.",
  inProgress: "Anh/chị đang điền dở phiếu đăng ký. Mời anh/chị tiếp tục:",
  alreadyRegistered: (cards: string[]) =>
    [`Tài khoản này đã đăng ký ${cards.length} cán bộ:`, ...cards, "Anh/chị muốn sửa đăng ký đã có hay đăng ký thêm người khác?"].join("\n\n"),
  editRegistration: (id: number) => `Sửa đăng ký #${id}`,
  registerAnother: "Đăng ký thêm người khác",
  formGone: "Phiếu này đã hết hạn hoặc đã được huỷ. Gõ /dangky để bắt đầu lại.",

  prompts: {
    province: "Đơn vị của anh/chị thuộc tỉnh, thành phố nào? Anh/chị gõ tên, có dấu hay không dấu đều được (ví dụ: Nghệ An, TP Hồ Chí Minh).",
    provinceAgain: "Anh/chị gõ lại tên tỉnh, thành phố giúp tôi (34 đơn vị hành chính cấp tỉnh từ 01/7/2025).",
    formerProvince: (former: string, province: string) =>
      `Từ ngày 01/7/2025, ${former} đã hợp nhất vào ${province}. Anh/chị đăng ký cho ${province} phải không ạ?`,
    formerYes: (province: string) => `Đúng, ${province}`,
    otherProvince: "Chọn tỉnh khác",
    pickProvince: (typed: string) => `Có nhiều tỉnh, thành phố khớp với “${typed}”. Anh/chị chọn giúp:`,
    unitKind: "Anh/chị đăng ký cho loại đơn vị nào?",
    unitName: (kind: string, province: string) =>
      `Tên đơn vị (xã, phường hoặc đặc khu thuộc ${province}) của anh/chị? Gõ tên là đủ, có dấu hay không dấu đều được, ví dụ: ${registrationExample(kind)}.`,
    pickCommune: (typed: string, province: string) =>
      `Có nhiều đơn vị của ${province} gần giống “${typed}”. Anh/chị chọn đúng đơn vị của mình, hoặc gõ lại tên đầy đủ:`,
    formerCommune: (former: string, unit: string) =>
      `“${former}” là tên trước khi sắp xếp đơn vị hành chính; nay thuộc ${unit}. Anh/chị đăng ký cho ${unit} phải không ạ?`,
    otherCommune: "Không, gõ tên khác",
    moveTo: (unit: string, province: string) => `Đổi sang ${province}: ${unit}`,
    communeAgain: (province: string) => `Anh/chị gõ lại tên xã, phường hoặc đặc khu (thuộc ${province}) giúp tôi.`,
    fullName: "Họ và tên đầy đủ của cán bộ được cử? (ví dụ: Nguyễn Thị Lan)",
    position: "Chức vụ của cán bộ? (ví dụ: Phó Chánh Văn phòng, Chuyên viên)",
    phone: "Số điện thoại di động? (ví dụ: 0912 345 678 hoặc +84912345678)",
    email: "Địa chỉ email (ưu tiên email công vụ)?",
    consent: (deadline: string) =>
      [
        "Trước khi lưu, xin anh/chị đọc và cho biết có đồng ý với việc xử lý dữ liệu cá nhân (theo Luật Bảo vệ dữ liệu cá nhân, hiệu lực từ 01/01/2026):",
        "• Dữ liệu thu thập: họ và tên, chức vụ, đơn vị, số điện thoại di động, email.",
        `• Mục đích: lập danh sách cán bộ đầu mối gửi Trung tâm Chuyển đổi số của Bộ (hạn ${deadline}) để liên hệ, cấp tài khoản và tập huấn triển khai HTTT GQTTHC.`,
        "• Người được xem: cán bộ quản trị của Bộ phụ trách triển khai; thông tin không đăng trong các nhóm.",
        "• Xem, sửa: gõ /hoso. Xoá: gõ /xoadulieu bất cứ lúc nào, dữ liệu sẽ bị xoá hẳn.",
      ].join("\n"),
    consentYes: "Tôi đồng ý",
    consentNo: "Không đồng ý",
  },

  errors: {
    provinceUnknown: (typed: string, hasSuggestions: boolean) =>
      hasSuggestions
        ? `Tôi chưa tìm thấy tỉnh, thành phố “${typed}”. Có phải anh/chị muốn chọn một trong các tên dưới đây? Nếu không, anh/chị gõ lại tên.`
        : `Tôi chưa tìm thấy tỉnh, thành phố “${typed}”.`,
    provinceEmpty: "Anh/chị chưa gửi tên tỉnh, thành phố.",
    unitKind: "Tôi chưa nhận ra loại đơn vị. Anh/chị vui lòng chọn một mục trong danh sách.",
    communeUnknown: (typed: string, province: string, hasSuggestions: boolean) =>
      hasSuggestions
        ? `Tôi không tìm thấy “${typed}” trong danh sách xã, phường, đặc khu của ${province}. Có phải một trong các đơn vị dưới đây? Nếu không, anh/chị gõ lại tên (không cần gõ chữ “xã”, “phường”).`
        : `Tôi không tìm thấy “${typed}” trong danh sách xã, phường, đặc khu của ${province}. Anh/chị kiểm tra lại tên theo đơn vị hành chính mới (từ 01/7/2025) rồi gõ lại giúp tôi.`,
    communeElsewhere: (typed: string, province: string, where: string[]) =>
      `“${typed}” không có trong danh sách đơn vị của ${province}; tên này thuộc ${where.join(", ")}. Nếu anh/chị chọn nhầm tỉnh, bấm nút bên dưới để đổi; nếu không, anh/chị gõ lại tên đơn vị thuộc ${province}.`,
    unitName: {
      empty: "Tên đơn vị đang để trống.",
      digits: "Tên đơn vị không thể chỉ gồm chữ số.",
      tooShort: "Tên đơn vị quá ngắn.",
      tooLong: "Tên đơn vị quá dài (tối đa 50 ký tự).",
      chars: "Tên đơn vị chỉ gồm chữ cái, chữ số, dấu cách và dấu gạch nối.",
    } as Record<string, string>,
    fullName: {
      empty: "Họ và tên đang để trống.",
      digits: "Họ và tên không được có chữ số.",
      oneWord: "Anh/chị vui lòng ghi đầy đủ cả họ và tên (ít nhất hai chữ).",
      tooLong: "Họ và tên quá dài (tối đa 70 ký tự).",
      chars: "Họ và tên chỉ gồm chữ cái và dấu cách.",
    } as Record<string, string>,
    position: {
      empty: "Chức vụ đang để trống.",
      tooShort: "Chức vụ quá ngắn.",
      tooLong: "Chức vụ quá dài (tối đa 100 ký tự).",
    } as Record<string, string>,
    phone: {
      empty: "Số điện thoại đang để trống.",
      format: "Số điện thoại chưa đúng. Số di động gồm 10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678), hoặc dạng +84912345678.",
      landline: "Đây có vẻ là số máy cố định. Anh/chị vui lòng cho số di động (10 chữ số, ví dụ 0912 345 678).",
      prefix: "Đầu số này không phải đầu số di động đang dùng ở Việt Nam. Anh/chị kiểm tra lại giúp tôi (ví dụ 0912 345 678).",
    } as Record<string, string>,
    email: "Email chưa đúng định dạng. Anh/chị gửi lại, ví dụ: nguyenvana@svhttdl.gov.vn",
    consent: "Anh/chị vui lòng chọn “Tôi đồng ý” hoặc “Không đồng ý”.",
    phoneTaken:
      "Số điện thoại này đã có trong một đăng ký khác. Anh/chị kiểm tra lại số; nếu đúng là số của anh/chị, vui lòng liên hệ cán bộ hỗ trợ của Bộ.",
  },

  phoneOwnDuplicate: (c: CardFields, id: number) =>
    `Số điện thoại này anh/chị đã đăng ký trước đây (mã #${id}):\n${card(c)}\n\nAnh/chị muốn cập nhật đăng ký đó bằng thông tin đang điền không?`,
  ownUnitDuplicate: (c: CardFields, id: number) =>
    `Anh/chị đã đăng ký cho đơn vị này trước đây (mã #${id}):\n${card(c)}\n\nAnh/chị muốn cập nhật đăng ký đó bằng thông tin đang điền không?`,
  updateThat: "Cập nhật đăng ký đó",
  otherUnit: "Chọn đơn vị khác",
  otherPhone: "Nhập số khác",

  soFull: (unit: string, holders: { fullName: string; position: string }[]) =>
    [
      `${unit} đã đủ ${holders.length} cán bộ đầu mối:`,
      ...holders.map((h, i) => `${i + 1}. ${h.fullName} — ${h.position}`),
      supportHowTo,
    ].join("\n"),
  communeFull: (unit: string, holders: { fullName: string; position: string }[]) =>
    [
      `${unit} đã có cán bộ quản trị hệ thống đăng ký:`,
      ...holders.map((h, i) => `${i + 1}. ${h.fullName} — ${h.position}`),
      supportHowTo,
    ].join("\n"),
  fullPickAnother: "Nếu anh/chị thuộc đơn vị khác, mời chọn lại; hoặc gõ /huy để dừng.",

  summary: (c: CardFields, lateWarning?: string) =>
    ["Anh/chị kiểm tra lại thông tin:", card(c), ...(lateWarning ? [lateWarning] : []), "Thông tin đã đúng chưa ạ?"].join("\n\n"),
  summaryLate: (deadline: string) => `Lưu ý: đã quá hạn ${deadline}, đăng ký này sẽ được ghi nhận là nộp muộn.`,
  consentDeclined:
    "Tôi chưa lưu thông tin nào của anh/chị. Nếu đổi ý, anh/chị gõ /dangky để đăng ký lại.",

  saved: (id: number, role: string) =>
    `Đã ghi nhận đăng ký (mã #${id}) với vai trò ${role}. Cảm ơn anh/chị!\nGõ /hoso để xem hoặc sửa thông tin; /xoadulieu để xoá dữ liệu.`,
  savedLate: (deadline: string) =>
    `Lưu ý: hạn gửi danh sách là ${deadline}. Đăng ký của anh/chị được ghi nhận là nộp muộn và vẫn được chuyển tới Bộ.`,
  updated: (id: number) => `Đã cập nhật đăng ký #${id}. Gõ /hoso để xem lại.`,

  profileNone: "Anh/chị chưa có đăng ký nào. Gõ /dangky để đăng ký cán bộ đầu mối.",
  profileTitle: "Thông tin đăng ký của anh/chị:",
  profileEntry: (id: number, c: CardFields, late: boolean) => `Đăng ký #${id}${late ? " (nộp muộn)" : ""}\n${card(c)}`,
  profileGroupHint: "Để sửa hoặc xoá, anh/chị gõ /hoso trong tin nhắn riêng với bot.",
  editThis: "Sửa thông tin",
  deleteMine: "Xoá dữ liệu của tôi",
  notYours: "Không tìm thấy đăng ký này trong hồ sơ của anh/chị. Gõ /hoso để xem lại.",

  deleteConfirm: (n: number) =>
    `Anh/chị chắc chắn muốn xoá ${n > 1 ? `${n} đăng ký` : "đăng ký"} và dữ liệu của mình? Họ tên, chức vụ, số điện thoại, email, nội dung các câu hỏi và phiếu hỗ trợ đã gửi sẽ bị xoá hẳn, không khôi phục được; phiếu hỗ trợ đang chờ sẽ được đóng, và đơn vị sẽ được tính là chưa có người đăng ký.`,
  deleteYes: "Xoá dữ liệu",
  deleteNo: "Không xoá",
  deleted:
    "Đã xoá dữ liệu cá nhân của anh/chị: đăng ký, tên hiển thị, nội dung câu hỏi và phiếu hỗ trợ, tin nhắn chưa gửi. Nếu cần, anh/chị có thể đăng ký lại bằng /dangky.",
  deleteKept: "Đã giữ nguyên, không xoá gì.",
  nothingToDelete: "Hệ thống không lưu đăng ký, câu hỏi hay phiếu hỗ trợ nào của anh/chị.",

  admin: {
    exportEmpty: "Chưa có đăng ký nào để xuất.",
    exportCaption: (n: number, at: string) => `Danh sách cán bộ đầu mối theo mẫu Phụ lục 3: ${n} người, xuất lúc ${at}.`,
    exportCsvCaption: "Bản CSV (UTF-8) của cùng danh sách.",
    columns: ["STT", "Tỉnh/Thành phố", "Đơn vị", "Họ và tên", "Chức vụ", "Số điện thoại", "Email", "Vai trò", "Ngày đăng ký", "Ghi chú", "Mã đơn vị"],
    sheetName: "Phụ lục 3",
    lateNote: "Đăng ký muộn",
    fileBase: "danh-sach-can-bo-dau-moi",

    reportTitle: (at: string, deadline: string) => `Tiến độ đăng ký cán bộ đầu mối (lúc ${at}; hạn ${deadline}):`,
    reportTotals: (t: ReportTotals) =>
      [
        `• Tổng số: ${t.people} người, trong đó ${t.late} đăng ký muộn.`,
        `• Sở: ${t.provincesWithSo}/${t.provinces} tỉnh, thành phố đã có cán bộ Sở đăng ký; ${t.provincesSoComplete} đã đủ 2/2.`,
        `• Xã, phường, đặc khu: ${num(t.unitsRegistered)}/${num(t.unitsExpected)} đơn vị đã có cán bộ quản trị hệ thống; còn thiếu ${num(t.unitsExpected - t.unitsRegistered)}.`,
        ...(t.unmatched ? [`• ${t.unmatched} đăng ký xã, phường chưa khớp danh sách đơn vị (chưa tính ở trên): /dangky_chuanhoa.`] : []),
      ].join("\n"),
    reportMissingSo: (names: string[]) =>
      names.length ? `Chưa có cán bộ Sở nào đăng ký (${names.length}): ${names.join(", ")}.` : "Tất cả tỉnh, thành phố đã có cán bộ Sở đăng ký.",
    reportByProvince: "Theo tỉnh, thành phố (xã, phường, đặc khu: đã đăng ký/cần có):",
    reportLine: (l: ReportLine) =>
      `• ${l.province}: ${soText(l.so)}; xã, phường ${l.registered}/${l.expected}${l.late ? `; ${l.late} muộn` : ""}`,
    reportMore: (n: number) => `… và ${n} tỉnh, thành phố khác (xem tệp /dangky_xuat).`,
    reportProvinceHint: "Gõ /dangky_baocao <tên tỉnh> để xem các đơn vị còn thiếu của tỉnh đó.",
    reportProvinceUnknown: (typed: string) =>
      `Tôi chưa nhận ra tỉnh, thành phố “${typed}”. Gõ /dangky_baocao để xem cả nước, hoặc /dangky_baocao <tên tỉnh> (ví dụ /dangky_baocao Nghệ An).`,
    provinceReport: (r: ProvinceReport) =>
      [
        `Tiến độ đăng ký cán bộ đầu mối — ${r.province} (lúc ${r.at}; hạn ${r.deadline}):`,
        [
          `• Sở: ${r.so.length ? soText(r.so) : "chưa có cán bộ Sở nào đăng ký (cần 2)"}.`,
          `• Xã, phường, đặc khu: cần ${r.expected}, đã đăng ký ${r.registered}, còn thiếu ${r.expected - r.registered}.`,
          ...(r.late ? [`• ${r.late} đăng ký muộn.`] : []),
          ...(r.unmatched ? [`• ${r.unmatched} đăng ký chưa khớp danh sách đơn vị (chưa tính ở trên): /dangky_chuanhoa.`] : []),
        ].join("\n"),
        r.missing.length
          ? [`Đơn vị chưa đăng ký (${r.missing.length}), mã — tên:`, ...r.missing.map((u) => `${u.code} — ${u.name}`)].join("\n")
          : "Tất cả xã, phường, đặc khu của tỉnh đã có cán bộ quản trị hệ thống đăng ký.",
      ].join("\n\n"),
    missingSheetName: "Chưa đăng ký",
    missingColumns: ["STT", "Tỉnh/Thành phố", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị"],
    missingFileBase: "don-vi-chua-dang-ky",
    exportMissingCsvCaption: (n: number) => `Bản CSV các đơn vị chưa đăng ký: ${num(n)} xã, phường, đặc khu (kèm mã đơn vị).`,

    nudgeText: (n: NudgeInfo) =>
      [
        `📣 Nhắc đăng ký cán bộ đầu mối — ${n.province}`,
        ...(n.so ? [`• Sở: ${n.so.filled}/${n.so.quota} cán bộ phối hợp triển khai đã đăng ký.`] : []),
        ...(n.communes
          ? [
              `• Xã, phường, đặc khu: ${n.communes.registered}/${n.communes.expected} đơn vị đã cử cán bộ quản trị hệ thống. Các đơn vị chưa đăng ký: ${n.communes.missing.slice(0, NUDGE_NAMES).join(", ")}${n.communes.missing.length > NUDGE_NAMES ? ` và ${n.communes.missing.length - NUDGE_NAMES} đơn vị khác` : ""}.`,
            ]
          : []),
        `Hạn gửi danh sách: ${n.deadline}. Cán bộ được cử vui lòng nhắn riêng cho bot và gõ /dangky (khoảng 2 phút).`,
      ].join("\n"),
    nudgeNoGroups: "Chưa có nhóm nào được liên kết với tỉnh, thành phố (lệnh /lienket), nên chưa nhắc được.",
    nudgeNothing: "Các nhóm đã liên kết đều thuộc tỉnh, thành phố đã đủ đăng ký; không cần nhắc.",
    nudgeDone: (queued: number, already: number, provinces: number) =>
      `Đã xếp ${queued} tin nhắc vào hàng gửi cho các nhóm của ${provinces} tỉnh, thành phố còn thiếu.` +
      (already ? ` ${already} nhóm đã được nhắc hôm nay nên bỏ qua.` : ""),

    pickUsage: (cmd: string) =>
      `Cú pháp: /${cmd} <mã đăng ký> (ví dụ /${cmd} 12), hoặc /${cmd} <tên tỉnh> để xem các đăng ký của tỉnh đó kèm mã.`,
    pickList: (province: string) => `Các đăng ký của ${province}:`,
    pickNone: (province: string) => `${province} chưa có đăng ký nào.`,
    pickLine: (id: number, unit: string, name: string, position: string) => `#${id} ${unit} — ${name}, ${position}`,
    removeLabel: (id: number) => `Gỡ #${id}`,
    replaceLabel: (id: number) => `Thay #${id}`,
    notFound: (id: number) => `Không có đăng ký #${id}.`,
    removeConfirm: (line: string) =>
      `Gỡ đăng ký này khỏi danh sách?\n${line}\nDữ liệu cá nhân của người này sẽ bị xoá hẳn; thao tác được ghi nhật ký.`,
    removeYes: "Gỡ đăng ký",
    removeNo: "Không",
    removeKept: "Đã giữ nguyên đăng ký.",
    removed: (id: number) => `Đã gỡ đăng ký #${id} và ghi nhật ký.`,
    removedNotice: (unit: string) =>
      `Bộ đã gỡ đăng ký cán bộ đầu mối của anh/chị (${unit}) khỏi danh sách theo đề nghị của đơn vị; dữ liệu cá nhân của anh/chị đã được xoá. Nếu có nhầm lẫn, anh/chị vui lòng liên hệ cán bộ hỗ trợ của Bộ.`,
    replaceIntro: (line: string) =>
      `Thay người đầu mối cho đăng ký:\n${line}\nMời nhập thông tin người thay thế theo văn bản cử cán bộ của đơn vị. Gõ /huy để dừng; đăng ký cũ giữ nguyên cho tới khi anh/chị xác nhận.`,
    replaceConsent:
      "Người thay thế đã được đơn vị thông báo và đồng ý cung cấp các thông tin trên cho Bộ để triển khai HTTT GQTTHC (theo Luật Bảo vệ dữ liệu cá nhân) chưa?",
    replaceConsentYes: "Đã đồng ý",
    replaceConsentNo: "Chưa",
    replaceDeclined:
      "Chưa lưu gì. Anh/chị có thể gỡ đăng ký cũ (/dangky_xoa) để người thay thế tự đăng ký và tự xác nhận đồng ý.",
    replaceSummary: (oldLine: string, c: CardFields) =>
      ["Thay cho:", oldLine, "Người thay thế:", card(c), "Thông tin đã đúng chưa ạ?"].join("\n\n"),
    replaced: (id: number) => `Đã thay người đầu mối cho đăng ký #${id} và ghi nhật ký.`,
    replacedNotice: (unit: string) =>
      `Bộ đã thay người đầu mối của ${unit} theo đề nghị của đơn vị; đăng ký và dữ liệu cá nhân của anh/chị đã được xoá khỏi danh sách. Nếu có nhầm lẫn, anh/chị vui lòng liên hệ cán bộ hỗ trợ của Bộ.`,
    replaceGone: "Đăng ký cần thay không còn trong danh sách (có thể đã bị gỡ). Chưa lưu gì.",

    codes: {
      none: "Mọi đăng ký xã, phường, đặc khu đều đã khớp với danh sách đơn vị hành chính. Không cần chuẩn hoá gì.",
      header: (n: number, shown: number) =>
        `${n} đăng ký xã, phường, đặc khu chưa khớp danh sách đơn vị hành chính${shown < n ? ` (dưới đây ${shown} đăng ký đầu; xử lý xong gõ lại /dangky_chuanhoa để xem tiếp)` : ""}.\nBấm đơn vị đúng để xác nhận; hoặc gõ /dangky_chuanhoa <mã đăng ký> <tên đúng>. Đăng ký trùng đơn vị có thể gỡ bằng /dangky_xoa <mã>.`,
      item: (id: number, province: string, typed: string, reason: string, elsewhere: string[]) =>
        `#${id} ${province}: “${typed}” — ${reason}.${elsewhere.length ? ` Tên này có ở: ${elsewhere.join(", ")}.` : ""}`,
      reasons: {
        stale: "đơn vị không còn trong danh sách mới",
        unknown: "không tìm thấy trong danh sách của tỉnh",
        several: "có nhiều đơn vị gần giống",
        likely: "gần giống đơn vị dưới đây, cần xác nhận",
        taken: "đơn vị này đã có một đăng ký khác (có thể trùng)",
      } as Record<string, string>,
      pickLabel: (id: number, unit: string) => `#${id} là ${unit}`,
      pickFor: (id: number, typed: string) => `Chọn đơn vị đúng cho đăng ký #${id} (“${typed}”):`,
      fixed: (id: number, unit: string, code: string, left: number) =>
        `Đã ghi đăng ký #${id} là ${unit} (mã ${code}).${left ? ` Còn ${left} đăng ký cần xem: /dangky_chuanhoa.` : " Không còn đăng ký nào cần chuẩn hoá."}`,
      taken: (unit: string, holder: number) =>
        `${unit} đã có đăng ký #${holder}. Nếu hai đăng ký trùng đơn vị, anh/chị gỡ một đăng ký bằng /dangky_xoa <mã> rồi xác nhận lại.`,
      wrongProvince: (unit: string, province: string) => `${unit} thuộc ${province}, không cùng tỉnh với đăng ký này. Chưa thay đổi gì.`,
      noMatch: (typed: string, province: string) =>
        `Không tìm thấy “${typed}” trong danh sách đơn vị của ${province}. Anh/chị kiểm tra lại tên rồi gõ lại.`,
      usage: "Cú pháp: /dangky_chuanhoa để xem các đăng ký cần chuẩn hoá, hoặc /dangky_chuanhoa <mã đăng ký> <tên xã, phường, đặc khu>.",
      notCommune: (id: number) => `Đăng ký #${id} không phải của xã, phường, đặc khu.`,
    },
  },

  cli: {
    usage: "Cách dùng: npm run roster:export -- --out danh-sach.xlsx   (đuôi .csv để xuất CSV)",
    done: (n: number, missing: number, files: string[]) =>
      `Đã xuất ${n} đăng ký và ${num(missing)} đơn vị chưa đăng ký (kèm mã) ra ${files.join(", ")}`,
    missingSuffix: "chua-dang-ky",
    reference: {
      usage: "Cách dùng: npm run reference:update -- TỆP.json [--dry-run]   (danh sách đơn vị cấp xã cùng cấu trúc với src/reference/communes.json)",
      invalid: (problems: string[]) => `Tệp danh sách không hợp lệ, chưa thay đổi gì:\n${problems.map((p) => `• ${p}`).join("\n")}`,
      failed: (msg: string) => `Không cập nhật được danh sách đơn vị: ${msg}`,
      summary: (before: number, after: number, added: number, removed: number, renamed: number) =>
        `Danh sách đơn vị cấp xã: ${num(before)} → ${num(after)} đơn vị; thêm ${added}, bỏ ${removed}, đổi tên ${renamed}.`,
      removedLine: (code: string, name: string, province: string) => `  - bỏ: ${code} ${name} (${province})`,
      renamedLine: (code: string, before: string, after: string) => `  ~ đổi tên: ${code} ${before} → ${after}`,
      addedLine: (code: string, name: string, province: string) => `  + thêm: ${code} ${name} (${province})`,
      affectedTitle: (n: number) =>
        `${n} đăng ký đang trỏ tới đơn vị không còn trong danh sách. Sau khi khởi động lại bot, quản trị viên dùng /dangky_chuanhoa để chọn đơn vị mới:`,
      affectedLine: (id: number, province: string, unit: string, code: string) => `  #${id} ${province} — ${unit} (mã cũ ${code})`,
      relabelled: (n: number) => `Đã cập nhật tên đơn vị mới cho ${n} đăng ký.`,
      dryRun: "Chạy thử (--dry-run): chưa ghi gì.",
      written: "Đã ghi src/reference/communes.json. Khởi động lại bot để dùng danh sách mới.",
    },
    failed: (msg: string) => `Không xuất được danh sách: ${msg}`,
  },
} as const;

function registrationExample(kind: string): string {
  return registration.communeExample[kind] ?? "Tân An";
}
