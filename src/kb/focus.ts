// The focus of a question: the thing it asks about ("chế độ bồi dưỡng", "lệ phí", "giờ làm việc",
// "cài đặt"). In Vietnamese the question word sits next to it: "lệ phí là bao nhiêu", "mấy người",
// "cài đặt thế nào", "ai ký". A passage that matches the rest of the question well but never
// speaks about the focus answers a different question, so the KB declines (answer.ts).
import type { QueryTerm } from "./index.js";
import { PROVINCE_NAME_KEYS } from "../reference/provinces.js";
import { accentKey, pair, stripMarks } from "./normalize.js";

// Folded function words of chat questions: they sit between the question word and the focus
// ("được hưởng … bao nhiêu", "có … không") but are never what is asked about. Letters rarely use
// some of them ("muốn", "thì", "bên"), which would make them weigh like rare content words in the
// confidence: there they count at a discount (TUNING.functionWords, index.ts).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "co", "duoc", "la", "thi", "cua", "cho", "voi", "va", "de", "phai", "can", "nen", "se", "da", "dang", "bi",
  "o", "tai", "ve", "tu", "den", "trong", "theo", "nhu", "nay", "do", "cac", "nhung", "moi", "mot", "hay",
  "hoac", "ma", "neu", "khi", "roi", "lai", "con", "cung", "van", "ra", "vao", "len", "di", "toi", "minh",
  "ben", "phia", "lam", "muon", "biet", "xin", "hoi", "sao", "the", "thuong", "nhe", "voi", "nua", "luon",
  // Chat shorthand and fillers: "cái", "hết", "đc"/"dk" (được), "vs" (với).
  "cai", "het", "dc", "dk", "vs", "vua",
  // "Ấy", "kia": pointing, never the topic.
  "ay", "kia",
  // "Cách nào khác": what else, never what about ("ngoài … ra" is a frame, index.ts).
  "khac",
  // "Làm xong thì gửi ai": done, a step in time, never the topic.
  "xong",
  // "Nó nằm ở đâu": "it", pointing back at what was named.
  "no",
  // "Làm kiểu tập trung", "ừm kiểu qua điện thoại": a hedge before what is meant, never the topic.
  "kieu",
  // "Có mẫu sẵn không": ready, available; never the topic (the letters write no "sẵn", "sản").
  "san",
  // "Đính chính bằng cv nào": by means of ("bằng cấp" is a topic of its own: topics.ts).
  "bang",
  // "Gặp vướng", "có chịu rà soát không", "ra thêm cv", "làm đã lâu": how things went, never the topic.
  "gap", "chiu", "them", "lau",
  // "Cv ghi ở đâu", "gửi xuống xã", "ông ấy", "có giống không": how it is said, never the topic.
  "ghi", "xuong", "ong", "giong",
  // "Đăng lên nhiều chỗ", "gửi nhiều nơi": many, how much of something, never the topic (the letters
  // never write "nhiều"; "bao nhiêu" is a question phrase).
  "nhieu",
]);

const NOT_FOCUS = new Set([
  ...FUNCTION_WORDS,
  "nguoi",
  // Words that frame a question rather than name its topic: "nằm ở đâu", "xem ở đâu", "gồm những
  // ai", "nói về gì", "điều gì", "việc gì", "mảng gì", "lĩnh vực gì", "gửi qua đâu", "ghi ở đâu".
  "nam", "xem", "ghi", "gom", "noi", "dieu", "viec", "mang", "linh", "vuc", "gui", "qua", "nop", "tim", "thay",
  // Words that name the kind of answer, not its topic ("từ ngày nào", "tên là gì", "mốc", "số ký
  // hiệu", "ký ngày nào"): the kind is checked on its own (answer.ts).
  "ngay", "thang", "ten", "so", "sdt", "dt", "thoai", "moc", "contact", "phone", "hieu", "ky", "tg",
  // "Ai lo …" (who sees to it), "kênh nào" (a channel, the kind of answer): the frame.
  "lo", "kenh",
]);

