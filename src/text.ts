// Small text helpers for user input shared by the flows.

/** NFC, strip control characters (keeping newlines and tabs), trim. */
export function cleanInput(text: string): string {
  return wellFormed(text)
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, "")
    .trim();
}

/**
 * Lone UTF-16 surrogates (valid in JSON escapes, never in real text) become U+FFFD: the store's
 * JSON protocol refuses them, so no platform string may reach it unrepaired. NUL characters are
 * dropped: PostgreSQL refuses them in text.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replaceAll("\u0000", "");
}

/**
 * Lower-case with diacritics removed. "hoà" and "hòa", "uỷ" and "ủy", decomposed input: all give the
 * same string. NFD does not decompose đ, so it is mapped by hand.
 */
export function stripMarks(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Whether a text carries any diacritic (tone, vowel mark or đ), however it was typed (NFC or NFD). */
export function hasMarks(text: string): boolean {
  return /[\u0300-\u036fđĐ]/.test(text.normalize("NFD"));
}

// Tone marks (huyền, sắc, ngã, hỏi, nặng), apart from the marks that make a vowel (â, ơ, ư, ă).
export const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS = new RegExp(TONE_MARK.source, "gu");
const accentKeys = new Map<string, string>();
const MAX_ACCENT_KEYS = 50_000;

/**
 * One lower-case syllable with its tone mark moved to the end, so that keyboards placing it
 * differently ("hoà"/"hòa", "uỷ"/"ủy", decomposed input) give the same key while "nay" and "này",
 * "Sơn Hà" and "Sơn Hạ" stay apart. For a text, key each syllable (`accentKeyOf`).
 */
export function accentKey(syllable: string): string {
  if (/^[a-z0-9]*$/.test(syllable)) return syllable;
  let key = accentKeys.get(syllable);
  if (key === undefined) {
    const d = syllable.normalize("NFD");
    key = d.replace(TONE_MARKS, "").normalize("NFC") + (d.match(TONE_MARKS)?.[0] ?? "");
    // Marked syllables are a few thousand words: remembered, as the KB's indexing meets each often.
    if (accentKeys.size < MAX_ACCENT_KEYS) accentKeys.set(syllable, key);
  }
  return key;
}

/** `accentKey` of every syllable of a text, lower-cased, single spaces. */
export function accentKeyOf(text: string): string {
  return text.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).map(accentKey).join(" ");
}

/** Diacritics removed (đ→d), lower case, whitespace collapsed: for comparing what users type. */
export function fold(text: string): string {
  return stripMarks(text).replace(/\s+/g, " ").trim();
}

/** True when the text holds at least one letter or digit (not only emoji or punctuation). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Levenshtein distance between two strings (UTF-16 units); callers fold first where they need to. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

// VNI keystrokes a failed input method left in a word: 1–5 are the tones (sắc, huyền, hỏi, ngã,
// nặng), 6 the circumflex (â ê ô), 7 the horn (ơ ư), 8 the breve (ă), 9 the stroke of đ.
const VNI_TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const VNI_SHAPES: Record<string, Record<string, string>> = {
  "6": { a: "â", e: "ê", o: "ô" },
  "7": { o: "ơ", u: "ư" },
  "8": { a: "ă" },
  "9": { d: "đ" },
};
/** A lower-case word with VNI digits after its vowels or "d" ("tho61ng", "tu72", "a5", "d9a6u"). */
const VNI_WORD = /(?<![\p{L}\p{N}@/.])(?=[a-zđ]*[aeiouyd][1-9])[a-zđâêôơưă]+(?:[1-9]{1,2}[a-zđâêôơưă]*)+(?![\p{L}\p{N}@/])/giu;
const VOWELS = "aeiouyâêôơưă";
const SHAPED = "âêôơưă";

