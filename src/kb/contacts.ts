// The ministry's support contacts as the letters give them: passages that list people with
// phone numbers under a support / focal-point heading. Kept apart from the ranking: an officer
// asking "liên hệ ai" wants this list, not the passage that best matches the words.
import { letterRef, type KbDocument, type KbSource } from "./types.js";

/** "ĐT: 0976953686", "điện thoại 0905.188881", "SĐT 0915 001 788". */
const PHONE = /(ĐT|SĐT|điện thoại|Điện thoại|Tel)\s*[:.]?\s*\(?0\d{2,3}[.\s]?\d{3}[.\s]?\d{3,4}/u;
/** The passage or its heading says it is about support or whom to contact. */
const SUPPORT = /(hỗ trợ|đầu mối|liên hệ|liên lạc)/iu;
const MAX_CONTACT_PASSAGES = 3;

/** Whether a text gives a phone number: an answer that does is already the contact asked for. */
export const mentionsPhone = (text: string): boolean => PHONE.test(text);

export function findSupportContacts(docs: Iterable<KbDocument>): KbSource[] {
  const found: KbSource[] = [];
  for (const doc of docs) {
    doc.passages.forEach((p, i) => {
      if (!PHONE.test(p.text)) return;
      // A list of names often continues a passage whose heading names the support team.
      const prev = doc.passages[i - 1];
      const about = [p.heading ?? "", p.text, prev?.heading ?? ""].join(" ");
      if (!SUPPORT.test(about)) return;
      found.push({
        doc: doc.slug,
        title: doc.title,
        text: p.heading ? `${p.heading}\n${p.text}` : p.text,
        score: 1,
        ...(p.heading ? { heading: p.heading } : {}),
        letter: letterRef(doc),
      });
    });
  }
  return found.slice(0, MAX_CONTACT_PASSAGES);
}
