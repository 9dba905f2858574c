// The search index: passages and FAQ entries tokenised the same way as queries (folded
// syllables, syllable pairs, abbreviation expansions), a BM25 engine, and the query analysis that
// resolves abbreviations and corrects unknown syllables against the index vocabulary.
import { TUNING } from "./tuning.js";
import { AcronymMiner, capitalTokens, DICTIONARY_EXPANSIONS } from "./abbreviations.js";
import { fieldCounts, IntList, OwnEngineBuilder, type Bm25Engine, type EngineFactory, type FieldTokens } from "./bm25.js";
import { equivalentSpans, type EquivalentSpan } from "./equivalences.js";
import { readSpoken } from "./spoken.js";
import { weighChatWords } from "./chat-weights.js";
import { markMissCosts } from "./miss-costs.js";
import { unwrapRelayed } from "./relay.js";
import { CLOSING_PARTICLES, FUNCTION_WORDS, HEAD_OFFICES, focusRuns, provinceEnds, typedAs, nameRuns, numberRuns, organisationRuns, phraseMember, provinceRuns, phraseStart, titlesAsked, typedProvinceSyllables, unnumberedRound, NUMBER_WORDS, type TitleAsked } from "./focus.js";
import { CHAT_ACRONYMS, CHAT_SHORTHANDS, CHAT_SPELLINGS, CHAT_SPELLINGS_AFTER, QUESTION_PHRASES, QUESTION_WORDS, TYPED_FRAME_WORDS } from "./chat-wording.js";
import { accentKey, accentedSyllables, clauseIndexes, hasMarks, questionMarked, quotedIndexes, sentenceStarts, nfc, isPossibleSyllable, looksLikeAcronym, pair, stripMarks, syllables, TONE_MARK, tokensOf, typedSyllables, writtenForm } from "./normalize.js";
import type { LetterPart } from "./letter.js";
import { topicRuns } from "./topics.js";
import type { KbDocument, KbDocumentMeta, KbFaq } from "./types.js";
import { telexMarked, vniMarked } from "../text.js";

export interface IndexedPassage {
  id: number;
  doc: KbDocumentMeta;
  ordinal: number;
  heading?: string;
  text: string;
}

export interface TokenLookup {
  /** Folded tokens (syllables, pairs, expansions). */
  has(token: string): boolean;
  /** Accent keys of syllables and pairs as written (see `accentKey`); absent: accents unchecked. */
  hasAccented?(token: string): boolean;
}

export interface IndexedFaq {
  faq: KbFaq;
  /** Each phrasing of the question: its weighted tokens, and its tokens with the answer's. */
  questions: { weighted: [string, number][]; total: number; withAnswer: Set<string> }[];
}

export type TermStatus = "known" | "expanded" | "corrected" | "guessed" | "unknown" | "question";

/** One syllable of the question, as resolved against the index. */
export interface QueryTerm {
  surface: string;
  /** What the term stands for in the index: itself, its correction, or its expansion. */
  resolved: readonly string[];
  status: TermStatus;
  weight: number;
  /** Wordings the letters use for what the typed words say ("cử" → "bố trí"): partial evidence. */
  equivalents?: readonly (readonly string[])[];
  /** `equivalents` without those the letters say nearly everywhere (`isGeneric`), when there are such. */
  focusEquivalents?: readonly (readonly string[])[];
  /**
   * The word as typed (`accentKey`), when the typing tells which of the words that fold alike was
   * meant: typed with marks, or without marks in a question otherwise typed with them.
   */
  accent?: string;
  /**
   * The kind of fact the word itself names, when the question asks for it ("mốc" → a date): a
   * passage that states such a fact covers the word, whatever words it uses.
   */
  namesKind?: AnswerKind;
  /** In a clause that asks nothing ("bên em là phường mới sáp nhập, …"): context, weighed less. */
  context?: boolean;
  /** Share of its weight that leaving the word unsaid costs, when the sets show it (miss-costs.ts). */
  missCost?: number;
  /**
   * An alternative offered after "hay" ("hàng tháng hay hàng quý"): weighed as context, but still
   * part of what is asked when telling the kind of answer (a frequency).
   */
  offered?: boolean;
}

export interface QueryPair {
  /** Index of the pair's left term in `QueryAnalysis.terms`. */
  left: number;
  /** Any of these tokens in a passage satisfies the pair. */
  alternatives: string[];
  weight: number;
  /** Through equivalents: a passage with all tokens of one of these covers the pair, at a discount. */
  loose?: (readonly string[])[];
  /** The pair as typed, when both its words are (see `QueryTerm.accent`). */
  accent?: string;
  /**
   * Whether a focus run holding both words asks a passage for the pair too: when the letters use
   * it (a compound), or when one of its words is not the letters' (the pair is then evidence that
   * no letter speaks of it). Two words of the letters that they never write side by side ("6247
   * ký", "công văn 39 ngày") are two words of the question, not a compound to find.
   */
  binds: boolean;
  /** Share of its weight that leaving the pair unsaid costs, when the sets show it (miss-costs.ts). */
  missCost?: number;
}

/**
 * What kind of fact a question asks for: a date or deadline, a time of day, a number or quota, a person or role, a
 * phone number, an email address, a place (where to look or send), a unit (which office), a document number, a
 * channel or method, a reason or purpose; and a task (what someone has to do).
 */
export type AnswerKind = "date" | "time" | "frequency" | "duration" | "count" | "phone" | "email" | "person" | "place" | "unit" | "docnumber" | "link" | "channel" | "reason" | "task" | "sanction" | "role" | "address" | "aftermath";

export interface QueryAnalysis {
  text: string;
  terms: QueryTerm[];
  /** Pairs of adjacent content terms, with weights: they carry word order and compounds. */
  pairs: QueryPair[];
  /** Tokens sent to BM25. */
  tokens: Map<string, number>;
  /** Those of `tokens` that come only from equivalents of the typed words. */
  equivalentTokens: Set<string>;
  /** What kind of answer the wording asks for ("ngày nào" → date). */
  kinds: Set<AnswerKind>;
  /**
   * Kinds the question insists on ("số điện thoại", "tên là gì", "số hiệu"): a passage without a
   * fact of that kind cannot answer, however well its words match.
   */
  mustHold: Set<AnswerKind>;
  /**
   * "Khi nào" without "ngày", "hạn", "từ": a time the letters may set by an event ("khi các Bộ,
   * ngành triển khai …") as well as by a date.
   */
  whenByEvent: boolean;
  /**
   * "Còn chạy đến bao giờ", "tới khi nào": until when. The letters bound such a time by an event
   * ("đến khi Văn phòng Chính phủ … hoàn thành"), which answers it as a date would.
   */
  until: boolean;
  /** "Hạn gửi … là ngày nào": a deadline, which the date a cited letter was signed is not. */
  deadline: boolean;
  /**
   * "Theo mọi người … có tốt hơn … không": an opinion or a judgement of worth, which no letter
   * states, however well its words match.
   */
  opinion?: boolean;
  /** "Đã kết nối xong chưa", "tỉnh nào dẫn đầu": how far someone has got, which no letter reports. */
  progress?: boolean;
  /**
   * "Ký ngày nào", "ban hành hôm nào": when a letter was signed, which the letters give as the date
   * after its number ("Quyết định 2618/QĐ-BKHCN ngày 11/09/2025"), seldom with the verb.
   */
  issued?: boolean;
  /** "Ai ký": a signer, whom only a passage naming a person can give (not "Chủ tịch UBND …"). */
  signer: boolean;
  /**
   * "Bộ trưởng … hiện nay là ai": the head's office (folded) whose holder is asked, whom only a
   * passage naming a person right after that title can give.
   */
  headNamed?: string;
  /** "Việc đầu tiên", "làm gì trước tiên": the first of a letter's numbered points is asked for. */
  first: boolean;
  /**
   * "Đoạn cuối công văn đề nghị UBND tỉnh gì", "ở phần kết của hướng dẫn": the closing paragraph of
   * the letter's body, before "Nơi nhận", is asked for.
   */
  closing?: boolean;
  /** "Đính chính nội dung gì", "sửa chỗ nào": what a letter says, not that it exists. */
  asksContent: boolean;
  /**
   * "Phụ lục 01 ghi sao", "phụ lục 04 có những mốc nào": what an appendix says, which the letters
   * only point to ("chi tiết tại phụ lục 01"), never include.
   */
  appendixContent?: boolean;
  /** "Cv này gửi ai", "ai ký", "số hiệu là gì": a part of the letter itself is asked for. */
  letterPart?: LetterPart;
  /** The numbered point of a letter asked for by its number ("mục 4", "điểm 2", "khoản 3"). */
  pointAsked?: string;
  /** "Quyết định 2618 liệt kê những nền tảng nào": the items a letter lists, which citing it does not give. */
  asksItems?: boolean;
  /** "MOOCs là gì": the term whose meaning is asked, when the letters use it in very few passages. */
  defines?: string;
  /**
   * "HTTT viết tắt của gì": the abbreviation whose meaning is asked (folded) and its full form; the
   * passage that spells it out writes it in brackets after that form.
   */
  abbreviation?: { short: string; full: string };
  /** The thing counted in "mấy người", "bao nhiêu phòng", with its equivalents' first syllables. */
  counted?: string[];
  /** Runs of term indices naming what the question is about (focus.ts). */
  focus: number[][];
  /** Runs of term indices typed as proper names (focus.ts): an answer must name them. */
  names: number[][];
  /** Heads' titles asked about, deputy or not (focus.ts): an answer must name them as asked. */
  titles: TitleAsked[];
  /** "Ngoài anh Sơn ra còn ai": the terms of what the officer already has, which the answer is besides. */
  besides?: number[];
}

/** The letter a question names by its subject, and the question's terms that name it. */
export interface NamedLetter {
  slug: string;
  terms: ReadonlySet<number>;
}

export interface SearchHit {
  passage: IndexedPassage;
  score: number;
}

/** What "máy" (machine) forms compounds with ("máy tính", "máy móc", "máy chủ"), folded. */
const MACHINES: ReadonlySet<string> = new Set(["tinh", "moc", "chu", "in", "quet", "photo"]);
/** Verbs before "máy" that pick up the phone ("không ai bắt máy", "nghe máy", "nhấc máy"), folded. */
const PICKING_UP: ReadonlySet<string> = new Set(["bat", "nghe", "nhac"]);

/** The "y" spelling of a syllable ending in "i" after a consonant ("ki" → "ky", "qui" → "quy"). */
function yForm(s: string): string {
  return /^(k|l|m|qu|t|h|s)i$/.test(s) ? `${s.slice(0, -1)}y` : s;
}

/** Question words that northern speech says with the other initial ("lào" nào, "nà" là), as typed. */
const NL_QUESTION_WORDS: ReadonlySet<string> = new Set(["nào", "là", "này", "nữa"]);

/** Last syllables of the kinds of document a number follows ("công văn", "văn bản", "thông báo", "quyết định", "kế hoạch", "tờ trình"). */
export const DOCUMENT_ENDS: ReadonlySet<string> = new Set(["van", "ban", "bao", "dinh", "hoach", "trinh"]);

/** Final consonants merged in southern and central speech ("quảng"/"quản", "lụt"/"lục"). */
const FINAL_VARIANTS: readonly (readonly [string, string])[] = [["ng", "n"], ["n", "ng"], ["t", "c"], ["c", "t"]];

/** A typed syllable's accent key, and that key without its tone mark, and the tone mark ("" for none). */
function toneApart(typed: string): { key: string; base: string; tone: string } {
  const key = accentKey(typed.toLowerCase());
  const tone = TONE_MARK.test(key.slice(-1)) ? key.slice(-1) : "";
  return { key, base: tone ? key.slice(0, -1) : key, tone };
}

/** Southern spellings of the letters' sounds, on a syllable's accent key without its tone: "d" for "v", final "t" for "ch". */
const SOUTHERN_SPELLINGS: readonly (readonly [RegExp, string])[] = [[/^d(?!z)/, "v"], [/t$/, "ch"]];

/** Initial consonants that sound alike in some region and are misspelled for each other ("danh xách"). */
const INITIAL_VARIANTS: readonly (readonly [string, string])[] = [["s", "x"], ["x", "s"], ["ch", "tr"], ["tr", "ch"], ["d", "gi"], ["gi", "d"], ["d", "r"], ["r", "d"], ["gi", "r"], ["r", "gi"]];

/** Initials swapped in syllables that carry no mark of their own ("chung tâm" for "trung tâm"). */
const PLAIN_INITIAL_VARIANTS: readonly (readonly [string, string])[] = [["s", "x"], ["x", "s"], ["ch", "tr"], ["tr", "ch"]];

/** Northern speech swaps initial n and l ("nàm" làm, "lăm" năm). */
const NL_VARIANTS: readonly (readonly [string, string])[] = [["n", "l"], ["l", "n"]];
/** Every initial swap read in a syllable typed with marks. */
const MARKED_INITIAL_VARIANTS: readonly (readonly [string, string])[] = [...INITIAL_VARIANTS, ...NL_VARIANTS];

/** A syllable with its initial n and l swapped ("nịch" → "lịch", "lào" → "nào"). */
function otherNL(s: string): string {
  return (s.startsWith("n") ? "l" : "n") + s.slice(1);
}

/** Words after which "toi" is "tới" (to), not "tôi" (I). */
const TOWARDS: ReadonlySet<string> = new Set(["gui", "sap", "den", "di", "nhac", "noi", "ve"]);



/** Words before "đâu" that ask where to ("về đâu", "qua đâu", "ở đâu", "đăng lên đâu"), wherever it stands. */
const WHERE_TO: ReadonlySet<string> = new Set(["ve", "qua", "o", "tai", "di", "gui", "nop", "len", "xuong", "vao", "dang"]);

/**
 * "Ngoài anh Sơn ra", "ngoài theo dõi quy chuẩn thì …", "ngoài link form thì còn …": the span from
 * "ngoài" to the word that closes it, when there is one within BESIDES_SPAN syllables.
 */
function besidesSpan(sylls: readonly string[], clauses?: readonly number[]): { from: number; to: number } | undefined {
  const from = sylls.indexOf("ngoai");
  if (from < 0) return undefined;
  const word = sylls.findIndex((s, k) => k >= from + 2 && k - from <= BESIDES_SPAN && (s === "ra" || s === "thi" || s === "con"));
  // "Ngoài mấy anh chị lãnh đạo Trung tâm, có chuyên viên nào …": opening a clause, closed by its
  // end (not "em làm ở đặc khu ngoài đảo, …"), when that comes first ("Ngoài UBND tỉnh, công văn
  // … còn gửi …": the letter named after the comma is asked about).
  const opens = clauses?.length === sylls.length && (from === 0 || clauses[from - 1] !== clauses[from]);
  const next = opens ? clauses.findIndex((c, k) => k >= from + 2 && k - from <= BESIDES_SPAN && c !== clauses[from]) : -1;
  const ends = [word, next].filter((k) => k > 0);
  return ends.length ? { from, to: Math.min(...ends) } : undefined;
}

/** Forms of address that close a question after its question word ("… vậy anh", "… ạ chị"). */
// Southern closing particles too: "… vậy ta", "… nghen", "… hén".
const ADDRESS_WORDS: ReadonlySet<string> = new Set(["anh", "chi", "ban", "ad", "admin", "bac", "ac", "chu", "ta", "hen", "nghen"]);

/** "Thì" as typed with its marks (not "thị", "thí"). */
const THI = accentKey("thì");
/** "Bị" as typed with its marks (not "bí", "bì"). */
const BI = accentKey("bị");
const KIEU = accentKey("kiểu");

/** Whom "mấy" makes plural in a form of address ("mấy anh", "mấy bà", "mấy bạn"), folded. */
const PLURAL_ADDRESS: ReadonlySet<string> = new Set(["anh", "chi", "ba", "ong", "ban", "bac", "chu", "co", "em"]);

/** "… vậy mấy anh", "… ai ký dzậy mấy bà": at `i`, a form of address made plural by "mấy" before it. */
function pluralAddress(sylls: readonly string[], i: number): boolean {
  return sylls[i - 1] === "may" && PLURAL_ADDRESS.has(sylls[i]!);
}

/** "Không" and its chat spellings ("ko", "k", "hok"), folded: what ends a yes/no question. */
const YES_NO_WORDS: ReadonlySet<string> = new Set(["khong", "ko", "k", "kg", "khg", "hok"]);

/** Whether the question asks yes or no ("có gửi UBND tỉnh không", "… được hông"), quoting no number. */
function asksYesNo(terms: readonly QueryTerm[]): boolean {
  return terms.some((t) => t.status === "question" && YES_NO_WORDS.has(t.surface)) && !terms.some((t) => /\d/.test(t.surface));
}

/**
 * "Mấy" as "the" before a plural ("chỉ gửi mấy bộ thôi", "mấy sở ngành có phải …") in a yes/no
 * question: it counts nothing. Not "số mấy", "lần mấy", "phụ lục mấy".
 */
function pluralMay(terms: readonly QueryTerm[], i: number): boolean {
  return terms[i]?.surface === "may" && terms[i]!.status === "question" && i + 1 < terms.length && terms[i + 1]!.status !== "question" && !["so", "lan", "luc"].includes(terms[i - 1]?.surface ?? "");
}

/** Most syllables between "ngoài" and "ra" in "ngoài … ra" (besides …). */
const BESIDES_SPAN = 8;

// Southern and chat spellings told apart by their marks (folded they are other words): "hông"
// không, "dzậy" vậy, "ổng" ông, "bển" bên, "vô" vào, "tui" tôi, "coi" (look) xem.
const TYPED_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["hông", "khong"], ["hổng", "khong"], ["dzậy", "vay"], ["dzạ", "vay"], ["dzị", "vay"], ["zậy", "vay"], ["dzay", "vay"], ["dzi", "vay"],
  ["bển", "ben"], ["vô", "vao"], ["dô", "vao"], ["tui", "toi"], ["coi", "xem"], ["nhen", "nhe"], ["đặng", "duoc"],
  // "dậy" vậy, "mần" làm, "bữa (nào, trước)" hôm, ngày.
  ["dậy", "vay"], ["mần", "lam"], ["bữa", "ngay"],
  // Central: "răng" sao, "rứa" vậy, "ni" này, "tê" kia, "hỉ" nhỉ, "chơ" chứ.
  ["răng", "sao"], ["rứa", "vay"], ["ni", "nay"], ["tê", "kia"], ["hỉ", "nhi"], ["chơ", "chu"],
]);

/**
 * Central "chi" (gì), typed without marks by an officer who types them ("chị" would carry its
 * dot); not in "chi phí", "chi trả", "chi tiết", "chi bộ".
 */
const CHI = "chi";
const HONG = "hong";
const MO = "mô";
/** Nouns that "nào" (central "mô") follows: "cơ quan mô", "địa chỉ mô", "chỗ mô", "bộ mô", folded. */
const WHICH_NOUNS: ReadonlySet<string> = new Set(["quan", "vi", "cho", "chi", "noi", "ben", "so", "bo", "tinh", "xa", "phong", "cuc", "trang", "luc", "ngay", "cai", "loai", "phan", "muc", "nganh"]);
/** What may follow a question word closing its phrase: particles, "ở", "để", "thì", "mà", "làm", folded. */
const AFTER_WHICH: ReadonlySet<string> = new Set(["a", "ah", "ha", "rua", "vay", "the", "nhi", "nua", "o", "de", "thi", "ma", "lam", "khong", "ko", "chu", "nhe", "roi"]);
/** Words before central "răng" when it asks (vì răng, ra răng, làm răng, tại răng), folded. */
const RANG_ASKS: ReadonlySet<string> = new Set(["vi", "ra", "lam", "tai"]);
const CHI_COMPOUNDS: ReadonlySet<string> = new Set(["phi", "tra", "tiet", "tieu", "bo", "nhanh", "cuc", "dao", "tien"]);

/**
 * The syllables with chat spellings read as the words they stand for (see CHAT_SPELLINGS and
 * TYPED_SPELLINGS). `typed`: the syllables as typed, one for one, or empty.
 */
function readChatSpellings(sylls: readonly string[], typed: readonly (string | undefined)[], inCompound: (i: number) => boolean): string[] {
  const lined = typed.length === sylls.length;
  const marked = typesMarks(sylls, typed);
  // Typed without marks by one who types none: central words read as they sound.
  const unmarked = !marked && lined;
  return sylls.map((s, i) => {
    const after = CHAT_SPELLINGS_AFTER.get(s);
    if (after) return after[0].has(sylls[i - 1] ?? "") ? after[1] : s;
    const t = lined ? typed[i] : undefined;
    // "Mô hình" is a word of the letters, not "đâu hình".
    const spelling = t !== undefined ? TYPED_SPELLINGS.get(t) : undefined;
    const dialect = spelling !== undefined && !inCompound(i) ? spelling : undefined;
    // Central "mô": "ở mô" is "ở đâu", "đơn vị mô" "đơn vị nào". Typed without marks by one who
    // types none, after a noun that "nào" follows ("cơ quan mo", "địa chỉ mo", "chỗ mo").
    // Closing its phrase, not "các bộ mở thêm …" (open).
    const closesPhrase = i + 1 === sylls.length || AFTER_WHICH.has(sylls[i + 1]!);
    const unmarkedMo = unmarked && s === "mo" && closesPhrase && (WHERE_TO.has(sylls[i - 1] ?? "") || WHICH_NOUNS.has(sylls[i - 1] ?? ""));
    if ((t === MO || unmarkedMo) && !inCompound(i)) return WHERE_TO.has(sylls[i - 1] ?? "") ? "dau" : "nao";
    // Central "rứa" (vậy), "vì răng", "ra răng" (vì sao, ra sao), typed without marks by one who types none.
    if (unmarked && !inCompound(i) && s === "rua") return "vay";
    if (unmarked && !inCompound(i) && s === "rang" && RANG_ASKS.has(sylls[i - 1] ?? "")) return "sao";
    if (t === CHI && marked && !CHI_COMPOUNDS.has(sylls[i + 1] ?? "")) return "gi";
    // Southern "hong" (không) typed without marks; "hồng" keeps its marks.
    if (s === HONG && (t === undefined || !hasMarks(t)) && !inCompound(i)) return "khong";
    // Southern "hỏng biết", "hổng thấy": không; "hỏng" (broken) otherwise.
    if (t === "hỏng" && SEEING.has(sylls[i + 1] ?? "")) return "khong";
    return dialect ?? CHAT_SPELLINGS.get(s) ?? s;
  });
}

const DEADLINE_CUE = /\b(han|han chot|han cuoi|han gui|han nop|deadline|cham nhat|truoc ngay)\b/;
/** "Ký ngày nào", "ban hành khi nào", "ra ngày nào": the date a letter was signed. */
const ISSUED_CUE = /\b(ky|ban hanh|ra) (vao )?(ngay nao|ngay may|hom nao|khi nao|luc nao|bao gio|bh)\b/;
// "Còn bao lâu nữa" (how long from now) is answered by the date the letters set.
const DURATION_CUE = /(\b((?<!\bcon )bao lau|may tieng|bao nhieu tieng|bao nhieu phut)|(?<!\bso )\b(may|bao nhieu) (ngay|tuan|thang|nam))\b(?! (mot|1) lan\b| (nao|may|bao)\b)/;
const LINK_CUE = /(?<!\bngoai )\b(link|duong link|dia chi truy cap|dia chi (trang )?web(site)?)\b/;
const SANCTION_CUE = /\bbi (xu ly|phat|ky luat|phe binh)\b|\b(thi|co|se) bi (sao|gi|j)\b|\b(che tai|xu phat|hinh thuc ky luat|hinh thuc xu ly)\b/;
// "Đầu mối ngày mấy" folds to "… moi ngay may": "mối" is no "mỗi", and "ngày mấy" asks which day.
const FREQUENCY_CUE = /\b((may|bao nhieu) (ngay|tuan|thang|quy|nam) (mot|1) lan|bao lau (mot|1) lan|may lan|bao nhieu lan|tan suat|(hang|moi|theo) (tuan|thang|quy|nam) hay (hang|moi|theo) (tuan|thang|quy|nam)|dinh ky (hang |moi |theo )?(tuan|thang|quy|nam) hay|(?<!\bdau )(hang|moi) (ngay|tuan|thang|quy)(?! (may|nao)\b))\b/;

/**
 * "Địa chỉ Cục CĐSQG ở đâu", "Trung tâm CĐS VHTTDL văn phòng ở đâu", "… địa chỉ ở đâu": a body's street address, folded
 * (not "gửi về địa chỉ nào", which a web form answers).
 */
