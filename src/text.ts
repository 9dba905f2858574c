// Small text helpers for user input shared by the flows.

/** NFC, strip control characters (keeping newlines and tabs), trim. */
export function cleanInput(text: string): string {
  return wellFormed(text)
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, "")
    .trim();
}

/**
 * Lone UTF-16 surrogates (valid in JSON escapes, never in real text) become U+FFFD: the store's
 * JSON protocol refuses them, so no platform string may reach it unrepaired.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/**
 * Lower-case with diacritics removed. "hoà" and "hòa", "uỷ" and "ủy", decomposed input: all give the
 * same string. NFD does not decompose đ, so it is mapped by hand.
 */
export function stripMarks(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Diacritics removed (đ→d), lower case, whitespace collapsed: for comparing what users type. */
export function fold(text: string): string {
  return stripMarks(text).replace(/\s+/g, " ").trim();
}

/** True when the text holds at least one letter or digit (not only emoji or punctuation). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
