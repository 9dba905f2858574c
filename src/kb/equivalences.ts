// Everyday wording officers type, and the administrative wording the letters use for the same
// thing: "cử mấy người" ~ "bố trí … cán bộ", "hệ thống chạy" ~ "hệ thống vận hành", "gặp khó khăn
// thì liên hệ ai" ~ "vướng mắc … phản ánh về". Like the abbreviation dictionary this is general
// knowledge of administrative Vietnamese, not of particular letters or questions. It is applied on
// the query side only: an equivalent is searched with a lower weight than what was typed, and in
// the confidence it covers the typed words at a discount (see TUNING.equivalents).
import { mayBe, nfc, pair, syllables } from "./normalize.js";

/**
 * Each row: ways of saying it (as typed in chat, and the letters' own variants) → the wordings
 * letters use. Keys are matched on folded syllables, longest first; a wording that is also a key
 * gets the row's other wordings.
 */
const ROWS: [string[], string[]][] = [
  // Staffing: who is assigned.
  [["cử", "cắt cử", "phân công", "chọn cử"], ["bố trí", "cử", "phân công"]],
  [["người", "nhân sự", "nhân viên"], ["cán bộ"]],
  [["lo", "lo mảng", "phụ trách", "quản lý mảng", "chịu trách nhiệm", "đảm nhiệm", "đảm nhận"], ["phụ trách", "chủ trì", "đầu mối"]],
  // Operation of a system.
  [["chạy", "chạy thật", "hoạt động", "đi vào hoạt động", "chạy chính thức", "vận hành"], ["vận hành", "đưa vào vận hành"]],
  [["dùng", "xài", "sử dụng"], ["sử dụng", "vận hành"]],
  [["phần mềm", "ứng dụng", "app", "hệ thống"], ["hệ thống"]],
  [["nối", "đấu nối", "kết nối", "liên thông", "tích hợp"], ["tích hợp", "kết nối", "liên thông"]],
  // Problems and whom to tell.
  [["gặp khó khăn", "gặp vướng mắc", "khó khăn", "vướng mắc"], ["khó khăn", "vướng mắc", "phát sinh khó khăn"]],
  [["trục trặc", "sự cố", "lỗi", "bị lỗi", "gặp lỗi", "vấn đề", "gặp vấn đề"], ["khó khăn", "vướng mắc"]],
  [["liên hệ", "liên lạc", "hỏi", "báo", "báo lên", "kêu"], ["phản ánh", "đầu mối", "hỗ trợ", "báo cáo"]],
  [["góp ý", "ý kiến", "phản hồi", "kiến nghị"], ["ý kiến", "phản hồi", "phản ánh", "góp ý"]],
  [["gọi", "gọi điện", "hotline", "tổng đài", "số máy"], ["điện thoại", "tổng đài"]],
  // Deadlines and dates.
  [["hạn", "hạn chót", "hạn cuối", "deadline", "chậm nhất", "thời hạn"], ["trước ngày", "chậm nhất", "thời hạn"]],
  [["mở", "khai giảng", "bắt đầu"], ["bắt đầu", "tổ chức"]],
  // Training.
  [["lớp", "lớp học", "học", "dạy", "đào tạo", "tập huấn"], ["tập huấn", "đào tạo", "hướng dẫn sử dụng"]],
  [["mở lớp", "tổ chức lớp"], ["tổ chức", "tập huấn"]],
  // Documents and where things are.
  [["công văn", "văn bản", "giấy tờ"], ["công văn", "văn bản"]],
  [["sửa", "sửa lỗi", "sửa đổi", "sửa lại"], ["đính chính", "điều chỉnh"]],
  [["đưa lên", "đăng", "up", "tải lên", "đăng lên"], ["đăng tải"]],
  [["trang", "trang web", "website", "web", "link", "đường link"], ["cổng thông tin điện tử", "địa chỉ", "cổng"]],
  [["file", "tài liệu"], ["tài liệu"]],
  [["mẫu", "form", "biểu mẫu"], ["biểu mẫu", "mẫu"]],
  [["xem", "nằm ở", "để ở", "ghi ở"], ["chi tiết tại", "kèm theo", "đính kèm"]],
  [["đầy đủ", "cụ thể", "chi tiết"], ["chi tiết"]],
  [["nộp", "gửi", "gửi lên", "nộp lên"], ["gửi", "gửi về", "nộp"]],
  // Tasks.
  [["việc", "công việc", "trách nhiệm", "nhiệm vụ"], ["nhiệm vụ"]],
  [["đứng tên", "người ký", "ký"], ["ký", "người ký"]],
  [["bảo mật", "an ninh mạng", "an toàn dữ liệu"], ["an toàn thông tin", "an ninh"]],
  [["kiểm tra", "giám sát", "theo dõi", "đôn đốc"], ["theo dõi", "giám sát", "đôn đốc"]],
];

