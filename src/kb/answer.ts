// From search hits to an answer: how much of the question each candidate covers (the basis of
// the confidence), a small preference for passages that contain the kind of fact asked for, the
// sentences that answer, and the decision to decline.
import { HEAD_OFFICES, namesProvince, speaksOfTitles } from "./focus.js";
import { PART_LABELS, type LetterPart } from "./letter.js";
import { OFFICER_WORD_PARAMS, officerWordsOf } from "./officer-words.js";
import { fold, isPossibleSyllable, pair, syllables } from "./normalize.js";
import { ANOTHER_LETTER, DOCUMENT_ENDS, type AnswerKind, type IndexedFaq, type IndexedPassage, type NamedLetter, type QueryAnalysis, type QueryPair, type QueryTerm, type SearchHit, type SearchIndex, type TokenLookup } from "./index.js";
import { TUNING } from "./tuning.js";
import { topicRuns } from "./topics.js";
import { letterRef, type DeclineReason, type KbAnswer, type KbSource } from "./types.js";

export interface Coverage {
  /** Weighted share of the question's content syllables found (0..1). */
  terms: number;
  /** Weighted share of its adjacent-syllable pairs found (0..1). */
  pairs: number;
  /** `terms` when a word unsaid costs only its learned miss cost (miss-costs.ts): what the answer decision reads. */
  termsOwed: number;
  /** `pairs` likewise. */
  pairsOwed: number;
}

/** Whether a passage says an equivalent wording: its syllable, or every pair of its syllables. */
function says(phrase: readonly string[], tokens: TokenLookup): boolean {
  if (phrase.length === 1) return tokens.has(phrase[0]!);
  for (let i = 0; i + 1 < phrase.length; i++) if (!tokens.has(pair(phrase[i]!, phrase[i + 1]!))) return false;
  return true;
}

/**
 * Whether a passage that has a folded token says it as typed (`accent`): with the same marks, or
 * in a form that shows none (written without marks, or only spelled out from an abbreviation).
 * Without accented tokens to look at (FAQ entries, answer sentences), anything folded counts.
 */
function saysAsTyped(tokens: TokenLookup, accent: string, folded: string): boolean {
  return !tokens.hasAccented || tokens.hasAccented(accent) || tokens.hasAccented(folded);
}

function termCredit(t: QueryTerm, tokens: TokenLookup, officerWords?: ReadonlySet<string>): number {
  const own = officerWords?.has(t.surface) ? Math.max(ownCredit(t, tokens), OFFICER_WORD_PARAMS.credit) : ownCredit(t, tokens);
  const { credit } = TUNING.equivalents;
  if (own >= credit || !t.equivalents) return own;
  return t.equivalents.some((p) => says(p, tokens)) ? credit : own;
}

function ownCredit(t: QueryTerm, tokens: TokenLookup): number {
  switch (t.status) {
    case "known":
      if (!tokens.has(t.surface)) return 0;
      return t.accent && !saysAsTyped(tokens, t.accent, t.surface) ? TUNING.accents.foldedCredit : 1;
    case "expanded": {
      if (tokens.has(t.surface)) return 1;
      const r = t.resolved;
      if (r.length === 1) return tokens.has(r[0]!) ? 1 : 0;
      let found = 0;
      for (let i = 0; i + 1 < r.length; i++) if (tokens.has(pair(r[i]!, r[i + 1]!))) found++;
      return found / (r.length - 1) >= 0.8 ? 1 : 0;
    }
    case "corrected":
      return t.resolved.every((s) => tokens.has(s)) ? TUNING.correctedCredit : 0;
    default:
      return 0;
  }
}

function pairCredit(p: QueryPair, tokens: TokenLookup, officerWords?: ReadonlySet<string>): number {
  if (p.alternatives.some((x) => tokens.has(x))) {
    return p.accent && !saysAsTyped(tokens, p.accent, p.alternatives[0]!) ? TUNING.accents.foldedCredit : 1;
  }
  if (p.loose?.some((all) => all.every((x) => tokens.has(x)))) return TUNING.equivalents.credit;
  return officerWords?.has(p.alternatives[0]!) ? OFFICER_WORD_PARAMS.credit : 0;
}

/** A passage's heading and text as folded syllables, worked out once per passage. */
const foldedPassages = new WeakMap<IndexedPassage, string>();
function foldedWords(p: IndexedPassage): string {
  let words = foldedPassages.get(p);
  if (words === undefined) {
    words = syllables(`${p.heading ?? ""} ${p.text}`).join(" ");
    foldedPassages.set(p, words);
  }
  return words;
}

/**
 * How much a passage names what the question names (0..1): the worst-covered proper name, number or
 * organisation typed ("Nghệ An", "công văn 104", "Bộ KHCN"); 0 when it does not name a head's title
 * as asked (deputy or not). 1 when the question names none.
 */
export function namedCoverage(a: QueryAnalysis, tokens: TokenLookup, passage?: IndexedPassage): number {
  // "Giám đốc" asked, only "Phó Giám đốc" named (or the other way round): about someone else.
  if (passage && a.titles.length && !speaksOfTitles(a.titles, foldedWords(passage))) return 0;
  // "Lịch tập huấn của Thái Nguyên xem ở đâu": a passage speaking of each province in turn ("cho từng
  // địa phương tại phụ lục 2") says where to look for the one named too; not on what day it is.
  const provinces = passage && sentToEachProvince(a, passage, tokens) ? provincesAfterTinh(a) : provinceTermsCovered(a, tokens);
  const numberLine = passage !== undefined && PART_HEADINGS.number.includes(passage.heading ?? "") ? passage : undefined;
  const forEvery = tokens.has(EVERY_PROVINCE);
  return a.names.length ? Math.min(...a.names.map((run) => (coversAll(provinces, run) || (forEvery && whereAskerIs(a, run)) ? 1 : numberLine && otherProvince(a, run, issuerWords(numberLine)) ? 0 : runCoverage(a, run, tokens, true)))) : 1;
}

/** "Các tỉnh", "các tỉnh/thành phố": a passage setting something for every province, a folded pair. */
const EVERY_PROVINCE = pair("cac", "tinh");

/**
 * "Phường anh ở Đà Nẵng thì phải bố trí mấy người": a province after "ở"/"tại" locating the
 * officer's own unit, not what is asked about; what is set for every province holds there too.
 */
function whereAskerIs(a: QueryAnalysis, run: readonly number[]): boolean {
  if (!namesProvince(a.terms, run)) return false;
  const before = a.terms[run[0]! - 1]?.surface === "tinh" ? run[0]! - 2 : run[0]! - 1;
  if (!LOCATING.has(a.terms[before]?.surface ?? "")) return false;
  // Whose place it is: the officer's unit just before ("phường anh ở", "xã em ở"), or nothing (the
  // message opens with it: "ở đà nẵng có sở …"); not something asked about ("địa chỉ nào tại Hà Nội").
  const owner = (k: number) => OWN_UNIT_WORDS.has(a.terms[k]?.surface ?? "");
  return before === 0 || owner(before - 1) || owner(before - 2);
}

/** The officer's unit and how he names himself with it ("phường anh", "xã em", "tui"), folded. */
const OWN_UNIT_WORDS: ReadonlySet<string> = new Set(["xa", "phuong", "em", "e", "anh", "toi", "minh", "tui"]);

/** A passage's letter's issuer as folded syllables, spaced at both ends for whole-word search. */
function issuerWords(passage: IndexedPassage): string {
  return ` ${syllables(passage.doc.issuer ?? "").join(" ")} `;
}

/**
 * Whether `run` names a province other than the one in the issuer (`issuerWords`). "Hà Nội, ngày …
 * tháng … năm 2026" on a letter's number line is where it was signed: a question about Hà Nội's
 * communes is not about it (unless the issuer is the province's own committee).
 */
function otherProvince(a: QueryAnalysis, run: readonly number[], issuer: string): boolean {
  return namesProvince(a.terms, run) && !issuer.includes(` ${run.flatMap((i) => a.terms[i]!.resolved).join(" ")} `);
}

/**
 * "Trung tâm phục vụ hành chính công tỉnh Sơn La có trong nơi nhận không": a letter's addressees or
 * recipients listing a body of "các tỉnh" name each province's ("tỉnh …" asked, not a letter's
 * issuer: "nơi nhận cv của UB TP.HCM" is that letter's own list).
 */
function sentToEachProvince(a: QueryAnalysis, passage: IndexedPassage, tokens: TokenLookup): boolean {
  // Checked for every candidate: the passage's heading first, the question's words only for a list.
  if (!PART_HEADINGS.addressees.includes(passage.heading ?? "") || !tokens.has(EVERY_PROVINCE)) return false;
  return a.letterPart === "addressees" || a.terms.some((t, i) => t.surface === "nhan" && a.terms[i - 1]?.surface === "noi");
}

/** The terms of the question naming a province after "tỉnh". */
function provincesAfterTinh(a: QueryAnalysis): ReadonlySet<number> {
  return new Set(a.names.filter((run) => namesProvince(a.terms, run) && a.terms[run[0]! - 1]?.surface === "tinh").flat());
}

/** Whether `covered` holds every term of a run (and is not empty). */
function coversAll(covered: ReadonlySet<number>, run: readonly number[]): boolean {
  return covered.size > 0 && run.every((i) => covered.has(i));
}

/**
 * The terms naming a province ("lịch riêng tỉnh Lào Cai", "cho Hà Nội") that a passage speaking of
 * each province in turn covers as it covers the one named (`scheduleProvinces`); none for others.
 */
function provinceTermsCovered(a: QueryAnalysis, tokens: TokenLookup): ReadonlySet<number> {
  const provinces = scheduleProvinces(a);
  return provinces.size > 0 && EACH_PROVINCE.some((p) => tokens.has(p)) ? provinces : NO_TERMS;
}

const NO_TERMS: ReadonlySet<number> = new Set();

