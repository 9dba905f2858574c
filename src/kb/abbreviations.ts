// Abbreviations officers and letters use. A dictionary covers the common ones; the rest are mined
// from the documents themselves: an all-capitals token is matched, letter by letter, against the
// initials of consecutive syllables ("CĐSVHTTDL" → "chuyển đổi số văn hóa thể thao và du lịch").
import { syllables } from "./normalize.js";

/** Keys are folded, without spaces or "&". None of them is a Vietnamese syllable. */
const DICTIONARY: Record<string, string> = {
  tthc: "thủ tục hành chính",
  gqtthc: "giải quyết thủ tục hành chính",
  httt: "hệ thống thông tin",
  qlvb: "quản lý văn bản",
  qlvbdh: "quản lý văn bản điều hành",
  vhttdl: "văn hóa thể thao và du lịch",
  bvhttdl: "bộ văn hóa thể thao và du lịch",
  vhtt: "văn hóa và thể thao",
  khcn: "khoa học và công nghệ",
  bkhcn: "bộ khoa học và công nghệ",
  skhcn: "sở khoa học và công nghệ",
  cds: "chuyển đổi số",
  cdsqg: "chuyển đổi số quốc gia",
  ttcds: "trung tâm chuyển đổi số",
  // In chat "TT" before a unit's name is a centre ("TT CĐS", "TT PVHCC"); mined from the letters it
  // would be their commonest "t… t…" run, "thủ tục".
  tt: "trung tâm",
  ubnd: "ủy ban nhân dân",
  // "UB TP", "VP UB", "UB xã": the committee, in chat.
  ub: "ủy ban",
  hdnd: "hội đồng nhân dân",
  dvc: "dịch vụ công",
  dvcqg: "dịch vụ công quốc gia",
  cntt: "công nghệ thông tin",
  // "Phòng CN và nền tảng số", "KH&CN": technology.
  cn: "công nghệ",
  attt: "an toàn thông tin",
  csdl: "cơ sở dữ liệu",
  hcc: "hành chính công",
  // "Dân, DN": businesses.
  dn: "doanh nghiệp",
  tp: "thành phố",
  tphcm: "thành phố hồ chí minh",
  hcm: "hồ chí minh",
  vpcp: "văn phòng chính phủ",
  vpub: "văn phòng ủy ban",
  bca: "bộ công an",
  ttg: "thủ tướng",
  qd: "quyết định",
  cv: "công văn",
  vb: "văn bản",
  kh: "kế hoạch",
  hd: "hướng dẫn",
  sdt: "số điện thoại",
  dt: "điện thoại",
  cb: "cán bộ",
  cbcc: "cán bộ công chức",
  cbccvc: "cán bộ công chức viên chức",
  dvhc: "đơn vị hành chính",
  pl: "phụ lục",
  tw: "trung ương",
  bcd: "ban chỉ đạo",
  kstt: "kiểm soát thủ tục",
  cq: "cơ quan",
  hs: "hồ sơ",
  ds: "danh sách",
  dsach: "danh sách",
  sl: "số lượng",
  kq: "kết quả",
  vh: "văn hóa",
  // "Sở DL" (the letters' "Sở VH TTDL-VHTT-DL"): tourism.
  dl: "du lịch",
  hdsd: "hướng dẫn sử dụng",
  gd: "giám đốc",
  pgd: "phó giám đốc",
  // A signature's prefix ("TL. BỘ TRƯỞNG"): signed by order of. ("KT." is left out: in chat "kt" is
  // "kỹ thuật".)
  tl: "thừa lệnh",
  // "HD KT" (hướng dẫn kiến trúc): "kt" after "HD" is read as this key (chat-wording.ts CHAT_SPELLINGS_AFTER).
  ktruc: "kiến trúc",
  tuq: "thừa ủy quyền",
  // Chat shorthand of offices and roles ("LĐ Sở hỏi", "gửi thẳng VP Bộ", "PCT nào ký").
  ld: "lãnh đạo",
  vp: "văn phòng",
  pct: "phó chủ tịch",
  nv: "nhiệm vụ",
  tb: "thông báo",
  tg: "thời gian",
  kl: "kết luận",
  // "Đăng ký tk", "tk/mk": an account; mined from the letters it would be "triển khai".
  tk: "tài khoản",
};

export type Expansions = ReadonlyMap<string, readonly string[]>;