/** One word's VNI digits applied; undefined when they are no VNI keystrokes ("a4" paper, "v2"). */
function vniWord(word: string): string | undefined {
  const chars: string[] = [];
  let tone: string | undefined;
  for (const c of word) {
    if (!/\d/.test(c)) {
      chars.push(c);
      continue;
    }
    const prev = chars.length - 1;
    if (prev < 0) return undefined;
    if (c <= "5") {
      // A tone follows a vowel (or a shape key after one); one per syllable.
      if (tone !== undefined || !VOWELS.includes(chars[prev]!)) return undefined;
      tone = VNI_TONES[Number(c) - 1];
      continue;
    }
    const shaped = VNI_SHAPES[c]![chars[prev]!];
    if (!shaped) return undefined;
    // "uo7" is "ươ": the horn marks both vowels.
    if (c === "7" && chars[prev] === "o" && chars[prev - 1] === "u") chars[prev - 1] = "ư";
    chars[prev] = shaped;
  }
  if (!tone) return chars.join("");
  return placeTone(chars, tone);
}

// Onset, vowel nucleus (with glides) and coda of a folded Vietnamese syllable. Loose (it accepts
// a few combinations the language lacks) but rejects what typing slips produce: "huogn", "sahc".
const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(uye|uya|uyu|uoi|uou|oai|oay|ieu|yeu|oa|oe|oo|uy|uo|ua|ue|ui|uu|ye|ie|ia|iu|ai|ao|au|ay|eo|eu|oi|[aeiouy])(ng|nh|ch|[cmnpt])?$/;

/** A lone "i" takes "nh", "ch", never "ng", "c" ("chíng" is "chính" mistyped); "o", "u" the other way round. */
const LACKING: ReadonlySet<string> = new Set(["i ng", "i c", "y ng", "y c", "o nh", "o ch", "u nh", "u ch"]);

/** Whether a folded token could be a Vietnamese syllable at all. */
export function isPossibleSyllable(token: string): boolean {
  const m = SYLLABLE.exec(token);
  return m !== null && !LACKING.has(`${m[1]} ${m[2] ?? ""}`);
}

// Telex keystrokes a switched-off input method left in a word: s f r x j are the tones (sắc, huyền,
// hỏi, ngã, nặng) typed last; "aa" "ee" "oo" the circumflex, "w" the horn or breve, "dd" the đ.
const TELEX_TONES: Record<string, string> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323" };
const CIRCUMFLEX: Record<string, string> = { a: "â", e: "ê", o: "ô" };
const HORN: Record<string, string> = { u: "ư", o: "ơ", a: "ă" };

/**
 * A lower-case word read as Telex keystrokes ("tapj" → "tập", "ddaau" → "đâu", "tuwngf" → "từng",
 * "nguwowif" → "người"); undefined when it holds none. Whether the word read is one the officer
 * meant is for the caller to judge (English "form" reads "fỏm").
 */
export function telexWord(word: string): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const chars: string[] = [];
  let changed = false;
  for (const c of word) {
    const last = chars.length - 1;
    if (c === "d" && last === 0 && chars[0] === "d") {
      chars[0] = "đ";
    } else if (CIRCUMFLEX[c] && chars[last] === c) {
      chars[last] = CIRCUMFLEX[c]!;
    } else if (c === "w" && hornVowels(chars)) {
      // "uow" is "ươ": the horn marks both vowels.
    } else {
      chars.push(c);
      continue;
    }
    changed = true;
  }
  const key = chars[chars.length - 1]!;
  // A two-letter word takes only the tones English words do not end in ("aj" is "ạ"; "as", "of" stay).
  const tone = chars.length > 1 && chars.slice(0, -1).some((c) => VOWELS.includes(c)) && (chars.length > 2 || "jrx".includes(key)) ? TELEX_TONES[key] : undefined;
  if (tone) chars.pop();
  if (!tone && !changed) return undefined;
  return tone ? placeTone(chars, tone) : chars.join("");
}

/**
 * "w" after the vowels, wherever typed ("nguoiw" is "người"): "uo" takes the horn on both, "oa" the
 * breve on "a" ("hoặc"), else the first of u, o, a ("mưa", "gửi"); false when no vowel can take it.
 */
