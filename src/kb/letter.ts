// An official letter's text → its metadata and passages that follow the letter's own structure:
// header (issuer, number, date, "V/v" subject, "Kính gửi"), body (numbered points with their
// dashes, paragraphs, headings), and the closing zone kept apart from the body (recipients under
// "Nơi nhận:", the signature block, footnotes).
import { fold } from "./normalize.js";
import type { KbPassage } from "./types.js";

export interface LetterMeta {
  issuer?: string;
  subject?: string;
  /** First "# heading" of a document that is not a letter. */
  firstHeading?: string;
  number?: string;
  /** The letter's "Số:" line as written ("Số: /UBND-VX" when the number is left blank). */
  numberLine?: string;
  dateText?: string;
  year?: number;
}

export interface ParsedLetter {
  meta: LetterMeta;
  passages: KbPassage[];
}

/**
 * Headings given to the parts of a letter that are not its body: the letters' own Vietnamese words
 * for them, stored and searched with the passages ("ai ký" finds "Người ký"), so they are part of
 * the document data, not messages of the bot.
 */
export const PART_LABELS = {
  number: "Số, ký hiệu",
  addressees: "Kính gửi",
  recipients: "Nơi nhận",
  signature: "Người ký",
  footnote: "Chú thích",
} as const;
/** A part of a letter outside its body that a question may ask for by name. */
export type LetterPart = "number" | "addressees" | "signature";

/** A group up to this size stays one passage; a bigger one is split under its lead-in. */
const MAX_GROUP_CHARS = 900;
/** Size of the chunks a split group's items are packed into. */
const CHUNK_CHARS = 600;
/** A lead-in this short becomes the heading of its items rather than a passage of its own. */
const MAX_HEADING_CHARS = 200;
/** Short neighbouring paragraphs ("Căn cứ …;" chains) are packed together up to this size. */
const PACK_CHARS = 400;
const TINY_CHARS = 60;

interface Line {
  text: string;
  /** Markdown heading level, if the line is one. */
  level?: number;
  blankBefore: boolean;
}

type BlockKind = "heading" | "point" | "item" | "para";

interface Block {
  kind: BlockKind;
  text: string;
  /** Length of the last physical line joined into this block (wrap detection). */
  lastLineLength: number;
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Line classification

const POINT = /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+\S/;
const ITEM = /^(?:[-–—•+*]\s*|[a-zđ]\)\s+)\S/;
const ROMAN = /^[IVX]{1,4}\.\s+\S/;
const FOOTNOTE_DEF = /^\[\^(\d+)\]:\s*(.*)$/;

function cleanLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const raw of text.split("\n")) {
    const t = raw
      .replace(/\*\*+/g, "")
      .replace(/(^|[\s([])\*(?=\S)/g, "$1")
      .replace(/(?<=\S)\*(?=$|[\s).,;:\]])/g, "")
      .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
      .replace(/\[([^\]^][^\]]*)\]\((https?:[^)\s]+)\)/g, "$1 ($2)")
      .replace(/\s+/g, " ")
      .trim();
    if (!t) {
      blank = true;
      continue;
    }
    const h = t.match(/^(#{1,6})\s+(.*)$/);
    out.push(h ? { text: h[2]!, level: h[1]!.length, blankBefore: blank } : { text: t, blankBefore: blank });
    blank = false;
  }
  return out;
}

function isUpperLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function startsLower(text: string): boolean {
  const c = text[0] ?? "";
  if (/\d|\(/.test(c)) return true;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function endsSentence(text: string): boolean {
  return /[.!?;:…]["”’)]?$/.test(text);
}

/** The text after a label of `words` words, matched with or without accents ("Noi nhan:"). */
function afterLabel(text: string, words: number): string {
  return text.split(/\s+/).slice(words).join(" ").replace(/^:\s*/, "");
}

const isNational = (f: string) => /^cong hoa xa hoi chu nghia/.test(f);
const isMotto = (f: string) => /^doc lap\b.*tu do/.test(f);
const isNumberLine = (f: string) => /^so\s*:/.test(f);
const isSubject = (f: string) => /^(v\/v|ve viec)\b/.test(f);
const isAddressee = (f: string) => /^kinh gui\b/.test(f);
const PLACE_DATE = /(?:^|\s)[^,\d]{2,60},\s*ngay\b.{0,40}\bnam\s*\d{4}/;

// ---------------------------------------------------------------------------------------------
// Header

interface Header {
  meta: LetterMeta;
  issuerLines: string[];
  addressees: string[];
  bodyStart: number;
}

function parseDate(line: string, meta: LetterMeta): void {
  const f = fold(line);
  const full = f.match(/ngay\s+(\d{1,2})\s*(?:thang\s*|\/)(\d{1,2})\s*(?:nam\s*|\/)(\d{4})/);
  const year = f.match(/nam\s*(\d{4})/) ?? full?.slice(3);
  if (full) meta.dateText = `${full[1]!.padStart(2, "0")}/${full[2]!.padStart(2, "0")}/${full[3]}`;
  const y = full ? full[3] : year?.[1];
  if (y) meta.year = Number(y);
}

/** "Số: 140/BVHTTDL-CĐSVHTTDL" (the caller checked the "Số:" prefix, with or without accents). */
function parseNumber(line: string, meta: LetterMeta): void {
  const m = line.slice(line.indexOf(":") + 1).match(/^\s*(\d*)\s*\/\s*([\p{L}\d&.-]+(?:\s*-\s*[\p{L}\d&.]+)*)/u);
  if (m && m[1]) meta.number = `${m[1]}/${m[2]!.replace(/\s+/g, "")}`;
}

function parseHeader(lines: Line[]): Header {
  const meta: LetterMeta = {};
  const issuerLines: string[] = [];
  const addressees: string[] = [];
  let letterish = false;
  let bodyStart = 0;
  let placeDate: string | undefined;
  const limit = Math.min(lines.length, 40);
  let i = 0;
  for (; i < limit; i++) {
    const text = lines[i]!.text;
    const f = fold(text);
    if (isNational(f) || isMotto(f)) {
      letterish = true;
    } else if (isNumberLine(f)) {
      letterish = true;
      parseNumber(text, meta);
      meta.numberLine = text.trim();
      if (PLACE_DATE.test(f)) parseDate(text, meta);
    } else if (PLACE_DATE.test(f) && i < 20) {
      parseDate(text, meta);
      placeDate = text.trim();
    } else if (isSubject(f) && meta.subject === undefined) {
      letterish = true;
      const parts = [afterLabel(text, f.startsWith("v/v") ? 1 : 2)];
      while (i + 1 < limit && parts.length < 6) {
        const next = lines[i + 1]!;
        const nf = fold(next.text);
        if (isNational(nf) || isMotto(nf) || isNumberLine(nf) || isAddressee(nf) || PLACE_DATE.test(nf)) break;
        if (next.level !== undefined || endsSentence(parts[parts.length - 1]!)) break;
        parts.push(next.text);
        i++;
      }
      const subject = parts.join(" ").replace(/\s+/g, " ").trim();
      meta.subject = subject.charAt(0).toUpperCase() + subject.slice(1);
    } else if (isAddressee(f)) {
      letterish = true;
      const rest = afterLabel(text, 2);
      if (rest) addressees.push(rest);
      while (i + 1 < lines.length && ITEM.test(lines[i + 1]!.text)) addressees.push(lines[++i]!.text);
      i++;
      break;
    } else if (isUpperLine(text) && meta.subject === undefined && lines[i]!.level === undefined && i < 8) {
      issuerLines.push(text);
    } else {
      break;
    }
  }
  if (letterish) bodyStart = i;
  // The number and the place and date share one row of the header ("Số: /UBND-VX    Thành phố Hồ
  // Chí Minh, ngày … tháng … năm 2026"), however the text came out: one passage holds both.
  if (meta.numberLine && placeDate && !PLACE_DATE.test(fold(meta.numberLine))) meta.numberLine = `${meta.numberLine} ${placeDate}`;
  return { meta, issuerLines: letterish ? issuerLines : [], addressees, bodyStart };
}

/**
 * "BỘ KHOA HỌC VÀ CÔNG NGHỆ" → "Bộ Khoa học và Công nghệ": the body usually names the issuer in
 * normal case, so the longest runs of words found there give the casing.
 */
export function recoverCase(upper: string, body: string): string {
  const words = upper.split(/\s+/).filter(Boolean);
  const foldedBody = fold(body);
  const sameLength = foldedBody.length === body.length;
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let done = false;
    for (let j = words.length; j > i && !done; j--) {
      const phrase = fold(words.slice(i, j).join(" "));
      const re = new RegExp(`(?<![a-z0-9])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![a-z0-9])`, "g");
      if (!sameLength) break;
      for (const m of foldedBody.matchAll(re)) {
        const found = body.slice(m.index, m.index + phrase.length);
        // Skip the capitals of the header itself; one word alone only counts when the body
        // capitalises it (a proper noun).
        if (found === found.toUpperCase() || (j - i < 2 && !/^\p{Lu}/u.test(found))) continue;
        out.push(found);
        i = j;
        done = true;
        break;
      }
    }
    if (!done) out.push(words[i++]!.toLowerCase());
  }
  const joined = out.join(" ");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Closing zone: recipients, signature, footnotes

interface Tail {
  recipients: string[];
  signature: string[];
  footnotes: Map<string, string>;
  /** Lines after the closing zone that are body again (an appendix after the signature). */
  appendix: Line[];
}

function parseTail(lines: Line[]): Tail {
  const tail: Tail = { recipients: [], signature: [], footnotes: new Map(), appendix: [] };
  let mode: "none" | "recipients" | "signature" | "footnote" = "none";
  let note: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    const f = fold(text);
    const def = text.match(FOOTNOTE_DEF);
    if (def) {
      note = def[1]!;
      tail.footnotes.set(note, def[2]!);
      mode = "footnote";
    } else if (/^\d{1,2}$/.test(text)) {
      note = text;
      tail.footnotes.set(note, "");
      mode = "footnote";
    } else if (mode === "footnote" && note !== undefined) {
      tail.footnotes.set(note, `${tail.footnotes.get(note)} ${text}`.trim());
    } else if (line.level !== undefined || (/^phu luc\b/.test(f) && isUpperLine(text))) {
      tail.appendix = lines.slice(i);
      break;
    } else if (/^noi nhan\b/.test(f)) {
      mode = "recipients";
      const rest = afterLabel(text, 2);
      if (rest) tail.recipients.push(rest);
    } else if (ITEM.test(text) && mode !== "signature") {
      mode = "recipients";
      tail.recipients.push(text);
    } else if (mode === "recipients" && startsLower(text) && tail.recipients.length > 0) {
      tail.recipients[tail.recipients.length - 1] += " " + text;
    } else {
      mode = "signature";
      tail.signature.push(text);
    }
  }
  return tail;
}

/** Where the closing zone starts: after "…./." or at "Nơi nhận:", whichever comes first. */
function findTailStart(lines: Line[], from: number): number {
  let noiNhan = -1;
  for (let i = from; i < lines.length; i++) {
    if (/^noi nhan\b/.test(fold(lines[i]!.text))) {
      noiNhan = i;
      break;
    }
  }
  const end = noiNhan >= 0 ? noiNhan : lines.length;
  for (let i = end - 1; i >= from; i--) {
    if (/\.?\/\.$/.test(lines[i]!.text)) return i + 1;
  }
  return noiNhan >= 0 ? noiNhan : lines.length;
}

// ---------------------------------------------------------------------------------------------
// Body: lines → blocks → passages

function wrapWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

function toBlocks(lines: Line[], layoutBreaks: boolean, noteIds: Set<string>): Block[] {
  const blocks: Block[] = [];
  const width = wrapWidth(lines);
  const refPattern = /(?:\[\^(\d+)\]|\((\d{1,2})\)|\[(\d{1,2})\])$/;
  for (const line of lines) {
    let text = line.text;
    const last = blocks[blocks.length - 1];
    // A footnote mark alone on a line belongs to the block above it.
    const lone = text.match(/^(?:\[\^(\d+)\]|\((\d{1,2})\)|\[(\d{1,2})\])$/);
    if (lone) {
      const id = lone[1] ?? lone[2] ?? lone[3]!;
      if (noteIds.has(id) && last) {
        last.notes.push(id);
        continue;
      }
    }
    const notes: string[] = [];
    for (const m of text.matchAll(/\[\^(\d+)\]/g)) notes.push(m[1]!);
    text = text.replace(/\[\^(\d+)\]/g, "");
    const trailing = text.match(refPattern);
    if (trailing && noteIds.has(trailing[2] ?? trailing[3] ?? "")) {
      notes.push((trailing[2] ?? trailing[3])!);
      text = text.replace(refPattern, "");
    }
    text = text.replace(/\.?\/\.$/, ".").trim();
    if (!text) {
      if (last) last.notes.push(...notes);
      continue;
    }
    if (/^trân trọng[.!]*$/iu.test(text)) continue;

    let kind: BlockKind | undefined;
    if (line.level !== undefined) kind = POINT.test(text) ? "point" : "heading";
    else if (POINT.test(text)) kind = "point";
    else if (ITEM.test(text)) kind = "item";
    else if (ROMAN.test(text) || (isUpperLine(text) && text.split(" ").length >= 2 && text.length <= 120)) kind = "heading";

    if (kind === undefined && last && last.kind !== "heading") {
      const open = !endsSentence(last.text);
      const joins = layoutBreaks
        ? open && (startsLower(text) || !line.blankBefore || last.lastLineLength >= 0.6 * width)
        : !line.blankBefore || (open && startsLower(text));
      if (joins) {
        // "7753/BKHCN-" + "CĐSQG": a code cut at its hyphen joins without a space.
        last.text += (/[\p{L}\d]-$/u.test(last.text) ? "" : " ") + text;
        last.lastLineLength = line.text.length;
        last.notes.push(...notes);
        continue;
      }
    }
    blocks.push({ kind: kind ?? "para", text, lastLineLength: line.text.length, notes });
  }
  return blocks;
}

interface Group {
  section?: string;
  lead: Block;
  children: Block[];
  /** Group of items with no lead-in paragraph. */
  orphan: boolean;
}

function toGroups(blocks: Block[]): Group[] {
  const groups: Group[] = [];
  let section: string | undefined;
  let current: Group | undefined;
  // For every block: does a numbered point follow before the next heading?
  const pointAhead: boolean[] = new Array(blocks.length).fill(false);
  let seen = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    pointAhead[i] = seen;
    if (blocks[i]!.kind === "point") seen = true;
    if (blocks[i]!.kind === "heading") seen = false;
  }
  blocks.forEach((block, i) => {
    if (block.kind === "heading") {
      current = undefined;
      section = block.text;
      return;
    }
    if (block.kind === "point") {
      current = { section, lead: block, children: [], orphan: false };
      groups.push(current);
      return;
    }
    if (block.kind === "item") {
      const leads = current && (current.orphan || current.lead.kind === "point" || /:$/.test(current.lead.text));
      if (current && leads) current.children.push(block);
      else {
        current = { section, lead: block, children: [], orphan: true };
        groups.push(current);
      }
      return;
    }
    // A paragraph between numbered points belongs to the point above; after the last point it is
    // the letter's closing and stands alone.
    if (current && current.lead.kind === "point" && pointAhead[i]) {
      current.children.push(block);
      return;
    }
    current = { section, lead: block, children: [], orphan: false };
    groups.push(current);
  });
  return groups;
}

/** The end of a long lead-in, cut at a word: enough to say what its items are about. */
function leadTail(text: string): string {
  if (text.length <= MAX_HEADING_CHARS) return text;
  const cut = text.slice(-150);
  return "…" + cut.slice(cut.indexOf(" ") + 1);
}

function splitSentences(text: string, size: number): string[] {
  const sentences = text.split(/(?<=[.;!?])\s+(?=\p{Lu}|\d|-)/u);
  const out: string[] = [];
  let cur = "";
  for (const s of sentences) {
    if (cur && cur.length + s.length + 1 > size) {
      out.push(cur);
      cur = s;
    } else cur = cur ? `${cur} ${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

function pack(blocks: string[], size: number): string[] {
  const out: string[] = [];
  let cur = "";
  for (const b of blocks.flatMap((t) => (t.length > size ? splitSentences(t, size) : [t]))) {
    if (cur && cur.length + b.length + 1 > size) {
      out.push(cur);
      cur = b;
    } else cur = cur ? `${cur}\n${b}` : b;
  }
  if (cur) out.push(cur);
  return out;
}

interface Draft {
  heading?: string;
  text: string;
  notes: string[];
  /** A lone paragraph, which may be packed with its short neighbours. */
  packable: boolean;
}

function groupToDrafts(g: Group): Draft[] {
  const all = [g.lead, ...g.children];
  const notes = all.flatMap((b) => b.notes);
  const total = all.reduce((n, b) => n + b.text.length + 1, 0);
  if (total <= MAX_GROUP_CHARS) {
    return [{ heading: g.section, text: all.map((b) => b.text).join("\n"), notes, packable: all.length === 1 && g.lead.kind === "para" }];
  }
  const drafts: Draft[] = [];
  let heading = g.section;
  let children = g.children;
  if (g.orphan) children = all;
  else if (g.lead.text.length <= MAX_HEADING_CHARS) heading = g.lead.text;
  else {
    for (const text of pack([g.lead.text], CHUNK_CHARS)) drafts.push({ heading: g.section, text, notes: [], packable: false });
    heading = leadTail(g.lead.text);
  }
  const chunks = pack(children.map((b) => b.text), CHUNK_CHARS);
  for (const text of chunks) drafts.push({ heading, text, notes: [], packable: false });
  if (drafts[0]) drafts[0].notes = notes;
  return drafts;
}

// ---------------------------------------------------------------------------------------------

export function parseLetter(text: string, layoutBreaks: boolean): ParsedLetter {
  const lines = cleanLines(text);
  const header = parseHeader(lines);
  const meta = header.meta;
  const tailStart = findTailStart(lines, header.bodyStart);
  // Footnote definitions can sit anywhere ("[^1]: …" in Markdown, Word and PDF).
  const bodyLines: Line[] = [];
  const looseNotes = new Map<string, string>();
  for (const line of lines.slice(header.bodyStart, tailStart)) {
    const def = line.text.match(FOOTNOTE_DEF);
    if (def) looseNotes.set(def[1]!, def[2]!);
    else bodyLines.push(line);
  }
  const tail = parseTail(lines.slice(tailStart));
  bodyLines.push(...tail.appendix);
  const footnotes = new Map([...looseNotes, ...tail.footnotes]);

  const blocks = toBlocks(bodyLines, layoutBreaks, new Set(footnotes.keys()));
  const drafts = toGroups(blocks).flatMap(groupToDrafts);

  // Pack runs of short lone paragraphs; fold tiny passages into their predecessor. A tiny block
  // that only carries a footnote mark is represented by the footnote's own passage.
  const merged: Draft[] = [];
  // A footnote's heading is what refers to it: the first line of the referring passage.
  const noteRefs = new Map<string, string>();
  for (const d of drafts) {
    for (const id of d.notes) if (!noteRefs.has(id)) noteRefs.set(id, d.text.split("\n")[0]!.trim());
    const prev = merged[merged.length - 1];
    const tiny = d.text.length < TINY_CHARS;
    if (tiny && d.notes.length > 0) continue;
    const fits = prev && prev.heading === d.heading && prev.text.length + d.text.length + 1 <= PACK_CHARS;
    if (prev && fits && ((prev.packable && d.packable) || tiny)) {
      prev.text += "\n" + d.text;
      prev.packable = prev.packable && d.packable;
      continue;
    }
    merged.push({ ...d });
  }

  const passages: KbPassage[] = [];
  const add = (heading: string | undefined, body: string) => {
    const t = body.trim();
    if (t) passages.push({ ordinal: passages.length, ...(heading ? { heading } : {}), text: t });
  };
  // The letter's own number and symbol: "ký hiệu công văn" is answered from the header.
  if (meta.numberLine) add(PART_LABELS.number, meta.numberLine);
  if (header.addressees.length) add(PART_LABELS.addressees, header.addressees.join("\n"));
  for (const d of merged) add(d.heading, d.text);
  if (tail.recipients.length) add(PART_LABELS.recipients, tail.recipients.join("\n"));
  if (tail.signature.length) add(PART_LABELS.signature, tail.signature.join("\n"));
  for (const [id, note] of footnotes) {
    const ref = noteRefs.get(id)?.replace(/^[-–—•+*]\s*/, "").slice(0, 160);
    add(ref || PART_LABELS.footnote, note);
  }

  if (header.issuerLines.length) meta.issuer = recoverCase(header.issuerLines.join(" "), text);
  if (!meta.subject) {
    const first = lines.find((l) => l.level !== undefined);
    if (first) meta.firstHeading = first.text;
  }
  return { meta, passages };
}
