// File bytes → lines of text in one light, markdown-like form the letter parser understands:
// "# heading", "1. point", "- item", "[^1]" footnote references and "[^1]: text" definitions.
import mammoth from "mammoth";
import { nfc } from "./normalize.js";

export type SourceFormat = "txt" | "md" | "docx" | "pdf";

export interface ExtractedText {
  text: string;
  /**
   * Line breaks may come from page layout (plain text and PDF): a line that fills the width and
   * does not end a sentence continues on the next line even across a blank line. In Markdown and
   * Word a paragraph is a paragraph.
   */
  layoutBreaks: boolean;
}

export function formatOf(fileName: string): SourceFormat | undefined {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "txt" || ext === "md" || ext === "docx" || ext === "pdf") return ext;
  if (ext === "markdown") return "md";
  return undefined;
}

/** Throws on bytes that are not what the format says; the caller maps that to "unreadable". */
export async function extractText(format: SourceFormat, data: Buffer): Promise<ExtractedText> {
  switch (format) {
    case "txt":
      return { text: decodeText(data), layoutBreaks: true };
    case "md":
      return { text: decodeText(data), layoutBreaks: false };
    case "docx":
      return { text: htmlToLines((await mammoth.convertToHtml({ buffer: data })).value), layoutBreaks: false };
    case "pdf":
      return { text: await pdfToLines(data), layoutBreaks: true };
  }
}

function decodeText(data: Buffer): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return nfc(new TextDecoder("utf-16le").decode(data));
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return nfc(new TextDecoder("utf-16be").decode(data));
  // fatal: a file in a legacy code page (TCVN3, Windows-1258) is refused rather than turned into mojibake.
  const text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  if (text.includes("\u0000")) throw new Error("binary content");
  return nfc(text);
}

// ---------------------------------------------------------------------------------------------
// Word: mammoth gives simple, regular HTML (no attributes but ids and hrefs), so a tag scanner is
// enough and keeps headings, list numbering and footnotes that raw-text extraction would lose.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function htmlToLines(html: string): string {
  // Footnote and endnote references become "[^n]"; the back-links inside the notes go.
  html = html
    .replace(/<sup>\s*<a href="#(?:foot|end)note-(\d+)"[^>]*>[^<]*<\/a>\s*<\/sup>/g, "[^$1]")
    .replace(/<a href="#(?:foot|end)note-ref-\d+"[^>]*>[^<]*<\/a>/g, "");
  const out: string[] = [];
  let line = "";
  // Open lists: ordered or not, with the running item number.
  const lists: { ordered: boolean; n: number }[] = [];
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text && !/^(\d+\.|-|\[\^\d+\]:)$/.test(text)) out.push(text, "");
    line = "";
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi)) {
    if (m[4] !== undefined) {
      line += decodeEntities(m[4]);
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    const attrs = m[3] ?? "";
    if (/^h[1-6]$/.test(tag)) {
      flush();
      if (!closing) line = "#".repeat(Number(tag[1])) + " ";
    } else if (tag === "p") {
      // A list item's first paragraph continues its marker; later paragraphs stand alone.
      if (closing || !/^(\d+\.|-|\[\^\d+\]:)\s*$/.test(line.trim())) flush();
    } else if (tag === "br" || tag === "tr") {
      line = line.replace(/\s*\|\s*$/, "");
      flush();
    } else if (tag === "ol" || tag === "ul") {
      flush();
      if (!closing) lists.push({ ordered: tag === "ol", n: 0 });
      else lists.pop();
    } else if (tag === "li") {
      flush();
      if (!closing) {
        const note = attrs.match(/id="(?:foot|end)note-(\d+)"/);
        const list = lists[lists.length - 1];
        if (note) line = `[^${note[1]}]: `;
        else if (list) {
          list.n += 1;
          line = list.ordered && lists.length === 1 ? `${list.n}. ` : "- ";
        }
      }
    } else if ((tag === "td" || tag === "th") && closing) {
      line += " | ";
    }
  }
  flush();
  return nfc(out.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// PDF: pdfjs gives positioned text runs; rebuild visual lines, mark paragraph gaps with a blank
// line, drop page numbers, and turn small text at the foot of a page into footnote definitions.

interface Run {
  str: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

interface VisualLine {
  runs: Run[];
  y: number;
  size: number;
  pageHeight: number;
}

async function pdfToLines(data: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // verbosity 0: pdfjs would otherwise print font warnings on stdout.
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  const pdf = await task.promise;
  try {
    const pages: VisualLine[][] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const height = page.view[3] ?? 842;
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.length === 0) continue;
        const t = item.transform as number[];
        runs.push({ str: item.str, x: t[4]!, y: t[5]!, size: Math.hypot(t[2]!, t[3]!) || item.height, width: item.width });
      }
      pages.push(groupLines(runs, height));
      page.cleanup();
    }
    return layoutToText(pages);
  } finally {
    await pdf.destroy();
  }
}

function groupLines(runs: Run[], pageHeight: number): VisualLine[] {
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: VisualLine[] = [];
  for (const run of runs) {
    const last = lines[lines.length - 1];
    // Superscripts sit a little above the baseline: same line within half the larger font size.
    if (last && Math.abs(last.y - run.y) <= Math.max(2, 0.5 * Math.max(last.size, run.size))) {
      last.runs.push(run);
      last.size = Math.max(last.size, run.size);
    } else {
      lines.push({ runs: [run], y: run.y, size: run.size, pageHeight });
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

function lineText(line: VisualLine, footnote: boolean): string {
  let text = "";
  let prevEnd: number | undefined;
  line.runs.forEach((run, i) => {
    const small = run.size <= 0.75 * line.size && /^\d{1,2}$/.test(run.str.trim());
    let piece = run.str;
    if (small) piece = footnote && i === 0 ? `[^${run.str.trim()}]: ` : `[^${run.str.trim()}]`;
    if (prevEnd !== undefined && run.x - prevEnd > 0.2 * run.size && !text.endsWith(" ") && !piece.startsWith(" ")) {
      if (!small) text += " ";
    }
    text += piece;
    prevEnd = run.x + run.width;
  });
  return text.replace(/\s+/g, " ").trim();
}

function layoutToText(pages: VisualLine[][]): string {
  const sizes = pages.flat().flatMap((l) => l.runs.map((r) => r.size));
  sizes.sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const out: string[] = [];
  const notes: string[] = [];
  for (const lines of pages) {
    let prevY: number | undefined;
    for (const line of lines) {
      const text = lineText(line, false);
      const edge = line.y > 0.92 * line.pageHeight || line.y < 0.08 * line.pageHeight;
      if (edge && /^[-–\s]*\d{1,3}[-–\s]*$/.test(text)) continue; // page number
      const footnote = line.size <= 0.85 * body && line.y < 0.3 * line.pageHeight;
      if (footnote) {
        const noteText = lineText(line, true);
        const m = noteText.match(/^(?:\[\^(\d+)\]:|(\d{1,2})\s)\s*(.*)$/);
        if (m) notes.push(`[^${m[1] ?? m[2]}]: ${m[3]}`);
        else if (notes.length > 0) notes[notes.length - 1] += " " + noteText;
        else notes.push(noteText);
        continue;
      }
      if (prevY !== undefined && prevY - line.y > 1.6 * Math.max(line.size, body)) out.push("");
      out.push(text);
      prevY = line.y;
    }
    out.push("");
  }
  if (notes.length) out.push("", ...notes);
  return nfc(out.join("\n"));
}