// Not the focus either, unless they form a compound the letters use with a neighbour ("phản ánh",
// "chỉ đạo", "chủ trì", "đồng bộ", "điện tử"): how chat addresses a person before the name ("sđt
// anh Sơn", "chị Oanh": the name is the topic), and "điện thoại", which names the kind of answer.
// "Thực hiện" frames a task ("thực hiện việc gì"), but "chính thức", "thực tế", "hiện trạng" are topics.
// "Qua đường nào", "giấy nào", "phòng nào", "cấp nào", "loại nào", "vụ này", "xử lý tiếp", "định
// xin nghỉ": which one, of a kind the answer names, unless a compound ("đường truyền", "cấp tỉnh",
// "Phòng Công nghệ", "nhiệm vụ", "tiếp nhận", "quyết định"). "Kèm (số điện thoại)": along with what
// is asked, unless "kèm theo", "đính kèm".
const NOT_FOCUS_ALONE = new Set(["anh", "chi", "ong", "ba", "chu", "bac", "dong", "dien", "thuc", "hien", "duong", "giay", "phong", "cap", "loai", "vu", "tiep", "dinh", "giao", "kem", "danh"]);
const KIND_COMPOUND = pair("dien", "thoai");
/** What names a part of a letter after "phần" ("số", "ký", "tên", "ngày", "nơi nhận", "căn cứ", "kính gửi"), folded. */
const LETTER_PART_WORDS: ReadonlySet<string> = new Set(["so", "ky", "ten", "ngay", "noi", "can", "kinh"]);
const FRAME_COMPOUNDS: ReadonlySet<string> = new Set([KIND_COMPOUND, pair("thuc", "hien")]);

/** Particles that close a question ("… những gì z", "… ở đâu vậy", "… nghen"), folded. */
export const CLOSING_PARTICLES: ReadonlySet<string> = new Set(["vay", "a", "nhi", "nhe", "nha", "ha", "ta", "hen", "nghen"]);
/** Closing particles and forms of address after the question word, folded. */
const CLOSING: ReadonlySet<string> = new Set([...CLOSING_PARTICLES, "ak", "ne", "oi", "anh", "chi", "ban", "ad", "admin", "em", "nua", "moi", "nguoi", "mn", "mng"]);

/** Longest run of focus syllables taken on each side of the question word. */
const RUN = 2;

/** Numbers, in digits or words ("đợt 2", "đợt hai", "hai ngàn mấy"), folded. */
export const NUMBER_WORDS = /^(\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|tram|ngan|nghin|trieu)$/;

/**
 * "Sau đợt chạy thử", "trong đợt triển khai": "đợt" (a round of) classifies an event, weighs like a
 * function word (the letters never write it) and is no focus; "đợt 2", "đợt hai" is a round of its
 * own, asked about.
 */
export function unnumberedRound(terms: readonly QueryTerm[], i: number): boolean {
  return terms[i]?.surface === "dot" && terms[i]!.status !== "question" && !NUMBER_WORDS.test(terms[i + 1]?.surface ?? "");
}

function isContent(t: QueryTerm | undefined): t is QueryTerm {
  return t !== undefined && t.status !== "question" && t.weight > 0 && !t.context && !NOT_FOCUS.has(t.surface);
}