/** `scheduleProvinces` of each question, worked out once: every passage's coverage asks for it. */
const scheduleProvincesOf = new WeakMap<QueryAnalysis, ReadonlySet<number>>();

/**
 * Asked where to look (not on what day) for a schedule ("lịch"): the terms naming a province; not a
 * place the officer locates something in ("ở Hà Nội", "tại …"), nor where a body named with its
 * province sits ("Sở VHTTDL Hà Nội ở đâu", no schedule asked).
 */
function scheduleProvinces(a: QueryAnalysis): ReadonlySet<number> {
  let provinces = scheduleProvincesOf.get(a);
  if (provinces === undefined) {
    // Asked the date as well, only where to look for it ("xem ở đâu"), not where it is held ("học ở đâu").
    const asked = a.kinds.has("place") && (!a.kinds.has("date") || a.terms.some((t) => LOOKING.has(t.surface))) && a.terms.some((t) => t.surface === "lich");
    const locates = (run: readonly number[]) => LOCATING.has(a.terms[run[0]! - 1]?.surface ?? "") || (a.terms[run[0]! - 1]?.surface === "tinh" && LOCATING.has(a.terms[run[0]! - 2]?.surface ?? ""));
    provinces = asked ? new Set(a.names.filter((run) => namesProvince(a.terms, run) && !locates(run)).flat()) : NO_TERMS;
    scheduleProvincesOf.set(a, provinces);
  }
  return provinces;
}

/** Looking something up: "xem", "coi" (read as "xem"), "tìm", "tra", "kiếm", folded. */
const LOOKING: ReadonlySet<string> = new Set(["xem", "tim", "tra", "kiem"]);

/** Words that locate something in a province ("ở Hà Nội", "tại tỉnh …"), folded. */
const LOCATING: ReadonlySet<string> = new Set(["o", "tai"]);

/**
 * "UBND tỉnh Quảng Ninh đã có văn bản … chưa, số hiệu bao nhiêu": a province named that is not the
 * one whose committee issued the passage's letter (the City's own "Số: /UBND-VX" is not Quảng Ninh's).
 */
function namesOtherProvince(a: QueryAnalysis, passage: IndexedPassage): boolean {
  const issuer = issuerWords(passage);
  if (!/ (tinh|thanh pho) /.test(issuer)) return false;
  return a.names.some((run) => otherProvince(a, run, issuer));
}

/** "Từng địa phương", "từng tỉnh": each province in turn, as folded pairs. */
const EACH_PROVINCE: readonly string[] = [pair("tung", "dia"), pair("tung", "tinh")];

/**
 * How much a passage says about the question's focus (0..1): the best of its focus runs, each the
 * weighted share of its syllables found (equivalents at their discount) and of its inner pairs;
 * capped by `namedCoverage` (pass it when already at hand). A question without either is fully
 * covered.
 */
export function focusCoverage(a: QueryAnalysis, tokens: TokenLookup, passage?: IndexedPassage, named = namedCoverage(a, tokens, passage)): number {
  if (a.focus.length === 0) return named;
  const provinces = provinceTermsCovered(a, tokens);
  const runs = a.focus.map((run) => (coversAll(provinces, run) ? 1 : runCoverage(a, run, tokens, false, passage?.text)));
  return Math.min(named, TUNING.focus.allRuns ? Math.min(...runs) : Math.max(...runs));
}

/**
 * Weighted share of a run's syllables a passage has, blended with its inner pairs that bind
 * (compounds); for a name (`whole`), the lesser of the two.
 */
function runCoverage(a: QueryAnalysis, run: readonly number[], tokens: TokenLookup, whole = false, text?: string): number {
  let total = 0;
  let got = 0;
  for (const i of run) {
    const t = a.terms[i]!;
    total += t.weight;
    // An equivalent the letters say nearly everywhere does not stand for the focus; a name must be
    // written, not said in other words ("tổng đài" is not any "điện thoại").
    const credit = whole ? ownCredit(t, tokens) : termCredit(t.focusEquivalents ? { ...t, equivalents: t.focusEquivalents } : t, tokens);
    got += t.weight * (whole ? credit : withKindCredit(t, credit, text));
  }
  const terms = total ? got / total : 0;
  const inner = a.pairs.filter((p) => run.includes(p.left) && run.includes(p.left + 1) && p.binds);
  // Two words the letters never write together ("phụ cấp") count as found together only where a
  // passage writes them so, not "phụ" of "phụ trách" and "cấp" of "cấp tỉnh".
  const pairs = inner.length ? inner.reduce((s, p) => s + pairCredit(p, tokens), 0) / inner.length : wordRun(a, run) ? writtenTogether(a, run, tokens) : terms;
  // A name is found as written: "Nghệ An", not "Nghệ" in one place and "An" in another (also when
  // the pairs do not bind: "Bộ Tư pháp" is not "tư" and "giải pháp").
  // A topic no letter covers needs each of its pairs, those the letters never write too: "trung
  // tâm dữ liệu" is not "trung tâm" here and "dữ liệu" there. (Names may skip the letters' "và":
  // "Văn hóa Thể thao Du lịch".)
  if (whole && isTopic(a, run)) {
    const all = a.pairs.filter((p) => run.includes(p.left) && run.includes(p.left + 1));
    if (all.length) return Math.min(terms, ...all.map((p) => pairCredit(p, tokens)));
  }
  if (whole && inner.length) return Math.min(terms, pairs);
  if (whole && run.length > 1) return Math.min(terms, writtenTogether(a, run, tokens));
  return (1 - TUNING.focus.pairShare) * terms + TUNING.focus.pairShare * pairs;
}

const topicsOf = new WeakMap<QueryAnalysis, readonly (readonly number[])[]>();

/** Whether a run of the question writes one of the topics no letter covers (topics.ts). */
function isTopic(a: QueryAnalysis, run: readonly number[]): boolean {
  let topics = topicsOf.get(a);
  if (!topics) topicsOf.set(a, (topics = topicRuns(a.terms)));
  return topics.some((t) => t.length === run.length && t.every((i, k) => i === run[k]));
}

/** A run of two or more words typed as such (no numbers, no equivalents standing in for them). */
function wordRun(a: QueryAnalysis, run: readonly number[]): boolean {
  return run.length > 1 && run.every((i) => /^[a-z]+$/.test(a.terms[i]!.surface) && a.terms[i]!.status === "known" && !a.terms[i]!.equivalents);
}

/** Share of a run's neighbouring syllables a passage has side by side. */
function writtenTogether(a: QueryAnalysis, run: readonly number[], tokens: TokenLookup): number {
  let got = 0;
  for (let k = 0; k + 1 < run.length; k++) if (tokens.has(pair(a.terms[run[k]!]!.surface, a.terms[run[k + 1]!]!.surface))) got++;
  return got / (run.length - 1);
}

/** A word naming the kind of fact asked for ("mốc", "chức vụ") is covered by a text stating such a fact. */
function withKindCredit(t: QueryTerm, credit: number, text: string | undefined): number {
  if (credit < TUNING.equivalents.credit && t.namesKind && text !== undefined && KIND_PATTERNS[t.namesKind].test(text)) return TUNING.equivalents.credit;
  return credit;
}

/**
 * `text`, when given, is what the tokens were read from: a word naming the kind of fact asked for
 * ("mốc") is covered, like an equivalent, by a text that states such a fact. `officerWords`, a
 * passage's words of officers (officer-words.ts), cover at a discount too.
 */
export function coverage(a: QueryAnalysis, tokens: TokenLookup, text?: string, officerWords?: ReadonlySet<string>): Coverage {
  const provinces = provinceTermsCovered(a, tokens);
  const terms = { total: 0, owed: 0, got: 0 };
  a.terms.forEach((t, i) => {
    if (t.weight === 0) return;
    tally(terms, t.weight, provinces.has(i) ? 1 : termCoverage(t, tokens, text, officerWords), t.missCost);
  });
  const pairs = { total: 0, owed: 0, got: 0 };
  for (const p of a.pairs) tally(pairs, p.weight, provinces.has(p.left) || provinces.has(p.left + 1) ? 1 : pairCredit(p, tokens, officerWords), p.missCost);
  const share = (got: number, of: number) => (of ? got / of : 0);
  return { terms: share(terms.got, terms.total), pairs: share(pairs.got, pairs.total), termsOwed: share(terms.got, terms.owed), pairsOwed: share(pairs.got, pairs.owed) };
}

/** Adds a word's weight: all of it to what is asked, what the passage says to what it got, and to what is owed all of what it says and `missCost` of what it does not. */
function tally(sum: { total: number; owed: number; got: number }, weight: number, credit: number, missCost = 1): void {
  sum.total += weight;
  sum.owed += weight * (credit + (1 - credit) * missCost);
  sum.got += weight * credit;
}

/** How much a passage says of one question word (0..1), as `coverage` counts it (kb:learn reads it without officers' words). */
export function termCoverage(t: QueryTerm, tokens: TokenLookup, text?: string, officerWords?: ReadonlySet<string>): number {
  return withKindCredit(t, termCredit(t, tokens, officerWords), text);
}