const ADDRESS_CUE = /\bdia chi (cua )?(cuc|trung tam|tt|bo|so|ubnd|uy ban|van phong|vp)\b|\b(van phong|tru so|dia chi) (o|nam o|dat o) (dau|cho nao)\b/;

/**
 * "Số máy anh ấy", "số đt của chị Lan", "số anh ấy", "gửi số chị Hoàng Lan", "cho xin số anh Hùng": a
 * person's number, folded.
 */
const PERSONS_NUMBER = /\bso (may|dt|di dong|dien thoai)( cua)? (anh|chi|ong|ba|co|chu|dong chi)\b|\bso (cua )?(anh|chi|ong|ba|dong chi) (ay|do|nay)\b|\b(gui|cho|xin) so (anh|chi|ong|ba|dong chi|co|chu|a|c) /;
/** The kinds of letter an officer names before its number ("công văn số", "tờ trình số"), folded. */
const LETTER_KINDS = "cong van|cv|van ban|vb|thong bao|tb|quyet dinh|qd|to trinh|ke hoach";
/** "Công văn số mấy anh": a letter's number asked of someone addressed, folded. */
const LETTER_NUMBER_ADDRESSED = new RegExp(`\\b(${LETTER_KINDS}) so may (anh|chi|a|c|ong|ba)\\b`);
/** A letter's number asked for, by the letter's kind before "số" or by "số hiệu", "ký hiệu" (folded). */
const LETTER_NUMBER_ASKED = new RegExp(`\\b(${LETTER_KINDS}) so\\b|\\b(so hieu|ky hieu)\\b`);

/** Where in a letter: its closing paragraph ("đoạn cuối", "phần kết", "cuối công văn"), folded. */
const CLOSING_CUE = /\b(doan|phan) (cuoi|ket)\b|\bcuoi (cai |ban |cua )?(cong van|van ban|cv|vb|ke hoach|huong dan|hd)\b|\bphan ket luan\b/;
/** Parts near a letter's end that are not its closing paragraph: where copies are kept ("dòng Lưu", not "lưu ý"). */
const NOT_CLOSING = /\bluu\b(?! y\b)|\b(noi nhan|nguoi ky|ky ten)\b/;
/** Words placing something in a letter ("đoạn cuối", "phần kết"), folded. */
const POSITION_WORDS: ReadonlySet<string> = new Set(["doan", "phan", "cuoi", "ket"]);

/** After a date (folded, "sau 1/3/2026", "quá 16/01", "sau ngày 19/1"): what happens then. */
const AFTERMATH_CUE = /\b(sau|qua|tre) (ngay |moc |han )?\d{1,2}[ /]\d{1,2}\b/;

// Wordings (folded) that ask for each kind. "phụ lục nào" asks where to look, not "lúc nào"; "số
// mấy" asks for a number of a letter (or, folded, a phone: "số máy"), "mấy giờ"/"mấy ngày" a time.
const KIND_CUES: [AnswerKind, RegExp][] = [
  ["date", /\b(ngay nao|ngay may|ngay bao nhieu|hom nao|bua nao|thoi diem nao|thoi diem(?! (nay|hien tai|hien nay|do))|con bao lau|khi nao|chung nao|bao gio|bh|thoi han|han chot|han cuoi|han gui|han nop|deadline|tu ngay|den ngay|thoi gian|bat dau|het han|truoc ngay|thang nao|thang may|moc)\b|(?<!phu )\bluc nao\b|\bngay (ban hanh|ky|ra) (la )?bao nhieu\b/],
  ["time", /\b(may gio|gio nao|khung gio|gio lam viec)\b/],
  // "Mấy tháng một lần", "bao lâu một lần", "mấy lần": how often.
  ["frequency", FREQUENCY_CUE],
  // "Mày mò" (fumble on one's own) is no "mấy".
  ["count", /\b(bao nhieu|may)\b(?! (gio|ngay|thang|nam|mo)\b)|\bso luong\b/],
  ["duration", DURATION_CUE],
  ["link", LINK_CUE],
  ["sanction", SANCTION_CUE],
  ["phone", /\b(dien thoai|sdt|so dt|so may|hotline|tong dai|lien he|lien lac|goi|contact|phone)\b/],
  ["email", /\b(email|e mail|mail|gmail|thu dien tu|hop thu)\b/],
  ["person", /\b(ai|nguoi nao|la ai|nhung ai|dong chi nao|ten gi|ten la gi|chuc vu|chuc danh|ong nao|ba nao|anh nao|chi nao)\b|(?<!\bdon )\bvi nao\b/],
  ["unit", /\b(ai|co quan nao|don vi nao|dau moi nao|so nao|(?<!can )bo nao|trung tam nao|ben nao|cuc nao|noi nao|team nao|bo phan nao|phong nao|nhom nao)\b/],
  ["place", /\b(o dau|cho nao|dia chi|noi nao|trang nao|link|duong dan|phu luc nao|phu luc may|phu luc so may|ve dau|qua dau|(o|tai) (phan|muc|doan) nao)\b/],
  ["docnumber", /\b(so may|so bao nhieu|so hieu|ky hieu|so nao|(cong van|cv|van ban|vb|thong bao|quyet dinh|to trinh) (nao|so))\b/],
  ["channel", /\b(bang cach nao|cach nao|kenh nao|hinh thuc nao|qua dau|bang gi|nhung kenh|phuong thuc nao|lam sao de)\b/],
  ["reason", /\b(tai sao|vi sao|sao phai|sao lai|de lam gi|nham muc dich|muc dich|muc tieu gi|muc tieu la gi|nhung muc tieu|ly do|nham gi|de lam chi|loi gi|loi ich gi|tac dung gi|(gi|dieu gi|cai gi)( da)? khien)\b/],
  ["address", ADDRESS_CUE],
  // "Trung tâm CĐS là cơ quan gì của Bộ", "giữ vai trò gì": what a body is, which a letter says
  // beside its name ("Trung tâm … - cơ quan đầu mối …").
  ["role", /\b(co quan|don vi|to chuc) (gi|nao|chi|j)\b|\bvai tro (gi|nao|chi|j|the nao|ra sao)\b|\bla (gi|j|chi) cua\b/],
  ["task", /(?<!de )\blam gi\b|\b(nhiem vu|trach nhiem) (cu the )?(gi|nao)\b|\blam ro trach nhiem\b|\b(nhiem vu gi|viec gi|phai lam|lam nhung gi|lam nhung viec gi|lam la gi|lo chuyen gi|lam chuyen gi|lo gi|lo nhung gi)\b/],
];

// Wordings that insist on one kind of fact (see `QueryAnalysis.mustHold`). "Thời gian", "bắt đầu"
// and "mốc" only hint at a date (they ask for a date or for what happens then).
const STRICT_CUES: [AnswerKind, RegExp][] = [
  // A body's street address: no letter gives one, however well it names the body.
  ["address", ADDRESS_CUE],
  ["phone", /\b(sdt|so dt|so dien thoai|hotline|so tong dai|so phone)\b/],
  // An email address: a passage without one cannot give it, however well it speaks of the list to send.
  ["email", /\b(email|e mail|mail|gmail|hop thu|thu dien tu)\b/],
  ["person", /\bten (gi|la gi|la)\b|\bho (va )?ten\b/],
  ["docnumber", /(?<!luc )\bso (may|bao nhieu|hieu)\b|\bky hieu\b/],
  // "Mấy giờ" asks for a time of day: a passage without one cannot answer it.
  ["time", /\b(may gio|gio nao)\b/],
  // "Thứ 7 có nghe máy không", "cuối tuần có trực không": a day of the week, which no letter names;
  // only a passage stating a time could answer.
  ["time", /\b(thu ([2-7]|bay)|chu nhat|cuoi tuan|ngay nghi|ngay le)\b/],
  // "Mất bao lâu", "kéo dài bao lâu": a length of time, which a passage without one cannot give.
  ["duration", DURATION_CUE],
  // "Link nhóm Zalo": an address, not a passage that only names the group ("ngoài link form …"
  // asks for something else).
  ["link", LINK_CUE],
  // "Trễ hạn thì bị xử lý sao": a sanction the passage must state.
  ["sanction", SANCTION_CUE],
  // How often: a passage that says no frequency ("định kỳ" alone) cannot answer it.
  ["frequency", FREQUENCY_CUE],
  // "Đến khi nào", "đến bao giờ" are answered by a condition ("đến khi … hoàn thành") as often as by a date.
  ["date", /\b(ngay nao|ngay may|ngay bao nhieu|hom nao|bua nao|thoi han|han chot|han cuoi|han gui|han nop|deadline|truoc ngay)\b|(?<!\b(?:den|toi) )\b(khi nao|chung nao|bao gio|bh)\b|\bngay (ban hanh|ky|ra) (la )?bao nhieu\b/],
];

/** Wordings that ask for a calendar date, not merely a time ("ngày nào", "hạn chót"). */
const DATE_WORDING = /\b(ngay|hom|bua|thang|nam|bao gio|han|deadline|thoi gian|moc)\b/;

// Words that name a kind of fact rather than a topic ("mốc vận hành", "hạn nộp", "hotline của …"):
// letters state the fact itself ("từ 1/3/2026"), seldom the word.
const KIND_WORDS: ReadonlyMap<string, AnswerKind> = new Map([
  ["contact", "phone"], ["phone", "phone"], ["moc", "date"], ["han", "date"], ["ngay", "date"], ["thang", "date"], ["deadline", "date"], ["hotline", "phone"], ["email", "email"], ["mail", "email"],
  // "Chức vụ gì": a title ("Phó Giám đốc") is the answer, seldom the word.
  ["chuc", "person"],
  // "Team nào", "bộ phận nào": a unit the answer names.
  ["team", "unit"],
  // "Link": an address the answer gives.
  ["link", "link"],
  // "Mục đích gì": a purpose ("nhằm …", "để …") is the answer, seldom the word.
  ["muc", "reason"], ["dich", "reason"],
  // "Được lợi gì", "lợi ích gì": a benefit, which the letters state as the purpose ("nhằm …").
  ["loi", "reason"], ["ich", "reason"],
  // "Tg bắt đầu" (thời gian): when, a date the answer gives ("toàn thời gian" typed out is a topic).
  ["tg", "date"],
  // "(Được) giao (làm) gì": a task the answer states.
  ["giao", "task"],
]);

/**
 * Two words that together name a kind of fact, folded: [first, second, kind, whether the first word
 * names it too]. "Chức vụ", "chức danh": a title ("chức" alone already names one); "thời điểm vận
 * hành": a date (the letters never write "thời điểm"); "số lượng nhân sự": a count ("02 cán bộ").
 */
const KIND_COMPOUNDS: readonly (readonly [string, string, AnswerKind, boolean])[] = [
  ["chuc", "vu", "person", false],
  ["chuc", "danh", "person", false],
  ["thoi", "diem", "date", true],
  ["so", "luong", "count", false],
];

/** The kind of fact term `i` names as part of a two-word name (`KIND_COMPOUNDS`), if it does. */
function compoundKind(terms: readonly QueryTerm[], i: number): AnswerKind | undefined {
  const s = terms[i]!.surface;
  for (const [first, second, kind, both] of KIND_COMPOUNDS) {
    if (s === second && terms[i - 1]?.surface === first) return kind;
    if (both && s === first && terms[i + 1]?.surface === second) return kind;
  }
  return undefined;
}

// "Cán bộ liên lạc … là những ai", "người hỗ trợ … là ai": a person asked about is named, not an office.
const PERSON_SUBJECT = /\b(can bo|nguoi|chuyen vien|dong chi|lanh dao)\b.*\bla (nhung )?ai\b/;

/**
 * "Bộ trưởng Bộ KH&CN hiện nay là ai", "ai là giám đốc …", "giám đốc … tên gì": who holds a head's
 * office, folded; up to twelve words between, room for a body's full name ("Bộ trưởng Bộ Văn hóa,
 * Thể thao và Du lịch hiện nay là ai"), none of them "ký" ("KT. chủ tịch UBND TP ký văn bản là ai"
 * asks who signed for the head). A head who asks or wants ("Anh Giám đốc hỏi là ai phụ trách …")
 * passes the question on; he is not its subject.
 */
const OFFICES = [...HEAD_OFFICES.keys()].join("|");
const HEAD_ASKS = "hoi|bao|muon|can|nho|dan|giao|chi dao|yeu cau";
const HEAD_WHO = new RegExp(`(?<!\\bpho )\\b(${OFFICES})\\b(?! (?:${HEAD_ASKS})\\b)(?: (?!ky\\b)[a-z0-9]+){0,12} (?:la ai|ten (?:la )?gi)\\b|\\bai (?:la|lam) (${OFFICES})\\b`);

/** The head's office whose holder the question asks (`QueryAnalysis.headNamed`). */
function headAsked(asked: string): { headNamed?: string } {
  const m = asked.match(HEAD_WHO);
  const title = m?.[1] ?? m?.[2];
  return title ? { headNamed: title } : {};
}

/** "Việc đầu tiên", "trước tiên", "trước hết": the first of the tasks. */
const FIRST_CUE = /\b(dau tien|truoc tien|truoc het)\b/;
// "Ai ký", "người ký", "lãnh đạo nào ký", "bà giám đốc ký … tên gì": a signature names a person,
// never just an office.
const SIGNER_CUE = /\bai ky\b|\bky (la )?ai\b|\bnguoi ky\b|\b(lanh dao|ld|dong chi|thu truong|giam doc|sep) nao ky\b|\bky( [a-z]+){1,8} ten (la )?gi\b/;

/** Words naming a letter as the subject of what is asked ("cv này gửi ai", "hướng dẫn … ký hiệu gì"). */
const LETTER_SUBJECT = /\b(cv|cong van|van ban|vb|huong dan|hd|ke hoach|kh)\b/g;
/** Where a letter is filed: "lưu ở đâu", "bản lưu … đâu", "ký hiệu lưu" (folded). */
const FILED_ASK = /\bluu (o |tai )?(dau|nhung dau|cho nao|nhung bo phan nao|bo phan nao)\b|\bban luu\b|\b(ky hieu|dong) luu\b/;
/** Things an officer sends that are not the letter ("danh sách … gửi ai"): then the letter is not the subject. */
const OTHER_SENT = /\b(danh sach|ds|bao cao|ket qua|ho so|y kien|thong tin|de xuat|phan anh|tai lieu|de nghi)\b/;
/** Whom a letter is sent to: "gửi cho ai", "gửi những/các nơi nào", "gửi UBND tỉnh hay …", "có gửi (cho mấy) sở không". */
const ADDRESSEE_ASK = /\bgui( (cho|toi|den|xuong|len|ve|thang))* (ai|nhung ai|((nhung|cac) )?(noi|don vi|co quan|cap|doi tuong) nao|nhung dau|(ubnd|uy ban|so|bo|xa|phuong|tinh|cac|may)\b.*\b(hay|khong|ko|hong|k)\b)/;
/**
 * "Sở VHTTDL có được nhận cv … không": whether someone receives the letter, asked before naming it;
 * not when who someone is comes first ("Thứ trưởng … là ai, có nhận văn bản này không").
 */
const RECEIVES_ASK = /^(?!.*\b(la ai|ten (la )?gi)\b).*\b(co|duoc|dc) nhan (duoc |dc )?(cv|cong van|van ban|vb|huong dan|hd)\b.*\b(hay|khong|ko|hong|k)\b/;
/** A letter's own number and code ("số hiệu", "ký hiệu", "đuôi"), not one it cites ("đính chính", "căn cứ"). */
const NUMBER_ASK = /\b(so hieu|ky hieu|duoi)\b/;
/** When a letter itself was issued: "ban hành năm nào", "ký ngày nào", "ra năm 2025 hay 2026". */
const OWN_DATE_ASK = /\b(ban hanh|ky|ra|de)( vao| trong)? (nam|ngay) (nao|may|bao nhieu|20\d\d)\b/;
/** Words that speak of a letter another one cites, corrects or acts on, folded. */
const CITING_WORDS = "dinh chinh|can cu|tiep theo|thuc hien|quyet dinh|ket luan|thong bao|tb";
const CITED_LETTER = new RegExp(`\\d|\\b(${CITING_WORDS})\\b`);
/**
 * Asked a number, words that make it another letter's than the one named: one it follows, cites or
 * acts on ("nối tiếp", "dựa vào", "làm theo", "xét đề nghị … tờ trình"), or a part of it ("phụ lục").
 */
export const ANOTHER_LETTER = new RegExp(
  `\\b(${CITING_WORDS}|noi tiep|lam theo|dua (vao|tren|theo)|xet de nghi|qd|to trinh|phu luc|pl|nhac|(duoc|co) dan|de cap|vien dan|dan chieu|ban hanh kien truc|ke hoach (ban chi dao|bcd)|(cong van|cv|van ban|vb) nao|cua (thu tuong|ttg|chinh phu|bo cong an))\\b|\\b(trong|theo) (cv|cong van|van ban|vb)\\b`,
);

/** A letter named before, pointed back to ("văn bản đó", "công văn ấy"), as typed with marks. */
const REFERS_BACK = /(?<![\p{L}])(văn bản|công văn|cv|vb|kế hoạch|kh|quyết định|qđ)\s+(đó|ấy|kia)(?![\p{L}])/iu;

/**
 * The part of a letter outside its body that a question about the letter itself asks for: its
 * addressees, its signature, its number. The letter must be what is asked about: "danh sách gửi
 * ai" asks about the list, and "văn bản đó" a letter `before` cites.
 */
function letterPartAsked(folded: string, signer: boolean, before = ""): LetterPart | undefined {
  if (signer) return "signature";
  if (CITED_LETTER.test(before)) return undefined;
  const subjects = [...folded.matchAll(LETTER_SUBJECT)];
  const sentTo = subjects.some((m) => {
    const after = folded.slice(m.index);
    const ask = after.match(ADDRESSEE_ASK);
    return ask !== null && !OTHER_SENT.test(after.slice(0, ask.index));
  });
  // "Sở em có nằm trong nơi nhận cv … không": the letter's recipients, named by their heading; where
  // it is filed ("cv … lưu ở đâu") is their last line ("Lưu: VT, …").
  if (sentTo || RECEIVES_ASK.test(folded) || (subjects.length && (/\bnoi nhan\b/.test(folded) || FILED_ASK.test(folded)))) return "addressees";
  if (subjects.length && NUMBER_ASK.test(folded) && !CITED_LETTER.test(folded)) return "number";
  // "Hướng dẫn kiến trúc ban hành năm nào, 2025 hay 2026": the letter's own date, under its number.
  return subjects.length && OWN_DATE_ASK.test(folded) && !CITED_LETTER.test(folded.replace(/\b20\d\d\b/g, "")) ? "number" : undefined;
}

/** What every passage of a letter is about: who issued it and its subject. */
function documentContext(doc: KbDocumentMeta): string {
  return `${DOCUMENT_WORDS} ${doc.issuer ? `${doc.issuer} ${doc.title}` : doc.title}`;
}

/**
 * Every passage is part of a document: "ai ký công văn hướng dẫn tích hợp" asks about the letter the
 * signature closes, so words naming the document itself are said by each of its passages.
 */
const DOCUMENT_WORDS = "công văn văn bản";
/** "Công văn", "văn bản" (also typed "cv", "vb"), as pairs. */
const DOCUMENT_PAIRS: ReadonlySet<string> = new Set([pair("cong", "van"), pair("van", "ban")]);
/**
 * The syllables that may name a letter, each with its term's index: what was resolved (a guess as
 * typed), question words left out; `counts` picks the terms read.
 */
function namingSyllables(terms: readonly QueryTerm[], counts: (t: QueryTerm) => boolean = () => true): [string, number][] {
  return terms.flatMap((t, i) => (t.status === "question" || !counts(t) ? [] : (t.status === "guessed" ? [t.surface] : t.resolved).map((s): [string, number] => [s, i])));
}

/** Verbs of citing a letter ("căn cứ", "dẫn", "thực hiện (theo)", "trích"), folded. */
const CITING: ReadonlySet<string> = new Set(["cu", "dan", "hien", "theo", "trich", "vao"]);
/** Words for a letter between a citing verb and its subject ("căn cứ cv …", "căn cứ vào văn bản …"), folded. */
const LETTER_NOUNS: ReadonlySet<string> = new Set(["cv", "cong", "van", "ban", "vb", "vao", "lai"]);

/** Whether the letter named from term `i` on follows a verb citing it ("căn cứ (vào) cv …"). */
function citedAt(terms: readonly QueryTerm[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && LETTER_NOUNS.has(terms[k]!.surface) && k > i - 4) k--;
  const verb = terms[k]?.surface ?? "";
  return CITING.has(verb) && (verb !== "cu" || terms[k - 1]?.surface === "can") && (verb !== "hien" || terms[k - 1]?.surface === "thuc") && (verb !== "dan" || terms[k - 1]?.surface !== "huong");
}

/** How many words of one issuer only name its letter ("thành phố", "trung tâm"). */
const ISSUER_WORDS = 2;
/** Kinds of document a letter's subject may open with ("Hướng dẫn …", "Kế hoạch …"), as pairs. */
const DOCUMENT_KINDS: ReadonlySet<string> = new Set([pair("huong", "dan"), pair("ke", "hoach")]);

/**
 * Syllables of question words and phrases, folded: Telex left in them ("soos maays", "ngayf naof",
 * "laf gif") reads as the question word even where the letters never write it.
 */
const QUESTION_SYLLABLES: ReadonlySet<string> = new Set([...QUESTION_WORDS, ...QUESTION_PHRASES.flat()]);

/**
 * Where the question's syllables from `from` on meet the rest of a letter's subject, in order: the
 * alignment matching most of its rare words, then most words ("hướng dẫn của Bộ KHCN về kiến trúc":
 * "kiến trúc", not the "bộ" of the subject's closing "cấp bộ", which would leave nothing after it).
 */
function subjectMatch(seq: readonly string[], from: number, rest: readonly string[], words: ReadonlySet<string>, rare: (w: string) => boolean): number[] {
  // Only the question's words the subject has (`words`) can be matched: the alignment runs over those.
  const at: number[] = [];
  for (let j = from; j < seq.length; j++) if (words.has(seq[j]!)) at.push(j);
  const n = at.length;
  const m = rest.length;
  if (n === 0) return [];
  // best over seq[at[j] …] and rest[r …], as rare words · (m + 1) + words, in one number.
  const width = m + 1;
  const best = new Int32Array((n + 1) * width);
  const gain = (r: number) => (rare(rest[r]!) ? width : 0) + 1;
  for (let j = n - 1; j >= 0; j--) {
    for (let r = m - 1; r >= 0; r--) {
      const skip = Math.max(best[(j + 1) * width + r]!, best[j * width + r + 1]!);
      const take = seq[at[j]!] === rest[r] ? best[(j + 1) * width + r + 1]! + gain(r) : -1;
      best[j * width + r] = Math.max(skip, take);
    }
  }
  const matched: number[] = [];
  for (let j = 0, r = 0; j < n && r < m; ) {
    const here = best[j * width + r]!;
    if (seq[at[j]!] === rest[r] && best[(j + 1) * width + r + 1]! + gain(r) === here) {
      matched.push(at[j]!);
      j++;
      r++;
    } else if (best[(j + 1) * width + r]! === here) j++;
    else r++;
  }
  return matched;
}

/** Whether two strings of one length differ only by two characters swapped. */
function oneSwapApart(a: string, b: string): boolean {
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  return at.length === 2 && a[at[0]!] === b[at[1]!] && a[at[1]!] === b[at[0]!];
}

/** An emoticon standing alone (":D", ":))", "=))", "^^"): no word. */
const EMOTICON = /(?<=^|\s)(?:[:;=]-?[)(DPpd]+|\^\^|<3)(?=\s|$)/gu;

/**
 * Chat stretches a word for warmth ("hônggg", "nhaaa", "ạaa") and adds emoticons (":D"): no
 * Vietnamese syllable holds a vowel or a final consonant three times over, so such a run of one
 * letter (marks aside) is one.
 */
function unstretched(question: string): string {
  return nfc(question).replace(EMOTICON, " ").replace(/\p{L}+/gu, (w) => (STRETCHED.test(stripMarks(w.toLowerCase())) ? collapseRuns(w) : w));
}

/** A vowel or a final "ng", "n", "m", "h" run three times over; not "ttt" of "ATTT", "HTTT". */
const STRETCHED = /([aeiouygnmh])\1\1/u;