/** `isContent`, and a word of NOT_FOCUS_ALONE only inside a compound the letters use. */
function isContentAt(terms: readonly QueryTerm[], i: number, knows: (token: string) => boolean): boolean {
  const t = terms[i];
  if (!isContent(t) || unnumberedRound(terms, i)) return false;
  // "Phần số và ký hiệu", "phần nơi nhận": the part of a letter asked for, not a topic ("phần mềm" is).
  if (t.surface === "phan" && LETTER_PART_WORDS.has(terms[i + 1]?.surface ?? "")) return false;
  if (!NOT_FOCUS_ALONE.has(t.surface)) return true;
  const prev = terms[i - 1];
  const next = terms[i + 1];
  // "Số điện thoại": "điện" before "thoại" names the kind of answer, whatever compound "số điện" makes.
  if (next !== undefined && pair(t.surface, next.surface) === KIND_COMPOUND) return false;
  const compound = (token: string) => !FRAME_COMPOUNDS.has(token) && knows(token);
  return (prev !== undefined && compound(pair(prev.surface, t.surface))) || (next !== undefined && compound(pair(t.surface, next.surface)));
}

/** Up to RUN content terms next to position `from`, walking by `step`, past function words. */
function runFrom(terms: readonly QueryTerm[], from: number, step: 1 | -1, knows: (token: string) => boolean = () => false): number[] {
  let i = from;
  while (i >= 0 && i < terms.length && !isContentAt(terms, i, knows)) i += step;
  const run: number[] = [];
  while (i >= 0 && i < terms.length && isContentAt(terms, i, knows) && run.length < RUN) {
    run.push(i);
    i += step;
  }
  // "ký kế hoạch": a run that ends inside a compound the letters use ("kế hoạch") stops before it.
  // ("văn hóa" in "bộ văn hóa" stays whole: the run itself is a compound.)
  const end = terms[i];
  const last = run.length > 1 ? (step === 1 ? pair(terms[run[run.length - 2]!]!.surface, terms[run[run.length - 1]!]!.surface) : pair(terms[run[run.length - 1]!]!.surface, terms[run[run.length - 2]!]!.surface)) : "";
  if (run.length > 1 && end && !knows(last) && knows(step === 1 ? pair(terms[i - 1]!.surface, end.surface) : pair(end.surface, terms[i + 1]!.surface))) run.pop();
  // "cột thông tin gì": walking back, a compound of the letters ("thông tin") qualifies the word the
  // letters do not use before it, which heads the phrase.
  else if (step === -1 && run.length === RUN && knows(last) && end && isContentAt(terms, i, knows) && end.status === "unknown") run.push(i);
  return step === 1 ? run : run.reverse();
}

/** Words that open a place or an owner ("ở", "tại", "của", "bên", "thuộc"), folded. */
const AFTER_QUESTION_QUALIFIERS: ReadonlySet<string> = new Set(["o", "tai", "cua", "ben", "thuoc"]);

/** Prepositions inside a noun phrase ("phụ cấp cho cán bộ", "người hỗ trợ cho địa phương"), folded. */
const PREPOSITIONS: ReadonlySet<string> = new Set(["cho", "voi", "tai", "trong", "ve", "doi"]);
/** The prepositions as written: "tài (khoản)", "vệ (sinh)" typed with other marks are other words. */
const PREPOSITION_ACCENTS: ReadonlyMap<string, string> = new Map(["cho", "với", "tại", "trong", "về", "đối"].map((w) => [stripMarks(w), accentKey(w)]));

/** Whether a term may be the word whose marked form is `accent` (typed so, or typed without telling marks). */
export function typedAs(t: QueryTerm, accent: string | undefined): boolean {
  return t.accent === undefined || t.accent === accent;
}

/** Whether a term is a preposition, as typed. */
function isPreposition(t: QueryTerm): boolean {
  return PREPOSITIONS.has(t.surface) && typedAs(t, PREPOSITION_ACCENTS.get(t.surface));
}
const DETERMINERS: ReadonlySet<string> = new Set(["cac", "nhung", "moi", "tung"]);

/**
 * The first word of the noun phrase that ends at `end`, walking back over its words and the
 * prepositions between them ("phụ cấp cho cán bộ" → "phụ").
 */