// Where the letters state each kind of fact. Vietnamese words start with letters outside ASCII,
// so word edges are lookarounds on letters, not \b.
const W = "(?<![\\p{L}\\d])";
const E = "(?![\\p{L}\\d])";
const KIND_PATTERNS: Record<AnswerKind, RegExp> = {
  date: /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\bngày \d{1,2} tháng \d{1,2}\b/u,
  // "8h", "8 giờ 30", "14:00".
  time: new RegExp(`(?<![\\d/.])\\d{1,2}(?::\\d{2}|\\s?(?:h|giờ)(?:\\s?\\d{2})?${E})`, "u"),
  // "hằng tháng", "mỗi quý", "06 tháng một lần", "2 lần/năm".
  frequency: new RegExp(`${W}(?:hằng|hàng|mỗi) (?:ngày|tuần|tháng|quý|năm)${E}|\\d+ (?:ngày|tuần|tháng|quý|năm) (?:một|1) lần${E}|\\d+ lần\\s?\\/\\s?(?:ngày|tuần|tháng|quý|năm)${E}`, "iu"),
  count: /(?<![\d/.])\b\d{1,3}\b(?![\d/.])/u,
  // Hotlines are 1800/1900 numbers ("1900 5555").
  phone: /\b0\d{2,3}[.\s]?\d{3}[.\s]?\d{3,4}\b|\b1[89]00[.\s]?\d{4}(?:[.\s]?\d{2})?\b|\bĐT:/u,
  email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u,
  // ("Thành phố Hồ Chí Minh, ngày …" names a city, not a person.)
  person: new RegExp(
    `\\b(?:Đồng chí|Ông|Bà)\\s+\\p{Lu}|(?<!(?:[Pp]hố|TP\\.?)\\s)\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?\\s*(?:$|[-–(,;])|^\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,3}$|${W}(?:Giám đốc|Phụ trách|Chủ tịch|Bộ trưởng|Thứ trưởng|Cục trưởng|chuyên viên|GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG)${E}`,
    "mu",
  ),
  unit: new RegExp(`${W}(?:Sở|Ủy ban|Uỷ ban|Văn phòng|Trung tâm|Cục|Bộ|Công an|Phòng|UBND)${E}`, "u"),
  // "phản ánh về Bộ KH&CN", "gửi về Bộ": where to turn.
  // "đăng tải trên Cổng Thông tin điện tử": where something is published.
  place: new RegExp(`https?:\\/\\/|www\\.|\\.gov\\.vn|\\bPhụ lục\\b|\\bphụ lục\\b|\\btại\\b|gửi về|${W}về (?:Bộ|Sở|Cục|Trung tâm|UBND|Ủy ban|Văn phòng)${E}|${W}trên (?:Cổng|cổng|Nền tảng|nền tảng|Trang|trang)${E}`, "u"),
  // "Số: /UBND-VX": a letter's own symbol, its number left blank until it is issued.
  docnumber: /\d+\s?\/\s?[\p{Lu}Đ]{2,}|\d+-[\p{Lu}]{2,}\/|Số:\s*\/\s?[\p{Lu}Đ]{2,}/u,
  // "trong 05 ngày", "02 buổi", "30 phút": a length of time; "17 tháng 10 năm 2025" is a date.
  duration: new RegExp(`(?<!ngày\\s|[\\d/.])\\d{1,3}\\s?(?:ngày|tuần|tháng|năm|giờ|tiếng|phút|buổi)${E}(?!\\s?\\d)`, "iu"),
  link: /https?:\/\/|www\.|\b[\w-]+\.(?:gov\.vn|com|vn|net|org)\b/u,
  // A sanction: letters that set one say so in these words.
  sanction: new RegExp(`${W}(?:kỷ luật|xử phạt|bị phạt|phê bình|chế tài|chịu trách nhiệm)${E}`, "iu"),
  channel: new RegExp(`${W}(?:trực tuyến|tổng đài|nhóm zalo|mã QR|hình thức|thư điện tử|thông qua|qua)${E}|https?://`, "u"),
  // "Thực hiện Công văn số …" cites what the letter acts on: a basis, not a task.
  task: new RegExp(`${W}(?:thực hiện(?!\\s+(?:công văn|văn bản|quyết định|thông báo|kế hoạch|chỉ thị|nghị quyết|nhiệm vụ được))|chủ trì|phối hợp|triển khai|tổ chức|bố trí|xây dựng|rà soát|tiếp nhận|theo dõi|báo cáo|kết nối|quản trị|tăng cường)${E}`, "iu"),
  // "(để báo cáo)" beside a recipient is how letters are filed, not a purpose.
  // "Hệ thống điều phối … thực hiện nhiệm vụ điều phối, theo dõi …": what a thing is for, its function.
  reason: new RegExp(`(?<!\\(\\*?)${W}(?:nhằm|để|Để|Sau khi|bảo đảm|đảm bảo|Nhằm|thực hiện nhiệm vụ|có nhiệm vụ|có chức năng)${E}`, "u"),
  // A street address: "số 51 Ngô Quyền", "đường Lê Duẩn".
  address: /\b[Ss]ố \d+[A-Z]?,? (?:phố |đường |ngõ )?\p{Lu}\p{Ll}+ \p{Lu}|\b(?:đường|phố) \p{Lu}\p{Ll}+ \p{Lu}/u,
  // What happens after a date: letters that say so write "sau ngày …", "kể từ sau …".
  aftermath: new RegExp(`${W}(?:sau ngày|kể từ sau|sau thời điểm|sau mốc)\\s*\\d`, "iu"),
  // A body described beside its name: "Trung tâm … - cơ quan đầu mối …", "(đơn vị …)".
  role: new RegExp(`\\s[-–]\\s(?:cơ quan|đơn vị|tổ chức)${E}|\\((?:cơ quan|đơn vị|tổ chức)${E}`, "u"),
};

export function hasKind(text: string, kinds: ReadonlySet<AnswerKind>): boolean {
  for (const k of kinds) if (KIND_PATTERNS[k].test(text)) return true;
  return false;
}

/**
 * "Bố trí những ai", "cử loại người nào": of a passage's sentences, the one naming the kinds of staff
 * a letter asks for ("cán bộ chuyên môn nghiệp vụ, cán bộ kỹ thuật") says who, though it names no one.
 * (It makes no passage hold a person: a name asked for needs one.)
 */
const STAFF_ROLES = new RegExp(`${W}cán bộ (?:chuyên môn|kỹ thuật|quản trị|phối hợp)${E}`, "u");

/** Characters between a document's number and its date ("39/TTg-KSTT ngày 09/01/2025"). */
const NUMBER_TO_DATE = 40;
const DATE_AFTER = String.raw`(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|ngày \d{1,2} tháng \d{1,2})`;

/** The numbers the question names ("công văn 39", "thông báo 35"). */
function namedNumbers(a: QueryAnalysis, asked = false): string[] {
  // "Ngoài cv 39 ra còn văn bản số mấy": with `asked`, not a letter the officer already has.
  const had = new Set(asked ? (a.besides ?? []) : []);
  // A number typed with two digits swapped reads as the letters' ("5712" → "5721").
  return a.names.flatMap((run) => run.filter((i) => !had.has(i)).map((i) => a.terms[i]!.resolved[0] ?? a.terms[i]!.surface)).filter((s) => /^\d{2,}$/.test(s));
}

/**
 * Whether a text holds the kind of fact asked for, in `hasKind`'s sense; when the question asks for
 * the date of a numbered document ("công văn 39 ngày nào"), the date must be that document's: after
 * its number ("số 39/TTg-KSTT ngày 09/01/2025"), not another document's date in the same sentence.
 */
export function holdsKind(a: QueryAnalysis, text: string): boolean {
  if (a.until && UNTIL_EVENT.test(text)) return true;
  // Until when: the date a cited letter was signed does not say it ("Thực hiện Công văn số 5721 … ngày
  // 17/10/2025"), nor does a date things start from ("vận hành chính thức … từ 1/3/2026").
  if (a.until && !hasUncitedDate(text, true)) return hasKind(text, new Set([...a.kinds].filter((k) => k !== "date")));
  if (!a.kinds.size || !hasKind(text, a.kinds)) return false;
  const numbers = a.kinds.has("date") ? namedNumbers(a) : [];
  if (!numbers.length) return true;
  const otherKinds = [...a.kinds].filter((k) => k !== "date");
  return numbers.some((n) => datedAfter(text, n)) || (otherKinds.length > 0 && hasKind(text, new Set(otherKinds)));
}

/** Where a text cites letter `n` by its number and code ("39/TTg-KSTT", "35-TB/TGV"), or -1. */
function citationAt(text: string, n: string): number {
  return text.search(new RegExp(`(?<![\\d/.])${n}\\s?[/-]`, "u"));
}

/** Whether a text gives letter `n`'s date right after its number ("số 39/TTg-KSTT ngày 09/01/2025"). */
function datedAfter(text: string, n: string): boolean {
  return new RegExp(`(?<![\\d/.])${n}(?![\\d.])[^;\\n]{0,${NUMBER_TO_DATE}}?${DATE_AFTER}`, "u").test(text);
}

/**
 * "Công văn 39 của Thủ tướng ngày nào ký": a passage citing letter 39 without its date ("… tại Công
 * văn số 39/TTg-KSTT của Thủ tướng Chính phủ và Văn bản số 7753/… ngày 17/12/2025") holds another
 * letter's date, not the one asked. True when the text cites a letter the question names, none
 * with its date.
 */
function citesUndated(text: string, numbers: readonly string[]): boolean {
  const cited = numbers.filter((n) => citationAt(text, n) >= 0);
  return cited.length > 0 && !cited.some((n) => datedAfter(text, n));
}

const NUMBERS: ReadonlySet<AnswerKind> = new Set(["docnumber", "phone"]);

/** The office a head's title names, in capitals: "CỤC" of "Cục trưởng". */
function officeOf(title: string): string {
  return title.split(" ")[0]!.toUpperCase();
}

/**
 * Each head's title followed by a person's name ("Thứ trưởng Phan Tâm", "GIÁM ĐỐC⏎Nguyễn Thị Hoàng
 * Lan"), not by a deputy's "Phó", by the title's folded form; built once.
 */
const TITLED_NAMES: ReadonlyMap<string, RegExp> = new Map(
  // The office's name may follow the title in capitals ("CỤC TRƯỞNG CỤC CHUYỂN ĐỔI SỐ QUỐC GIA Trần
  // Duy Ninh"), not another title ("BỘ TRƯỞNG THỨ TRƯỞNG Phan Tâm" names the deputy).
  [...HEAD_OFFICES].map(([folded, title]) => [folded, new RegExp(`(?<!Phó\\s|PHÓ\\s)(?:${title}|${title.toUpperCase()})(?:\\s+Thường trực)?(?:[\\s|]+${officeOf(title)}(?:[\\s|]+[\\p{Lu}Đ]+(?![\\p{Ll}])){0,7})?[\\s|]+\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)+`, "u")]),
);