/** A word with each run of a letter (its marks aside) kept as its first letter, when it runs three or more. */
function collapseRuns(w: string): string {
  const base = [...w].map((c) => stripMarks(c.toLowerCase()));
  const chars = [...w];
  let out = "";
  for (let i = 0; i < chars.length; ) {
    let j = i + 1;
    while (j < chars.length && base[j] === base[i]) j++;
    out += j - i >= 3 && STRETCHED.test(base[i]!.repeat(3)) ? chars[i] : chars.slice(i, j).join("");
    i = j;
  }
  return out;
}

/** The question with chat shorthands for two words written out ("bnhiu" → "bao nhiêu"). */
function writeShorthandsOut(question: string): string {
  return question.replace(/[\p{L}\p{N}]+/gu, (w) => CHAT_SHORTHANDS.get(w.toLowerCase()) ?? w);
}

/** Telex left unconverted: "ddaauf" → "dau", "hoaf" → "hoa". */
function detelex(s: string): string {
  return s
    .replace(/dd/g, "d")
    .replace(/([aeo])\1/g, "$1")
    .replace(/([aou])w/g, "$1")
    .replace(/w/g, "u")
    .replace(/([aeiouy][a-z]*?)[sfrxj]$/, "$1");
}

/** Optimal string alignment distance, giving up above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) row.push(j);
      else {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
        row.push(d);
      }
      best = Math.min(best, row[j]!);
    }
    if (i > 0 && best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * How a pair of adjacent question syllables can be met through equivalents: inside one span, by
 * the equivalent wording itself (all its pairs); across a span's edge, by the equivalent's end
 * next to the neighbour ("xã cử" ~ "xã bố").
 */
function loosePairs(
  left: EquivalentSpan | undefined,
  right: EquivalentSpan | undefined,
  i: number,
  lefts: readonly string[],
  rights: readonly string[],
): (readonly string[])[] {
  if (left && left === right) return left.phrases.map((p) => (p.length === 1 ? [p[0]!] : tokensOf(p).slice(p.length)));
  const ls = left && left.to === i + 1 ? left.phrases.map((p) => p[p.length - 1]!) : [];
  const rs = right && right.from === i + 1 ? right.phrases.map((p) => p[0]!) : [];
  const out: (readonly string[])[] = [];
  for (const l of [...lefts, ...ls]) {
    for (const r of [...rights, ...rs]) {
      if (lefts.includes(l) && rights.includes(r)) continue;
      out.push([pair(l, r)]);
    }
  }
  return out;
}

/** Whether the sorted run `ids[from, to)` holds `id`. */
function sortedHas(ids: Int32Array, from: number, to: number, id: number | undefined): boolean {
  if (id === undefined) return false;
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Distinct tokens numbered in order of first appearance, and each passage's set of them as a
 * sorted run in one flat array (`runs`, with `starts`): coverage without re-tokenising and without
 * one array per passage.
 */
class TokenSets {
  readonly ids = new Map<string, number>();
  /** Filled while building; dropped by `freeze` (their arrays are over-allocated). */
  private flat: IntList | undefined = new IntList(1 << 16);
  private bounds: IntList | undefined = new IntList();
  runs: Int32Array = new Int32Array(0);
  starts: Int32Array = new Int32Array(0);

  constructor() {
    this.bounds!.push(0);
  }

  idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) this.ids.set(token, (id = this.ids.size));
    return id;
  }

  /** Adds the next passage's distinct tokens; returns their ids as stored (sorted). */
  add(tokens: ReadonlySet<string>): Int32Array {
    const ids = new Int32Array(tokens.size);
    let k = 0;
    for (const t of tokens) ids[k++] = this.idOf(t);
    ids.sort();
    this.flat!.append(ids);
    this.bounds!.push(this.flat!.length);
    return ids;
  }

  freeze(): void {
    this.runs = this.flat!.trimmed();
    this.starts = this.bounds!.trimmed();
    this.flat = this.bounds = undefined;
  }

  has(passage: number, token: string): boolean {
    return sortedHas(this.runs, this.starts[passage]!, this.starts[passage + 1]!, this.ids.get(token));
  }
}

/** Prepositions inside a noun phrase ("phụ cấp cho cán bộ", "số cán bộ của sở"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(["cho", "cua", "voi", "tai", "o", "trong", "ve", "doi"]);

/** Nouns of kinds and steps ("loại", "kiểu", "hình thức", "nhóm", "bước"), folded: a list counts them. */
const LIST_NOUNS: ReadonlySet<string> = new Set(["loai", "kieu", "hinh", "nhom", "buoc"]);

/**
 * The noun after "bao nhiêu"/"mấy" ("mấy người" → người, cán bộ), if the question names one; for
 * "X là bao nhiêu", the head of X. `onlyCount`: the question asks for nothing but a number.
 */
function countedNoun(terms: readonly QueryTerm[], onlyCount: boolean, knows: (token: string) => boolean, asked: (i: number) => boolean = () => true): string[] | undefined {
  // People are counted as "cán bộ" in the letters, however "người" was typed ("ngừoi").
  const nounOf = (t: QueryTerm) => [t.resolved[0]!, ...(t.resolved[0] === "nguoi" ? ["can"] : []), ...(t.equivalents ?? []).map((p) => p[0]!)];
  const counting = (t: QueryTerm, i: number) => t.status === "question" && (t.surface === "may" || (t.surface === "nhieu" && terms[i - 1]?.surface === "bao"));
  // "Mỗi người ôm mấy việc. … mỗi xã phải cử mấy người?": the sentence asked counts, not one telling.
  const inAsked = terms.some((t, i) => !t.context && counting(t, i) && asked(i));
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    // "Còn mấy tháng nữa là nghỉ hưu" told as context counts nothing asked.
    if (t.context || !counting(t, i) || (inAsked && !asked(i))) continue;
    const next = terms[i + 1];
    // "Phụ cấp bao nhiêu một tháng": a number after it is a rate; what is counted comes before.
    const rate = next !== undefined && /^\d+$/.test(next.surface);
    // "Mấy loại cán bộ", "mấy hình thức": how many kinds, which a list answers without a number.
    if (next && LIST_NOUNS.has(next.surface)) return undefined;
    if (next && !rate && next.status !== "question" && next.weight > 0) return nounOf(next);
    // "Phụ cấp cho cán bộ xã là bao nhiêu": "X là bao nhiêu" ending a question that asks for
    // nothing else counts X, whose head is the first word of its run ("phụ cấp", "bồi dưỡng").
    // "Phụ cấp cán bộ xã bao nhiêu" asks the same without "là".
    const before = terms[i - (t.surface === "may" ? 1 : 2)];
    const asksOfPhrase = before?.surface === "la" || (before !== undefined && before.status !== "question" && before.weight > 0);
    if (onlyCount && asksOfPhrase && (rate || terms.slice(i + 1).every((x) => x.status === "question"))) {
      let j = i - 1;
      while (j >= 0 && (terms[j]!.status === "question" || terms[j]!.weight === 0 || FUNCTION_WORDS.has(terms[j]!.surface))) j--;
      if (j < 0) return undefined;
      // The head is the first word of the noun phrase, past prepositions inside it: "phụ cấp cho
      // cán bộ đó là bao nhiêu" counts "phụ cấp", not "cán bộ".
      const head = phraseStart(terms, j, phraseMember(terms, knows), PHRASE_PREPOSITIONS);
      // "Số (lượng) cán bộ … là bao nhiêu" counts what follows "số".
      const so = terms.findIndex((x, k) => k < j && x.surface === "so" && x.status === "known");
      const after = so >= 0 ? terms.slice(so + 1, j + 1).find((x) => x.status !== "question" && x.weight > 0 && x.surface !== "luong") : undefined;
      return [...nounOf(terms[head]!), ...(after ? nounOf(after) : [])];
    }
    return undefined;
  }
  return undefined;
}

/**
 * Whether term `i` is in a sentence ending with a question mark (`marked`: the terms before one);
 * every term is when none was typed.
 */
function inMarkedSentence(marked: ReadonlySet<number>, starts: ReadonlySet<number>): (i: number) => boolean {
  const ends = [...marked].sort((x, y) => x - y);
  return (i) => {
    if (ends.length === 0) return true;
    const end = ends.find((e) => e >= i);
    if (end === undefined) return false;
    for (let k = i + 1; k <= end; k++) if (starts.has(k)) return false;
    return true;
  };
}

/** A word the letters use as typed, spelled out or corrected (not a guess, not unknown). */
function lettersWord(t: QueryTerm): boolean {
  return t.status === "known" || t.status === "expanded" || t.status === "corrected";
}

/** A chat function word as typed (not an abbreviation, not a question word). */
function isFunctionWord(t: QueryTerm): boolean {
  return t.status !== "expanded" && t.status !== "question" && FUNCTION_WORDS.has(t.surface);
}

/**
 * "Hệ thống riêng của TP.HCM", "lịch riêng cho An Giang": "riêng" before whose it is only stresses
 * the owner, which the letters name without it ("Hệ thống … Thành phố").
 */
function ownOf(terms: readonly QueryTerm[], i: number): boolean {
  return terms[i]!.surface === "rieng" && terms[i]!.status !== "question" && (terms[i + 1]?.surface === "cua" || terms[i + 1]?.surface === "cho");
}

/** "Kiểu tập trung", "kiểu qua điện thoại": a hedge before what is meant, folded; no letter says it. */
const HEDGES: ReadonlySet<string> = new Set(["kieu"]);

/** Whether a term is a hedge as typed (`HEDGES`; "kiều" is a name). */
function isHedge(t: QueryTerm): boolean {
  return HEDGES.has(t.surface) && t.status !== "question" && typedAs(t, KIEU);
}

/**
 * Folding merges words ("này là"/"nay là", "cứu"/"cửu"): what was typed tells them apart. A
 * syllable typed with marks means that word; so does one typed without marks by an officer who
 * types them (most of the question's syllables carry marks: "hôm nay" is not "này"). Unaccented
 * questions say nothing about accents and keep matching folded. `typed`: one for one, or empty.
 */
function markTypedAccents(terms: QueryTerm[], sylls: readonly string[], typed: readonly (string | undefined)[]): void {
  if (typed.length !== sylls.length) return;
  const marked = typesMarks(sylls, typed);
  terms.forEach((t, i) => {
    const w = typed[i];
    if (t.status === "known" && w !== undefined && (marked || hasMarks(w))) t.accent = accentKey(w);
  });
}

/**
 * Whether the officer types marks: at least `markedShare` of the question's words (not numbers or
 * acronyms) carry them. `typed`: one for one with `sylls`, or empty.
 */
function typesMarks(sylls: readonly string[], typed: readonly (string | undefined)[]): boolean {
  if (typed.length !== sylls.length) return false;
  const words = typed.filter((w, i): w is string => w !== undefined && isPossibleSyllable(sylls[i]!));
  return words.length > 0 && words.filter(hasMarks).length >= TUNING.accents.markedShare * words.length;
}

// Question words that ask (not greetings, particles or forms of address): "gì", "nào", "ai", "đâu",
// "sao", "mấy", "bao (nhiêu, giờ, lâu)", "không", "chưa" and their chat spellings.
const ASKING_WORDS: ReadonlySet<string> = new Set(["gi", "nao", "ai", "dau", "sao", "may", "bao", "nhieu", ...YES_NO_WORDS, "chua", "ntn", "bh"]);

/**
 * "Đó", "ấy", "này" after a noun ("kế hoạch đó", "văn bản này"): pointing back; not "do ai ký" (by
 * whom).
 */
function refersBack(terms: readonly QueryTerm[], i: number): boolean {
  const t = terms[i]!;
  if (t.surface !== "do" && t.surface !== "ay" && t.surface !== "nay") return false;
  const prev = terms[i - 1];
  const next = terms[i + 1];
  // "… MOOCs, cái đó là gì": "cái đó" (that thing) points back too.
  if (prev?.surface === "cai" && t.surface === "do") return true;
  return prev !== undefined && prev.status !== "question" && prev.weight > 0 && next?.surface !== "ai";
}

/** How officers point at a letter's numbered point ("mục 4", "điểm 2", "khoản 3"), folded. */
const POINT_WORDS: ReadonlySet<string> = new Set(["muc", "diem", "khoan"]);

/**
 * "Tóm tắt mục 4 CV tăng cường tập huấn": the number of the point asked for, not of an appendix
 * ("phụ lục 4"). The word pointing weighs nothing: the letters number their points, they do not
 * call them "mục".
 */
function pointAsked(terms: QueryTerm[]): string | undefined {
  const at = terms.findIndex((t, i) => POINT_WORDS.has(t.surface) && /^\d{1,2}$/.test(terms[i + 1]?.surface ?? "") && terms[i - 1]?.surface !== "phu" && !t.context);
  if (at < 0) return undefined;
  terms[at]!.weight = 0;
  return terms[at + 1]!.surface;
}

/** Words that open a condition ("nếu", "trường hợp", "giả sử"), folded. */
const CONDITIONS: ReadonlySet<string> = new Set(["neu", "gia", "truong"]);

/** How many syllables at `i` open a condition ("nếu" 1, "giả sử" 2, "trường hợp" 2), else 0. */
function conditionOpening(sylls: readonly string[], i: number): number {
  const s = sylls[i];
  if (s === "neu") return 1;
  return (s === "gia" && sylls[i + 1] === "su") || (s === "truong" && sylls[i + 1] === "hop") ? 2 : 0;
}

/**
 * What sets the scene is a clause of its own, even without a comma: a condition up to "thì" ("nếu
 * tỉnh không cử đủ cán bộ thì bị xử lý gì"), and the officer's own purpose ("… để em báo lãnh đạo").
 */
function settingApart(sylls: readonly string[], isQuestion: readonly boolean[], clauses: number[] | undefined): number[] | undefined {
  if (!clauses || clauses.length !== sylls.length) return clauses;
  const out = [...clauses];
  let shift = 0;
  let open = false;
  for (let i = 0; i < sylls.length; i++) {
    if (i > 0 && clauses[i] !== clauses[i - 1]) open = false;
    const s = sylls[i]!;
    if (conditionOpening(sylls, i) > 0) open = true;
    // "… từ ngày nào để em báo lãnh đạo": the officer's own purpose starts a clause of its own.
    const purpose = s === "de" && i > 0 && ownerFollows(sylls, i + 1) && clauses[i - 1] === clauses[i] && !asksLater(sylls, clauses, i, isQuestion);
    if ((s === "thi" && open) || purpose) {
      shift++;
      open = false;
    }
    out[i] = clauses[i]! + shift;
  }
  return out;
}

/** Pronouns an officer introduces himself with ("tôi là …", "em là …", "chú là …"), folded. */
const INTRODUCING: ReadonlySet<string> = new Set(["toi", "em", "e", "minh", "tui", "chu", "anh", "chi", "chau"]);
/** How far into its clause an introduction may open, and how many syllables it may run to the province. */
const INTRODUCTION_OPENS = 3;
const INTRODUCTION_REACH = 14;

/**
 * "Tôi là phó chánh văn phòng sở văn hóa sơn la đang …": who the officer is, up to the province he
 * names, is a clause of its own even without a comma (voice typing leaves none), so it is weighed
 * as context and its province is not what is asked about.
 */
function introductionApart(sylls: readonly string[], clauses: number[] | undefined): number[] | undefined {
  if (!clauses || clauses.length !== sylls.length) return clauses;
  const ends = provinceEnds(sylls);
  const splits = new Set<number>();
  for (let i = 0; i + 2 < sylls.length; i++) {
    if (!INTRODUCING.has(sylls[i]!) || sylls[i + 1] !== "la" || i - clauses.indexOf(clauses[i]!) >= INTRODUCTION_OPENS) continue;
    for (let e = i + 3; e <= i + INTRODUCTION_REACH && e + 1 < sylls.length && clauses[e + 1] === clauses[i]; e++) {
      if (ends.has(e)) {
        splits.add(e);
        break;
      }
    }
  }
  return splitClauses(clauses, (i) => splits.has(i - 1));
}

/** The clause indexes renumbered so that a new clause starts at each `i` where `startsNew(i)`. */
function splitClauses(clauses: readonly number[], startsNew: (i: number) => boolean): number[] {
  let shift = 0;
  return clauses.map((c, i) => {
    if (i > 0 && startsNew(i)) shift++;
    return c + shift;
  });
}

/**
 * Chat runs sentences together: "bkhcn ra cái hd để làm rõ những j z xã e đọc 3 lần hok hiểu". A
 * closing particle right after a question word ends the question; what follows is a clause of its own.
 */
function splitAfterClosing(sylls: readonly string[], isQuestion: readonly boolean[], clauses: number[] | undefined): number[] | undefined {
  if (!clauses || clauses.length !== sylls.length) return clauses;
  const ends = (i: number) => isQuestion[i] === true && isQuestion[i - 1] === true && CLOSING_PARTICLES.has(sylls[i]!) && i + 1 < sylls.length && clauses[i + 1] === clauses[i] && !isQuestion[i + 1];
  return splitClauses(clauses, (i) => ends(i - 1));
}

/** Verbs of passing a question on ("nhờ tôi hỏi", "giao em tìm hiểu", "bảo mình hỏi"), folded. */
const PASSING_ON: ReadonlySet<string> = new Set(["nho", "giao", "bao", "dan"]);
/** Most syllables naming who passed the question on ("đồng chí trưởng phòng"). */
const MAX_REQUESTER = 6;
/** What the officer was asked to do when passing a question on ("nhờ tôi hỏi", "giao em tìm", "nhờ tôi xin"), folded. */
const PASSED_ON_ASKING: ReadonlySet<string> = new Set(["hoi", "tim", "xin"]);

/** How chat names a person before the name ("chị Oanh", "anh Sơn", "đồng chí Hùng", "a Sơn"), folded. */
const BEFORE_NAME: ReadonlySet<string> = new Set(["anh", "chi", "ong", "ba", "chu", "co", "em", "a", "c"]);

/**
 * Whether "bao nhiêu" asks for a phone: the number of a person named ("số chị Quế Trang … là bao
 * nhiêu"), or a phone named in a clause of its own ("Số điện thoại của đồng chí Hùng, PGĐ Trung tâm
 * …, là bao nhiêu"). `typedWords`: the terms' surfaces, joined by spaces.
 */
function asksPhoneNumber(terms: readonly QueryTerm[], typedWords: string, names: readonly number[][], kinds: ReadonlySet<AnswerKind>): boolean {
  const phoneNamed = kinds.has("count") && PHONE_WORDING.test(typedWords);
  return phoneNamed || asksPersonsNumber(terms, names, kinds);
}

/**
 * "Số chị Quế Trang … là bao nhiêu": the number of a person named is a phone, not a count. `names`:
 * runs of the terms typed as proper names.
 */
function asksPersonsNumber(terms: readonly QueryTerm[], names: readonly number[][], kinds: ReadonlySet<AnswerKind>): boolean {
  if (!kinds.has("count")) return false;
  return names.some((run) => {
    const at = run[0]!;
    const chi = terms[at - 1]?.surface === "chi" && terms[at - 2]?.surface === "dong";
    const before = chi ? at - 2 : at - 1;
    if (!chi && !BEFORE_NAME.has(terms[before]?.surface ?? "")) return false;
    const number = terms[before - 1]?.surface === "cua" ? before - 2 : before - 1;
    return terms[number]?.surface === "so";
  });
}

/** Asking to confirm ("có phải …", "… đúng không", "có chính xác không", "xác nhận"), folded. */
const CONFIRMING = /\b(co phai|phai khong|phai ko|phai k|phai hong|phai hok|dung khong|dung ko|dung k|dung hong|dung hok|co dung|chinh xac|xac nhan|ai dung|check giup|check gium|kiem tra giup|kiem tra gium)\b/;

/**
 * In a question asking to confirm, a date or a phone number the officer quotes ("là ngày 17/11/2025,
 * có chính xác không", "có phải là 0905.188818 không") is their guess, which the passage may correct;
 * a document's number ("văn bản số 7753") still names the document.
 */
function markGuessedNumbers(terms: QueryTerm[]): void {
  const isNumber = (k: number) => /^\d+$/.test(terms[k]?.surface ?? "");
  terms.forEach((t, i) => {
    if (!isNumber(i) || t.context) return;
    const dated = ["ngay", "thang", "nam"].includes(terms[i - 1]?.surface ?? "");
    if (t.surface.length < 9 && !isNumber(i - 1) && !isNumber(i + 1) && !dated) return;
    weighAsContext(t);
  });
}

/** Asking what a word means ("là gì", "nghĩa là gì", "là cái gì", "viết tắt của gì"), folded. */
const DEFINITION_CUE = /\b(la gi|la cai gi|nghia la gi|co nghia la gi|viet tat cua (cai )?gi|viet tat la gi|la viet tat|la (loai |kieu )?(nen tang|he thong|phan mem|chuong trinh|trang|cong|co quan|to chuc) gi)\b/;
/** Most passages a term may appear in for a question about its meaning to point at them. */
const DEFINED_TERM_PASSAGES = 2;
/** "Viết tắt của gì", "là viết tắt", "viết tắt là gì": what an abbreviation stands for. */
const ABBREVIATION_ASKED = /\bviet tat\b|\bla viet tat\b/;

/** How a question relayed from someone opens: "anh Tư phụ trách hỏi", "LĐ Sở hỏi", "chị trưởng phòng hỏi". */
const RELAYED_FROM: ReadonlySet<string> = new Set(["anh", "chi", "chu", "co", "ong", "ba", "sep", "ld", "lanh", "thu", "truong", "giam", "dong"]);
/** Verbs of passing a question on that fold like others ("nhắn"/"nhận", "dặn"/"dẫn"), as typed. */
const TYPED_RELAY_VERBS: ReadonlySet<string> = new Set(["nhắn", "dặn"]);
/** When what is passed on was said ("hôm qua", "hôm trước", "sáng nay", "lúc nãy"), folded. */
const WHEN_SAID: ReadonlySet<string> = new Set(["hom qua", "hom truoc", "hom nay", "sang nay", "chieu nay", "chieu qua", "luc nay", "buoi truoc"]);
/** Polite words opening a message before whom a question comes from ("dạ", "thưa"), folded. */
const POLITE_OPENERS: ReadonlySet<string> = new Set(["da", "thua"]);
/** Conjunctions that may open the clause before whom a question comes from ("nhưng", "mà"), folded. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(["nhung", "ma", "va", "thi", "con"]);

/**
 * "Anh Tư phụ trách hỏi: …", "… , LĐ Sở hỏi": a clause that opens with whom the question comes from
 * and "hỏi" within a few syllables names the asker, not the topic (like "sếp hỏi", QUESTION_PHRASES).
 */
function markRelayedAsker(sylls: readonly string[], typed: readonly (string | undefined)[], clauses: readonly number[] | undefined, isQuestion: boolean[]): void {
  if (!clauses || clauses.length !== sylls.length) return;
  for (let i = 1; i < sylls.length; i++) {
    // "Anh Khoa bảo hạn là 20/1, đúng không": who made the claim to check is not asked about either.
    // "Chị trưởng phòng nhắn: …", "sếp dặn …": passed on the same way, when typed so (not "nhận", "dẫn").
    // "Lãnh đạo sở muốn biết …", "anh em bên dưới thắc mắc …": asking, in other words.
    // "Chị phó chủ tịch muốn coi …": wanting to see, too.
    const asksOtherwise = ((sylls[i] === "biet" || sylls[i] === "coi" || sylls[i] === "xem") && sylls[i - 1] === "muon") || (sylls[i] === "mac" && sylls[i - 1] === "thac");
    const says = sylls[i] === "hoi" || sylls[i] === "noi" || (sylls[i] === "bao" && sylls[i + 1] !== "cao") || asksOtherwise || TYPED_RELAY_VERBS.has(typed[i] ?? "");
    if (!says) continue;
    let start = i - 1;
    while (start > 0 && clauses[start - 1] === clauses[i] && i - start < MAX_REQUESTER) start--;
    const opens = start === 0 || clauses[start - 1] !== clauses[start];
    // "…, nhưng đồng chí chủ tịch hỏi lại …": a conjunction may come first.
    if (opens && CONJUNCTIONS.has(sylls[start]!) && start + 1 < i) start++;
    // "Nếu anh chủ tịch hỏi … thì em nói sao": so may a condition's opening, and "Hôm qua thầy bảo …"
    // when it was said.
    if (opens) start += conditionOpening(sylls, start) || (WHEN_SAID.has(`${sylls[start]} ${sylls[start + 1]}`) ? 2 : 0);
    // "Dạ anh phó chủ tịch hỏi …": a polite "dạ", "thưa" first.
    if (opens && POLITE_OPENERS.has(sylls[start]!) && start + 1 < i) start++;
    if (!opens || !(RELAYED_FROM.has(sylls[start]!) || typed[start] === "thầy")) continue;
    // "Có số 0906… gọi em bảo …": a number names no one who passes a question on ("co" is "có" here, not "cô").
    if (sylls.slice(start, i).some((w) => /\d/.test(w))) continue;
    for (let k = start; k <= i; k++) isQuestion[k] = true;
  }
}