export function phraseStart(terms: readonly QueryTerm[], end: number, isWord: (t: QueryTerm | undefined) => boolean, prepositions: ReadonlySet<string>): number {
  let start = end;
  for (let k = end - 1; k >= 0; k--) {
    if (isWord(terms[k])) start = k;
    else if (!(prepositions.has(terms[k]!.surface) && isWord(terms[k - 1]))) break;
  }
  return start;
}

/**
 * A word of a noun phrase: a content word, or a function word in a compound with a neighbouring
 * content word ("cụ thể", "cán bộ": one the letters or the lexicon know).
 */
export function phraseMember(terms: readonly QueryTerm[], knows: (token: string) => boolean): (t: QueryTerm | undefined) => boolean {
  const compound = (a: QueryTerm | undefined, b: QueryTerm | undefined) =>
    a !== undefined && b !== undefined && (knows(pair(a.surface, b.surface)) || (a.equivalents !== undefined && b.equivalents !== undefined));
  return (t) => {
    if (t === undefined || t.weight === 0 || t.status === "question") return false;
    if (isContent(t)) return true;
    const i = terms.indexOf(t);
    return (isContent(terms[i - 1]) && compound(terms[i - 1], t)) || (isContent(terms[i + 1]) && compound(t, terms[i + 1]));
  };
}

/**
 * "Phụ cấp cho cán bộ xã là bao nhiêu", "người hỗ trợ cho địa phương là ai": the words before the
 * question word complete a preposition; what is asked about is the head of the phrase before it.
 */
function headRun(terms: readonly QueryTerm[], run: number[], knows: (token: string) => boolean): number[] {
  if (run.length === 0) return run;
  let k = run[0]! - 1;
  // Determiners may stand between ("cho các xã").
  while (k > 0 && DETERMINERS.has(terms[k]!.surface)) k--;
  const inPhrase = phraseMember(terms, knows);
  if (k < 1 || !isPreposition(terms[k]!)) return run;
  // "Trung tâm gửi lại cho tỉnh những gì": after a verb, "cho" names who receives; what is asked is
  // what is sent, which the question word stands for.
  if (!inPhrase(terms[k - 1])) return terms[k]!.surface === "cho" ? [] : run;
  const head = runFrom(terms, phraseStart(terms, k - 1, inPhrase, PREPOSITIONS), 1, knows);
  return head.length ? head : run;
}

/** Kinds of thing a "which" question may ask for ("cơ quan", "đơn vị", "bộ phận", "văn bản"), folded. */
const CATEGORIES: ReadonlySet<string> = new Set(["co quan", "don vi", "bo phan", "to chuc", "van ban", "cong van"].map((c) => pair(...(c.split(" ") as [string, string]))));

/**
 * "Những cơ quan trung ương nào": which one of a kind of thing. Its qualifier ("trung ương") is seldom
 * how a letter names the one it means ("Văn phòng Chính phủ"); the kind is what a passage must say.
 */
function categoryOf(terms: readonly QueryTerm[], run: number[]): number[] {
  const k = (run[0] ?? 0) - 1;
  if (k < 1 || !CATEGORIES.has(pair(terms[k - 1]!.surface, terms[k]!.surface))) return run;
  return [k - 1, k];
}

/** Verbs of how a letter puts something ("quy định", "diễn đạt", "thể hiện", "trình bày", "mô tả"), folded pairs. */
const STATING: ReadonlySet<string> = new Set([pair("quy", "dinh"), pair("dien", "dat"), pair("the", "hien"), pair("trinh", "bay"), pair("mo", "ta")]);

/**
 * Where the words before the question word at `last` start: "trách nhiệm … được quy định ra sao",
 * "nhiệm vụ … được diễn đạt thế nào", "… được mô tả ở đâu" ask what (or where) the letter says of
 * the thing before the verb of stating.
 */