/** A person's name: three capitalised words, or a line that is only a name ("Phan Tâm"). */
const PERSON_NAME = /\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+|^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3}$/mu;

/** A date right after a document's number ("số 7753/BKHCN-CĐSQG ngày 17/12/2025"): when it was signed. */
const CITATION_DATE = new RegExp(`\\d+\\s?\\/\\s?[\\p{Lu}Đ][^;\\n]{0,${NUMBER_TO_DATE}}?(?:ngày\\s*)?$`, "u");
const DATES = new RegExp(KIND_PATTERNS.date.source, "gu");

/** A letter's number, in either form ("7753/BKHCN-CĐSQG", "35-TB/TGV"), right before a date. */
const CITED_NUMBER_BEFORE = new RegExp(`\\d+\\s?[/-]\\s?[\\p{Lu}Đ][^;\\n]{0,${NUMBER_TO_DATE}}?(?:ngày\\s*)?$`, "u");

/** A date a time starts from: "từ 1/3/2026", "bắt đầu từ ngày 19/01/2026". */
const FROM_DATE = /(?:^|[^\p{L}])từ\s+(?:ngày\s+)?$/iu;

/** Whether a text states a date whose preceding words (up to a cited number's reach) pass `test`. */
function someDate(text: string, test: (before: string) => boolean): boolean {
  for (const m of text.matchAll(DATES)) if (test(text.slice(Math.max(0, m.index - NUMBER_TO_DATE - 30), m.index))) return true;
  return false;
}

/** Whether a text gives the date a letter it cites was signed ("số 7753/BKHCN-CĐSQG ngày 17/12/2025"). */
function hasCitedDate(text: string): boolean {
  return someDate(text, (before) => CITED_NUMBER_BEFORE.test(before));
}

/**
 * Whether a text states a date that is not the signing date of a letter it cites; `notFrom`: nor
 * one a time starts from.
 */
function hasUncitedDate(text: string, notFrom = false): boolean {
  return someDate(text, (before) => !CITATION_DATE.test(before) && !(notFrom && FROM_DATE.test(before)));
}

/** Whether a text bounds a time: by an event ("đến khi … hoàn thành") or a date it does not start from. */
function boundsTime(text: string): boolean {
  return UNTIL_EVENT.test(text) || hasUncitedDate(text, true);
}
/** A time bounded by an event: "(cho) đến khi Văn phòng Chính phủ … hoàn thành". */
const UNTIL_EVENT = new RegExp(`${W}(?:đến|tới) khi\\s+\\p{L}`, "iu");
/** A time set by an event ("khi các Bộ, ngành triển khai …", "sau khi hoàn thành", "trong quá trình triển khai"). */
const EVENT_TIME = new RegExp(`${W}(?:khi|trong quá trình)\\s+\\p{L}`, "u");
/** Largest count looked for next to a counted noun ("02 cán bộ"). */
const MAX_COUNT = 100;

/**
 * Whether a passage holds the fact the question insists on: a phone number for "số điện thoại", a
 * name for "tên là gì", a letter's number for "số hiệu", a number next to the counted thing for
 * "mấy người" ("02 cán bộ"). "Bao nhiêu tiền" is not answered by a passage counting people.
 */
export function holdsAskedFact(index: SearchIndex, a: QueryAnalysis, p: IndexedPassage): boolean {
  const text = p.heading ? `${p.heading}\n${p.text}` : p.text;
  // "Qua email hay qua link nào": either address answers.
  const eitherAddress = a.mustHold.has("link") && a.mustHold.has("email");
  for (const k of a.mustHold) {
    if (k === "link") {
      if (!linkAboutFocus(index, a, text) && !(eitherAddress && KIND_PATTERNS.email.test(text))) return false;
      continue;
    }
    if (k === "email" && eitherAddress) continue;
    // Until when: an event or a date that bounds the time, not one it starts from.
    if (k === "date" && a.until) {
      if (boundsTime(text)) continue;
      return false;
    }
    if (k === "date" && a.whenByEvent && EVENT_TIME.test(text)) continue;
    if (k === "date" && a.deadline && !hasUncitedDate(text)) return false;
    if (k === "date" && a.issued && !hasCitedDate(text)) return false;
    if (k === "date" && !a.deadline && !a.until && !a.whenByEvent && citesUndated(text, namedNumbers(a, true))) return false;
    if (!hasKind(text, k === "docnumber" ? NUMBERS : new Set([k]))) return false;
  }
  if (ownNumberAsked(index, a) === p.doc.slug && !givesOwnNumber(p)) return false;
  if (a.signer && !PERSON_NAME.test(text)) return false;
  if (a.abbreviation && !spellsOut(a.abbreviation, p)) return false;
  // "Bộ trưởng … là ai": "Bộ trưởng (để báo cáo)" names the office, "KT. BỘ TRƯỞNG / THỨ TRƯỞNG /
  // Phan Tâm" someone signing for it; only a name right after the title says who holds it.
  if (a.headNamed && !TITLED_NAMES.get(a.headNamed)?.test(text)) return false;
  // An opinion or a judgement of worth is no fact a letter holds.
  if (a.opinion || a.progress) return false;
  // "Việc đầu tiên cv tích hợp bảo tỉnh làm là gì": a letter's recipients, signature or number line
  // states no task, however much of the letter's name it carries.
  if (asksBody(a) && !a.letterPart && NO_TASK_PARTS.has(p.heading ?? "")) return false;
  if (a.asksContent && !namedNumbers(a).every((n) => statesSubject(text, n))) return false;
  if (a.asksItems && onlyCites(p.text, namedNumbers(a))) return false;
  // The letters point to their appendices ("chi tiết tại phụ lục 01") but do not include them.
  if (a.appendixContent && APPENDIX.test(text)) return false;
  if (!a.counted) return true;
  const tokens = index.passageTokens(p);
  // "Mấy admin": the letters count people as "cán bộ" of their role ("01 cán bộ quản trị hệ thống").
  const staffOf = (noun: string) => tokens.has(pair("bo", noun));
  for (let n = 0; n <= MAX_COUNT; n++) for (const noun of a.counted) if (tokens.has(pair(String(n), noun)) || (tokens.has(pair(String(n), "can")) && staffOf(noun))) return true;
  return false;
}

/** Whether the question asks what the letter's body says: a task, a reason, its content. */
function asksBody(a: QueryAnalysis): boolean {
  return a.kinds.has("task") || a.kinds.has("reason") || a.asksContent;
}

/** "Số mấy", "số bao nhiêu": the digits of a number (folded). */
const NUMBER_DIGITS_ASK = /\bso (may|bao nhieu)\b/;
const ownNumbers = new WeakMap<QueryAnalysis, string | null>();

/**
 * "Công văn hướng dẫn tích hợp QLVB số mấy": the letter named by its subject, asked its own number
 * (no number typed, no letter it cites spoken of). Returns its slug.
 */
function ownNumberAsked(index: SearchIndex, a: QueryAnalysis): string | undefined {
  let slug = ownNumbers.get(a);
  if (slug === undefined) {
    const folded = fold(a.text);
    const asks = a.mustHold.has("docnumber") && NUMBER_DIGITS_ASK.test(folded) && !ANOTHER_LETTER.test(folded) && namedNumbers(a).length === 0;
    slug = (asks ? index.namedLetter(a)?.slug : undefined) ?? null;
    ownNumbers.set(a, slug);
  }
  return slug ?? undefined;
}

/**
 * Only a letter's number line gives its own number, and only when filled in ("Số: / CĐSVHTTDL-CNNTS"
 * is left blank): numbers in its body are those of letters it cites.
 */
function givesOwnNumber(p: IndexedPassage): boolean {
  return PART_HEADINGS.number.includes(p.heading ?? "") && /Số:\s*\d/u.test(p.text);
}

/** Parts of a letter outside its body that never say what someone has to do. */
const NO_TASK_PARTS: ReadonlySet<string> = new Set([PART_LABELS.recipients, PART_LABELS.signature, PART_LABELS.number]);

/** A letter's pointer to one of its appendices ("tại phụ lục 01", "(Phụ lục 3 kèm theo)"). */
const APPENDIX = /phụ lục\s*(số\s*)?\d+/iu;

/**
 * "Quyết định 2618 liệt kê những nền tảng nào", "tờ trình 6428 đề xuất những gì": a passage that
 * only cites the letter ("Căn cứ Quyết định 2618/QĐ-BKHCN … về kế hoạch …") names it, and lists
 * none of its items (no list, nothing quoted from it).
 */
