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
  ubnd: "ủy ban nhân dân",
  hdnd: "hội đồng nhân dân",
  dvc: "dịch vụ công",
  dvcqg: "dịch vụ công quốc gia",
  cntt: "công nghệ thông tin",
  attt: "an toàn thông tin",
  csdl: "cơ sở dữ liệu",
  hcc: "hành chính công",
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
  vh: "văn hóa",
  hdsd: "hướng dẫn sử dụng",
  gd: "giám đốc",
  pgd: "phó giám đốc",
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
 * (VHTTDL = Văn hóa, Thể thao và Du lịch). Built once per index over every passage.
 */
export class AcronymMiner {
  /** Per text: initials of its syllables without "và", and where each initial came from. */
  private readonly initials: { letters: string; at: number[]; sylls: readonly string[] }[] = [];
  private readonly cache = new Map<string, readonly string[] | null>();

  constructor(texts: Iterable<readonly string[]>) {
    for (const sylls of texts) {
      let letters = "";
      const at: number[] = [];
      sylls.forEach((s, i) => {
        if (s === AND) return;
        letters += s[0];
        at.push(i);
      });
      this.initials.push({ letters, at, sylls });
    }
  }

  /** The most frequent run spelling `key`, or undefined when none (or too few) exist. */
  resolve(key: string): readonly string[] | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const counts = new Map<string, number>();
    for (const { letters, at, sylls } of this.initials) {
      for (let from = letters.indexOf(key); from >= 0; from = letters.indexOf(key, from + 1)) {
        const run = sylls.slice(at[from]!, at[from + key.length - 1]! + 1);
        // The acronym itself, or a run of other acronyms, is not an expansion.
        if (run.some((s) => s === key || s.length === 1)) continue;
        const phrase = run.join(" ");
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
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
