// Small text helpers for user input shared by the flows.

/** NFC, strip control characters (keeping newlines and tabs), trim. */
export function cleanInput(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, "")
    .trim();
}

/** Lower-case, diacritics removed (đ→d), whitespace collapsed: for comparing what users type. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the text holds at least one letter or digit (not only emoji or punctuation). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