function onlyCites(text: string, numbers: readonly string[]): boolean {
  if (!numbers.some((n) => citationAt(text, n) >= 0)) return false;
  return !/[“"]/u.test(text) && !units(text).some((u) => LIST_ITEM.test(u));
}

/** Characters after a cited letter's number within which its subject ("về việc …") is stated. */
const SUBJECT_AFTER = 120;

/**
 * Whether a passage that cites letter `n` states what it is about ("Công văn số 39/TTg-KSTT ngày
 * 09/01/2025 về việc bảo đảm …") or requires ("… theo Văn bản số 5721/… bảo đảm thống nhất"):
 * asked what a letter says or corrects, a passage that only names
 * it ("Công văn số 6247/BKHCN-CĐSQG ngày 03/11/2025 đính chính Công văn số 5721") cannot tell.
 * A passage that does not cite it is judged by the other checks.
 */
function statesSubject(text: string, n: string): boolean {
  // A letter's number with its code after a slash ("39/TTg-KSTT"); a notice cited by "53-TB/TGV" is
  // quoted further on ("… được giao nhiệm vụ “…” bảo đảm thống nhất"), past where a subject would be.
  const at = text.search(new RegExp(`(?<![\\d/.])${n}\\/`, "u"));
  if (at < 0) return true;
  // "… theo Văn bản số 5721/… ngày 17/10/2025 bảo đảm thống nhất, thông suốt": what it requires.
  return /\s(về|bảo đảm|đảm bảo)\s/u.test(text.slice(at, at + SUBJECT_AFTER).split(/[;.\n]/u)[0] ?? "");
}

/**
 * "Link nhóm Zalo": an address given in a sentence that speaks of what the link is asked for, not
 * the form's address two sentences after "các nhóm zalo".
 */
function linkAboutFocus(index: SearchIndex, a: QueryAnalysis, text: string): boolean {
  const object = linkObject(a);
  return units(text).some((u) => {
    if (!KIND_PATTERNS.link.test(u)) return false;
    const tokens = unitTokens(index, u);
    return (object.length ? runCoverage(a, object, tokens) : focusCoverage(a, tokens)) >= TUNING.focus.min;
  });
}

/** Words joining another thing asked for ("link hoặc mã"), folded. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(["hoac", "hay", "va"]);

/** Longest object of "link" looked at ("link nhóm zalo", "link tài liệu"). */
const LINK_OBJECT = 2;

/** The words right after "link": what the link is of (none in "qua link nào"). */
function linkObject(a: QueryAnalysis): number[] {
  const at = a.terms.findIndex((t) => t.surface === "link" && t.status !== "question");
  const run: number[] = [];
  for (let i = at + 1; at >= 0 && i < a.terms.length && run.length < LINK_OBJECT; i++) {
    const t = a.terms[i]!;
    // "Link hoặc mã để vào nhóm": "hoặc" joins another thing asked for, not what the link is of.
    if (t.status === "question" || t.weight === 0 || CONJUNCTIONS.has(t.surface)) break;
    run.push(i);
  }
  return run;
}

/** One number for how well a candidate answers: what the confidence threshold applies to. */
export function confidenceOf(c: Pick<Coverage, "terms" | "pairs">): number {
  return Math.max(0, Math.min(1, TUNING.confidence.terms * c.terms + TUNING.confidence.pairs * c.pairs));
}

/**
 * The confidence the threshold applies to: words unsaid cost their learned miss cost. The ranking
 * keeps `confidenceOf`, so the tables decide whether to answer, not which passage answers.
 */
export function answerConfidenceOf(c: Coverage): number {
  return confidenceOf({ terms: c.termsOwed, pairs: c.pairsOwed });
}

// ---------------------------------------------------------------------------------------------

export interface RankedPassage {
  passage: IndexedPassage;
  bm25: number;
  coverage: Coverage;
  confidence: number;
  /** The confidence the answer threshold applies to (`answerConfidenceOf`). */
  answerConfidence: number;
  /** How much the passage says about the question's focus (`focusCoverage`). */
  focus: number;
  kindMatch: boolean;
  /** Whether the passage is of the letter the question names by its subject. */
  ofNamedLetter: boolean;
  score: number;
}

/** Whether a passage writes an abbreviation in brackets after its full form ("… hành chính (HTTT GQTTHC)"). */
function bracketsAbbreviation(abbreviation: NonNullable<QueryAnalysis["abbreviation"]>, p: IndexedPassage): boolean {
  return foldedText(p).includes(`(${abbreviation.short}`);
}

/**
 * Asked what an abbreviation stands for ("TTHC là viết tắt của gì"), a passage answers that writes
 * it in brackets after its full form, or the full form itself; not one that says it only through
 * the letter's title ("GIÁM ĐỐC Nguyễn Thị Hoàng Lan").
 */
function spellsOut(abbreviation: NonNullable<QueryAnalysis["abbreviation"]>, p: IndexedPassage): boolean {
  return bracketsAbbreviation(abbreviation, p) || foldedText(p).includes(abbreviation.full);
}

/** A passage's text folded, spaces collapsed, brackets kept ("… hành chính (httt gqtthc) …"), worked out once per passage. */
const foldedTexts = new WeakMap<IndexedPassage, string>();
function foldedText(p: IndexedPassage): string {
  let text = foldedTexts.get(p);
  if (text === undefined) {
    text = fold(p.text).replace(/\s+/g, " ").replace(/\( /g, "(");
    foldedTexts.set(p, text);
  }
  return text;
}

/** A phone number as typed and read ("0905.188881" → "0905188881"). */
const PHONE_TYPED = /^0\d{8,10}$/;

/** How many BM25 candidates are re-ranked with coverage. */
export const CANDIDATES = 20;

/** Syllables of a passage's opening (with its heading): whom or what it is about. */
const OPENING = 12;

/**
 * A passage that opens with the letter's purpose or cause ("Nhằm …", "Để …", "Sau khi nắm bắt …");
 * "Đề đảm bảo" is the common slip for "Để đảm bảo".
 */
const REASON_OPENING = /^\s*(?:Nhằm|Để|Sau khi|Đề (?:đảm|bảo))\s/u;
/** "… ban hành Hướng dẫn … nhằm làm rõ …": "nhằm" states a purpose wherever it stands ("để" may only say how). */
const PURPOSE = new RegExp(`${W}nhằm${E}`, "u");

/** The passages that give each part of a letter: whom it is sent to is under "Kính gửi" and "Nơi nhận". */
const PART_HEADINGS: Readonly<Record<LetterPart, readonly string[]>> = {
  addressees: [PART_LABELS.addressees, PART_LABELS.recipients],
  signature: [PART_LABELS.signature],
  number: [PART_LABELS.number],
};

/** Whether a passage is (or continues) the letter's point numbered `n` ("4. Chủ động …"). */
function isPoint(p: IndexedPassage, n: string | undefined): boolean {
  if (n === undefined) return false;
  const opens = new RegExp(`^\\s*${n}\\s?[.)]\\s`, "u");
  return opens.test(p.text) || opens.test(p.heading ?? "");
}

/** A passage that is a letter's first numbered point ("1. Rà soát …", "a) …"). */
const FIRST_POINT = /^\s*(?:1\s?[.)]|a\))\s/u;

/** How much of the question a passage's opening covers: "3. Giao Sở Khoa học và Công nghệ:" is about the Sở. */
function openingCoverage(index: SearchIndex, a: QueryAnalysis, p: IndexedPassage): number {
  return coverage(a, openingTokens(index, p)).terms;
}

/** A passage's opening tokens, worked out once per passage (they do not depend on the question). */
const openings = new WeakMap<IndexedPassage, ReadonlySet<string>>();
function openingTokens(index: SearchIndex, p: IndexedPassage): ReadonlySet<string> {
  let tokens = openings.get(p);
  if (!tokens) {
    // Only the start is read: syllables are at most a few characters each.
    const sylls = syllables(p.text.slice(0, OPENING * 10)).slice(0, OPENING);
    if (p.heading) sylls.unshift(...syllables(p.heading));
    tokens = new Set(index.expand(sylls));
    openings.set(p, tokens);
  }
  return tokens;
}

/** Whether a passage ends with ":" and its letter's next passage, among the candidates, opens the first numbered point. */
function introducesPoints(index: SearchIndex, p: IndexedPassage, candidates: ReadonlySet<number>): boolean {
  const point = firstPointAfter(index, p);
  return point !== undefined && candidates.has(point.id);
}

/** The letter's next passage when `p` ends with ":" and that passage opens its first numbered point. */
function firstPointAfter(index: SearchIndex, p: IndexedPassage): IndexedPassage | undefined {
  const next = index.passages[p.id + 1];
  return next !== undefined && leadInOf(index, next) === p && FIRST_POINT.test(next.text) ? next : undefined;
}

/**
 * "UBND tỉnh được đề nghị làm gì trước": a lead-in found ("… trân trọng đề nghị Ủy ban nhân dân các
 * tỉnh, thành phố:") brings its first point along, which says what it asks and may share none of
 * the question's words; found through its lead-in, it is searched as well as the lead-in was.
 */
function withFirstPoints(index: SearchIndex, a: QueryAnalysis, hits: SearchHit[]): SearchHit[] {
  if (!a.kinds.has("task")) return hits;
  const found = new Set(hits.map((h) => h.passage.id));
  const points = hits.flatMap((h) => {
    const point = firstPointAfter(index, h.passage);
    return point && !found.has(point.id) ? [{ passage: point, score: h.score }] : [];
  });
  return points.length ? [...hits, ...points] : hits;
}

/** The parts that follow a letter's body: "Nơi nhận" and the signature. */
const AFTER_BODY: ReadonlySet<string> = new Set([PART_LABELS.recipients, PART_LABELS.signature]);

/** A letter's closing paragraph: the last passage of its body, before "Nơi nhận" and the signature. */
function closesLetter(index: SearchIndex, p: IndexedPassage): boolean {
  const next = index.passages[p.id + 1];
  return !AFTER_BODY.has(p.heading ?? "") && (next === undefined || next.doc.slug !== p.doc.slug || AFTER_BODY.has(next.heading ?? ""));
}

/** The letter's previous passage when it ends with ":" and this one continues it. */
function leadInOf(index: SearchIndex, p: IndexedPassage): IndexedPassage | undefined {
  const prev = index.passages[p.id - 1];
  return prev && prev.doc.slug === p.doc.slug && /:\s*$/.test(prev.text) ? prev : undefined;
}

function either(a: TokenLookup, b: TokenLookup): TokenLookup {
  return {
    has: (t) => a.has(t) || b.has(t),
    ...(a.hasAccented && b.hasAccented ? { hasAccented: (t: string) => a.hasAccented!(t) || b.hasAccented!(t) } : {}),
  };
}

