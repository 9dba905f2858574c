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