function beforeStating(terms: readonly QueryTerm[], last: number): number {
  // The question phrase may take several words ("ra sao", "thế nào").
  let at = last;
  while (at > 0 && terms[at - 1]!.status === "question") at--;
  const verb = at >= 2 ? pair(terms[at - 2]!.surface, terms[at - 1]!.surface) : "";
  return STATING.has(verb) ? at - 3 : last - 1;
}

/** Question words that only address someone or say who writes (a pronoun, a greeting, a form of address), folded. */
const ADDRESSING: ReadonlySet<string> = new Set(["toi", "em", "e", "minh", "tui", "chao", "mn", "mng", "ae", "ad", "hi", "hello", "alo", "bot", "chau", "a", "oi"]);

/**
 * Runs of term indices that name the focus: the content words on either side of the last question
 * word ("lệ phí là bao nhiêu", "mấy người"), and after the first one ("ai ký …", "có phải rà soát
 * … không"). Without a question word chat puts the topic first ("lương của phó giám đốc…", "sđt
 * anh Sơn"): the first content words.
 */
export function focusRuns(terms: readonly QueryTerm[], knows: (token: string) => boolean = () => false): number[][] {
  const q = terms.map((t, i) => (t.status === "question" ? i : -1)).filter((i) => i >= 0);
  if (q.length === 0) {
    const run = runFrom(terms, 0, 1, knows);
    return run.length ? [run] : [];
  }
  // "Tôi là phó chánh văn phòng …", "chào mn, em …": who is asking is not what is asked about.
  const first = q.find((i) => !ADDRESSING.has(terms[i]!.surface) && !(terms[i]!.surface === "la" && ADDRESSING.has(terms[i - 1]?.surface ?? ""))) ?? q[0]!;
  // Closing particles and forms of address ("… nào vậy ạ", "… vậy anh") stand after the question word.
  let end = q.length - 1;
  while (end > 0 && CLOSING.has(terms[q[end]!]!.surface)) end--;
  const last = q[end]!;
  // "công ty nào xây dựng": "nào" right after a noun asks which one of it. ("Nhiệm vụ gì" is not
  // "which task": it asks what the rest of the question says.)
  const which = terms[last]!.surface === "nao" && isContent(terms[last - 1]);
  if (which) return [categoryOf(terms, runFrom(terms, last - 1, -1, knows))];
  // "Phụ trách mảng gì ở Bộ KHCN": a place or owner after the question word qualifies what is asked.
  const qualifier = AFTER_QUESTION_QUALIFIERS.has(terms[last + 1]?.surface ?? "");
  const runs = [headRun(terms, runFrom(terms, beforeStating(terms, last), -1, knows), knows), qualifier ? [] : runFrom(terms, last + 1, 1, knows)];
  if (first !== last) runs.push(runFrom(terms, first + 1, 1, knows));
  return runs.filter((r) => r.length > 0);
}

/**
 * Runs of term indices the officer typed as proper names ("Nghệ An", "Bình Dương"): capitalised
 * words past the first of each sentence, not acronyms. A passage that does not name them is about someone else.
 * `cased` are the question's syllables as typed, one for one with the terms (else no names).
 */
export function nameRuns(terms: readonly QueryTerm[], cased: readonly string[], sentenceStarts: ReadonlySet<number> = new Set(), clauses?: readonly number[]): number[][] {
  if (cased.length !== terms.length) return [];
  const runs: number[][] = [];
  let run: number[] = [];
  // "Sài Gòn": a name the letters never write that the lexicon gives their wording for ("thành phố
  // Hồ Chí Minh") is said in that wording.
  const close = () => {
    if (run.length && !run.every((k) => terms[k]!.status === "unknown" && terms[k]!.equivalents)) runs.push(run);
    run = [];
  };
  const mixedCase = cased.some((w) => /\p{Ll}/u.test(w));
  cased.forEach((w, i) => {
    // "ngoài anh Sơn, Trung tâm còn …": a name ends with its clause.
    if (clauses && clauses[i] !== clauses[i - 1]) close();
    // An acronym the letters never use ("VNPT", "FPT") names a company or body just as well (in a
    // message not typed in capitals throughout; two letters are as often chat shorthand: "CA TP").
    const acronym = mixedCase && /^\p{Lu}{3,}$/u.test(w) && terms[i]!.status === "unknown";
    const name = (acronym || (i > 0 && !sentenceStarts.has(i) && /^\p{Lu}\p{Ll}+$/u.test(w))) && terms[i]!.status !== "question";
    if (name) run.push(i);
    if (!name || i === cased.length - 1) close();
  });
  return runs;
}