export const DICTIONARY_EXPANSIONS: Expansions = new Map(
  Object.entries(DICTIONARY).map(([key, phrase]) => [key, syllables(phrase)]),
);

/** All-capitals tokens of a text (before folding), folded: the acronym candidates it defines or uses. */
export function capitalTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\d])[A-ZĐ](?:[A-ZĐ]|&(?=[A-ZĐ]))+(?![\p{L}\d])/gu)) {
    const key = syllables(m[0]).join("");
    if (key.length >= 3) out.push(key);
  }
  return out;
}

const AND = "va";

/**
 * Finds the syllable runs whose initials spell an acronym. "và" may be skipped, as acronyms drop it
 * (VHTTDL = Văn hóa, Thể thao và Du lịch). Built once per index over every passage, and kept
 * compact: the texts' syllables as ids of distinct syllables in one typed array, their initials in
 * one string (texts apart by a separator no key contains).
 */
export class AcronymMiner {
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Every text's syllables, one after another, as ids into `names`. */
  private sylls = new Int32Array(1 << 14);
  private syllCount = 0;
  /** Where each text starts in `sylls` (one more entry: the end). */
  private readonly starts: number[] = [0];
  /** Initials of all texts without "và", "|" between texts; `at` gives each one's place in `sylls`. */
  private readonly letters: string;
  private readonly at: Int32Array;
  private readonly cache = new Map<string, readonly string[] | null>();

  constructor(texts: Iterable<readonly string[]>) {
    const letters: string[] = [];
    const at: number[] = [];
    for (const text of texts) {
      for (const s of text) {
        let id = this.ids.get(s);
        if (id === undefined) {
          id = this.names.length;
          this.ids.set(s, id);
          this.names.push(s);
        }
        if (this.syllCount === this.sylls.length) {
          const grown = new Int32Array(this.sylls.length * 2);
          grown.set(this.sylls);
          this.sylls = grown;
        }
        if (s !== AND) {
          letters.push(s[0]!);
          at.push(this.syllCount);
        }
        this.sylls[this.syllCount++] = id;
      }
      this.starts.push(this.syllCount);
      letters.push("|");
      at.push(-1);
    }
    this.letters = letters.join("");
    this.at = Int32Array.from(at);
    this.sylls = this.sylls.slice(0, this.syllCount);
  }

  /** Whether the text holding syllable position `pos` also holds the syllable `id`. */
  private textHas(pos: number, id: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    for (let k = this.starts[lo]!; k < this.starts[lo + 1]!; k++) if (this.sylls[k] === id) return true;
    return false;
  }

  /** The syllables of the `i`-th text, as given. */
  syllablesOf(i: number): string[] {
    const out: string[] = [];
    for (let k = this.starts[i]!; k < this.starts[i + 1]!; k++) out.push(this.names[this.sylls[k]!]!);
    return out;
  }

  /** The most frequent run spelling `key`, or undefined when none (or too few) exist. */
  resolve(key: string): readonly string[] | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const counts = new Map<string, number>();
    const { letters, at } = this;
    const keyId = this.ids.get(key);
    for (let from = letters.indexOf(key); from >= 0; from = letters.indexOf(key, from + 1)) {
      const run: string[] = [];
      for (let k = at[from]!; k <= at[from + key.length - 1]!; k++) run.push(this.names[this.sylls[k]!]!);
      // The acronym itself, or a run of other acronyms, is not an expansion.
      if (run.some((s) => s === key || s.length === 1)) continue;
      const phrase = run.join(" ");
      // A run in the very text that uses the acronym ("35-TB/TGV … của Tổ giúp việc") counts twice:
      // letters name a body in full where they cite it by its acronym.
      const weight = keyId !== undefined && this.textHas(at[from]!, keyId) ? 2 : 1;
      counts.set(phrase, (counts.get(phrase) ?? 0) + weight);
    }
    let best: string | undefined;
    let bestCount = 0;
    for (const [phrase, count] of counts) {
      if (count > bestCount) {
        best = phrase;
        bestCount = count;
      }
    }
    // Three letters match by chance more often than long acronyms do.
    const needed = key.length <= 3 ? 2 : 1;
    const result = best !== undefined && bestCount >= needed ? best.split(" ") : null;
    this.cache.set(key, result);
    return result ?? undefined;
  }
}