/** Tokens said without marks of their own: they stand for any accents. */
function lookupOf(tokens: ReadonlySet<string>): TokenLookup {
  return { has: (t) => tokens.has(t), hasAccented: (t) => tokens.has(t) };
}

/** The tokens of the given terms and of the pairs they form with each other. */
function tokensNaming(a: QueryAnalysis, terms: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (const i of terms) for (const s of [a.terms[i]!.surface, ...a.terms[i]!.resolved]) out.add(s);
  for (const p of a.pairs) if (terms.has(p.left) && terms.has(p.left + 1)) for (const t of p.alternatives) out.add(t);
  return out;
}

/**
 * What every passage of a letter says without writing it: the letter's year ("hướng dẫn … năm
 * 2025"), and when the question names the letter by its subject, those words in whatever order the
 * question puts them ("ai ký cv hướng dẫn triển khai kiến trúc").
 */
function saidByLetter(index: SearchIndex, p: IndexedPassage, named: NamedLetter | undefined, namingTokens: ReadonlySet<string>, a: QueryAnalysis): ReadonlySet<string> {
  const said = new Set(p.doc.slug === named?.slug ? namingTokens : []);
  if (p.doc.year !== undefined) said.add(String(p.doc.year));
  for (const t of issuerTokens(index, p.doc)) said.add(t);
  // "Cv 140 tập huấn cho ai": every passage of letter 140 speaks of it. Not so for "cv 140 ra ngày
  // nào": its own text does not give its number or date; a letter that cites it does.
  if (!asksOwnReference(a, p.doc)) for (const t of referenceTokens(index, p.doc)) said.add(t);
  return said;
}

/** Whether the question asks only for a letter's own date or number ("văn bản 140 ra ngày nào"). */
function asksOwnReference(a: QueryAnalysis, doc: IndexedPassage["doc"]): boolean {
  // "Số đt anh Sơn trong cv 140 là số nào" asks a phone number, not the letter's number.
  if ((!a.kinds.has("date") && !a.kinds.has("docnumber")) || a.kinds.has("phone")) return false;
  const own = doc.number?.match(/^\d+/)?.[0];
  const numbers = namedNumbers(a);
  // "Văn bản 7753 căn cứ vào thông báo nào …, số hiệu và ngày": another letter's number is asked.
  if (asksOtherDocument(a)) return false;
  return own !== undefined && numbers.length > 0 && numbers.every((n) => n === own);
}

/** Words ending a kind of document a question may ask which of ("thông báo nào", "cv nào", "quyết định nào"), folded. */
const DOCUMENT_KINDS: ReadonlySet<string> = new Set([...DOCUMENT_ENDS, "cv", "vb"]);

/** Whether the question asks which document ("căn cứ vào thông báo nào", "theo công văn nào"). */
function asksOtherDocument(a: QueryAnalysis): boolean {
  return a.terms.some((t, i) => DOCUMENT_KINDS.has(t.surface) && t.status !== "question" && !t.context && a.terms[i + 1]?.surface === "nao" && a.terms[i + 1]!.status === "question");
}

/** A letter's number and date as other letters cite it ("140/BVHTTDL-CĐSVHTTDL", "12/01/2026"). */
const references = new WeakMap<object, ReadonlySet<string>>();
function referenceTokens(index: SearchIndex, doc: IndexedPassage["doc"]): ReadonlySet<string> {
  return tokensOfLetter(references, index, doc, [doc.number, doc.dateText]);
}

/** The tokens of some of a letter's metadata, worked out once per letter and kept in `cache`. */
function tokensOfLetter(cache: WeakMap<object, ReadonlySet<string>>, index: SearchIndex, doc: IndexedPassage["doc"], texts: readonly (string | undefined)[]): ReadonlySet<string> {
  let tokens = cache.get(doc);
  if (!tokens) {
    tokens = new Set(index.expand(syllables(texts.filter(Boolean).join(" "))));
    cache.set(doc, tokens);
  }
  return tokens;
}

/**
 * Whose letter it is: every passage of the City's letter speaks for the City ("hệ thống của TP HCM
 * còn chạy đến bao giờ"), worked out once per letter.
 */
const issuers = new WeakMap<object, ReadonlySet<string>>();
function issuerTokens(index: SearchIndex, doc: IndexedPassage["doc"]): ReadonlySet<string> {
  return tokensOfLetter(issuers, index, doc, [doc.issuer]);
}

/**
 * The letter whose own part is asked for: the one named by its subject, else ("cv tích hợp gửi
 * ai") the letter of the best match, unless the question names a number ("cv 39 gửi ai"): a letter
 * the loaded ones only cite.
 */
function letterAskedAbout(a: QueryAnalysis, named: NamedLetter | undefined, hits: readonly { passage: IndexedPassage }[]): string | undefined {
  if (named) return named.slug;
  return namedNumbers(a).length || a.terms.some((t) => /^\d+$/.test(t.surface) && !t.context) ? undefined : hits[0]?.passage.doc.slug;
}

export function rankPassages(index: SearchIndex, a: QueryAnalysis, limit = CANDIDATES): RankedPassage[] {
  const hits = withFirstPoints(index, a, index.search(a, limit));
  const top = hits[0]?.score ?? 0;
  const namedLetter = index.namedLetter(a);
  const namingTokens = namedLetter ? tokensNaming(a, namedLetter.terms) : new Set<string>();
  const partOf = a.letterPart && letterAskedAbout(a, namedLetter, hits);
  // "Số 0905.188881 là của ai": the passage listing that number says whose it is.
  const ownerAsked = a.kinds.has("person") ? a.terms.find((t) => PHONE_TYPED.test(t.surface))?.surface : undefined;
  const candidates = new Set(hits.map((h) => h.passage.id));
  const ranked = hits.map((h) => {
    const tokens = either(index.passageTokens(h.passage), lookupOf(saidByLetter(index, h.passage, namedLetter, namingTokens, a)));
    // A point continuing a lead-in ("… đề nghị Ủy ban nhân dân các tỉnh, thành phố:" then "1. Rà
    // soát …") speaks about whom the lead-in names. Asked for a task ("UBND tỉnh phải làm gì"), the
    // first one especially, a point answers with its lead-in's words too.
    const leadIn = leadInOf(index, h.passage);
    const withLeadIn = leadIn ? either(tokens, index.passageTokens(leadIn)) : tokens;
    const isFirstPoint = a.first && FIRST_POINT.test(h.passage.text);
    const officerWords = officerWordsOf(h.passage);
    const cov = coverage(a, isFirstPoint || a.kinds.has("task") ? withLeadIn : tokens, h.passage.text, officerWords);
    // "MOOCs là gì": a passage that uses the rare term asked about explains it, however little else
    // of the question's wording it shares; so does one listing the phone number whose owner is
    // asked. The focus and fact checks still apply.
    const defined = a.defines !== undefined && tokens.has(a.defines);
    // "HTTT viết tắt của gì": of the many passages using it, the one spelling it out comes first.
    const spelledOut = a.abbreviation !== undefined && bracketsAbbreviation(a.abbreviation, h.passage);
    const explains = defined || spelledOut || (ownerAsked !== undefined && tokens.has(ownerAsked));
    // "Cv tích hợp gửi ai": the named letter's own part asked for ("Kính gửi") answers, whatever
    // else of the question's wording it shares.
    // "Mục 4 cv tăng cường tập huấn": the named letter's point of that number answers too.
    const part = (a.letterPart !== undefined && h.passage.doc.slug === partOf && PART_HEADINGS[a.letterPart].includes(h.passage.heading ?? "") && !namesOtherProvince(a, h.passage)) || (h.passage.doc.slug === namedLetter?.slug && isPoint(h.passage, a.pointAsked));
    const least = explains || part ? TUNING.answerThreshold : 0;
    const confidence = Math.max(confidenceOf(cov), least);
    const answerConfidence = Math.max(answerConfidenceOf(cov), least);
    const named = namedCoverage(a, tokens, h.passage);
    // The passage using the foreign term whose meaning is asked speaks of it, whatever else the
    // officer says around the question ("MOOCs là cái gì, mấy ổng viết tắt đọc hổng hiểu"); a rare
    // Vietnamese word may be asked for a value instead ("mật khẩu mặc định là gì").
    const definesForeign = (defined && !isPossibleSyllable(a.defines!)) || spelledOut;
    // Officers' words for what the passage says speak of what they name ("góp ý" of "gửi ý phản hồi").
    const focus = Math.max(focusCoverage(a, officerWords ? either(withLeadIn, lookupOf(officerWords)) : withLeadIn, h.passage, named), part || definesForeign ? TUNING.focus.min : 0);
    const kindMatch = holdsKind(a, h.passage.text);
    const { rerank } = TUNING;
    // A passage that does not name who or what the question names ranks lower, so that one that
    // does can be among the candidates that may answer.
    const unnamed = named < TUNING.focus.min ? rerank.unnamed : 0;
    // "Văn phòng UBND TP làm gì": the tasks of whoever the passage opens with ("1. Văn phòng …:"),
    // not a passage that names it in passing ("theo hướng dẫn của Văn phòng …").
    // "Vì sao": the passage that opens with the letter's purpose or cause, not one saying "để" in passing.
    const reason = a.kinds.has("reason") && (REASON_OPENING.test(h.passage.text) || PURPOSE.test(h.passage.text)) ? rerank.reasonOpening : 0;
    // "Việc đầu tiên": the letter's first numbered point, not its opening purpose ("Nhằm bảo đảm …").
    const first = isFirstPoint ? rerank.firstPoint : a.first && REASON_OPENING.test(h.passage.text) ? -rerank.reasonOpening : 0;
    const opening = a.kinds.has("task") ? rerank.taskOpening * openingCoverage(index, a, h.passage) + first : reason;
    // Ranking between letters: the letter the question names by its subject comes first.
    const ofNamedLetter = h.passage.doc.slug === namedLetter?.slug;
    // "Đoạn cuối công văn …": the letter's closing paragraph.
    const closing = a.closing && closesLetter(index, h.passage) ? rerank.closing : 0;
    const letter = (ofNamedLetter ? rerank.namedLetter : 0) + (part ? rerank.letterPart : 0) + closing;
    // "UBND tỉnh được đề nghị làm gì": the lead-in ("… trân trọng đề nghị UBND các tỉnh:") names
    // whom; its points say what. (What a body is, "cơ quan đầu mối …", the lead-in may say.)
    const leadsIn = a.kinds.has("task") && !a.kinds.has("role") && introducesPoints(index, h.passage, candidates) ? rerank.leadIn : 0;
    const score = rerank.bm25 * (top ? h.score / top : 0) + rerank.confidence * confidence + (kindMatch ? rerank.kind : 0) + opening + letter - unnamed - leadsIn + rerank.focus * focus + (spelledOut ? rerank.spelledOut : 0) + rerank.pairs * cov.pairs;
    return { passage: h.passage, bm25: h.score, coverage: cov, confidence, answerConfidence, focus, kindMatch, ofNamedLetter, score };
  });
  ranked.sort((x, y) => y.score - x.score);
  return ranked;
}