// Heads of an office whose deputy bears the same title after "phó" ("Phó Giám đốc", "Phó Chủ
// tịch", "Phó Cục trưởng"), folded. "Thứ trưởng" is a title of its own and needs no rule.
const HEAD_TITLES = ["tong giam doc", "giam doc", "chu tich", "cuc truong", "vu truong", "truong phong", "chanh van phong", "truong ban"].map((t) => t.split(" "));

/**
 * Heads' offices whose holder a question may ask for ("bộ trưởng … là ai"), folded, with the
 * letters' own spelling of the title (index.ts `headAsked`, answer.ts `TITLED_NAMES`).
 */
export const HEAD_OFFICES: ReadonlyMap<string, string> = new Map([
  ["bo truong", "Bộ trưởng"], ["thu truong", "Thứ trưởng"], ["cuc truong", "Cục trưởng"], ["giam doc", "Giám đốc"], ["chu tich", "Chủ tịch"],
]);
const DEPUTY = "pho";

/** A title the question asks about, and whether it asks for the deputy ("phó giám đốc"). */
export interface TitleAsked {
  title: string;
  deputy: boolean;
}

/**
 * The heads' titles a question names, read from its resolved syllables ("pgd" → phó giám đốc).
 * Asking for the director is not asking for a deputy director, and the other way round: a
 * passage that names only the other one speaks about someone else (`speaksOfTitles`).
 */
export function titlesAsked(terms: readonly QueryTerm[]): TitleAsked[] {
  // Words of the frame ("anh chánh văn phòng nhờ tôi hỏi …") and of the context ("chủ tịch giao
  // tôi lo việc này, …") are not asked about.
  const seq = terms.flatMap((t) => (t.status === "question" || t.context ? [""] : t.status === "guessed" ? [t.surface] : t.resolved));
  const out: TitleAsked[] = [];
  for (let i = 0; i < seq.length; i++) {
    const title = HEAD_TITLES.find((h) => h.every((w, k) => seq[i + k] === w));
    if (!title) continue;
    const deputy = seq[i - 1] === DEPUTY;
    if (!out.some((t) => t.title === title.join(" ") && t.deputy === deputy)) out.push({ title: title.join(" "), deputy });
    i += title.length - 1;
  }
  // "Giám đốc hay phó giám đốc": both asked as alternatives, either answers.
  return out.filter((t) => !out.some((o) => o.title === t.title && o.deputy !== t.deputy));
}

/** Whether a passage (folded, words separated by single spaces) names each title as asked. */
export function speaksOfTitles(titles: readonly TitleAsked[], foldedWords: string): boolean {
  return titles.every(({ title, deputy }) => {
    const text = ` ${foldedWords} `;
    let at = text.indexOf(` ${title} `);
    while (at >= 0) {
      const isDeputy = text.slice(0, at).endsWith(` ${DEPUTY}`);
      if (isDeputy === deputy) return true;
      at = text.indexOf(` ${title} `, at + 1);
    }
    return false;
  });
}

/**
 * Numbers the officer typed ("công văn 5721", "thông báo 35", "năm 2027"), one run each: like a
 * name, a number identifies what is asked about, and a passage without it speaks of something else.
 */
