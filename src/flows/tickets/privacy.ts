// What a ticket shares beyond the asker (a FAQ entry, a staff answer relayed into a group chat)
// must not carry the asker's personal data. Two levels:
//   maskAsker    — the asker's own name, phone and e-mail wherever they appear (a support hotline
//                  in a staff answer stays);
//   maskContacts — every phone number and e-mail (for the asker's own words, where an unknown
//                  number is most likely theirs).
// Staff can also give an edited answer with /faq <n> <answer>.
const HIDDEN = "[…]";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Vietnamese phone numbers in their usual written forms (0905 188 881, +84.905.188.881).
const PHONE = /(?<![\p{L}\p{N}])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\p{L}\p{N}])/gu;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (inner: string) => new RegExp(`(?<![\\p{L}\\p{N}])${inner}(?![\\p{L}\\p{N}])`, "giu");

export interface AskerIdentity {
  names: (string | null | undefined)[];
  phones: (string | null | undefined)[];
  emails: (string | null | undefined)[];
}

/** A phone number in any of its written forms: 0912345678, 0912 345 678, +84 912.345.678. */
function phonePattern(phone: string): string | undefined {
  let digits = phone.replace(/\D/g, "");
  if (digits.startsWith("84")) digits = `0${digits.slice(2)}`;
  if (!/^0\d{8,10}$/.test(digits)) return undefined;
  return `(?:\\+?84|0)${[...digits.slice(1)].map((d) => `[\\s.-]?${d}`).join("")}`;
}

/** Masks the asker's own name(s), phone and e-mail. */
export function maskAsker(text: string, who: AskerIdentity): string {
  let out = text;
  for (const email of who.emails) if (email?.trim()) out = out.replace(new RegExp(escape(email.trim()), "gi"), HIDDEN);
  for (const phone of who.phones) {
    const p = phone ? phonePattern(phone) : undefined;
    if (p) out = out.replace(word(p), HIDDEN);
  }
  // Full names only: a one-word name ("Nam", "Hà") would also hide "Việt Nam" or "Hà Tĩnh".
  const names = [...new Set(who.names.map((n) => (n ?? "").normalize("NFC").replace(/\s+/g, " ").trim()).filter((n) => n.includes(" ")))];
  // Longest first, so "Nguyễn Văn An" goes before "Văn An".
  for (const name of names.sort((a, b) => b.length - a.length)) out = out.replace(word(escape(name)), HIDDEN);
  return out;
}

/** Masks every phone number and e-mail address. */
export function maskContacts(text: string): string {
  return text.replace(EMAIL, HIDDEN).replace(PHONE, HIDDEN);
}