/** Words next to "giờ" that make it hours ("ngoài giờ", "giờ trực", "giờ hành chính", "mấy giờ"), folded. */
const HOURS_BEFORE: ReadonlySet<string> = new Set(["ngoai", "them", "khung", "may", "cac", "tung", "trong", "theo", "so"]);
const HOURS_AFTER: ReadonlySet<string> = new Set(["truc", "hanh", "lam", "hoc", "mo", "dong", "nao", "giac", "lv", "hc"]);

/**
 * "Giờ" meaning now ("…, giờ cv của TT CĐS đề nghị gì", "giờ giao ai"): the time of asking, never a
 * topic; the letters never write "giờ", which would otherwise be corrected to a word they do. Next
 * to a word of hours ("ngoài giờ", "giờ trực") it is the hours, a topic.
 */
function saysNow(sylls: readonly string[], i: number): boolean {
  return sylls[i] === "gio" && !HOURS_BEFORE.has(sylls[i - 1] ?? "") && !HOURS_AFTER.has(sylls[i + 1] ?? "");
}

/**
 * What an officer says they need ("số điện thoại", "tên", "danh sách", "link", "mẫu"), folded; not
 * "tài liệu", "file" (needed for a task told: "team cần tài liệu kỹ thuật để …").
 */
const NEEDED: ReadonlySet<string> = new Set(["so", "sdt", "ten", "danh", "ds", "link", "mau", "dia", "email", "lich"]);

/** "Em cần số …", "tôi cần tên …": at `i`, "cần" after the officer and before what they need, in one clause. */
function statesNeed(terms: readonly QueryTerm[], clauses: readonly number[], i: number): boolean {
  const same = (k: number) => clauses[k] === clauses[i];
  return terms[i]!.surface === "can" && same(i - 1) && same(i + 1) && ASKER.has(terms[i - 1]?.surface ?? "") && NEEDED.has(terms[i + 1]?.surface ?? "");
}

/** How officers name themselves ("để em …", "để mình …", "để bên em …", "bọn em"). */
const ASKER: ReadonlySet<string> = new Set(["em", "minh", "toi", "tui", "ben", "chung", "bon"]);
/** Their own unit before the pronoun ("để xã bọn em …", "để phường em …", "để TT em …"), folded. */
const OWN_UNITS: ReadonlySet<string> = new Set(["xa", "phuong", "tinh", "so", "huyen", "tt", "phong", "ubnd"]);

/**
 * Whether the rest of `i`'s clause asks ("… để Sở chúng tôi gửi danh sách là gì", "có email … để Sở
 * em gửi danh sách không ạ"): then it is no aside. Only words read as asking count.
 */
function asksLater(sylls: readonly string[], clauses: readonly number[], i: number, isQuestion: readonly boolean[]): boolean {
  for (let k = i + 1; k < sylls.length && clauses[k] === clauses[i]; k++) if ((WH_WORDS.has(sylls[k]!) || YES_NO_WORDS.has(sylls[k]!)) && isQuestion[k]) return true;
  return false;
}

/** Whether the officer names themselves at `i`, alone or after their unit ("xã bọn em"). */
function ownerFollows(sylls: readonly string[], i: number): boolean {
  return ASKER.has(sylls[i] ?? "") || (OWN_UNITS.has(sylls[i] ?? "") && ASKER.has(sylls[i + 1] ?? ""));
}

const NEGATIONS: ReadonlySet<string> = new Set([...YES_NO_WORDS, "chua"]);
/** What follows "bao" when it asks ("bao nhiêu", "bao giờ", "bao lâu", chat "bao h", "bao n"), folded. */
const BAO_ASKS: ReadonlySet<string> = new Set(["nhieu", "gio", "lau", "h", "n", "nhiu"]);

/** Words that name only the kind of answer ("số", "ngày", "tên", "hạn") or its event ("ra", "ban hành"), folded. */
const ANSWER_KIND_WORDS: ReadonlySet<string> = new Set(["so", "ngay", "thang", "nam", "ten", "sdt", "dt", "hieu", "ky", "han", "moc", "ra", "ban", "hanh"]);

/** "Cũng" (not "cứng") after a question word makes it indefinite ("gì cũng", "đâu cũng"). */
const CUNG = accentKey("cũng");

/** "(Không) thấy", "(không) biết", "(không) hiểu": what the officer saw or missed, a frame word. */
const SEEING: ReadonlySet<string> = new Set(["thay", "biet", "hieu"]);

/** Denials in a narrative ("chẳng", "chả" besides the asking ones), folded. */
const DENIALS: ReadonlySet<string> = new Set([...NEGATIONS, "chang", "cha"]);

/**
 * Whether a denial comes right before the question word at `i` ("không ai"), or before a verb of
 * seeing a syllable or two before it ("chẳng thấy ghi ngày nào"), in the same clause.
 */
function deniedBefore(terms: readonly QueryTerm[], clauses: readonly number[], i: number): boolean {
  const same = (k: number) => k >= 0 && clauses[k] === clauses[i];
  if (same(i - 1) && DENIALS.has(terms[i - 1]!.surface)) return true;
  for (let k = i - 1; k >= i - 3 && same(k - 1); k--) if (SEEING.has(terms[k]!.surface) && DENIALS.has(terms[k - 1]!.surface)) return true;
  return false;
}

/**
 * "Trung tâm CĐS là đơn vị gì mà ra cv cho UBND tỉnh": "mà" right after the question word opens why
 * the officer asks, weighed as context, unless it asks something itself ("… mà gửi ai").
 */
function markJustification(terms: QueryTerm[], clauses: readonly number[] | undefined): void {
  if (!clauses || clauses.length !== terms.length) return;
  const at = terms.findIndex((t, i) => t.surface === "ma" && t.status === "question" && WH_WORDS.has(terms[i - 1]?.surface ?? "") && terms[i - 1]!.status === "question" && !terms[i - 1]!.context);
  if (at < 0) return;
  const rest = terms.flatMap((t, k) => (k > at && clauses[k] === clauses[at] ? [k] : []));
  if (rest.some((k) => terms[k]!.status === "question" && WH_WORDS.has(terms[k]!.surface))) return;
  for (const k of rest) {
    if (terms[k]!.context) continue;
    terms[k]!.context = true;
    terms[k]!.weight *= TUNING.contextClause;
  }
}

/** "Để" (in order to), as typed: "đề" opens "đề nghị", "đề xuất". */
const DE_PURPOSE = accentKey("để");
/** What follows "de" when it is "đề" ("đề nghị", "đề xuất", "đề cập", "đề ra", "đề án"), or precedes it ("vấn đề", "chủ đề"), folded. */
const DE_COMPOUND_AFTER: ReadonlySet<string> = new Set(["nghi", "xuat", "cap", "ra", "an", "muc", "tai", "bai", "thi"]);
const DE_COMPOUND_BEFORE: ReadonlySet<string> = new Set(["van", "chu", "tieu", "luan"]);
/** The officer, in a purpose clause ("để em báo", "… mình học theo", "… xã tôi vô coi"), folded. */
const SELF_IN_PURPOSE: ReadonlySet<string> = new Set(["em", "e", "minh", "toi", "tui", "chung", "anh", "chi"]);
/** Purposes that report what the letter says to someone ("để trả lời cử tri", "để báo cáo", "để giải thích"), folded. */
const REPORTING_PURPOSE: ReadonlySet<string> = new Set(["tra loi", "bao cao", "bao lai", "giai thich", "doi chieu"]);

/**
 * "… theo đề xuất của sở nào để Hà Nội mình học theo.", "… số mấy ngày mấy để em báo lại": after
 * the question word, "để" opens why the officer asks, which the letter does not say; weighed as
 * context, unless it asks something itself ("… để làm gì").
 */
function markPurposeTail(terms: QueryTerm[], clauses: readonly number[] | undefined): void {
  if (!clauses || clauses.length !== terms.length) return;
  terms.forEach((t, i) => {
    if (t.surface !== "de" || t.status === "question" || t.context || !typedAs(t, DE_PURPOSE)) return;
    if (DE_COMPOUND_AFTER.has(terms[i + 1]?.surface ?? "") || DE_COMPOUND_BEFORE.has(terms[i - 1]?.surface ?? "")) return;
    const same = (k: number) => clauses[k] === clauses[i];
    const asked = terms.some((x, k) => k < i && same(k) && x.status === "question" && WH_WORDS.has(x.surface) && !x.context);
    const tail = terms.flatMap((x, k) => (k >= i && same(k) ? [k] : []));
    if (!asked || tail.some((k) => terms[k]!.status === "question" && WH_WORDS.has(terms[k]!.surface))) return;
    // The officer's own purpose has the officer in it ("để em báo lại", "để Hà Nội mình học theo",
    // "để cán bộ xã tôi vô coi") or reports on ("để trả lời cử tri"); "cách nào để gửi thông tin",
    // "phối hợp với ai để tập huấn" ask about what the letter does.
    const own = tail.some((k) => k > i && SELF_IN_PURPOSE.has(terms[k]!.surface)) || REPORTING_PURPOSE.has(`${terms[i + 1]?.surface ?? ""} ${terms[i + 2]?.surface ?? ""}`);
    if (!own) return;
    for (const k of tail) weighAsContext(terms[k]!);
  });
}

/**
 * Officers often give context before or after the question ("bên em là phường mới sáp nhập, cho em
 * hỏi …", "…, để em báo sếp"). When some clauses ask and others do not, the words of those that do
 * not weigh `TUNING.contextClause` of their weight: a passage is judged by what is asked. `marked`:
 * the last syllable of each clause closed with a question mark (`questionMarked`).
 */
function markContext(terms: QueryTerm[], clauses: readonly number[] | undefined, marked: ReadonlySet<number> = new Set(), reading: Reading = "second"): boolean {
  if (!clauses || clauses.length !== terms.length) return false;
  markAlternativeNumbers(terms);
  const alternatives = markAlternativeWords(terms, clauses, reading) || markGuessBeforeWhich(terms, clauses);
  const asking = new Set<number>();
  terms.forEach((t, i) => {
    if (t.status !== "question" || !ASKING_WORDS.has(t.surface)) return;
    // "Hai ngàn mấy", "mười mấy": "mấy" after a number is "some", an approximation.
    if (t.surface === "may" && NUMBER_WORDS.test(terms[i - 1]?.surface ?? "")) return;
    // "Đầu năm 2026", "đầu tháng": "đầu" (the start) is no "đâu" (where).
    if (t.surface === "dau" && PERIODS.has(terms[i + 1]?.surface ?? "")) return;
    // "… chạy từ ngày nào ạ, sếp em bảo 1/4": "bảo" (says) passing on a claim after the question asks
    // nothing; "bao" asks in "bao nhiêu", "bao giờ", "bao lâu".
    const askedBefore = terms.some((x, k) => k < i && clauses[k]! < clauses[i]! && x.status === "question" && WH_WORDS.has(x.surface));
    if (t.surface === "bao" && !BAO_ASKS.has(terms[i + 1]?.surface ?? "") && askedBefore) return;
    // "…? em báo lỗi mấy lần mà chưa ai trả lời", "tàu mấy ngày mới tới": after the question, "mấy"
    // before "lần", or before a span and "mới", tells how often or how long, and asks nothing.
    if (t.surface === "may" && askedBefore && (terms[i + 1]?.surface === "lan" || terms[i + 2]?.surface === "moi")) return;
    // "Cái gì cũng căn cứ", "ở đâu cũng", "ai cũng biết": a question word before "cũng" means "every".
    if (WH_WORDS.has(t.surface) && terms[i + 1]?.surface === "cung" && typedAs(terms[i + 1]!, CUNG)) return;
    // "Nhắn tin không ai trả lời", "chẳng thấy ghi ngày nào", "chưa hiểu gì": after a denial, a
    // question word means "no one", "none", "anything"; neither asks.
    if (WH_WORDS.has(t.surface) && deniedBefore(terms, clauses, i)) return;
    // "em đọc cv ko thấy": "không" before a verb denies; it asks only closing its clause.
    const next = terms[i + 1];
    // "Không ai": before a question word it denies too (see `deniedBefore`).
    if (NEGATIONS.has(t.surface) && next && clauses[i + 1] === clauses[i] && (next.status !== "question" || SEEING.has(next.surface) || WH_WORDS.has(next.surface))) return;
    asking.add(clauses[i]!);
  });
  settingAsksNothing(terms, clauses, asking);
  // A clause the officer closed with a question mark asks ("… phân tán hay tập trung dzậy?"), unless
  // it follows one that asks: then it lists alternatives ("Bộ nào, Bộ Công an hay Bộ KHCN?").
  for (const end of marked) {
    const c = clauses[end];
    if (c !== undefined && ![...asking].some((a) => a < c)) asking.add(c);
  }
  // "Em cần số điện thoại anh Sơn …", "tui cần danh sách …": a need stated is a request.
  terms.forEach((_, i) => statesNeed(terms, clauses, i) && asking.add(clauses[i]!));
  // A request asks too, when nothing else does ("Cho em xin link form …, deadline gấp lắm").
  if (asking.size === 0) terms.forEach((t, i) => t.status === "question" && t.surface === "xin" && asking.add(clauses[i]!));
  // So do two alternatives offered ("… là bắt buộc hay chỉ tham khảo vậy a, team dev bên e đang cãi nhau").
  if (asking.size === 0) {
    const offer = terms.findIndex((_, i) => offersAlternative(terms, clauses, i));
    if (offer > 0) asking.add(clauses[offer]!);
  }
  // "Xin xác nhận họ tên, chức vụ người ký …": a clause opening with another kind of fact lists on
  // what the request asks for.
  for (const c of [...asking].sort((x, y) => x - y)) {
    const at = clauses.indexOf(c + 1);
    const opening = terms.slice(at, at + 2).map((t) => t.surface).join(" ");
    if (at > 0 && terms[at - 1]!.status !== "question" && KIND_CUES.some(([, re]) => re.test(opening))) asking.add(c + 1);
  }
  const guesses = dropOfferedAlternatives(terms, clauses, asking);
  for (const c of dropRhetorical(terms, clauses, asking)) guesses.add(c);
  dropOwnNarrative(terms, clauses, asking);
  dropCheckedGuesses(terms, clauses, asking);
  // "…, em thấy cv trích là số 140 ngày 12/01/2026, đúng k ad?": a clause that is only a tag asks
  // about the clause before it.
  // So does one that names only the kind of answer ("…, số bao nhiêu ngày nào thế ad").
  // So does one opening with the tag, whatever else it offers ("…, có đúng ko hay sớm hơn ạ").
  for (const c of [...asking]) if (c > 0 && (terms.every((t, i) => clauses[i] !== c || t.status === "question" || ANSWER_KIND_WORDS.has(t.surface)) || opensWithTag(terms, clauses, c))) asking.add(c - 1);
  if (asking.size === 0) return alternatives;
  if (frontedTopic(terms, clauses) && asking.has(1)) asking.add(0);
  // "… kế hoạch tập huấn, kế hoạch đó số bao nhiêu": the question points back at the clause just
  // before it, which is asked about too; the pointer itself says nothing the letters could hold.
  const context = clauses.some((c) => !asking.has(c));
  const pointer = context ? terms.findIndex((t, i) => asking.has(clauses[i]!) && refersBack(terms, i)) : -1;
  const referent = pointer >= 0 ? clauses[pointer]! - 1 : -1;
  if (pointer >= 0) terms[pointer]!.weight = 0;
  const own = ownPurpose(terms, clauses, asking);
  // "Bộ VH bắt Sở cử 2 người, còn cv TPHCM giao các sở làm gì": what "còn" turns from is the other
  // side of a comparison, weighed like a guess.
  const pivot = clauses.find((c, i) => asking.has(c) && c > 0 && clauses[i - 1] !== c && terms[i]!.surface === "con");
  if (pivot !== undefined) clauses.forEach((c) => c < pivot && !asking.has(c) && own.add(c));
  terms.forEach((t, i) => {
    if (asking.has(clauses[i]!) || clauses[i] === referent || i === pointer) return;
    // Question words of the context ask nothing either ("tui nhớ hai ngàn mấy đó").
    t.context = true;
    // The officer's own purpose, and a guess the answer will correct ("…, có phải tắt luôn không"),
    // weigh least.
    t.weight *= own.has(clauses[i]!) || guesses.has(clauses[i]!) ? TUNING.ownPurpose : TUNING.contextClause;
  });
  return alternatives;
}

/**
 * "Giả sử xã em chưa tích hợp xong, thì … từ ngày nào ạ, để em tính còn kịp không": the "chưa" of a
 * condition and the "không" of the officer's own purpose set the scene; when another clause asks,
 * they ask nothing (a question word in them still asks).
 */
function settingAsksNothing(terms: readonly QueryTerm[], clauses: readonly number[], asking: Set<number>): void {
  // "Nếu xã em thắc mắc … tới chừng nào thì văn bản nói sao": a question word in the condition asks.
  const asksWhich = (c: number) => terms.some((t, i) => clauses[i] === c && t.status === "question" && WH_WORDS.has(t.surface));
  const sets = [...asking].filter((c) => !asksWhich(c) && (conditionOf(terms, clauses, c) !== undefined || opensOwnPurpose(terms, clauses, c)));
  if (sets.length < asking.size) for (const c of sets) asking.delete(c);
}

/** The first term of clause `c` past any question words ("dạ", "em"), or -1. */
function clauseOpening(terms: readonly QueryTerm[], clauses: readonly number[], c: number): number {
  let i = clauses.indexOf(c);
  while (i >= 0 && i < terms.length && clauses[i] === c && terms[i]!.status === "question") i++;
  return i >= 0 && i < terms.length && clauses[i] === c ? i : -1;
}

/**
 * Where clause `c` opens with a condition ("nếu", "giả sử", "trường hợp") closed by "thì"
 * (`settingApart`), and how many terms open it; undefined when it does not.
 */
function conditionOf(terms: readonly QueryTerm[], clauses: readonly number[], c: number): { at: number; length: number } | undefined {
  const at = clauseOpening(terms, clauses, c);
  const length = at >= 0 ? conditionOpening([terms[at]!.surface, terms[at + 1]?.surface ?? ""], 0) : 0;
  return length > 0 && terms[clauses.lastIndexOf(c) + 1]?.surface === "thi" ? { at, length } : undefined;
}

/**
 * "Giả sử", "trường hợp" opening a condition closed by "thì" weigh nothing, as "nếu" does: they
 * frame the scene and name no topic ("giả sử xã em chưa tích hợp xong thì …").
 */
function dropConditionOpeners(terms: QueryTerm[], clauses: readonly number[]): void {
  for (const c of new Set(clauses)) {
    const condition = conditionOf(terms, clauses, c);
    for (let k = 0; condition && k < condition.length; k++) terms[condition.at + k]!.weight = 0;
  }
}

/** Whether clause `c` is the officer's purpose ("để em báo lãnh đạo", `settingApart`). */
function opensOwnPurpose(terms: readonly QueryTerm[], clauses: readonly number[], c: number): boolean {
  const i = clauses.indexOf(c);
  return i > 0 && terms[i]!.surface === "de" && ASKER.has(terms[i + 1]?.surface ?? "");
}

/** Whether clause `c` opens with a tag asking to confirm ("có đúng không", "đúng ko", "phải không"). */
function opensWithTag(terms: readonly QueryTerm[], clauses: readonly number[], c: number): boolean {
  const at = clauses.indexOf(c);
  const head = terms.slice(at, at + 3).filter((_, k) => clauses[at + k] === c);
  const tag = head.findIndex((t) => t.status === "question" && (t.surface === "dung" || t.surface === "phai"));
  return tag >= 0 && YES_NO_WORDS.has(head[tag + 1]?.surface ?? "") && head.slice(0, tag).every((t) => t.surface === "co");
}

/** Periods whose start ("đầu năm", "đầu tháng") is said with "đầu", folded. */
const PERIODS: ReadonlySet<string> = new Set(["nam", "thang", "tuan", "quy", "ky"]);

/** When the officer's telling of themselves is set ("trước em ở phòng VH huyện", "hiện tôi …", "giờ em …"), folded. */
const WHEN_OPENERS: ReadonlySet<string> = new Set(["truoc", "hien", "gio", "nay", "vua", "moi"]);

/** The start of a phone number as typed ("0905"), and a phone number as the letters' tokens read it. */
const PHONE_START = /^0\d{3,6}$/;
const PHONE_TOKEN = /^0\d{9,10}$/;

/** Words that open the officer's telling of themselves ("em làm ở đặc khu", "chú là cán bộ", "dạ chị ở …", "kính gửi …"), folded. */
const SELF: ReadonlySet<string> = new Set(["em", "e", "minh", "toi", "tui", "chung", "bon", "chu", "chi", "anh", "da", "chao", "kinh"]);

/** What follows "trước" when it means before now ("trước giờ", "trước đây", "trước kia", "trước nay"), folded. */
const BEFORE_NOW: ReadonlySet<string> = new Set(["gio", "day", "kia", "nay"]);

/** Whether a clause at `i` opens by telling how things were ("Trước giờ …", "Hồi trước …", "Mấy lần trước …"). */
function tellsThen(terms: readonly QueryTerm[], i: number): boolean {
  const [a, b, c] = [terms[i]?.surface, terms[i + 1]?.surface, terms[i + 2]?.surface];
  return (a === "truoc" && BEFORE_NOW.has(b ?? "")) || (a === "hoi" && b === "truoc") || (b === "lan" && c === "truoc") || (a === "lan" && b === "truoc");
}

/**
 * What the officer says around the question, not asking: context clauses before it that open with
 * the officer ("Chào bot, em làm ở đặc khu ngoài đảo, …", "dạ chị ở …", "xã em …"), and those after
 * it that ask nothing ("…? Tôi cần tóm tắt để báo cáo Chủ tịch xã."). They weigh `TUNING.aside` of
 * their weight. Returns whether any did.
 */
function discountAsides(terms: QueryTerm[], clauses: readonly number[] | undefined): boolean {
  if (!clauses || clauses.length !== terms.length) return false;
  const asked = terms.findIndex((t) => !t.context);
  let lastAsked = -1;
  terms.forEach((t, i) => !t.context && (lastAsked = i));
  if (asked < 0) return false;
  const own = new Set<number>();
  const asking = new Set<number>();
  terms.forEach((t, i) => {
    const opens = i === 0 || clauses[i - 1] !== clauses[i];
    const selfAfter = SELF.has(terms[i + 1]?.surface ?? "");
    if (i < asked && opens && (SELF.has(t.surface) || ((OWN_UNITS.has(t.surface) || WHEN_OPENERS.has(t.surface)) && selfAfter) || tellsThen(terms, i))) own.add(clauses[i]!);
    // After the question, a clause that asks, requests or offers alternatives is no aside ("mà ko
    // rõ deadline": "không" before a word denies, it asks nothing).
    const denies = NEGATIONS.has(t.surface) && terms[i + 1] !== undefined && clauses[i + 1] === clauses[i] && terms[i + 1]!.status !== "question";
    if (i > lastAsked && ((t.status === "question" && !denies && (ASKING_WORDS.has(t.surface) || t.surface === "xin")) || t.surface === "hay" || t.surface === "hoac")) asking.add(clauses[i]!);
  });
  const asides = terms.filter((t, i) => t.context && t.weight > 0 && ((i < asked && own.has(clauses[i]!)) || (i > lastAsked && !asking.has(clauses[i]!))));
  for (const t of asides) t.weight *= TUNING.aside;
  return asides.length > 0;
}

/** Verbs by which a body speaks through its letter ("nói", "bảo", "yêu cầu", "đề nghị", "chốt", "quy định"), folded. */
const SPEAKER_CUE = /\b(noi|bao|yeu cau|de nghi|chot|quy dinh|keu|dan)\b/;
const SPEAKING = new RegExp(`^${SPEAKER_CUE.source}`);
/** Words heading a body's name before its acronym ("Bộ KHCN", "Cục CĐS", "Trung tâm CĐS"), folded. */
const BODY_HEADS: ReadonlySet<string> = new Set(["bo", "so", "cuc", "trung", "tam", "tt"]);
/** How far into the question a body named as the speaker may start ("Vì sao Bộ VH đề nghị …"). */
const MAX_SPEAKER_START = 3;