interface Entry {
  /** The key as written (lower case, marks kept), per accented spelling that folds to it. */
  spellings: string[][];
  phrases: (readonly string[])[];
}

export type Equivalents = ReadonlyMap<string, Entry>;

function build(): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [keys, targets] of ROWS) {
    const t = targets.map((p) => syllables(p));
    for (const k of keys) {
      const key = syllables(k).join(" ");
      const entry = out.get(key) ?? { spellings: [], phrases: [] };
      entry.spellings.push(nfc(k).toLowerCase().split(" "));
      for (const phrase of t) {
        const joined = phrase.join(" ");
        if (joined === key || entry.phrases.some((p) => p.join(" ") === joined)) continue;
        entry.phrases.push(phrase);
      }
      out.set(key, entry);
    }
  }
  return out;
}

/** Folded key phrase (syllables joined by spaces) → its spellings and equivalent wordings (folded). */
export const EQUIVALENTS: Equivalents = build();

/** Longest key, in syllables. */
export const MAX_KEY_SYLLABLES = Math.max(...[...EQUIVALENTS.keys()].map((k) => k.split(" ").length));

export interface EquivalentSpan {
  from: number;
  /** Exclusive. */
  to: number;
  phrases: readonly (readonly string[])[];
}

/**
 * Non-overlapping spans of the query that have equivalents, longest match first, left to right.
 * Where the typed words form a compound the letters use with a neighbour ("khoa học", "báo cáo",
 * "về việc"), they are that compound, not the everyday word: an equivalent is kept only if it
 * forms a compound with that neighbour too ("cử cán bộ" → "bố trí cán bộ" stays).
 */
export function equivalentSpans(
  sylls: readonly string[],
  typed: readonly (string | undefined)[],
  knows: (token: string) => boolean,
  skip: (i: number) => boolean = () => false,
): EquivalentSpan[] {
  const out: EquivalentSpan[] = [];
  for (let i = 0; i < sylls.length; ) {
    let found: EquivalentSpan | undefined;
    for (let n = Math.min(MAX_KEY_SYLLABLES, sylls.length - i); n >= 1 && !found; n--) {
      let skipped = false;
      for (let k = i; k < i + n; k++) skipped ||= skip(k);
      if (skipped) continue;
      const entry = EQUIVALENTS.get(sylls.slice(i, i + n).join(" "));
      // "Nội vụ" is not "nối": a word typed with its marks must be the key's word.
      if (!entry || !entry.spellings.some((sp) => sp.every((w, k) => mayBe(typed[i + k], w)))) continue;
      let phrases: readonly (readonly string[])[] = entry.phrases;
      const prev = i > 0 && !skip(i - 1) ? sylls[i - 1] : undefined;
      const next = i + n < sylls.length && !skip(i + n) ? sylls[i + n] : undefined;
      if (prev !== undefined && knows(pair(prev, sylls[i]!))) phrases = phrases.filter((p) => knows(pair(prev, p[0]!)));
      if (next !== undefined && knows(pair(sylls[i + n - 1]!, next))) phrases = phrases.filter((p) => knows(pair(p[p.length - 1]!, next)));
      if (phrases.length) found = { from: i, to: i + n, phrases };
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}