function hornVowels(chars: string[]): boolean {
  const at = (i: number) => VOWELS.includes(chars[i]!) && !(chars[i] === "u" && chars[i - 1] === "q");
  let end = chars.length - 1;
  while (end >= 0 && !at(end)) end--;
  let start = end;
  while (start > 0 && at(start - 1)) start--;
  if (end < 0) return false;
  const run = chars.slice(start, end + 1).join("");
  const uo = run.indexOf("uo");
  const pick = uo >= 0 ? uo + 1 : run.includes("oa") ? run.indexOf("oa") + 1 : ["u", "o", "a"].map((v) => run.indexOf(v)).find((i) => i >= 0);
  if (pick === undefined || !HORN[run[pick]!]) return false;
  if (uo >= 0) chars[start + uo] = "ư";
  chars[start + pick] = HORN[run[pick]!]!;
  return true;
}

const WORD = /(?<![\p{L}\p{N}@/.])\p{L}+(?![\p{L}\p{N}@/])/gu;

/** A Telex reading is plausible when the word typed cannot be Vietnamese and the word read can. */
const plausibleTelex = (typed: string, read: string) => !isPossibleSyllable(typed) && isPossibleSyllable(stripMarks(read));

export interface TelexReading {
  /** Whether a word typed (lower case) is the word read; by default when only the reading can be Vietnamese. */
  accepts?: (typed: string, read: string) => boolean;
  /** Whether the words read keep their marks, given the message's other words; by default they do. */
  keepsMarks?: (others: readonly string[]) => boolean;
}

/**
 * Words a switched-off input method left in Telex ("tooi muoons ddawng kys"), read as the words
 * meant where `accepts` agrees (the KB asks its vocabulary). Capitals ("HCM") stay as typed.
 */
export function telexMarked(text: string, { accepts = plausibleTelex, keepsMarks = () => true }: TelexReading = {}): string {
  const nfcText = text.normalize("NFC");
  const reads = new Map<string, string>();
  const words = nfcText.match(WORD) ?? [];
  for (const w of words) {
    const lower = w.toLowerCase();
    const read = w.length > 1 && w === w.toUpperCase() ? undefined : telexWord(lower);
    if (read !== undefined && accepts(lower, read)) reads.set(w, read);
  }
  if (reads.size === 0) return text;
  const marked = keepsMarks(words.filter((w) => !reads.has(w)));
  return nfcText.replace(WORD, (w) => {
    const read = reads.get(w);
    if (read === undefined) return w;
    return withCapital(w, marked ? read : stripMarks(read));
  });
}

/** The tone mark on the vowel Vietnamese spelling puts it on (shaped vowel first, else by the vowel run). */
function placeTone(chars: string[], tone: string): string {
  const start = chars.findIndex((c, i) => VOWELS.includes(c) && !(i > 0 && ((chars[i - 1] === "q" && c === "u") || (chars[i - 1] === "g" && c === "i" && i + 1 < chars.length && VOWELS.includes(chars[i + 1]!)))));
  if (start < 0) return chars.join("");
  let end = start;
  while (end + 1 < chars.length && VOWELS.includes(chars[end + 1]!)) end++;
  const run = chars.slice(start, end + 1);
  // "ươ" takes the tone on its second vowel: the last shaped one.
  let shaped = -1;
  run.forEach((c, i) => {
    if (SHAPED.includes(c)) shaped = i;
  });
  const closed = end + 1 < chars.length;
  const at = start + (shaped >= 0 ? shaped : run.length === 1 ? 0 : closed || run.length === 3 ? 1 : 0);
  chars[at] = `${chars[at]}${tone}`.normalize("NFC");
  return chars.join("");
}

/**
 * Words in which a VNI keyboard left its keys ("ta65p hua61n" → "tập huấn", "xa4" → "xã"), read as
 * typed with their marks. Capitals ("A4") and digits that mark nothing ("cv53", "v2") stay as typed.
 */
export function vniMarked(text: string): string {
  return text.normalize("NFC").replace(VNI_WORD, (w) => {
    if (w === w.toUpperCase()) return w;
    const read = vniWord(w.toLowerCase());
    if (read === undefined) return w;
    return withCapital(w, read);
  });
}

/** A word read from keystrokes keeps the capital typed ("Bo65" → "Bộ", "Ddoongf" → "Đồng"): only a first letter is one. */
function withCapital(typed: string, read: string): string {
  return typed[0] === typed[0]!.toUpperCase() ? read[0]!.toUpperCase() + read.slice(1) : read;
}