export function numberRuns(terms: readonly QueryTerm[]): number[][] {
  // One digit is more often a count; after "phụ lục" it names which appendix ("phụ lục 03" is read "3").
  const named = (t: QueryTerm, i: number) => /^\d{2,}$/.test(t.surface) || (/^\d$/.test(t.surface) && terms[i - 1]?.surface === "luc" && terms[i - 2]?.surface === "phu");
  return terms.flatMap((t, i) => (t.status !== "question" && named(t, i) ? [[i]] : []));
}

// Acronyms of particular ministries, departments, cities and centres ("Bộ KHCN", "Sở VH", "TP HCM",
// "TT PVHCC"); not of what every letter names (UBND, TTHC) nor of documents (CV, QĐ).
const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set(["khcn", "bkhcn", "skhcn", "vhttdl", "bvhttdl", "vhtt", "vh", "bca", "vpcp", "hcm", "tphcm", "hcc", "pvhcc"]);

/**
 * The organisations the officer names by acronym, or in words every officer uses ("công an"), one
 * run each: like a name, "Bộ KHCN" is not "Bộ VHTTDL", and a passage of another ministry's letter
 * that never names it is about the other.
 */
export function organisationRuns(terms: readonly QueryTerm[]): number[][] {
  const runs = terms.flatMap((t, i) => (t.status === "expanded" && ORGANISATION_ACRONYMS.has(t.surface) ? [[i]] : []));
  for (let i = 0; i + 1 < terms.length; i++) {
    if (ORGANISATION_WORDS.has(pair(terms[i]!.surface, terms[i + 1]!.surface)) && terms[i]!.status === "known" && terms[i + 1]!.status === "known") runs.push([i, i + 1]);
  }
  // "Bộ Y tế", "Sở Tư pháp": another ministry or department, whether the letters name it or not.
  for (const name of MINISTRIES) {
    for (let i = 1; i + name.length <= terms.length; i++) {
      if (MINISTRY_HEADS.has(terms[i - 1]!.surface) && name.every((w, k) => terms[i + k]!.surface === w)) runs.push(name.map((_, k) => i + k));
    }
  }
  for (const phrase of NATIONAL_BODIES) {
    for (let i = 0; i + phrase.length <= terms.length; i++) {
      if (phrase.every((w, k) => terms[i + k]!.surface === w && terms[i + k]!.status === "known")) runs.push(phrase.map((_, k) => i + k));
    }
  }
  return runs;
}

// Ministries and departments by the field after "Bộ" / "Sở", folded.
const MINISTRY_HEADS: ReadonlySet<string> = new Set(["bo", "so"]);
const MINISTRIES = ["y te", "tu phap", "tai chinh", "noi vu", "ngoai giao", "quoc phong", "xay dung", "cong thuong", "giao duc", "nong nghiep", "dan toc", "tai nguyen", "giao thong", "lao dong", "ke hoach"].map((p) => p.split(" "));

// National bodies named in words ("Cục Chuyển đổi số quốc gia", "Văn phòng Chính phủ"): a
// passage that names another centre of digital transformation is about someone else.
// Ministries and the city the letters come from, named in words as officers say them ("bộ khoa học
// công nghệ", "thành phố hồ chí minh"), like their acronyms.
const NATIONAL_BODIES = [
  "chuyen doi so quoc gia", "van phong chinh phu", "bo cong an", "cong dich vu cong quoc gia", "phuc vu hanh chinh cong",
  "khoa hoc va cong nghe", "khoa hoc cong nghe", "van hoa the thao va du lich", "van hoa the thao du lich", "ho chi minh",
].map((p) => p.split(" "));

// Organisations every Vietnamese officer names in words, whatever the letters ("công an", "kho bạc").
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  ["cong an", "toa an", "kho bac", "hai quan", "buu dien", "ngan hang", "quan doi", "bien phong", "kiem sat"].map((w) => w.replace(" ", "_")),
);