/**
 * "Bộ KHCN nói lịch tập huấn … bắt đầu từ ngày nào", "Vì sao Bộ VH đề nghị các bộ …": the body the
 * officer names as speaking, at the start of the question, is their idea of whose letter it is,
 * which may be wrong; read as context, a passage stating what is asked answers whoever wrote it.
 * Returns whether such a body was found.
 */
function markSpeaker(terms: QueryTerm[]): boolean {
  // Only what asks may come before the body ("Vì sao Bộ VH đề nghị …"), not what it belongs to
  // ("Kế hoạch của Bộ Công an nói trong cv …").
  const opens = (r: readonly number[]) => r[0]! <= MAX_SPEAKER_START && terms.slice(0, r[0]).every((t) => t.status === "question" || t.surface === "theo" || BODY_HEADS.has(t.surface));
  const run = organisationRuns(terms).find((r) => opens(r) && speaksAt(terms, r[r.length - 1]! + 1));
  if (!run) return false;
  for (const k of run) if (!terms[k]!.context) weighAsContext(terms[k]!);
  return true;
}

/** Whether a verb of speaking (`SPEAKER_CUE`) starts at term `i`. */
function speaksAt(terms: readonly QueryTerm[], i: number): boolean {
  return SPEAKING.test(`${terms[i]?.surface ?? ""} ${terms[i + 1]?.surface ?? ""}`);
}

/** Words that make a clause a request before its verb ("cần xác định", "đề nghị xác định"), folded. */
const REQUEST_OPENERS: ReadonlySet<string> = new Set(["can", "de nghi", "yeu cau", "xin", "hay", "vui long", "toi can", "em can", "chung toi can"]);

/** Whether syllable `i` opens the question or one of its clauses (known only when the clauses line up). */
function opensClause(sylls: readonly string[], clauses: readonly number[] | undefined, i: number): boolean {
  return i === 0 || (clauses?.length === sylls.length && clauses[i - 1] !== clauses[i]);
}

/** Whether syllable `i` opens its clause, or follows only a request opener there ("Cần xác định …"). */
function opensRequest(sylls: readonly string[], clauses: readonly number[] | undefined, i: number): boolean {
  if (opensClause(sylls, clauses, i)) return true;
  if (clauses?.length !== sylls.length) return false;
  const start = clauses.indexOf(clauses[i]!);
  return REQUEST_OPENERS.has(sylls.slice(start, i).join(" "));
}

/**
 * "… hỗ trợ từng địa phương không ạ, hay …": "không" closing its clause (only particles after it)
 * asks yes or no, though the letters write its syllables side by side across a comma ("địa phương,
 * không làm ảnh hưởng").
 */
function closesYesNo(sylls: readonly string[], clauses: readonly number[] | undefined, i: number): boolean {
  if (!YES_NO_WORDS.has(sylls[i]!) || i === 0) return false;
  for (let k = i + 1; k < sylls.length; k++) {
    if (clauses?.length === sylls.length && clauses[k] !== clauses[i]) return true;
    if (!CLOSING_PARTICLES.has(sylls[k]!)) return false;
  }
  return true;
}

/** Most syllables of what an officer believes and asks to confirm ("là … đúng không"). */
const MAX_BELIEF = 8;

/**
 * "QĐ 2618 … là của Bộ Công an ban hành đúng không", "… là tỉnh tự làm phải không": what follows
 * "là" up to the words asking to confirm is the officer's belief, which the letter may contradict;
 * read as context (its kind still asked), a passage stating the truth about the subject answers.
 * Returns whether a belief was found.
 */
function markBelief(terms: QueryTerm[], names: readonly number[][]): boolean {
  const confirm = lastIndex(terms.length, (i) => (terms[i]!.surface === "phai" || terms[i]!.surface === "dung") && YES_NO_WORDS.has(terms[i + 1]?.surface ?? ""));
  if (confirm < 2) return false;
  const is = lastIndex(confirm, (i) => terms[i]!.surface === "la");
  const span = is >= 1 && confirm - is - 1 >= 1 && confirm - is - 1 <= MAX_BELIEF ? range(is + 1, confirm) : namedBefore(terms, confirm, names);
  const belief = span.filter((k) => terms[k]!.status !== "question" && !terms[k]!.context);
  for (const k of belief) {
    weighAsContext(terms[k]!);
    terms[k]!.offered = true;
  }
  return belief.length > 0;
}

/**
 * What someone else said, quoted before or after the officer's own question ("“Tiếp theo CV 104
 * ngày 18/01” - cho em hỏi cv 104 ngày nào"): read as the officer's belief, which the letter may
 * contradict, when the officer asks something outside the quotes. Returns whether any was quoted.
 */
function markQuoted(terms: QueryTerm[], quoted: ReadonlySet<number>): boolean {
  const outside = terms.some((t, i) => !quoted.has(i) && t.status !== "question" && !t.context);
  const said = [...quoted].filter((k) => terms[k] && terms[k].status !== "question" && !terms[k].context);
  if (!outside || said.length === 0) return false;
  for (const k of said) {
    weighAsContext(terms[k]!);
    terms[k]!.offered = true;
  }
  return true;
}

/**
 * "… phản ánh về Cục Kiểm soát TTHC phải không", "có gửi báo cáo Thứ trưởng Lê Mạnh Hùng phải
 * không": without "là", the bodies and people named just before are the belief (a letter's number
 * there names what is asked about: "cv 104 … yêu cầu …, đúng không").
 */
