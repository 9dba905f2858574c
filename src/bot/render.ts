// Rendering helpers shared by the adapters: splitting long text and numbered choice lists.
import type { ReplyChoice } from "./types.js";

export const TEXT_LIMITS = { telegram: 4096, zalo: 2000, shell: 4096 } as const;

/**
 * Splits text into parts of at most `limit` characters, preferring paragraph boundaries, then
 * line boundaries, then spaces; a single overlong word is cut hard.
 */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = window.lastIndexOf("\n\n");
    if (cut < limit / 3) cut = window.lastIndexOf("\n");
    if (cut < limit / 3) cut = window.lastIndexOf(" ");
    if (cut <= 0) cut = limit;
    // Never cut a UTF-16 surrogate pair in half.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** "1. Hỏi đáp\n2. Đăng ký" — choices as a numbered list for channels without buttons. */
export function numberedChoices(choices: ReplyChoice[]): string {
  return choices.map((c, i) => `${i + 1}. ${c.label}`).join("\n");
}