const PROVINCES = PROVINCE_NAME_KEYS.map((k) => k.split(" "));
/** Province names and the City's abbreviations, folded, as a run of the question's terms reads them. */
const PROVINCE_KEYS: ReadonlySet<string> = new Set([...PROVINCE_NAME_KEYS, "hcm", "tphcm", "tp hcm"]);
/** How many syllables the province keys have (1 for "hcm" to 4 for "bà rịa vũng tàu"). */
const PROVINCE_LENGTHS: readonly number[] = [...new Set([...PROVINCE_KEYS].map((k) => k.split(" ").length))].sort((x, y) => x - y);

/**
 * Whether a run of terms names a province ("Thái Nguyên", "HCM"), or several one after another
 * ("(Gia Lai, Đắk Lắk)", read as one capitalised run).
 */
export function namesProvince(terms: readonly QueryTerm[], run: readonly number[]): boolean {
  const words = run.map((i) => terms[i]!.surface);
  const from = (k: number): boolean => k === words.length || PROVINCE_LENGTHS.some((n) => k + n <= words.length && PROVINCE_KEYS.has(words.slice(k, k + n).join(" ")) && from(k + n));
  return words.length > 0 && from(0);
}
/**
 * Syllables that name a province as typed ("tỉnh Quảng Trị", "Quảng Trị tụi em"): after "tỉnh", or
 * each capitalised. They are a name, not a typo to correct ("quảng trị" typed the central way is
 * "quản trị", system administration).
 */
export function typedProvinceSyllables(sylls: readonly string[], cased: readonly string[]): Set<number> {
  const out = new Set<number>();
  const capitalised = (k: number) => cased.length === sylls.length && /^\p{Lu}/u.test(cased[k] ?? "");
  for (const run of spelledProvinces(sylls)) {
    if (sylls[run[0]! - 1] === "tinh" || run.every(capitalised)) for (const k of run) out.add(k);
  }
  return out;
}

/** Where a province's name ends in `words` (folded): the index of its last syllable. */
export function provinceEnds(words: readonly string[]): Set<number> {
  return new Set(spelledProvinces(words).map((run) => run[run.length - 1]!));
}

/** Runs of `words` (folded) that spell a province's name, province by province. */
function spelledProvinces(words: readonly string[]): number[][] {
  const runs: number[][] = [];
  for (const name of PROVINCES) {
    for (let i = 0; i + name.length <= words.length; i++) if (name.every((w, k) => words[i + k] === w)) runs.push(name.map((_, k) => i + k));
  }
  return runs;
}

/** Syllables of province names that chat also uses as particles ("cái", "hả"), folded. */
const PROVINCE_PARTICLES: ReadonlySet<string> = new Set(["cai", "ha"]);

/**
 * Provinces the officer names, typed with or without marks or capitals ("da nang", "Nghệ An"),
 * one run each: like a name, a province identifies whom the question is about, and a passage that
 * never names it speaks of somewhere else ("Đà Nẵng đã có công văn như TP HCM chưa").
 */
export function provinceRuns(terms: readonly QueryTerm[], clauses: readonly number[] = []): number[][] {
  // "Cai" of "Lào Cai" and "ha" of "Hà Nội" read as chat particles ("cái", "hả") still name the
  // province with the rest ("Sơn là" is not "Sơn La": "là" is too common to tell).
  // After "tỉnh" it is: "tỉnh son la" names Sơn La.
  const part = (k: number, run: readonly number[]) => terms[k]!.status !== "question" || PROVINCE_PARTICLES.has(terms[k]!.surface) || terms[run[0]! - 1]?.surface === "tinh";
  // "… có chút xíu hà, nội dung …" names no Hà Nội: a name is typed within one clause.
  const oneClause = (run: readonly number[]) => run.every((k) => clauses[k] === clauses[run[0]!]);
  return spelledProvinces(terms.map((t) => t.surface)).filter((run) => run.every((k) => part(k, run)) && run.some((k) => terms[k]!.status !== "question") && oneClause(run));
}