function namedBefore(terms: readonly QueryTerm[], confirm: number, names: readonly number[][]): number[] {
  // People named in the letters' syllables ("Lê Mạnh Hùng"), not a technical word typed in capitals ("API REST").
  const people = names.filter((run) => run.every((k) => terms[k]!.status === "known"));
  return [...organisationRuns(terms), ...people].flat().filter((k) => k < confirm && k >= confirm - MAX_BELIEF);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The last index below `end` that `test` holds for, or -1. */
function lastIndex(end: number, test: (i: number) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (test(i)) return i;
  return -1;
}

/**
 * Words after the first question mark ("… do ai ký? Và tại điểm 5, …?", "…? Xã tôi … không có quyền
 * gì hết") weigh as asides: the first question alone is answered. Returns whether any did.
 */
function discountLaterQuestions(terms: QueryTerm[], marked: ReadonlySet<number>): boolean {
  if (marked.size === 0) return false;
  const end = Math.min(...marked);
  let any = false;
  terms.forEach((t, i) => {
    if (i <= end || t.weight === 0) return;
    t.weight *= TUNING.aside;
    t.context = true;
    any = true;
  });
  return any;
}

/**
 * "Thì" that only links on weighs nothing: right after the asking words ("bao giờ thì thôi", "khi
 * nào thì xong"), and closing a condition told as context (`settingApart`: "nếu có thì bằng công văn
 * số mấy"). Runs once what is context is known.
 */
function dropLinkingThen(terms: QueryTerm[]): void {
  terms.forEach((t, i) => {
    if (t.surface !== "thi" || !typedAs(t, THI)) return;
    const prev = terms[i - 1];
    const afterAsking = prev !== undefined && prev.status === "question" && (WH_WORDS.has(prev.surface) || prev.surface === "gio");
    const closesCondition = !t.context && prev?.context === true && prev.surface !== "thi" && terms.slice(0, i).some((x) => x.context && CONDITIONS.has(x.surface));
    if (afterAsking || closesCondition) t.weight = 0;
  });
}

/**
 * "Gọi mãi không ai bắt máy", "không nghe máy", "trước giờ anh ấy nghe máy bàn, …": picking up the
 * phone, denied or told as context, is how the officer fared, and names nothing a passage could
 * hold; it weighs nothing. ("Thứ 7 có nghe máy không" asks it.) Runs once context is known.
 */
function dropPickingUp(terms: QueryTerm[]): void {
  terms.forEach((t, i) => {
    const verb = terms[i - 1];
    const denied = [terms[i - 2], terms[i - 3]].some((x, k) => x !== undefined && NEGATIONS.has(x.surface) && (k === 0 || terms[i - 2]!.surface === "ai"));
    if (t.surface !== "may" || t.status === "question" || !verb || !PICKING_UP.has(verb.surface) || !(denied || t.context)) return;
    t.weight = 0;
    verb.weight = 0;
  });
}

/** "Ở" as typed with its marks (not "ô", "ổ"). */
const O_IN = accentKey("ở");

/**
 * "Ban hành ở văn bản nào", "nằm ở phụ lục mấy": "ở" before the words asking which only places the
 * question; like "ở đâu", it weighs nothing (a short question is otherwise mostly this one word).
 */
function dropInBeforeWhich(terms: QueryTerm[]): void {
  terms.forEach((t, i) => {
    if (t.surface !== "o" || t.status === "question" || !typedAs(t, O_IN)) return;
    const which = [1, 2, 3, 4].some((k) => terms[i + k]?.status === "question" && (terms[i + k]!.surface === "nao" || terms[i + k]!.surface === "may") && terms.slice(i + 1, i + k).every((x) => x.status !== "question"));
    if (which) t.weight = 0;
  });
}

/** Most words of a topic put before the question ("Hạ tầng, ATTT khi kết nối thì hỏi ai"). */
const MAX_FRONTED = 4;

/**
 * "Vấn đề hạ tầng, ATTT khi kết nối … thì liên hệ ai": a short first clause of nothing but words
 * (no one speaking, no verb of the officer's) puts the topic first; it is asked about, not context.
 */
function frontedTopic(terms: readonly QueryTerm[], clauses: readonly number[]): boolean {
  const first = terms.filter((_, i) => clauses[i] === 0);
  return first.length > 0 && first.length <= MAX_FRONTED && first.every((t) => t.status !== "question" && t.status !== "unknown" && !ASKER.has(t.surface));
}

/** Asking words that also say "some" or "not" in a narrative ("gọi mấy lần không được"). */
const NARRATIVE_ASKING: ReadonlySet<string> = new Set(["may", ...NEGATIONS]);

/**
 * "…, chúng tôi gọi mấy lần không được": after a clause that asks, one that opens with the officer
 * and has no other asking word tells what happened to them ("mấy lần", several times); it asks nothing.
 */
/**
 * Phrases with which an officer turns from telling to asking ("Tôi xin phép hỏi …", "cho em hỏi …",
 * "em muốn hỏi …"), folded.
 */
const ASK_MARKERS = [
  "xin phep", "cho em hoi", "cho toi hoi", "cho minh hoi", "em muon hoi", "toi muon hoi", "minh muon hoi", "xin hoi", "cho hoi",
  "cho toi biet", "cho em biet", "xin cho biet", "kinh de nghi", "xin tran trong hoi", "kinh hoi",
].map((p) => p.split(" "));

/**
 * "Kính gửi các đồng chí. Tôi làm văn hóa xã đã lâu, mới được giao việc này. Tôi xin phép hỏi …":
 * the sentences told before the one that turns to asking are the officer's own story. They weigh
 * `TUNING.preamble` of their weight, unless the officer closed one with a question mark.
 */
function markPreamble(terms: QueryTerm[], sylls: readonly string[], starts: ReadonlySet<number>, marked: ReadonlySet<number>): void {
  if (terms.length !== sylls.length || starts.size === 0) return;
  let ask = -1;
  for (let i = 0; i < sylls.length; i++) if (ASK_MARKERS.some((m) => m.every((w, k) => sylls[i + k] === w))) ask = i;
  let start = -1;
  for (const st of starts) if (st <= ask && st > start) start = st;
  if (start <= 0) return;
  let from = 0;
  for (const end of [...starts].filter((st) => st <= start).sort((x, y) => x - y)) {
    // A sentence the officer closed with "?" asks for itself.
    const asks = [...marked].some((m) => m >= from && m < end);
    for (let i = from; i < end && !asks; i++) {
      weighAsPreamble(terms[i]!);
    }
    from = end;
  }
}

/**
 * "Em chào anh chị ạ. Xã em biên chế ít, ai cũng kiêm nhiệm mấy việc. Theo kế hoạch … mỗi xã phải
 * bố trí mấy người?": read otherwise, every sentence before the last one that asks is the officer's
 * story, however it is worded ("ai cũng", "em chưa rõ … cái gì"), and weighs like a preamble.
 * Returns the terms it marked: what the story asks for ("gồm những cột nào", "đã có kết quả chưa")
 * still tells what kind of answer is wanted.
 */
function markStoryBefore(terms: QueryTerm[], starts: ReadonlySet<number>, marked: ReadonlySet<number>): Set<number> {
  const ends = [...starts, terms.length].sort((x, y) => x - y);
  const endOf = (i: number) => ends.find((e) => e > i) ?? terms.length;
  // "Tôi tìm mãi không thấy": "không" before a word denies; it asks only closing its sentence.
  const closes = (i: number) => terms.slice(i + 1, endOf(i)).every((t) => CLOSING_PARTICLES.has(t.surface));
  const asksAt = (i: number) => terms[i]!.status === "question" && ASKING_WORDS.has(terms[i]!.surface) && (!NEGATIONS.has(terms[i]!.surface) || closes(i));
  const from = Math.max(0, ...[...starts].filter((st) => terms.slice(st).some((_, k) => asksAt(st + k))));
  const story = new Set<number>();
  // A sentence the officer closed with "?" asks for itself.
  if ([...marked].some((m) => m < from)) return story;
  for (let i = 0; i < from && i < terms.length; i++) {
    const t = terms[i]!;
    if (t.weight === 0) continue;
    if (!t.context) story.add(i);
    weighAsPreamble(t);
  }
  return story;
}

/**
 * "… là ngày nào ạ? Đảo em đi tàu vào đất liền mất cả ngày, nên em sợ bị trễ.": whole sentences
 * told after the question mark that closes the last asking sentence, asking nothing, say why the
 * officer asks; they weigh like a preamble.
 */
function markPostscript(terms: QueryTerm[], starts: ReadonlySet<number>, marked: ReadonlySet<number>): void {
  const asksAt = (i: number) => terms[i]!.status === "question" && ASKING_WORDS.has(terms[i]!.surface) && !terms[i]!.context;
  const lastMark = Math.max(-1, ...[...marked].filter((m) => terms.slice(0, m + 1).some((_, i) => asksAt(i))));
  const from = Math.min(...[...starts].filter((st) => st > lastMark));
  if (lastMark < 0 || !Number.isFinite(from) || from >= terms.length) return;
  if (terms.some((_, i) => i >= from && asksAt(i)) || [...marked].some((m) => m >= from)) return;
  for (let i = from; i < terms.length; i++) weighAsPreamble(terms[i]!);
}

/** Openings of a rhetorical question ("chẳng lẽ", "không lẽ", "lẽ nào"), folded. */
const RHETORICAL = [["chang", "le"], ["khong", "le"], ["le", "nao"]];

/**
 * "Sở phải cử bao nhiêu người, chẳng lẽ cả phòng đi hết à?": a clause opening with "chẳng lẽ" is
 * the officer's complaint or guess, not what is asked, when another clause asks. Returns those
 * clauses, which weigh least.
 */
function dropRhetorical(terms: readonly QueryTerm[], clauses: readonly number[], asking: Set<number>): number[] {
  const rhetorical = [...new Set(clauses)].filter((c) => {
    const at = clauses.indexOf(c);
    return RHETORICAL.some(([a, b]) => terms[at]?.surface === a && terms[at + 1]?.surface === b);
  });
  if ([...asking].every((c) => rhetorical.includes(c))) return [];
  for (const c of rhetorical) asking.delete(c);
  return rhetorical;
}

function dropOwnNarrative(terms: readonly QueryTerm[], clauses: readonly number[], asking: Set<number>): void {
  if (asking.size < 2) return;
  const first = Math.min(...asking);
  for (const c of [...asking]) {
    if (c === first) continue;
    const at = clauses.indexOf(c);
    const opener = terms[at]!.surface === "chung" ? terms[at + 1]?.surface : terms[at]!.surface;
    if (!ASKER.has(opener ?? "")) continue;
    const words = terms.filter((t, i) => clauses[i] === c && t.status === "question" && ASKING_WORDS.has(t.surface));
    if (words.every((t) => NARRATIVE_ASKING.has(t.surface))) asking.delete(c);
  }
}

/**
 * "…, em cần ghi vào báo cáo", "… ? Tui đang viết tờ trình": after the question, a clause that opens
 * with the officer ("em", "tui", "bên em") tells what they will do with the answer, not what it is about.
 */
function ownPurpose(terms: readonly QueryTerm[], clauses: readonly number[], asking: ReadonlySet<number>): Set<number> {
  const first = Math.min(...asking);
  const out = new Set<number>();
  terms.forEach((t, i) => {
    const opens = i === 0 || clauses[i - 1] !== clauses[i];
    if (opens && clauses[i]! > first && !asking.has(clauses[i]!) && ASKER.has(t.surface)) out.add(clauses[i]!);
  });
  return out;
}

/** Whether the question asks for someone's number: "sđt", "xin số", "số của …", "số điện thoại". */
function asksSomeonesNumber(terms: readonly QueryTerm[]): boolean {
  return terms.some((t, i) => t.surface === "sdt" || (t.surface === "so" && (terms[i - 1]?.surface === "xin" || ["cua", "dien"].includes(terms[i + 1]?.surface ?? ""))));
}

/**
 * "Cho em xin số chị Trang, em gọi hỏi vụ tài khoản", "số của anh Hạnh để hỏi tài khoản": asked for
 * someone's number, what the officer means to ask them ("để hỏi về …", "gọi hỏi …") is context up
 * to the end of its clause: the letters give the number, never the matter. "Gọi ai để hỏi về tài
 * khoản" asks no number: the matter decides whom to call.
 */
function markCallPurpose(terms: readonly QueryTerm[], clauses: readonly number[] | undefined): void {
  if (!asksSomeonesNumber(terms)) return;
  const clauseOf = (i: number) => clauses?.[i] ?? 0;
  const at = terms.findIndex((t, i) => t.surface === "hoi" && t.status !== "question" && (terms[i - 1]?.surface === "de" || terms[i - 1]?.surface === "goi") && clauseOf(i - 1) === clauseOf(i));
  if (at < 0) return;
  let end = at + 1;
  while (end < terms.length && clauseOf(end) === clauseOf(at)) end++;
  if (terms.slice(at, end).some((t) => t.status === "question" && WH_WORDS.has(t.surface))) return;
  for (let k = at - 1; k < end; k++) if (!terms[k]!.context) weighAsContext(terms[k]!);
}

/** Asking words that ask for something ("gì", "nào", "bao nhiêu"), not for yes or no. */
const WH_WORDS: ReadonlySet<string> = new Set(["gi", "nao", "ai", "dau", "sao", "may", "bao", "nhieu", "ntn", "bh"]);

/**
 * Whether the term at `i` offers the officer's own guess for confirmation: "… được không", "có phải
 * … không", "… đúng không", "hay là …".
 */
function offersGuess(terms: readonly QueryTerm[], i: number): boolean {
  const s = terms[i]!.surface;
  const next = terms[i + 1]?.surface ?? "";
  if ((s === "duoc" || s === "dung") && NEGATIONS.has(next)) return true;
  return s === "phai" || ((s === "hay" || s === "hoac") && (i === 0 || next === "la"));
}

/** Most words of a yes-or-no clause offering a guess ("cấp huyện có không"). */
const MAX_GUESS = 3;

/**
 * "Gửi qua đơn vị nào ạ, gửi thẳng VP Bộ được không?": after a clause asking what, which or where,
 * a clause that only offers a guess to confirm (`offersGuess`) is not what is asked; it is context
 * (`markContext`): a passage need not mention it.
 */
function dropOfferedAlternatives(terms: readonly QueryTerm[], clauses: readonly number[], asking: Set<number>): Set<number> {
  const dropped = new Set<number>();
  const wh = new Set<number>();
  const guess = new Set<number>();
  terms.forEach((t, i) => {
    const c = clauses[i]!;
    if (t.status === "question" && WH_WORDS.has(t.surface) && asking.has(c)) wh.add(c);
    if (offersGuess(terms, i) || (t.surface === "hay" && clauses[i - 1] !== c)) guess.add(c);
  });
  if (wh.size === 0) return dropped;
  const first = Math.min(...wh);
  for (const c of [...asking]) {
    if (c <= first || wh.has(c) || !guess.has(c)) continue;
    asking.delete(c);
    dropped.add(c);
  }
  return dropped;
}

/**
 * "Cấp nào ạ, cấp huyện có không?", "hình thức nào, có nhóm zalo không": a short clause asking only
 * yes or no, after one asking which, checks a guess against the answer; it is context, not a second
 * question, unless it asks for a kind of fact of its own ("…, có sđt không").
 */
function dropCheckedGuesses(terms: readonly QueryTerm[], clauses: readonly number[], asking: Set<number>): void {
  const wh = terms.findIndex((t, i) => t.status === "question" && WH_WORDS.has(t.surface) && asking.has(clauses[i]!));
  if (wh < 0) return;
  for (const c of [...asking]) {
    if (c <= clauses[wh]!) continue;
    const inClause = terms.filter((_, i) => clauses[i] === c);
    const words = inClause.filter((t) => t.status !== "question");
    const yesNoOnly = inClause.some((t) => t.status === "question" && YES_NO_WORDS.has(t.surface)) && !inClause.some((t) => t.status === "question" && WH_WORDS.has(t.surface));
    const text = words.map((t) => t.surface).join(" ");
    if (yesNoOnly && words.length <= MAX_GUESS && !words.some((t) => ANSWER_KIND_WORDS.has(t.surface)) && !KIND_CUES.some(([, re]) => re.test(text))) asking.delete(c);
  }
}

/**
 * "Năm 2025 hay 2026": of two numbers offered as alternatives, the second is the officer's other
 * guess; a passage that gives the first need not name it (`names`, focus).
 */
function markAlternativeNumbers(terms: QueryTerm[]): void {
  terms.forEach((t, i) => {
    const next = terms[i + (terms[i + 1]?.surface === "la" ? 2 : 1)];
    if ((t.surface !== "hay" && t.surface !== "hoac") || !next || !/^\d+$/.test(next.surface) || !/^\d+$/.test(terms[i - 1]?.surface ?? "")) return;
    weighAsContext(next);
  });
}

/** "Kiểu", "như", "ví dụ": what follows gives examples, not alternatives, folded. */
const EXAMPLE_CUES: ReadonlySet<string> = new Set(["kieu", "nhu", "vd"]);

/** Most syllables of a declined question that is read again (`otherReadings`); each reading costs a full analysis. */
const MAX_REREAD_SYLLABLES = 200;

/** Most syllables of an alternative offered after "hay" ("tập trung hay phân tán"). */
const MAX_ALTERNATIVE = 3;
/** Most syllables of the second alternative when the question is also read the other way round. */
const MAX_ALTERNATIVE_READ = 6;

/**
 * How a question is read. As first read ("second"), of two alternatives offered ("A hay B") B, when
 * short, is the officer's other guess. When that finds no answer it is read again: with A as the
 * guess ("first"), with B as the guess however long ("longSecond": "… tập trung hay mỗi tỉnh tự
 * làm riêng"), with what the officer says around the question weighing less ("asides"), with
 * only what comes up to the first question mark ("firstAsked"), with the body the officer names as
 * speaking as their guess ("speaker": "Bộ KHCN nói …").
 */
export type Reading = "second" | "first" | "longSecond" | "asides" | "firstAsked" | "guess" | "speaker" | "quoted" | "lastAsked";

/**
 * "Theo mô hình tập trung hay phân tán ạ": the words after "hay" that close the clause are the
 * officer's other guess; a passage that states the first need not name them. Read otherwise
 * (`reading`), the words before "hay" are the guess, or longer words after it: either alternative
 * may be what the letter says. Returns whether any alternative was marked.
 */
function markAlternativeWords(terms: QueryTerm[], clauses: readonly number[], reading: Reading = "second"): boolean {
  const otherWay = reading === "first";
  let marked = false;
  terms.forEach((_, i) => {
    if (!offersAlternative(terms, clauses, i)) return;
    // "… có gửi cho Sở không hay chỉ gửi UBND tỉnh": read the other way round, the first
    // alternative ends before the "không" that closes it.
    const closed = otherWay && YES_NO_WORDS.has(terms[i - 1]!.surface) ? i - 1 : i;
    // As first read, what "không hay chỉ …" restricts to is the officer's other guess: Sở is asked.
    const restricts = reading === "second" && YES_NO_WORDS.has(terms[i - 1]!.surface) && RESTRICTING.has(terms[i + 1]?.surface ?? "");
    if (closed === 0 || clauses[closed - 1] !== clauses[i] || (terms[closed - 1]!.status === "question" && !restricts)) return;
    // "Kiểu qua điện thoại hay nhóm Zalo": examples, each of which a passage may name (read the
    // other way round, either may be the one it names; so may the longer second one).
    if (reading === "second" && terms.some((x, k) => k < i && clauses[k] === clauses[i] && EXAMPLE_CUES.has(x.surface))) return;
    // "… hay là mỗi tỉnh một hệ thống riêng": the guess starts after "là".
    const from = terms[i + 1]?.surface === "la" && clauses[i + 1] === clauses[i] ? i + 2 : i + 1;
    const end = wordsEnd(terms, clauses, i, from);
    // Closed by particles ("… phân tán ạ"), not by a question word ("gửi thẳng bộ hay qua đâu").
    const closes = terms.slice(end).every((x, k) => clauses[end + k] !== clauses[i] || (x.status === "question" && !WH_WORDS.has(x.surface)));
    const words = terms.slice(from, end);
    const length = alternativeLength(terms, clauses, i, words);
    // Numbers offered as alternatives are `markAlternativeNumbers`'s.
    const most = reading === "second" ? MAX_ALTERNATIVE : MAX_ALTERNATIVE_READ;
    if (words.length < 1 || length > most || (reading === "longSecond" && length <= MAX_ALTERNATIVE) || !closes || words.some((x) => /^\d/.test(x.surface))) return;
    const [guessFrom, guessTo] = otherWay ? [firstAlternative(terms, clauses, closed, words.length), closed] : [from, end];
    for (let k = guessFrom; k < guessTo; k++) {
      weighAsContext(terms[k]!);
      terms[k]!.offered = true;
      marked = true;
    }
  });
  return marked;
}

/** "Chỉ", "cứ": what restricts the other alternative ("hay chỉ gửi UBND tỉnh"), folded. */
const RESTRICTING: ReadonlySet<string> = new Set(["chi", "cu"]);

/**
 * How long the alternative after "hay" (term `at`) is: "… có gửi cho Sở không hay chỉ gửi UBND tỉnh"
 * offers "UBND tỉnh"; a word restricting it or repeated from before "hay" in the clause adds nothing.
 */
function alternativeLength(terms: readonly QueryTerm[], clauses: readonly number[], at: number, words: readonly QueryTerm[]): number {
  const before = new Set(terms.slice(0, at).filter((_, k) => clauses[k] === clauses[at]).map((x) => x.surface));
  return words.filter((w) => !RESTRICTING.has(w.surface) && !before.has(w.surface)).length;
}

/** Whether term `i` is "hay"/"hoặc" offering alternatives within one clause. */
function offersAlternative(terms: readonly QueryTerm[], clauses: readonly number[], i: number): boolean {
  const s = terms[i]?.surface;
  return (s === "hay" || s === "hoac") && i > 0 && clauses[i - 1] === clauses[i];
}

/** Where the words from `from` on, in the clause of `at`, reach a question word or the clause's end. */
function wordsEnd(terms: readonly QueryTerm[], clauses: readonly number[], at: number, from: number): number {
  let end = from;
  while (end < terms.length && clauses[end] === clauses[at] && terms[end]!.status !== "question") end++;
  return end;
}

/**
 * "Gửi thẳng VP Bộ hay qua đơn vị nào": when the words after "hay" ask which, those before it are
 * the officer's guess; a passage that names the unit asked need not name them.
 */
function markGuessBeforeWhich(terms: QueryTerm[], clauses: readonly number[]): boolean {
  let marked = false;
  terms.forEach((_, i) => {
    if (!offersAlternative(terms, clauses, i)) return;
    const end = wordsEnd(terms, clauses, i, i + 1);
    const asksWhich = end - i - 1 <= MAX_ALTERNATIVE && terms.slice(end).some((x, k) => clauses[end + k] === clauses[i] && x.status === "question" && WH_WORDS.has(x.surface));
    if (!asksWhich || terms[end] === undefined || clauses[end] !== clauses[i]) return;
    for (let k = firstAlternative(terms, clauses, i, MAX_ALTERNATIVE); k < i; k++) {
      if (terms[k]!.context) continue;
      weighAsContext(terms[k]!);
      terms[k]!.offered = true;
      marked = true;
    }
  });
  return marked;
}

/** Where the first of two alternatives, ending at `end`, starts: as many words back as the second has, within its clause and after any question word. */
function firstAlternative(terms: readonly QueryTerm[], clauses: readonly number[], end: number, length: number): number {
  let k = end;
  while (k > 0 && end - k < length && clauses[k - 1] === clauses[end - 1] && terms[k - 1]!.status !== "question") k--;
  return k;
}

/**
 * What the officer says around the question, weighed as such: context clauses, alternatives offered,
 * openings and justifications, the preamble before the asking sentence and what follows it, why they
 * ask or call. Returns the clauses closed by a question mark, the sentence starts, and whether
 * alternatives were read (`markContext`).
 */
function markAroundQuestion(terms: QueryTerm[], question: string, sylls: readonly string[], isQuestion: readonly boolean[], clauses: number[] | undefined, reading: Reading) {
  const marked = questionMarked(question);
  const scenes = introductionApart(sylls, settingApart(sylls, isQuestion, splitAfterClosing(sylls, isQuestion, clauses)));
  const alternatives = markContext(terms, scenes, marked, reading);
  dropLinkingThen(terms);
  if (scenes?.length === terms.length) dropConditionOpeners(terms, scenes);
  dropPickingUp(terms);
  markJustification(terms, clauses);
  markPurposeTail(terms, clauses);
  const starts = sentenceStarts(question);
  markPreamble(terms, sylls, starts, marked);
  if (terms.length === sylls.length) markPostscript(terms, starts, marked);
  markCallPurpose(terms, clauses?.length === terms.length ? clauses : undefined);
  return { marked, starts, alternatives };
}

/** A term of the question that is context, not what is asked: it keeps `TUNING.contextClause` of its weight. */
function weighAsContext(t: QueryTerm): void {
  t.weight *= TUNING.contextClause;
  t.context = true;
}

/** A term of the officer's own story told around the question: it keeps `TUNING.preamble` of its weight, whether or not already context. */
function weighAsPreamble(t: QueryTerm): void {
  t.weight *= t.context ? TUNING.preamble / TUNING.contextClause : TUNING.preamble;
  t.context = true;
}

/** Context is searched with its discount too, so it does not pull in passages of its own. */
function discountContextTokens(terms: readonly QueryTerm[], tokens: Map<string, number>): void {
  const asked = new Set(terms.filter((t) => !t.context).flatMap((t) => [t.surface, ...t.resolved]));
  for (const t of terms) {
    if (!t.context) continue;
    for (const tok of [t.surface, ...t.resolved]) {
      const w = tokens.get(tok);
      if (w !== undefined && !asked.has(tok)) tokens.set(tok, w * TUNING.contextClause);
    }
  }
}

/**
 * "Những nền tảng nào", "những nhiệm vụ gì", "liệt kê", "gồm những": the items of something, folded
 * ("về những lĩnh vực gì" asks what it is about).
 */
const ITEMS_CUE = /(?<!\bve )\bnhung( [a-z]+){0,3} (nao|gi|chi|j)\b|\bliet ke\b|\bgom nhung\b/;

/** The kinds of fact a question's wording (folded) asks for, and those it insists on. */
/** "Đính chính nội dung gì", "sửa chỗ nào", "điểm nào": what a letter says or changes. */
const CONTENT_CUE = /\b(noi dung (gi|nao|chi)|cho nao|cho mo|diem nao|nhung diem|(dinh chinh|sua) (gi|cai gi|cai chi|chi|nhung gi|lai gi)|yeu cau dieu (gi|chi)|(quy dinh|noi|ve viec|bao dam|dam bao) (ve )?(dieu |viec |cai )?(gi|chi))\b/;

/** Asking what something says in detail ("ghi sao", "gồm những gì", "có những mốc nào", "cụ thể là gì"), folded. */
const DETAIL_CUE = /\b(ghi (sao|gi|nhung gi|the nao|chi)|gom (nhung )?(gi|cot|muc|noi dung)|co nhung( [a-z]+){1,5} nao|cu the (la )?(gi|nhung gi)|cu the( [a-z]+){1,8} (nhung )?(viec|gi))\b/;

/**
 * Whether the question asks what an appendix or a form it names says ("phụ lục 01 ghi sao", "biểu
 * mẫu gồm những cột gì"), not where to look: the letters attach them, never include them.
 */
function appendixAsked(terms: readonly QueryTerm[], asked: string): boolean {
  const words = terms.flatMap((t) => (t.status === "expanded" || t.status === "corrected" ? t.resolved : [t.surface])).join(" ");
  // "Phụ lục 01 nói về nội dung gì" asks its topic, which the pointer's sentence gives.
  return /\bphu luc (so )?\d+\b|\b(bieu )?mau\b/.test(words) && DETAIL_CUE.test(asked);
}

/**
 * Asking how far someone has got ("TP HCM kết nối xong chưa", "đã hoàn thành … chưa", "tỉnh nào tích
 * hợp xong rồi", "tỉnh nào dẫn đầu", "đã có kết quả gì chưa", "số lượng xã đã cung cấp thông tin"), folded: the letters plan and instruct; none reports progress.
 * ("Làm xong rồi thì gửi đâu", "đã làm xong … rồi nhưng chưa biết gửi đâu" tell a step done, and ask something else.)
 */
const PROGRESS_CUE = /\b(xong|hoan thanh|hoan tat)\b( \w+){0,14} chua\b(?! (biet|ro|hieu|nam|thay)\b)|\b(xong|hoan thanh|hoan tat) roi( (a|vay|z|nhi|hi|chua|ko|khong|k|mn))*$|(?<!huong )\bdan dau\b|\bco ket qua( \w+){0,2} chua\b|\b(so luong|bao nhieu)( \w+){1,3} da (cung cap|gui|dang ky|hoan thanh|ket noi|tich hop|cu|nop|bao cao)\b/;
/**
 * Asking others' opinion ("theo anh em", "theo ý ad") or a judgement of worth
 * ("có ổn hơn", "tốt hơn", "tiện hơn"), folded.
 */
const OPINION_CUE = /\btheo (y )?(ae|anh em|anh chi|cac anh chi|moi nguoi|mn|ad|ban|cac ban|cac dong chi)\b|\b(tot|on|ngon|tien|xin|de dung|de xai|kho dung) hon\b/;

/** "Tỉnh em", "tỉnh mình", "tỉnh bên em": the officer's own province, named elsewhere in the question. */
const OWN_PROVINCE = /\btinh (em|minh|toi|chung toi|bon em|ben em|nha)\b/;

/** "Số điện thoại", "sđt": a phone, folded ("số mấy" asks for a letter's number as often). */
const PHONE_WORDING = /\b(so dien thoai|sdt|so dt)\b/;

/** "Tải ở đâu", "tải về", "download", not "đăng tải ở đâu". */
const DOWNLOAD_CUE = /(?<!\bdang )\btai (o dau|ve|file|ban)\b|\bdownload\b/;

/** "Đến bao giờ", "tới khi nào", "đến lúc nào": until when. */
const UNTIL_CUE = /\b(den|toi) (bao gio|bh|luc nao|khi nao|chung nao|thoi diem nao)\b/;

/** Every match of ISSUED_CUE, compiled once. */
const ISSUED_CUES = new RegExp(ISSUED_CUE.source, "g");

/** The index of the syllable at a character offset of the syllables joined by single spaces. */
function syllableAt(joined: string, offset: number): number {
  return joined.slice(0, offset).split(" ").length - 1;
}

/** "Ký ngày nào", "ban hành khi nào": the verb belongs to the asking (a signing date, ISSUED_CUE). */
function markIssuingVerb(sylls: readonly string[], isQuestion: boolean[]): void {
  const text = sylls.join(" ");
  for (const m of text.matchAll(ISSUED_CUES)) {
    const at = syllableAt(text, m.index);
    const verb = m[1]!.split(" ").length;
    for (let k = 0; k < verb; k++) isQuestion[at + k] = true;
  }
}

/**
 * "Còn (phải) chạy tới lúc nào": in a question asking until when, "còn" (still) belongs to the
 * asking, as "đến bao giờ" does; it names nothing the letters could say.
 */
function markStillUntil(sylls: readonly string[], clauses: readonly number[] | undefined, isQuestion: boolean[]): void {
  const text = sylls.join(" ");
  const cue = UNTIL_CUE.exec(text);
  if (!cue) return;
  const at = syllableAt(text, cue.index);
  for (let i = 0; i < at; i++) {
    const sameClause = clauses?.length !== sylls.length || clauses[i] === clauses[at];
    if (sylls[i] === "con" && sameClause) isQuestion[i] = true;
  }
}

function answerKinds(folded: string): { kinds: Set<AnswerKind>; mustHold: Set<AnswerKind>; whenByEvent: boolean; until: boolean; deadline: boolean; signer: boolean; first: boolean } {
  const kinds = new Set<AnswerKind>();
  for (const [kind, re] of KIND_CUES) if (re.test(folded)) kinds.add(kind);
  // "số mấy", "phụ lục mấy", "ngày mấy" ask for a reference or a date, not for a quantity.
  // "Thứ mấy" (which one) too.
  if (kinds.has("count") && !/\b(bao nhieu|may|so luong)\b/.test(folded.replace(/\b(so|luc|ngay|thang|so hieu|thu|ngay (ban hanh|ky|ra) (la )?) ?(bao nhieu|may)\b/g, ""))) kinds.delete("count");
  // "Mấy cái gì", "mấy nội dung nào": "mấy" before a question word marks the plural, not a count.
  if (kinds.has("count") && !/\bbao nhieu\b/.test(folded) && /\bmay( [a-z]+){1,2} (gi|nao)\b/.test(folded) && !/\bmay\b(?!( [a-z]+){1,2} (gi|nao)\b)/.test(folded)) kinds.delete("count");
  // "Khỏi đụng tới mấy chính sách … có dặn gì", "mấy nội dung vượt thẩm quyền thì báo cáo qua đâu",
  // "phải làm gì với mấy ý kiến": beside a question word that asks what, which, where, why or who,
  // "mấy" marks the plural ("those"), not a count. ("Tổng cộng mấy", "cấp độ mấy" still count.)
  // ("Mấy bạn … tên gì, số bao nhiêu": "số bao nhiêu" asks a number, not a count.)
  if (kinds.has("count") && !/\bbao nhieu\b|\b(tong cong|tat ca|tong so|cap do|cap) may\b/.test(folded.replace(/\bso bao nhieu\b/g, "")) && /\b(gi|nao|dau(?! moi)|sao|ai)\b/.test(folded.replace(/\b(so|luc|ngay|thang|thu) may\b/g, ""))) kinds.delete("count");
  // "… giấy biểu mấy bộ phải tăng cường tập huấn, giấy đó tiếp theo công văn số mấy": asked for a
  // number, another "mấy" marks the plural ("those ministries").
  if (kinds.has("count") && !/\bbao nhieu\b/.test(folded) && /\bso (hieu )?may\b/.test(folded)) kinds.delete("count");
  const signer = SIGNER_CUE.test(folded);
  if (signer || PERSON_SUBJECT.test(folded)) kinds.delete("unit");
  const mustHold = new Set<AnswerKind>();
  for (const [kind, re] of STRICT_CUES) if (re.test(folded)) mustHold.add(kind);
  // "Mấy bạn chuyên viên … tên gì, số bao nhiêu": asked for people, "số" is their phone, unless a
  // letter is named before it ("công văn số mấy").
  // "Số máy anh ấy bao nhiêu": "số máy" (folded like "số mấy") before a person is a phone.
  // ("Công văn số mấy anh": the letter's number, asked of whoever reads.)
  const personsNumber = PERSONS_NUMBER.test(folded) && !LETTER_NUMBER_ADDRESSED.test(folded);
  if ((mustHold.has("person") && mustHold.has("docnumber") && !LETTER_NUMBER_ASKED.test(folded)) || personsNumber) {
    for (const k of [mustHold, kinds]) {
      k.delete("docnumber");
      k.add("phone");
    }
    // "Số máy anh ấy bao nhiêu": the number asked is the phone, no count (nor "mấy anh").
    if (personsNumber) kinds.delete("count");
  }
  // "Qua kênh nào, online hay hotline?": a hotline named among channels is not a number asked for.
  if (kinds.has("channel") && !/\b(sdt|so dt|so dien thoai)\b/.test(folded)) mustHold.delete("phone");
  const whenByEvent = mustHold.has("date") && !DATE_WORDING.test(folded) && /(?<!\btu )\b(khi|chung) nao\b/.test(folded);
  const deadline = mustHold.has("date") && DEADLINE_CUE.test(folded);
  // "Việc đầu tiên UBND tỉnh phải làm … là gì": the first thing to do is a task.
  if (FIRST_CUE.test(folded) && /\b(viec|lam)\b/.test(folded)) kinds.add("task");
  const first = kinds.has("task") && FIRST_CUE.test(folded);
  // "Mẫu … tải ở đâu", "file word tải về": where to download, which only a link can answer ("đăng
  // tải ở đâu" asks where something is posted).
  if (DOWNLOAD_CUE.test(folded)) mustHold.add("link");
  const until = kinds.has("date") && UNTIL_CUE.test(folded);
  // A passage that bounds no time, by a date or an event, cannot say until when.
  if (until) mustHold.add("date");
  return { kinds, mustHold, whenByEvent: whenByEvent || until, until, deadline, signer, first };
}

export interface IndexOptions {
  engine?: EngineFactory;
}

export class SearchIndex {
  readonly passages: IndexedPassage[] = [];
  faqs: IndexedFaq[] = [];
  readonly documents: KbDocument[];
  private issuerSets: Map<string, Set<string>> | undefined;
  /** Document frequency over passages of every token (syllable, pair, expansion), by token id. */
  private readonly df = new IntList(1 << 14);
  private readonly expansions: Map<string, readonly string[]>;
  private readonly miner: AcronymMiner;
  private readonly vocabByLength = new Map<number, string[]>();
  /** The letters' numbers of three digits or more ("2618", "5721"), for numbers typed with two digits swapped. */
  private readonly numbers = new Set<string>();
  private readonly engine: Bm25Engine;
  private readonly faqDf = new Map<string, number>();
  /** Every passage's folded tokens, and its syllables and pairs as written (accent keys). */
  private readonly tokenSets = new TokenSets();
  private readonly accentSets = new TokenSets();
  /** Accent keys of every syllable the letters write: what a typed syllable may be a variant of. */
  private readonly writtenSyllables = new Set<string>();
  private idfUnknown = 0;
  private faqCount = 0;
  /** Letters by the first two syllables of their subject ("huong_dan"), and each subject's syllables. */
  private readonly subjectsByHead = new Map<string, { slug: string; rest: string[]; words: ReadonlySet<string>; afterDocumentWord: boolean }[]>();
  /** In how many letters' subjects each syllable is. */
  private readonly subjectDf = new Map<string, number>();

  /**
   * Built in two streaming passes over the passages, so that memory holds the index and one
   * passage's temporary tokens, never every passage's token lists at once: the first keeps the
   * body syllables (compactly, in the acronym miner) and collects the capitals, which decide the
   * expansions; the second tokenises each passage and feeds the BM25 builder.
   */
  constructor(documents: readonly KbDocument[], faqs: readonly KbFaq[] = [], opts: IndexOptions = {}) {
    this.documents = [...documents];
    const capitals = new Set<string>();
    this.miner = new AcronymMiner(this.firstPass(documents, capitals));
    this.expansions = new Map(DICTIONARY_EXPANSIONS);
    for (const cap of capitals) {
      if (this.expansions.has(cap)) continue;
      const run = this.miner.resolve(cap);
      if (run) this.expansions.set(cap, run);
    }

    const builder = opts.engine ? undefined : new OwnEngineBuilder();
    const whole: FieldTokens[] = [];
    let i = 0;
    for (const doc of documents) {
      const context = documentContext(doc);
      const title = syllables(context);
      const titleTokens = this.expand(title);
      this.addSubject(doc);
      const accentedTitle = tokensOf(accentedSyllables(context, title));
      for (const p of doc.passages) {
        const heading = syllables(p.heading ?? "");
        const body = this.miner.syllablesOf(i);
        const f: FieldTokens = { title: titleTokens, heading: this.expand(heading), body: this.expand(body) };
        const unique = new Set([...f.title, ...f.heading, ...f.body]);
        const ids = this.tokenSets.add(unique);
        // New ids are the largest, so they come last in the sorted run, in order.
        for (const id of ids) {
          if (id === this.df.length) this.df.push(0);
          this.df.data[id]!++;
        }
        const accented = new Set([...accentedTitle, ...tokensOf(accentedSyllables(p.heading ?? "", heading)), ...tokensOf(accentedSyllables(p.text, body))]);
        // What a passage says only through an abbreviation ("ĐT" → "dien thoai") has no written
        // marks: like a word written without them, its folded form stands for any accents.
        const plain = (n: number) => Math.max(0, 2 * n - 1);
        if (f.title.length + f.heading.length + f.body.length > plain(title.length) + plain(heading.length) + plain(body.length)) {
          const written = new Set([...tokensOf(title), ...tokensOf(heading), ...tokensOf(body)]);
          for (const t of unique) if (!written.has(t)) accented.add(t);
        }
        this.accentSets.add(accented);
        for (const t of accented) if (!t.includes(" ")) this.writtenSyllables.add(t);
        if (builder) {
          const { counts, length } = fieldCounts(f, (t) => this.tokenSets.idOf(t));
          builder.add(Float32Array.from(ids, (id) => counts.get(id)!), length);
        } else whole.push(f);
        i++;
      }
    }
    this.tokenSets.freeze();
    this.accentSets.freeze();
    this.engine = builder ? builder.build(this.tokenSets.runs, this.tokenSets.starts, (t) => this.tokenSets.ids.get(t)) : opts.engine!(whole);
    this.setFaqs(faqs);
  }

  /** Lists the passages and collects the capitals; yields each body's syllables to the miner. */
  private *firstPass(documents: readonly KbDocument[], capitals: Set<string>): Generator<string[]> {
    for (const doc of documents) {
      const { passages, contentHash: _hash, ...meta } = doc;
      for (const cap of capitalTokens(documentContext(doc))) capitals.add(cap);
      for (const p of passages) {
        this.passages.push({ id: this.passages.length, doc: meta, ordinal: p.ordinal, ...(p.heading ? { heading: p.heading } : {}), text: p.text });
        for (const cap of capitalTokens(`${p.heading ?? ""} ${p.text}`)) capitals.add(cap);
        yield syllables(p.text);
      }
    }
  }

  /**
   * "MOOCs là gì", "cái đó nghĩa là gì": a question asking what a term means, about a term the
   * letters use in at most `DEFINED_TERM_PASSAGES` passages: one of those passages explains it.
   */
  private definedTerm(terms: readonly QueryTerm[], focus: readonly number[][], asked: string): Pick<QueryAnalysis, "defines" | "abbreviation"> {
    if (!DEFINITION_CUE.test(asked)) return {};
    const rare = (t: QueryTerm) => t.status === "known" && !t.context && !/^\d+$/.test(t.surface) && this.passageDf(t.surface) <= DEFINED_TERM_PASSAGES;
    // The focus first; else the one rare word typed ("MOOCs ghi trong công văn là cái gì").
    const single = focus.filter((run) => run.length === 1).map((run) => terms[run[0]!]!).find(rare);
    const others = terms.filter(rare);
    const defines = single?.surface ?? (others.length === 1 ? others[0]!.surface : undefined);
    if (defines !== undefined) return { defines };
    // "HTTT GQTTHC viết tắt của cái gì": an abbreviation asked, which a letter spells out before it.
    const abbreviation = ABBREVIATION_ASKED.test(asked) ? terms.find((t) => t.status === "expanded" && !t.context && !isPossibleSyllable(t.surface)) : undefined;
    return abbreviation ? { abbreviation: { short: abbreviation.surface, full: abbreviation.resolved.join(" ") } } : {};
  }

  /** Document frequency of a token over passages (0: no passage has it). */
  private passageDf(token: string): number {
    const id = this.tokenSets.ids.get(token);
    return id === undefined ? 0 : this.df.data[id]!;
  }

  /** Replaces the FAQ entries; cheap, the passage index stays as it is. */
  setFaqs(faqs: readonly KbFaq[]): void {
    // FAQ entries count as documents for word weights, so a KB of FAQ entries alone still knows
    // which words are common.
    this.faqDf.clear();
    const entries = faqs.map((faq) => {
      const answer = this.expand(syllables(faq.answer));
      const questions = faq.questions.map((q) => new Set(this.expand(syllables(q))));
      for (const t of new Set([...answer, ...questions.flatMap((q) => [...q])])) this.faqDf.set(t, (this.faqDf.get(t) ?? 0) + 1);
      return { faq, answer, questions };
    });
    this.idfUnknown = Math.log(1 + (this.passages.length + faqs.length + 0.5) / 0.5);
    this.faqCount = faqs.length;
    this.faqs = entries.map(({ faq, answer, questions }) => ({
      faq,
      questions: questions.map((tokens) => {
        const weighted = [...tokens].map((t): [string, number] => [t, this.weight(t)]);
        return { weighted, total: weighted.reduce((a, [, w]) => a + w, 0), withAnswer: new Set([...tokens, ...answer]) };
      }),
    }));
    // Spelling correction looks up syllables of both passages and FAQ entries.
    this.vocabByLength.clear();
    this.numbers.clear();
    for (const t of this.tokenSets.ids.keys()) if (/^\d{3,}$/.test(t)) this.numbers.add(t);
    for (const t of new Set([...this.tokenSets.ids.keys(), ...this.faqDf.keys()])) {
      if (!/^[a-z]{2,}$/.test(t)) continue;
      let list = this.vocabByLength.get(t.length);
      if (!list) this.vocabByLength.set(t.length, (list = []));
      list.push(t);
    }
  }

  get size(): number {
    return this.passages.length;
  }

  /** Tokens of a syllable sequence, with abbreviations also written out in full. */
  expand(sylls: readonly string[], extra?: ReadonlyMap<string, readonly string[]>): string[] {
    const tokens = tokensOf(sylls);
    const seq: { s: string; expanded: boolean }[] = [];
    let any = false;
    for (const s of sylls) {
      const exp = extra?.get(s) ?? this.expansions.get(s);
      if (exp) {
        any = true;
        for (const e of exp) seq.push({ s: e, expanded: true });
      } else seq.push({ s, expanded: false });
    }
    if (!any) return tokens;
    for (let i = 0; i < seq.length; i++) {
      const cur = seq[i]!;
      if (cur.expanded) tokens.push(cur.s);
      const next = seq[i + 1];
      if (next && (cur.expanded || next.expanded)) tokens.push(pair(cur.s, next.s));
    }
    return tokens;
  }

  /** All tokens of a passage (issuer and subject, heading, body): what coverage is measured against. */
  passageTokens(p: IndexedPassage): TokenLookup {
    return {
      has: (token: string) => this.tokenSets.has(p.id, token),
      hasAccented: (token: string) => this.accentSets.has(p.id, token),
    };
  }

  /** Inverse document frequency; a token the index has never seen weighs the most. */
  weight(token: string): number {
    const df = this.passageDf(token) + (this.faqDf.get(token) ?? 0);
    if (df === 0) return this.idfUnknown;
    const n = this.passages.length + this.faqCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  knows(token: string): boolean {
    return this.tokenSets.ids.has(token) || this.faqDf.has(token);
  }

  /**
   * Whether the letters themselves use a token. Compounds that decide how a question word or an
   * everyday word is read are looked up here, not in FAQ entries: those are questions, written in
   * the very wording ("phải cử mấy người") whose words would otherwise turn into content.
   */
  private inLetters(token: string): boolean {
    return this.tokenSets.ids.has(token);
  }

  /**
   * "Quyết định 2816", "cv 5712": a number the letters never write that is one of theirs with two
   * digits swapped ("2618", "5721"), when only one of theirs is.
   */
  private swappedNumber(s: string): string[] | undefined {
    const swaps = [...this.numbers].filter((n) => n.length === s.length && oneSwapApart(n, s));
    return swaps.length === 1 ? swaps : undefined;
  }

  /**
   * The question as the officer meant to type it: VNI and Telex keys a failed input method left in
   * words read as their marks. Answering and learning from the sets read questions alike.
   */
  readKeys(question: string): string {
    return this.telexMarked(vniMarked(nfc(question))).trim();
  }

  /**
   * Words a switched-off input method left in Telex ("tapj huaans", "Ddoongf", "ddaau aj"), read as
   * the words meant when the word typed is none the letters or questions use and the word read is
   * ("owner" is no "ởne", "moocs" stays the letters' MOOCs). They keep their marks only where the
   * officer's other words carry marks too: among words typed without them, a word read with its
   * marks would be held to them.
   */
  private telexMarked(text: string): string {
    const unknown = (w: string) => !this.knows(w) && !QUESTION_SYLLABLES.has(w);
    return telexMarked(text, {
      accepts: (typed, read) => {
        const folded = stripMarks(read);
        return unknown(typed) && isPossibleSyllable(folded) && !unknown(folded);
      },
      keepsMarks: (others) => typesMarks(others.map((w) => stripMarks(w)), others),
    });
  }

  /**
   * Telex left unconverted ("laf", "hoir", "ddc"): a token that cannot be a Vietnamese syllable but
   * reads as a word of the letters once its Telex keys are dropped is that word, before question
   * words and phrases are read ("laf j" is "là gì").
   */
  private untelexed(s: string): string {
    // "mooc" for the letters' "MOOCs": an acronym typed without its plural "s".
    if (s.length >= 3 && !this.knows(s) && this.knows(`${s}s`)) return `${s}s`;
    // "đâuu", "nàoo", "kýy": a key held down; the word is the one without the repeated letter.
    const held = s.length >= 3 && s.at(-1) === s.at(-2) && !this.knows(s) ? s.slice(0, -1) : undefined;
    if (held && (QUESTION_WORDS.has(held) || this.knows(held))) return held;
    if (/\d/.test(s) || s.length < 3 || isPossibleSyllable(s)) return s;
    const telex = detelex(s);
    return telex !== s && isPossibleSyllable(telex) && (this.knows(telex) || QUESTION_SYLLABLES.has(telex)) ? telex : s;
  }

  private correct(s: string, prev: string | undefined, next: string | undefined): string[] | undefined {
    if (/^\d{3,}$/.test(s)) return this.swappedNumber(s);
    if (/\d/.test(s) || s.length < 3) return undefined;
    const telex = detelex(s);
    if (telex !== s && this.knows(telex)) return [telex];
    // Two syllables typed without the space between them: "taphuan".
    for (let cut = 2; cut <= s.length - 2; cut++) {
      const a = s.slice(0, cut);
      const b = s.slice(cut);
      if (this.knows(pair(a, b))) return [a, b];
    }
    // … or run into a neighbour's compound: "nhungđon vi" is "những đơn vị", "đính chinhcho" is
    // "đính chính cho".
    for (let cut = 2; cut <= s.length - 2; cut++) {
      const a = s.slice(0, cut);
      const b = s.slice(cut);
      if (next !== undefined && this.knows(a) && this.knows(pair(b, next))) return [a, b];
      if (prev !== undefined && this.knows(pair(prev, a)) && this.knows(b)) return [a, b];
    }
    const max = s.length >= 7 ? 2 : 1;
    let best: { c: string; supported: boolean; d: number; df: number } | undefined;
    for (let len = s.length - max; len <= s.length + max; len++) {
      for (const c of this.vocabByLength.get(len) ?? []) {
        const d = editDistance(s, c, max);
        if (d > max) continue;
        const supported = (prev !== undefined && this.knows(pair(prev, c))) || (next !== undefined && this.knows(pair(c, next)));
        const df = this.passageDf(c);
        if (
          !best ||
          (supported && !best.supported) ||
          (supported === best.supported && (d < best.d || (d === best.d && df > best.df)))
        ) {
          best = { c, supported, d, df };
        }
      }
    }
    if (!best) return undefined;
    // A real syllable the letters do not use ("lương") is most likely a real word, not a typo:
    // only a neighbour forming a known compound justifies changing it.
    if (isPossibleSyllable(s) && !(best.supported && best.d === 1)) return undefined;
    // Without a neighbour to confirm it, a one-letter change of a short syllable is a guess.
    if (!best.supported && (s.length < 6 || best.d > 1)) return undefined;
    return [best.c];
  }

  /**
   * What a question asks: its syllables resolved against the index (question words, abbreviations,
   * corrections, accents), the tokens to search, everyday wordings' equivalents, word pairs, the
   * kind of fact asked for, and what it is about (focus, names).
   */
  analyze(typedQuestion: string): QueryAnalysis {
    return this.analyzeAs(typedQuestion, "second").analysis;
  }

  /**
   * The question read otherwise (`Reading`), each way that changes what it asks: with the other
   * alternative it offers as the officer's guess ("tập trung hay mỗi tỉnh tự làm riêng"), or with
   * what the officer says around the question weighing less (`discountAsides`).
   */
  otherReadings(typedQuestion: string): QueryAnalysis[] {
    // Only a question with "hay"/"hoặc" offers alternatives: the other readings of it are not worked out for nothing.
    const sylls = syllables(typedQuestion);
    // A flood of words (the longest officer's question met so far has 84 syllables) is read once.
    if (sylls.length > MAX_REREAD_SYLLABLES) return [];
    const offers = sylls.includes("hay") || sylls.includes("hoac");
    // More after the question mark ("… do ai ký? Và tại điểm 5, … số và ngày bao nhiêu?", "…? Xã
    // tôi có tài khoản mà không có quyền gì hết"): the question up to it alone, when the whole finds
    // no answer (what follows alone answered near-domain ones).
    const moreAfterMark = /\?\s*\S+(\s+\S+){3,}/u.test(typedQuestion);
    // "… là Thứ trưởng Vũ Hải Quân ký đúng không": what the officer believes may be wrong.
    const confirms = CONFIRMING.test(sylls.join(" "));
    // "Bộ KHCN nói lịch tập huấn bắt đầu từ ngày nào": who the officer says speaks may be wrong.
    const speaker = SPEAKER_CUE.test(sylls.slice(0, MAX_SPEAKER_START + 6).join(" "));
    // "“Hạn gửi … là 20/01” — anh phó chủ tịch nhắn vậy, hạn chót là ngày nào": what someone said, quoted, may be wrong.
    const quotes = /["“”]/u.test(typedQuestion);
    const readings: readonly Reading[] = [...(offers ? (["first", "longSecond"] as const) : []), "asides", ...(moreAfterMark ? (["firstAsked"] as const) : []), ...(confirms ? (["guess"] as const) : []), ...(speaker ? (["speaker"] as const) : []), ...(quotes ? (["quoted"] as const) : []), ...(sentenceStarts(typedQuestion).size > 0 ? (["lastAsked"] as const) : [])];
    return readings.map((r) => this.analyzeAs(typedQuestion, r)).filter((r) => r.readsOtherwise).map((r) => r.analysis);
  }

  /** The analysis, read one way (`Reading`), and whether that way reads it otherwise than first. */
  private analyzeAs(typedQuestion: string, reading: Reading): { analysis: QueryAnalysis; readsOtherwise: boolean } {
    // Dictated questions spell acronyms and numbers out ("tê tê hát cê", "năm bảy hai mốt").
    const question = readSpoken(writeShorthandsOut(unstretched(unwrapRelayed(typedQuestion))));
    const typed = typedSyllables(question);
    const raw = syllables(question);
    const sylls = readChatSpellings(this.regionalSpellings(raw, typed).map((w) => this.untelexed(w)), typed, (i) => this.formsCompound(raw, i));
    const lined = typed.length === sylls.length ? typed : [];
    const clauses = clauseIndexes(question);
    const besidesAt = besidesSpan(sylls, clauses);
    const isQuestion = this.questionMask(sylls, typed, clauses, besidesAt);
    markRelayedAsker(sylls, lined, clauses, isQuestion);
    const cased = writtenForm(nfc(question)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const { terms, resolvedSeq, queryExpansions } = this.resolveTerms(sylls, isQuestion, lined, typedProvinceSyllables(sylls, cased));
    markTypedAccents(terms, sylls, lined);
    const tokens = this.searchTokens(terms, resolvedSeq, queryExpansions);
    // A chat spelling read as the word it stands for ("dựa vô" → "dựa vào") is that word's spelling.
    const spelled = lined.map((w, i) => (sylls[i] === raw[i] ? w : undefined));
    const { spanAt, equivalentTokens } = this.applyEquivalents(terms, sylls, spelled, isQuestion, tokens);
    // Chat function words ("thì", "muốn", "bên") weigh little as evidence, whatever their rarity in
    // the letters; so do the pairs they form ("thì gọi", `termPairs`).
    terms.forEach((t, i) => {
      if (isFunctionWord(t) || unnumberedRound(terms, i) || ownOf(terms, i)) t.weight = isHedge(t) ? 0 : Math.min(t.weight * TUNING.functionWords, TUNING.functionWordCap);
    });
    this.dropPassiveMark(terms);
    dropInBeforeWhich(terms);
    const { marked, starts, alternatives } = markAroundQuestion(terms, question, sylls, isQuestion, clauses, reading);
    // The clause of each term, when the pieces lined up.
    const termClauses = clauses?.length === terms.length ? clauses : undefined;
    // "Ngoài anh Sơn ra còn ai": the terms of what the officer already has.
    const besides = besidesAt && terms.length === sylls.length ? terms.flatMap((t, i) => (i > besidesAt.from && i < besidesAt.to && t.status !== "question" ? [i] : [])) : [];
    const had = new Set(besides);
    const story = reading === "lastAsked" && terms.length === sylls.length ? markStoryBefore(terms, starts, marked) : new Set<number>();
    // Names typed as such: what the officer guesses ("guess"), and what a passage must name.
    const named = nameRuns(terms, cased, starts, termClauses);
    const readsOtherwise = reading === "asides" ? discountAsides(terms, clauses) : reading === "firstAsked" ? discountLaterQuestions(terms, marked) : reading === "guess" ? markBelief(terms, named) : reading === "speaker" ? markSpeaker(terms) : reading === "quoted" ? markQuoted(terms, raw.length === terms.length ? quotedIndexes(question) : new Set()) : reading === "lastAsked" ? story.size > 0 : alternatives;
    discountContextTokens(terms, tokens);
    const pairs = this.termPairs(terms, spanAt);
    const yesNo = asksYesNo(terms);
    // Read as corrected and spelled out: "sdt", "so ddien thoai" (Telex left unconverted) ask for a
    // phone all the same; "ở PL mấy" asks where, like "phụ lục mấy".
    // "Mấy" in "vậy mấy anh" addresses people; it does not ask how many.
    const addressing = (i: number) => (isQuestion[i] && isQuestion[i + 1] && pluralAddress(sylls, i + 1)) || (yesNo && pluralMay(terms, i));
    // What kind of fact is asked for is read in what is asked ("…, deadline gấp lắm" asks no date).
    // "Ngoài gõ link ra có cách nào khác": what the officer already has asks for no link.
    const asked = terms.map((t, i) => (addressing(i) || (t.context && !t.offered && !story.has(i)) || had.has(i) ? "" : t.status === "corrected" || t.status === "expanded" ? t.resolved.join(" ") : t.surface)).join(" ");
    const { kinds, mustHold, whenByEvent, until, deadline, signer, first } = answerKinds(asked);
    // "… căn cứ văn bản … về KH tập huấn, xin cho biết số, ký hiệu của văn bản đó": the letter asked
    // about is the one cited before, in what reads as context.
    const letterPart = letterPartAsked(asked, signer, REFERS_BACK.test(question) ? sylls.join(" ") : "");
    if (CONFIRMING.test(asked)) markGuessedNumbers(terms);
    // The whole question's words, context too ("Số điện thoại của …, PGĐ …, là bao nhiêu").
    const typedWords = terms.map((t) => t.surface).join(" ");
    const provinces = provinceRuns(terms, termClauses);
    const names = [...named, ...numberRuns(terms), ...organisationRuns(terms), ...topicRuns(terms), ...provinces];
    // "Sau 1/3/2026 hồ sơ giấy còn nhận không", "sau 1/3 nếu … thì xử lý ra sao": what happens after
    // a date the letters set, told in the context too, which a passage giving the date does not say.
    if (AFTERMATH_CUE.test(typedWords)) mustHold.add("aftermath");
    if (asksPhoneNumber(terms, typedWords, names, kinds)) {
      kinds.delete("count");
      kinds.add("phone");
      mustHold.add("phone");
    }
    const counted = kinds.has("count") ? countedNoun(terms, kinds.size === 1, (t) => this.inLetters(t), inMarkedSentence(terms.length === sylls.length ? marked : new Set(), starts)) : undefined;
    const closing = !letterPart && CLOSING_CUE.test(typedWords) && !NOT_CLOSING.test(typedWords);
    const point = pointAsked(terms);
    // "Cuối văn bản … đề nghị …": where in the letter is no topic.
    const focus = focusRuns(terms, (t) => this.inLetters(t)).map((run) => (closing ? run.filter((i) => !POSITION_WORDS.has(terms[i]!.surface)) : run)).filter((run) => run.length > 0);
    const defined = this.definedTerm(terms, focus, asked);
    terms.forEach((t, i) => {
      const kind = t.status === "question" ? undefined : (compoundKind(terms, i) ?? KIND_WORDS.get(t.surface));
      if (kind && kinds.has(kind)) t.namesKind = kind;
    });
    // Chat words the letters never use weigh as officers use them (chat-weights.ts).
    weighChatWords(terms, pairs);
    // What leaving each word unsaid costs, as officers' questions show (miss-costs.ts).
    markMissCosts(terms, pairs);
    const analysis: QueryAnalysis = {
      text: question,
      terms,
      pairs,
      tokens,
      equivalentTokens,
      kinds,
      mustHold,
      whenByEvent,
      until,
      deadline,
      signer,
      first,
      asksContent: CONTENT_CUE.test(asked),
      ...(ITEMS_CUE.test(asked) ? { asksItems: true } : {}),
      ...(ISSUED_CUE.test(asked) ? { issued: true } : {}),
      ...headAsked(asked),
      ...(OPINION_CUE.test(typedWords) ? { opinion: true } : {}),
      ...(PROGRESS_CUE.test(asked) ? { progress: true } : {}),
      ...(appendixAsked(terms, asked) ? { appendixContent: true } : {}),
      ...(letterPart ? { letterPart } : {}),
      ...(closing ? { closing: true } : {}),
      ...(point ? { pointAsked: point } : {}),
      ...(counted ? { counted } : {}),
      focus,
      ...defined,
      // Names typed in the context ("tôi ở một tỉnh miền Trung, …") are not asked about.
      // But "tôi ở Lào Cai, … lịch của tỉnh em": the province told is the one asked about.
      names: names.filter((run) => run.some((i) => !terms[i]!.context) || (provinces.includes(run) && OWN_PROVINCE.test(asked))),
      titles: titlesAsked(terms),
      ...(besides.length ? { besides } : {}),
    };
    return { analysis, readsOtherwise };
  }

  /**
   * "Có bị đính chính không", "đã bị sửa chưa": asked whether it happened, "bị" before a verb marks
   * the passive and says nothing a passage could hold (unless the letters write the pair: "không bị
   * gián đoạn"). Elsewhere ("bị vướng", "bị trùng") it tells of a problem, which is asked about.
   */
  private dropPassiveMark(terms: QueryTerm[]): void {
    terms.forEach((t, i) => {
      const next = terms[i + 1];
      // "Được giao (nhiệm vụ) gì": what was given is asked, "được" only marks the passive.
      if (t.surface === "duoc" && next?.surface === "giao") t.weight = 0;
      const asksWhether = terms[i - 1]?.surface === "co" || terms[i - 1]?.surface === "da";
      if (t.surface !== "bi" || !typedAs(t, BI) || !asksWhether || !next || next.status === "question") return;
      if (!this.inLetters(pair("bi", next.surface))) t.weight = 0;
    });
  }

  /** Which syllables are question words or chat fillers (see QUESTION_PHRASES). */
  private questionMask(sylls: readonly string[], typed: readonly (string | undefined)[], clauses: readonly number[] | undefined, besides: { from: number; to: number } | undefined): boolean[] {
    const isQuestion = new Array<boolean>(sylls.length).fill(false);
    for (const phrase of QUESTION_PHRASES) {
      for (let i = 0; i + phrase.length <= sylls.length; i++) {
        if (!phrase.every((w, k) => sylls[i + k] === w)) continue;
        // "phụ lục nào" is not "lúc nào": the phrase must not tear a compound the letters use.
        // ("Của cơ quan nào" stays a question: a three-syllable phrase is not torn that way.)
        if (phrase.length === 2 && i > 0 && !isQuestion[i - 1] && this.inLetters(pair(sylls[i - 1]!, phrase[0]!))) continue;
        for (let k = 0; k < phrase.length; k++) isQuestion[i + k] = true;
      }
    }
    // "Anh chánh văn phòng nhờ tôi hỏi giùm …": who passed the question on is not asked about.
    // ("Kính thưa quý Ban, đồng chí Chánh Văn phòng nhờ tôi xin số máy …": after a greeting.)
    const opening = Math.max(0, isQuestion.indexOf(false));
    const passedOn = sylls.findIndex((s, i) => i > opening && i - opening <= MAX_REQUESTER && PASSING_ON.has(s) && ASKER.has(sylls[i + 1] ?? "") && PASSED_ON_ASKING.has(sylls[i + 2] ?? ""));
    for (let i = 0; i < passedOn; i++) isQuestion[i] = true;
    sylls.forEach((s, i) => {
      // Folding merges words ("mấy"/"máy"): one that forms a compound the letters use is content.
      const inCompound = this.formsCompound(sylls, i);
      // "Cài (đặt)" is a verb, not the classifier "cái".
      const install = s === "cai" && (sylls[i + 1] === "dat" || (typed.length === sylls.length && typed[i] === "cài"));
      // "Ổng", "bả", "ảnh" (him, her, him: southern): whom the question is about, named elsewhere;
      // "đấy", "hở": particles; "(không, chẳng) thấy": what the officer saw or missed, never the topic
      // (typed without marks it may be "thay", replace).
      if (typed.length === sylls.length && TYPED_FRAME_WORDS.has(typed[i] ?? "")) isQuestion[i] = true;
      // "Sau đó họ làm gì": "họ" (they) points back, unless in "họ tên", "họ và tên" (full name).
      if (typed[i] === "họ" && sylls[i + 1] !== "ten" && sylls[i + 1] !== "va") isQuestion[i] = true;
      // "Gửi tới", "sắp tới": "tới", not "tôi".
      const towards = s === "toi" && TOWARDS.has(sylls[i - 1] ?? "");
      // "… đúng không", "đúng k ad": a tag asking to confirm ("dùng không" keeps its word).
      const tag = s === "dung" && NEGATIONS.has(sylls[i + 1] ?? "") && typed[i] !== "dùng";
      if (tag) isQuestion[i] = isQuestion[i + 1] = true;
      // "có đúng không", "có chính xác không": the whole tag.
      if (tag && sylls[i - 1] === "co") isQuestion[i - 1] = true;
      // "Sđt nhiêu", "bao nhiu": "nhiêu" typed alone is "bao nhiêu" ("nhiều" has its own mark).
      const howMany = s === "nhieu" && (typed[i] === "nhiêu" || typed[i] === "nhiu");
      // "Máy tính", "máy móc" typed without marks: a machine, not "mấy" (how many).
      // "Bắt máy", "nghe máy": picking up the phone, not "mấy" either. Nor is "máy" typed with its
      // mark ("máy không vào được", "lưu vào máy"), unless after "số" (a phone number: "số máy").
      const machine = s === "may" && (MACHINES.has(sylls[i + 1] ?? "") || PICKING_UP.has(sylls[i - 1] ?? "") || (typed[i] === "máy" && sylls[i - 1] !== "so")) && typed[i] !== "mấy";
      if ((QUESTION_WORDS.has(s) && (!inCompound || closesYesNo(sylls, clauses, i)) && !install && !towards && !machine) || howMany || saysNow(sylls, i)) isQuestion[i] = true;
      // "Xác định thời điểm …" (determine …) opening a clause: the request, no topic; the letters
      // never write "xác định" ("được xác định ở cấp độ …" keeps it: what was determined is asked).
      if (s === "xac" && sylls[i + 1] === "dinh" && opensRequest(sylls, clauses, i)) isQuestion[i] = isQuestion[i + 1] = true;
      // "…, còn cv TPHCM thì …": "còn" opening a clause turns to what is asked (as for), no topic.
      if (s === "con" && opensClause(sylls, clauses, i) && !inCompound) isQuestion[i] = true;
    });
    markStillUntil(sylls, clauses, isQuestion);
    markIssuingVerb(sylls, isQuestion);
    // "Ngoài cổng của bộ ra thì …": "ngoài … ra" frames what else is asked ("thuê ngoài" is content).
    // So does "ngoài … thì/còn …" ("ngoài link form thì còn cách nào").
    if (besides) {
      isQuestion[besides.from] = true;
      if (sylls[besides.to] === "ra" || sylls[besides.to] === "con") isQuestion[besides.to] = true;
    }
    // "Qua đâu vậy", "ở đâu ạ": "đâu" followed only by question words ends the question too. Read
    // right to left, once the words after it are known.
    // "… nữa (ạ)" closing a question is a particle ("còn đăng ở đâu nữa", "không còn thử nghiệm nữa").
    for (let i = sylls.length - 1; i >= 0; i--) {
      // A clause's last word closes it too ("… nào vậy hén, gửi thẳng …").
      const clauseEnd = clauses !== undefined && clauses.length === sylls.length && clauses[i + 1] !== clauses[i];
      const closing = i === sylls.length - 1 || isQuestion[i + 1] || clauseEnd;
      if (sylls[i] === "nua" && closing) isQuestion[i] = true;
      // "… chỉ để tham khảo thôi à": "thôi" (only) closing a question is a particle, not "thời".
      if (sylls[i] === "thoi" && closing && !(i > 0 && this.inLetters(pair(sylls[i - 1]!, "thoi")))) isQuestion[i] = true;
      // "… bắt đầu ngày nào": "đầu" of a compound the letters use, unless typed "đâu".
      const compoundDau = typed[i] !== "đâu" && (typed[i] === "đầu" || (i > 0 && this.inLetters(pair(sylls[i - 1]!, "dau"))));
      if (sylls[i] === "dau" && closing && !compoundDau) isQuestion[i] = true;
      // "… ngày nào thế ad", "… ai ký thế": "thế" after a question word closing it is a particle.
      if (sylls[i] === "the" && closing && isQuestion[i - 1]) isQuestion[i] = true;
      // "phản ánh về đâu để …", "gửi qua đâu rồi …": where to, not "về đầu mối".
      if (sylls[i] === "dau" && WHERE_TO.has(sylls[i - 1] ?? "") && !(i + 1 < sylls.length && this.inLetters(pair("dau", sylls[i + 1]!)))) isQuestion[i] = true;
      // "… ngày nào vậy anh?", "… để làm gì vậy mọi người": whom the question is put to, after a
      // question word, closes it too.
      // "… vậy mấy anh", "… ai ký dzậy mấy bà": "mấy" before a form of address makes it plural.
      // "… có số điện thoại không đồng chí": "đồng chí" is one form of address.
      const everyone = (sylls[i] === "nguoi" && sylls[i - 1] === "moi") || (sylls[i] === "nha" && sylls[i - 1] === "ca") || (sylls[i] === "chi" && sylls[i - 1] === "dong");
      const address = pluralAddress(sylls, i) || everyone ? 2 : ADDRESS_WORDS.has(sylls[i]!) ? 1 : 0;
      // "… cho phường hông anh chị, …": a "không" before whom it is put to asks, whatever compound
      // the letters make of it ("không ảnh hưởng").
      // ("Anh chị" is two forms of address in a row.)
      const run = address === 1 && ADDRESS_WORDS.has(sylls[i - 1] ?? "") ? 2 : address;
      const yesNo = run > 0 && YES_NO_WORDS.has(sylls[i - run] ?? "");
      // "… ai soạn ạ anh chị?": the pair closes the question as one form of address does.
      if (address && closing && isQuestion[i - run]) for (let k = 0; k < run; k++) isQuestion[i - k] = true;
      if (yesNo && closing) for (let k = 0; k <= run; k++) isQuestion[i - k] = true;
    }
    return isQuestion;
  }

  /** Whether the syllable at `i` forms a compound the letters use with a neighbour. */
  private formsCompound(sylls: readonly string[], i: number): boolean {
    return this.formsCompoundAs(sylls, i, sylls[i]!);
  }

  /** Whether syllable `i`, read as `other`, forms a compound the letters write with a neighbour. */
  private formsCompoundAs(sylls: readonly string[], i: number, other: string): boolean {
    const before = sylls[i - 1];
    const after = sylls[i + 1];
    return (before !== undefined && this.inLetters(pair(before, other))) || (after !== undefined && this.inLetters(pair(other, after)));
  }

  /**
   * Regional spellings read as the letters': southern ones (`southernSpelling`) where they form one
   * of the letters' compounds, and northern n/l. Northern speech swaps initial n and l ("lịch" typed
   * "nịch", "nào" typed "lào", "năm" typed "lăm"): a syllable typed with marks that the letters never
   * write, whose other initial gives one they write (or a question word), is read as that one. "Lào
   * Cai" stays a province.
   */
  private regionalSpellings(raw: readonly string[], typed: readonly (string | undefined)[]): string[] {
    if (typed.length !== raw.length) return [...raw];
    // Marks are read only from an officer who types them: "chung" then is what was meant.
    const marked = typesMarks(raw, typed);
    return raw.map((s, i) => {
      const t = typed[i];
      const southern = t === undefined ? undefined : this.southernSpelling(t);
      if (southern !== undefined && this.formsCompoundAs(raw, i, southern)) return southern;
      const otherInitial = t === undefined || !marked ? undefined : this.withOtherInitial(raw, i, t);
      if (otherInitial !== undefined) return otherInitial;
      if (t === undefined || !/^[nl]/.test(t) || raw[i + 1] === "cai") return s;
      // Typed without marks ("phu nuc"): only a syllable the letters never write is read with the other initial.
      if (!hasMarks(t)) return this.unwrittenWithOtherInitial(raw, i);
      const key = accentKey(t);
      if (this.writtenSyllables.has(key)) return s;
      const other = otherNL(t);
      return this.writtenSyllables.has(accentKey(other)) || NL_QUESTION_WORDS.has(other) ? stripMarks(other) : s;
    });
  }

  /**
   * Initials that regions say alike, typed or dictated ("chung tâm", "sử lý", "vai chò", "nàm"): a
   * syllable of a question typed with marks that forms none of the letters' compounds with its
   * neighbours is read with the other initial (folded) where that is a syllable they write and forms one.
   */
  private withOtherInitial(raw: readonly string[], i: number, typed: string): string | undefined {
    if (this.formsCompound(raw, i)) return undefined;
    const { key } = toneApart(typed);
    // Unmarked, only ch/tr and s/x: "ra", "dung", "nay" are everyday words read as typed.
    for (const [from, to] of hasMarks(typed) ? MARKED_INITIAL_VARIANTS : PLAIN_INITIAL_VARIANTS) {
      if (!key.startsWith(from)) continue;
      const other = to + key.slice(from.length);
      if (this.writtenSyllables.has(other) && this.formsCompoundAs(raw, i, stripMarks(other))) return stripMarks(other);
    }
    return undefined;
  }

  /**
   * Southern speech, typed or dictated, says "v" as "d" ("công dăn", "diệc", "dới") and final "ch"
   * as "t" ("tít hợp"): a syllable typed with marks that the letters never write, which spelled the
   * letters' way is one they write, is read so (folded) where it then forms one of their compounds.
   */
  private southernSpelling(typed: string): string | undefined {
    if (!hasMarks(typed)) return undefined;
    const { key, base, tone } = toneApart(typed);
    if (this.writtenSyllables.has(key)) return undefined;
    const spelled = SOUTHERN_SPELLINGS.flatMap(([from, to]) => (from.test(base) ? [base.replace(from, to) + tone] : []));
    const written = spelled.find((v) => this.writtenSyllables.has(v));
    return written === undefined ? undefined : stripMarks(written);
  }

  /**
   * "phu nuc" (phụ lục), "nanh dao" (lãnh đạo): a folded syllable the letters never use that, with n
   * and l swapped, forms a compound they write with its neighbour ("lợi ích", "Đồng Nai" are not
   * "nợi ích", "Đồng Lai").
   */
  private unwrittenWithOtherInitial(raw: readonly string[], i: number): string {
    const s = raw[i]!;
    if (this.knows(s) || !isPossibleSyllable(s)) return s;
    const other = otherNL(s);
    return this.formsCompoundAs(raw, i, other) ? other : s;
  }

  /**
   * Whether `typed` is a written syllable of the letters folding to `fixed`, with its final n/ng or
   * t/c swapped, or its initial s/x, ch/tr or d/gi/r.
   */
  private isSpellingVariant(typed: string | undefined, fixed: string): boolean {
    if (typed === undefined || !hasMarks(typed)) return false;
    const { key, base, tone } = toneApart(typed);
    const swapped = FINAL_VARIANTS.flatMap(([a, b]) => (base.endsWith(a) ? [base.slice(0, -a.length) + b] : []));
    const initial = INITIAL_VARIANTS.flatMap(([a, b]) => (key.startsWith(a) ? [b + key.slice(a.length)] : []));
    return swapped.some((v) => stripMarks(v) === fixed && this.writtenSyllables.has(v + tone)) || initial.some((v) => stripMarks(v) === fixed && this.writtenSyllables.has(v));
  }

  /** The letters' phone numbers (read as one token: "0905188881"), worked out on first use. */
  private phones: string[] | undefined;

  /** The only phone number of the letters that a typed start of one ("0905", "09769") begins, if any. */
  private phoneStartingWith(typed: string): string | undefined {
    if (!PHONE_START.test(typed)) return undefined;
    this.phones ??= [...this.tokenSets.ids.keys()].filter((t) => PHONE_TOKEN.test(t));
    const matches = this.phones.filter((p) => p.startsWith(typed));
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Each syllable as the index knows it: a question word, expanded, known, corrected or unknown. */
  private resolveTerms(sylls: readonly string[], isQuestion: readonly boolean[], typed: readonly (string | undefined)[], provinceNamed: ReadonlySet<number>) {
    const terms: QueryTerm[] = [];
    const resolvedSeq: string[] = [];
    const queryExpansions = new Map<string, readonly string[]>();
    sylls.forEach((s, i) => {
      const exp = this.expansions.get(s) ?? (looksLikeAcronym(s) && !this.knows(s) && !CHAT_ACRONYMS.has(s) ? this.miner.resolve(s) : undefined);
      if (isQuestion[i]) {
        terms.push({ surface: s, resolved: [s], status: "question", weight: 0 });
        resolvedSeq.push(s);
      } else if (exp) {
        if (!this.expansions.has(s)) queryExpansions.set(s, exp);
        const inner = tokensOf(exp).filter((t, k) => k >= exp.length || exp.length === 1);
        const w = inner.length ? inner.reduce((a, t) => a + this.weight(t), 0) / inner.length : this.weight(exp[0]!);
        terms.push({ surface: s, resolved: exp, status: "expanded", weight: w });
        resolvedSeq.push(s);
      } else if (this.knows(s) || this.knows(yForm(s))) {
        // "kí", "lí", "quí": the same words as the letters' "ký", "lý", "quý" (both spellings are correct).
        const w = this.knows(s) ? s : yForm(s);
        terms.push({ surface: w, resolved: [w], status: "known", weight: this.weight(w) });
        resolvedSeq.push(w);
      } else {
        // "Sđt đầu 0905": the one phone number of the letters that starts so.
        const phone = this.phoneStartingWith(s);
        if (phone !== undefined) {
          terms.push({ surface: phone, resolved: [phone], status: "known", weight: this.weight(phone) });
          resolvedSeq.push(phone);
          return;
        }
        // A chat function word the letters do not use ("còn dùng") is what was typed, not a typo.
        // Nor is a province's name ("tỉnh Quảng Trị" is no "quản trị").
        const fixed = FUNCTION_WORDS.has(s) || provinceNamed.has(i) ? undefined : this.correct(s, resolvedSeq[resolvedSeq.length - 1], sylls[i + 1]);
        if (fixed) {
          // Correcting a real syllable ("lương" → "tướng") helps the search find candidates, but
          // it is a guess: it counts as evidence only when what was typed cannot be Vietnamese.
          // A final consonant said the southern or central way ("quảng trị" for "quản trị", "phụ lụt"
          // for "phụ lục"), with the same tone, is the letters' word, not a guess; so is an initial
          // spelled the other way ("danh xách" for "danh sách").
          const variant = fixed.length === 1 && this.isSpellingVariant(typed[i], fixed[0]!);
          const status = isPossibleSyllable(s) && !variant ? "guessed" : "corrected";
          // As evidence a guess weighs what it is, a word the letters do not use ("phần trăm" is not
          // "phần tâm"): like an unknown syllable, not like the common syllable it was guessed as.
          const weight = status === "guessed" ? this.idfUnknown : Math.max(...fixed.map((f) => this.weight(f)));
          terms.push({ surface: s, resolved: fixed, status, weight });
          resolvedSeq.push(...fixed);
        } else {
          terms.push({ surface: s, resolved: [s], status: "unknown", weight: this.idfUnknown });
          resolvedSeq.push(s);
        }
      }
    });
    return { terms, resolvedSeq, queryExpansions };
  }

  /**
   * Tokens sent to BM25. Question words ("khi nào", "bao nhiêu") say what kind of answer is wanted
   * (see `kinds`), not what it is about: they are left out, so "khi" does not match "kể từ khi".
   * A guessed correction only nudges the search: its tokens weigh less than what was typed.
   */
  private searchTokens(terms: readonly QueryTerm[], resolvedSeq: readonly string[], queryExpansions: ReadonlyMap<string, readonly string[]>): Map<string, number> {
    const tokens = new Map<string, number>();
    const content = terms.filter((t) => t.status !== "question");
    const sequence = (withGuesses: boolean) =>
      content.flatMap((t) => (t.status === "expanded" || (t.status === "guessed" && !withGuesses) ? [t.surface] : t.resolved));
    for (const t of this.expand(sequence(false), queryExpansions)) tokens.set(t, 1);
    for (const t of this.expand(sequence(true), queryExpansions)) if (!tokens.has(t)) tokens.set(t, TUNING.guessWeight);
    if (content.length === 0) for (const t of this.expand(resolvedSeq, queryExpansions)) tokens.set(t, 1);
    return tokens;
  }

  /** Everyday wording → the letters' wording: searched with a lower weight, partial evidence. */
  private applyEquivalents(terms: QueryTerm[], sylls: readonly string[], typed: readonly (string | undefined)[], isQuestion: readonly boolean[], tokens: Map<string, number>) {
    const spans = equivalentSpans(sylls, typed, (t) => this.inLetters(t), (i) => isQuestion[i]!);
    const spanAt = new Array<EquivalentSpan | undefined>(sylls.length);
    const equivalentTokens = new Set<string>();
    for (const span of spans) {
      for (let k = span.from; k < span.to; k++) {
        spanAt[k] = span;
        // A foreign word ("guide", "system") stands for its translation, however often the letters use it.
        const specific = span.to - span.from === 1 && !isPossibleSyllable(sylls[k]!) ? span.phrases : span.phrases.filter((p) => !this.isGeneric(p));
        terms[k] = { ...terms[k]!, equivalents: span.phrases, ...(specific.length < span.phrases.length ? { focusEquivalents: specific } : {}) };
      }
      for (const phrase of span.phrases) {
        for (const t of tokensOf(phrase)) {
          if (tokens.has(t)) continue;
          tokens.set(t, TUNING.equivalents.weight);
          equivalentTokens.add(t);
        }
      }
    }
    return { spanAt, equivalentTokens };
  }

  /**
   * Pairs of adjacent content terms. An abbreviation pairs with its neighbours both as written and
   * through the ends of its expansion ("bộ VHTTDL" ~ "bộ văn").
   */
  private termPairs(terms: readonly QueryTerm[], spanAt: readonly (EquivalentSpan | undefined)[]): QueryPair[] {
    const pairs: QueryPair[] = [];
    for (let i = 0; i + 1 < terms.length; i++) {
      const a = terms[i]!;
      const b = terms[i + 1]!;
      if (a.status === "question" || b.status === "question" || isHedge(a) || isHedge(b)) continue;
      // A guess is no evidence: its pairs are looked up as typed.
      const ends = (t: QueryTerm, last: boolean) =>
        t.status === "guessed" ? [t.surface] : [...(t.status === "expanded" ? [t.surface] : []), t.resolved[last ? t.resolved.length - 1 : 0]!];
      const lefts = ends(a, true);
      const rights = ends(b, false);
      const alternatives = lefts.flatMap((l) => rights.map((r) => pair(l, r)));
      // "Cv 5721", "thông báo 35": the letters cite a number after "số" ("Văn bản số 5721/…").
      if (/^\d+$/.test(b.surface) && DOCUMENT_ENDS.has(a.resolved[a.resolved.length - 1]!)) alternatives.push(pair("so", b.surface));
      const known = alternatives.filter((t) => this.knows(t));
      const loose = loosePairs(spanAt[i], spanAt[i + 1], i, lefts, rights);
      const weight = known.length ? Math.min(...known.map((t) => this.weight(t))) : TUNING.unknownPair * this.idfUnknown;
      pairs.push({
        left: i,
        alternatives,
        weight: (isFunctionWord(a) || isFunctionWord(b) ? weight * TUNING.functionWords : weight) * (a.context || b.context ? TUNING.contextClause : 1),
        ...(loose.length ? { loose } : {}),
        binds: known.length > 0 || !(lettersWord(a) && lettersWord(b)),
        ...(a.accent && b.accent ? { accent: pair(a.accent, b.accent) } : {}),
      });
    }
    return pairs;
  }

  search(analysis: QueryAnalysis, limit: number): SearchHit[] {
    if (this.passages.length === 0) return [];
    // Tokens found in nearly every passage add almost nothing to BM25 but cost the longest
    // posting lists; they still count for coverage.
    const query = new Map<string, number>();
    for (const [t, w] of analysis.tokens) if (this.passageIdf(t) >= TUNING.minSearchIdf) query.set(t, w);
    const tokens = query.size ? query : analysis.tokens;
    if (tokens.size === 0) return [];
    return this.engine.search(tokens, limit).map((h) => ({ passage: this.passages[h.id]!, score: h.score }));
  }

  /**
   * Whether the letters say a wording nearly everywhere ("hệ thống"): as an equivalent it tells no
   * passage from another, so it cannot stand for the focus of a question.
   */
  private isGeneric(phrase: readonly string[]): boolean {
    const tokens = phrase.length === 1 ? [phrase[0]!] : tokensOf(phrase).slice(phrase.length);
    return tokens.every((t) => this.passageDf(t) > TUNING.focus.genericShare * this.passages.length);
  }

  private addSubject(doc: KbDocumentMeta): void {
    const sylls = syllables(doc.title);
    if (sylls.length < 3) return;
    this.addSubjectHead(doc.slug, sylls);
    // "Hướng dẫn tích hợp hệ thống Quản lý văn bản …" is "cv tích hợp QLVB" to officers: the
    // subject after its kind of document names the letter too.
    // Said so only after "công văn", "văn bản": alone, "tích hợp QLVB" is the topic, not the letter.
    if (DOCUMENT_KINDS.has(pair(sylls[0]!, sylls[1]!)) && sylls.length >= 5) this.addSubjectHead(doc.slug, sylls.slice(2), true);
    for (const syl of new Set(sylls)) this.subjectDf.set(syl, (this.subjectDf.get(syl) ?? 0) + 1);
  }

  private addSubjectHead(slug: string, sylls: readonly string[], afterDocumentWord = false): void {
    const head = pair(sylls[0]!, sylls[1]!);
    const list = this.subjectsByHead.get(head) ?? [];
    const rest = sylls.slice(2);
    list.push({ slug, rest, words: new Set(rest), afterDocumentWord });
    this.subjectsByHead.set(head, list);
  }

  /**
   * The letter a question names by its subject ("hướng dẫn triển khai kiến trúc", "kế hoạch tập
   * huấn", "công văn tăng cường tập huấn"): the subject's first two words typed together, then at
   * least two of its rarer words, in its order; the letter whose subject the longest such run
   * matches. Undefined when none, or when two letters tie.
   */
  namedLetter(a: QueryAnalysis): NamedLetter | undefined {
    // "cv KH tập huấn ai ký, cv tích hợp thì GĐ ký": the letter named where the question asks.
    const named = this.letterNamedIn(a, (t) => !t.context) ?? this.letterNamedIn(a, () => true);
    // "Cv QLVB căn cứ cv kế hoạch tập huấn số mấy": the letter named after "căn cứ" is the one cited,
    // whose number the citing letter gives, not its own text.
    if (named && (a.kinds.has("docnumber") || a.kinds.has("date")) && citedAt(a.terms, Math.min(...named.terms))) return this.letterNamedByIssuer(a);
    return named ?? this.letterNamedByIssuer(a);
  }

  /**
   * "Cv (của) UBND TP", "cv của TT CĐS VHTTDL": a letter named by whom it is from, after a word for
   * a letter, when the words name one issuer only (two letters of the same ministry name neither).
   */
  private letterNamedByIssuer(a: QueryAnalysis): NamedLetter | undefined {
    const issuers = this.issuerSyllables();
    const seq = namingSyllables(a.terms);
    const sets = [...issuers.values()];
    const ofSomeIssuer = (w: string) => sets.some((set) => set.has(w));
    // A word of one issuer only ("thành phố": the City's) tells whose letter it is.
    const ownWords = (set: ReadonlySet<string>, words: readonly [string, number][]) => words.filter(([w]) => set.has(w) && sets.filter((o) => o.has(w)).length === 1).length;
    for (let i = 1; i < seq.length; i++) {
      if (!DOCUMENT_PAIRS.has(pair(seq[i - 1]![0], seq[i]![0]))) continue;
      let j = i + 1;
      if (seq[j]?.[0] === "cua") j++;
      const words: [string, number][] = [];
      for (; j < seq.length && ofSomeIssuer(seq[j]![0]); j++) words.push(seq[j]!);
      const owners = [...issuers].filter(([, set]) => ownWords(set, words) >= ISSUER_WORDS);
      if (owners.length === 1) return { slug: owners[0]![0], terms: new Set(words.map(([, t]) => t)) };
    }
    return undefined;
  }

  /** Each letter's issuer as syllables (abbreviations spelled out), worked out once. */
  private issuerSyllables(): Map<string, Set<string>> {
    this.issuerSets ??= new Map(this.documents.filter((d) => d.issuer).map((d) => [d.slug, new Set(this.expand(syllables(d.issuer!)))]));
    return this.issuerSets;
  }

  private letterNamedIn(a: QueryAnalysis, counts: (t: QueryTerm) => boolean): NamedLetter | undefined {
    const read = namingSyllables(a.terms, counts);
    const seq = read.map(([s]) => s);
    const termOf = read.map(([, i]) => i);
    const letters = this.subjectsByHead.size ? this.documents.length : 0;
    let best: NamedLetter | undefined;
    let bestScore = 0;
    let tie = false;
    for (let i = 0; i + 1 < seq.length; i++) {
      for (const { slug, rest, words, afterDocumentWord } of this.subjectsByHead.get(pair(seq[i]!, seq[i + 1]!)) ?? []) {
        if (afterDocumentWord && !DOCUMENT_PAIRS.has(pair(seq[i - 2] ?? "", seq[i - 1] ?? ""))) continue;
        // Function words ("với", "của") name no letter, however few subjects use them.
        const telling = (w: string) => this.rareInSubjects(w, letters) && !FUNCTION_WORDS.has(w);
        const matched = subjectMatch(seq, i + 2, rest, words, telling);
        const rare = matched.filter((j) => telling(seq[j]!)).length;
        const at = [i, i + 1, ...matched];
        // "Cv tích hợp": after its kind of document, a subject whose first two words no other
        // letter's subject uses names it alone.
        const enough = afterDocumentWord && this.rareInSubjects(seq[i]!, letters) && this.rareInSubjects(seq[i + 1]!, letters) ? 0 : 2;
        // The longest match wins: "hướng dẫn triển khai kiến trúc" over "triển khai kiến trúc".
        if (rare < enough || at.length < bestScore || (at.length === bestScore && best?.slug === slug)) continue;
        tie = at.length === bestScore;
        best = { slug, terms: new Set(at.map((j) => termOf[j]!)) };
        bestScore = at.length;
      }
    }
    return tie ? undefined : best;
  }

  /** Whether a syllable is in at most half of the letters' subjects. */
  private rareInSubjects(syllable: string, letters: number): boolean {
    return (this.subjectDf.get(syllable) ?? 0) * 2 <= letters;
  }

  private passageIdf(token: string): number {
    const n = this.passages.length;
    const df = this.passageDf(token);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}
