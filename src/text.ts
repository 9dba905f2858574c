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