export interface FaqMatch {
  faq: IndexedFaq;
  confidence: number;
}

/**
 * A FAQ entry matches when its question covers the user's question and the user's question covers
 * it (both ways, so a short FAQ does not swallow long unrelated questions).
 */
export function matchFaq(index: SearchIndex, a: QueryAnalysis): FaqMatch | undefined {
  let best: FaqMatch | undefined;
  const queryTokens = new Set(a.tokens.keys());
  for (const f of index.faqs) {
    for (const q of f.questions) {
      const forward = confidenceOf(coverage(a, q.withAnswer));
      // Reverse: how much of the FAQ question the user's words cover.
      let got = 0;
      for (const [t, w] of q.weighted) if (queryTokens.has(t)) got += a.equivalentTokens.has(t) ? w * TUNING.equivalents.credit : w;
      const backward = q.total ? got / q.total : 0;
      let confidence = TUNING.faq.forward * forward + TUNING.faq.backward * backward;
      // An entry that cannot contain what is asked ("ai ký…" answered without a name) is a weaker match.
      if (a.kinds.size && !hasKind(f.faq.answer, a.kinds)) confidence *= TUNING.faq.missingKind;
      if (!best || confidence > best.confidence) best = { faq: f, confidence };
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Answer sentences

/** The tokens of one sentence of a passage, as the index reads them. */
function unitTokens(index: SearchIndex, unit: string): Set<string> {
  return new Set(index.expand(syllables(unit)));
}

function units(text: string): string[] {
  return text
    .split("\n")
    // A point's own number ("1. Văn phòng …") does not end a sentence.
    .flatMap((line) => line.split(/(?<=[.;!?])(?<!^\s*\d{1,2}\.)\s+(?=\p{Lu}|\d|[-–])/u))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A passage this short is its own answer (a signature block, a one-line point). */
const WHOLE_PASSAGE_CHARS = 200;
/** Units scoring this close to the best one answer too (two contacts of the same office). */
const NEAR_BEST = 0.85;
const MAX_UNITS = 3;

/** A list item ("- …", "+ …"). */
const LIST_ITEM = /^[-–—•+*]\s+/;

/** Most list items shown after the lead-in they complete. */
const MAX_LIST_ITEMS = 3;

/** Whether a unit holds the kind of fact asked for; for "mấy cán bộ", the count of that noun ("02 cán bộ"). */
function unitHoldsKind(index: SearchIndex, a: QueryAnalysis, unit: string, tokens: ReadonlySet<string>): boolean {
  if (!holdsKind(a, unit)) return a.kinds.has("person") && STAFF_ROLES.test(unit);
  if (!a.counted || !a.kinds.has("count") || a.kinds.size > 1) return true;
  for (let n = 0; n <= MAX_COUNT; n++) for (const noun of a.counted) if (tokens.has(pair(String(n), noun))) return true;
  return false;
}

/**
 * What completes a lead-in ending with ":" ("… đề nghị Ủy ban nhân dân các tỉnh, thành phố:"): the
 * list items that follow it (up to MAX_LIST_ITEMS), or the one unit after it; when the lead-in ends
 * its passage, the start of the letter's next passage.
 */
function completion(index: SearchIndex, passage: IndexedPassage, parts: readonly string[], at: number): string[] {
  const after = parts.slice(at + 1);
  const following = after.length ? after : nextPassageUnits(index, passage);
  if (!following.length) return [];
  if (!LIST_ITEM.test(following[0]!)) return [following[0]!];
  const items: string[] = [];
  for (const u of following) {
    if (!LIST_ITEM.test(u) || items.length >= MAX_LIST_ITEMS) break;
    items.push(u);
  }
  return items;
}

function nextPassageUnits(index: SearchIndex, passage: IndexedPassage): string[] {
  const next = index.passages[passage.id + 1];
  return next && next.doc.slug === passage.doc.slug ? units(next.text) : [];
}

/**
 * The sentences of a passage that answer: the best-covering ones, in the letter's order. A sentence
 * holding the kind of fact asked for (a date for "khi nào", a name for "ai", "02 cán bộ" for "mấy
 * cán bộ") is preferred, so the reply states the fact rather than a neighbouring sentence. A lead-in
 * ending with ":" comes with what it introduces, even from the next passage.
 */
export function answerSentences(index: SearchIndex, a: QueryAnalysis, passage: IndexedPassage): string {
  if (a.letterPart === "addressees" && PART_HEADINGS.addressees.includes(passage.heading ?? "")) return bothAddressParts(index, passage);
  const parts = units(passage.text);
  if (parts.length <= 1 || passage.text.length <= WHOLE_PASSAGE_CHARS) {
    const whole = /:$/.test(passage.text.trim()) ? [passage.text, ...completion(index, passage, [], 0)] : [passage.text];
    return withHeading(passage, whole.join("\n"));
  }
  const asked = withoutBesides(a);
  const scores = parts.map((u) => {
    const tokens = unitTokens(index, u);
    const c = coverage(asked, tokens, u);
    return c.terms + 0.5 * c.pairs + (unitHoldsKind(index, a, u, tokens) ? TUNING.answerKind.sentence : 0);
  });
  const best = Math.max(...scores);
  const chosen = scores
    .map((s, i) => ({ s, i }))
    .filter((x) => x.s >= NEAR_BEST * best)
    .sort((x, y) => y.s - x.s)
    .slice(0, MAX_UNITS)
    .map((x) => x.i)
    .sort((x, y) => x - y);
  // "Làm gì" asks for the tasks: one item of a list of tasks comes with its siblings.
  if (a.kinds.has("task") && chosen.every((i) => LIST_ITEM.test(parts[i]!))) widenToList(parts, chosen);
  // List items under a lead-in ("3. Giao Sở Khoa học và Công nghệ:") need it: it says who or what
  // the items are about.
  if (chosen.every((i) => LIST_ITEM.test(parts[i]!))) {
    let leadIn = chosen[0]! - 1;
    while (leadIn >= 0 && !/:$/.test(parts[leadIn]!)) leadIn--;
    if (leadIn >= 0 && !LIST_ITEM.test(parts[leadIn]!)) chosen.unshift(leadIn);
  }
  const text = chosen.map((i) => parts[i]!);
  // A lead-in ending with ":" needs what follows; a very short unit needs context.
  const last = chosen[chosen.length - 1]!;
  if (/:$/.test(parts[last]!)) text.push(...completion(index, passage, parts, last).filter((u) => !text.includes(u)));
  else if (parts[last]!.length < 60 && parts[last + 1]) text.push(parts[last + 1]!);
  // One list item reads better without its dash.
  return withHeading(passage, text.length === 1 ? text[0]!.replace(LIST_ITEM, "") : text.join("\n"));
}

/**
 * "Ngoài anh Sơn ra còn ai", "ngoài theo dõi quy chuẩn thì còn gì": what the officer already has
 * does not make a sentence the answer; its words (and their pairs) weigh nothing there.
 */
function withoutBesides(a: QueryAnalysis): QueryAnalysis {
  if (!a.besides?.length) return a;
  const had = new Set(a.besides);
  return {
    ...a,
    terms: a.terms.map((t, i) => (had.has(i) ? { ...t, weight: 0 } : t)),
    pairs: a.pairs.map((p) => (had.has(p.left) || had.has(p.left + 1) ? { ...p, weight: 0 } : p)),
  };
}

/** Adds the list items next to the chosen ones (same list, letter's order) up to MAX_LIST_ITEMS. */
function widenToList(parts: readonly string[], chosen: number[]): void {
  let from = chosen[0]!;
  let to = chosen[chosen.length - 1]!;
  while (chosen.length < MAX_LIST_ITEMS) {
    if (to + 1 < parts.length && LIST_ITEM.test(parts[to + 1]!)) chosen.push(++to);
    else if (from > 0 && LIST_ITEM.test(parts[from - 1]!)) chosen.unshift(--from);
    else break;
  }
  chosen.sort((x, y) => x - y);
}

const MAX_ANSWER_HEADING = 100;

/**
 * Asked whom a letter is sent to ("có gửi Sở không"), the answer gives both of its lists, in the
 * letter's order: those it is addressed to ("Kính gửi") and those who receive a copy ("Nơi nhận").
 */
function bothAddressParts(index: SearchIndex, passage: IndexedPassage): string {
  const parts = index.passages.filter((p) => p.doc.slug === passage.doc.slug && PART_HEADINGS.addressees.includes(p.heading ?? ""));
  return parts.map((p) => withHeading(p, p.text)).join("\n");
}

function withHeading(p: IndexedPassage, text: string): string {
  const h = p.heading;
  if (!h || h.length > MAX_ANSWER_HEADING || text.startsWith(h)) return text;
  return `${h.replace(/:$/, "")}:\n${text}`;
}

// ---------------------------------------------------------------------------------------------
// Decision

/** Sources returned: enough for MRR@10. */
const MAX_SOURCES = 10;

const round = (x: number) => Math.round(x * 10000) / 10000;

function toSource(r: RankedPassage): KbSource {
  const p = r.passage;
  return {
    doc: p.doc.slug,
    title: p.doc.title,
    text: p.heading ? `${p.heading}\n${p.text}` : p.text,
    score: round(r.score),
    ...(p.heading ? { heading: p.heading } : {}),
    letter: letterRef(p.doc),
  };
}

export interface AnswerHooks {
  /** Re-orders the ranked passages (relations between letters prefer the newer one). */
  rerank?: (ranked: RankedPassage[]) => RankedPassage[];
}

/** Whether a candidate covers the whole focus, holds the kind asked and outranks every other letter by `clearWinner.margin`. */
function clearWinner(r: RankedPassage, ranked: readonly RankedPassage[]): boolean {
  if (!r.kindMatch || r.focus < 1) return false;
  const rival = ranked.find((o) => o.passage.doc.slug !== r.passage.doc.slug);
  return r.score - (rival?.score ?? 0) >= TUNING.clearWinner.margin;
}

/**
 * A passage ranked above the one that answers, of the same letter, that fell short only of the
 * confidence threshold: the answering passage shows the KB knows the letter's answer; the better
 * ranked one, speaking of the focus and holding the fact, is likelier to state it.
 */
function betterRankedOfLetter(index: SearchIndex, a: QueryAnalysis, answering: RankedPassage, above: readonly RankedPassage[]): RankedPassage | undefined {
  return above.find((r) => r.passage.doc.slug === answering.passage.doc.slug && r.confidence >= TUNING.sameLetterFloor && r.focus >= TUNING.focus.min && holdsAskedFact(index, a, r.passage));
}

/** The checks a candidate must pass to answer, in order. */
const CHECKS: readonly DeclineReason[] = ["confidence", "focus", "fact"];

/** The first check a candidate fails, or undefined when it may answer. */
function failedCheck(index: SearchIndex, a: QueryAnalysis, r: RankedPassage, ranked: readonly RankedPassage[], forgiving: boolean): DeclineReason | undefined {
  // A question that names the letter ("hướng dẫn kiến trúc … ai ký") is about that letter: its
  // passages need less of the rest of the question, the focus and fact checks still apply. So does
  // a clear winner: a passage that speaks of the whole focus, states the kind of fact asked and
  // ranks well above every other letter's passages.
  const threshold = r.ofNamedLetter ? TUNING.namedLetterThreshold : clearWinner(r, ranked) ? TUNING.clearWinner.threshold : TUNING.answerThreshold;
  if ((forgiving ? r.answerConfidence : r.confidence) < threshold) return "confidence";
  if (r.focus < TUNING.focus.min) return "focus";
  return holdsAskedFact(index, a, r.passage) ? undefined : "fact";
}

/**
 * The first of the candidates that passes every check; otherwise why none did: the furthest check
 * any of them reached (the one no candidate passed). `forgiving`: words unsaid cost only their
 * learned miss cost (`answerConfidence`).
 */
function pickCandidate(index: SearchIndex, a: QueryAnalysis, ranked: readonly RankedPassage[], forgiving = false): { best: RankedPassage; forgiven: boolean } | { declined: DeclineReason } {
  let furthest = 0;
  // Until when: few passages bound a time, and one that does answers even from further down.
  const candidates = ranked.slice(0, TUNING.focus.candidates + (a.until ? TUNING.untilExtraCandidates : 0));
  for (const [i, r] of candidates.entries()) {
    const failed = failedCheck(index, a, r, ranked, forgiving);
    if (failed === undefined) return { best: betterRankedOfLetter(index, a, r, candidates.slice(0, i)) ?? nearTieBetter(index, a, r, candidates[i + 1], ranked, forgiving) ?? r, forgiven: forgiving };
    furthest = Math.max(furthest, CHECKS.indexOf(failed));
  }
  return { declined: CHECKS[furthest]! };
}

/**
 * Two candidates ranked all but equal: the next one answers when it covers the question clearly
 * better (the ranking's last digits, moved by learned tables, should not choose a lead-in over the
 * points that say what is asked).
 */
function nearTieBetter(index: SearchIndex, a: QueryAnalysis, r: RankedPassage, next: RankedPassage | undefined, ranked: readonly RankedPassage[], forgiving: boolean): RankedPassage | undefined {
  // Asked who, not one naming nobody instead of one naming someone ("người hỗ trợ … là ai").
  const names = (p: RankedPassage) => a.kinds.has("person") && PERSON_NAME.test(p.passage.text);
  if (!next || (names(r) && !names(next)) || r.score - next.score > TUNING.nearTie.score) return undefined;
  if (next.answerConfidence < r.answerConfidence + TUNING.nearTie.confidence && !leadsInstead(index, a, r, next)) return undefined;
  return failedCheck(index, a, next, ranked, forgiving) === undefined ? next : undefined;
}

/** Whom a letter asks to do something: "đề nghị", "yêu cầu" (folded). */
const ASKS_SOMEONE = /\b(de nghi|yeu cau)\b/;

/**
 * "(Công văn) đề nghị ai", "các đề nghị … là đề nghị cơ quan nào": the lead-in that asks someone to do
 * the points that follow ("… trân trọng đề nghị bộ, cơ quan ngang bộ:") names whom the letter asks,
 * rather than one of its points that asks someone one more thing.
 */
function leadsInstead(index: SearchIndex, a: QueryAnalysis, r: RankedPassage, next: RankedPassage): boolean {
  const whom = (a.kinds.has("unit") || a.kinds.has("person") || a.kinds.has("role")) && ASKS_SOMEONE.test(fold(a.text));
  return whom && r.passage.doc.slug === next.passage.doc.slug && firstPointAfter(index, next.passage) !== undefined && /^\s*\d+\s?[.)]\s/u.test(r.passage.text);
}

export function answerQuestion(index: SearchIndex, question: string, hooks: AnswerHooks = {}): KbAnswer {
  const q = index.readKeys(question);
  const a = index.analyze(q);
  const ranked = rankWith(index, a, hooks);
  const faq = matchFaq(index, a);
  if (faq && faq.confidence >= TUNING.faqThreshold) {
    const sources = ranked.slice(0, MAX_SOURCES).map(toSource);
    const f = faq.faq.faq;
    // Show the letter's own passage next to the FAQ's wording when the letter is loaded.
    const fromDoc = ranked.find((r) => r.passage.doc.slug === f.docSlug);
    const doc = index.documents.find((d) => d.slug === f.docSlug);
    const first: KbSource = fromDoc
      ? { ...toSource(fromDoc), score: round(faq.confidence) }
      : {
          doc: f.docSlug ?? "",
          title: doc?.title ?? f.docTitle ?? "",
          text: f.answer,
          score: round(faq.confidence),
          ...(doc ? { letter: letterRef(doc) } : f.letter ? { letter: f.letter } : {}),
          ...(!doc && f.citation ? { note: f.citation } : {}),
        };
    const rest = sources.filter((s) => !(s.doc === first.doc && s.text === first.text));
    return {
      q,
      answered: true,
      confidence: round(faq.confidence),
      answer: f.answer,
      sources: [first, ...rest].slice(0, MAX_SOURCES),
      ...(f.dbId !== undefined ? { faqId: f.dbId } : {}),
      faqKey: f.key,
    };
  }
  // The best of the first candidates that covers the question, speaks about its focus and holds the fact.
  const picked = pickCandidate(index, a, ranked);
  const other = "declined" in picked ? readOtherwise(index, q, hooks) : undefined;
  if (other) return answerFrom(index, q, other.a, other.ranked, other.picked);
  // Declined however it was read: the words the officer left unsaid may cost only what the question
  // sets show they cost (miss-costs.ts). Tried last, so it never changes which passage answers a
  // question answered without it.
  const forgiven = "declined" in picked ? pickCandidate(index, a, ranked, true) : picked;
  return answerFrom(index, q, a, ranked, "declined" in forgiven ? picked : forgiven);
}

type Picked = ReturnType<typeof pickCandidate>;

function rankWith(index: SearchIndex, a: QueryAnalysis, hooks: AnswerHooks): RankedPassage[] {
  return hooks.rerank ? hooks.rerank(rankPassages(index, a)) : rankPassages(index, a);
}

/**
 * When the question as first read finds no answer, the first of its other readings that finds one
 * answers (index.ts `otherReadings`: the other alternative offered as the officer's guess, "tập trung
 * hay mỗi tỉnh tự làm riêng"; what the officer says around the question weighing less).
 */
function readOtherwise(index: SearchIndex, q: string, hooks: AnswerHooks): { a: QueryAnalysis; ranked: RankedPassage[]; picked: Picked } | undefined {
  for (const other of index.otherReadings(q)) {
    const ranked = rankWith(index, other, hooks);
    const picked = pickCandidate(index, other, ranked);
    if (!("declined" in picked)) return { a: other, ranked, picked };
  }
  return undefined;
}

function answerFrom(index: SearchIndex, q: string, a: QueryAnalysis, ranked: readonly RankedPassage[], picked: Picked): KbAnswer {
  const sources = ranked.slice(0, MAX_SOURCES).map(toSource);
  if ("declined" in picked) return { q, answered: false, confidence: round(ranked[0]?.confidence ?? 0), answer: "", sources, declined: picked.declined };
  const { best } = picked;
  const first = toSource(best);
  const rest = sources.filter((s) => !(s.doc === first.doc && s.text === first.text));
  return { q, answered: true, confidence: round(picked.forgiven ? best.answerConfidence : best.confidence), answer: answerSentences(index, a, best.passage), sources: [first, ...rest].slice(0, MAX_SOURCES) };
}
