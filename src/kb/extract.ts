// File bytes → lines of text in one light, markdown-like form the letter parser understands:
// "# heading", "1. point", "- item", "[^1]" footnote references and "[^1]: text" definitions.
// Runs inside the extraction worker (extract-worker.ts), never on the message path. Scanned PDF
// pages and photos go through OCR (ocr.ts) and come out as the same visual lines as a text PDF.
import { ExtractError } from "./extract-errors.js";
import type { ExtractLimits } from "./limits.js";
import { nfc } from "./normalize.js";
import type { OcrEngine, OcrPage } from "./ocr.js";
import { imageSize } from "./sniff.js";

export type SourceFormat = "txt" | "md" | "docx" | "pdf" | "png" | "jpeg";

export interface OcrStats {
  /** Pages (or images) read by OCR. */
  pages: number;
  /** Mean confidence over those pages (0–100), weighted by characters recognised. */
  confidence: number;
}

export interface ExtractedText {
  text: string;
  /**
   * Line breaks may come from page layout (plain text and PDF): a line that fills the width and
   * does not end a sentence continues on the next line even across a blank line. In Markdown and
   * Word a paragraph is a paragraph.
   */
  layoutBreaks: boolean;
  ocr?: OcrStats;
}

export interface ExtractOptions {
  limits: ExtractLimits;
  /** Called before each page is sent to OCR (1-based page, total pages of the file). */
  onProgress?: (page: number, pages: number) => void;
  /** Opens the OCR engine the first time a page needs it. */
  ocr: () => Promise<OcrEngine>;
}

export function formatOf(fileName: string): SourceFormat | undefined {
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "txt" || ext === "md" || ext === "docx" || ext === "pdf" || ext === "png") return ext;
  if (ext === "markdown") return "md";
  if (ext === "jpg" || ext === "jpeg") return "jpeg";
  return undefined;
}

/** Throws ExtractError, or anything else on bytes that are not what the format says ("unreadable"). */
export async function extractText(format: SourceFormat, data: Buffer, opts: ExtractOptions): Promise<ExtractedText> {
  switch (format) {
    case "txt":
      return { text: decodeText(data), layoutBreaks: true };
    case "md":
      return { text: decodeText(data), layoutBreaks: false };
    case "docx": {
      // Loaded on first use, like pdfjs: the main thread imports this module for formatOf alone.
      const { default: mammoth } = await import("mammoth");
      return { text: htmlToLines((await mammoth.convertToHtml({ buffer: data })).value), layoutBreaks: false };
    }
    case "pdf":
      return pdfToLines(data, opts);
    case "png":
    case "jpeg":
      return imageToLines(data, opts);
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

/** A page with fewer letters than this in its text layer is treated as a scan. */
const MIN_TEXT_LAYER_LETTERS = 20;
/** Scans are rendered for OCR at their own image's resolution, within these bounds (dpi). */
const OCR_DPI = { min: 150, max: 300, fallback: 200 };
/** Rendered pages are capped at this many pixels on the long side (memory, OCR time). */
const MAX_RENDER_PX = 3000;
/**
 * Images are refused above this many pixels before they are decoded: a small file can declare an
 * enormous bitmap, and decoders allocate it outside the worker's heap cap. A4 at 600 dpi is 35 MP.
 */
export const MAX_IMAGE_MEGAPIXELS = 40;

async function pdfToLines(data: Buffer, opts: ExtractOptions): Promise<ExtractedText> {
  // %%EOF sits in the last bytes of every complete PDF: a file made of PDF objects without it is
  // a cut-off download (pdfjs would silently recover what it can and lose the rest).
  const complete = data.subarray(Math.max(0, data.length - 2048)).includes("%%EOF");
  if (!complete && /\d+\s+\d+\s+obj\b/.test(data.subarray(0, 64 * 1024).toString("latin1"))) throw new ExtractError("truncated");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // verbosity 0: pdfjs would otherwise print font warnings on stdout.
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Embedded images above the cap are skipped rather than decoded (see MAX_IMAGE_MEGAPIXELS).
    maxImageSize: MAX_IMAGE_MEGAPIXELS * 1_000_000,
  });
  const pdf = await task.promise;
  try {
    if (pdf.numPages > opts.limits.maxPages) {
      throw new ExtractError("too_many_pages", { pages: pdf.numPages, maxPages: opts.limits.maxPages });
    }
    const pages: VisualLine[][] = [];
    const ocrPages: OcrPage[] = [];
    let engine: OcrEngine | undefined;
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
      const letters = runs.reduce((n, r) => n + (r.str.match(/\p{L}/gu)?.length ?? 0), 0);
      if (letters >= MIN_TEXT_LAYER_LETTERS) {
        pages.push(groupLines(runs, height));
      } else {
        opts.onProgress?.(p, pdf.numPages);
        const scan = await renderPage(page, pdf);
        if (scan) {
          engine ??= await opts.ocr();
          const read = await engine.recognize(scan.png, scan);
          ocrPages.push(read);
          pages.push(ocrToLines(read, height / scan.height));
        }
      }
      page.cleanup();
    }
    const text = layoutToText(pages);
    return { text, layoutBreaks: true, ...ocrStats(ocrPages) };
  } finally {
    await pdf.destroy();
  }
}

interface RenderedPage {
  png: Buffer;
  width: number;
  height: number;
}

/** Renders a page for OCR; undefined when the page is blank (nothing to read). */
async function renderPage(
  page: Awaited<ReturnType<Awaited<ReturnType<typeof import("pdfjs-dist/legacy/build/pdf.mjs")["getDocument"]>["promise"]>["getPage"]>>,
  pdf: { canvasFactory: unknown },
): Promise<RenderedPage | undefined> {
  const base = page.getViewport({ scale: 1 });
  const dpi = await scanDpi(page, base.width);
  const scale = Math.min(dpi / 72, MAX_RENDER_PX / Math.max(base.width, base.height));
  const viewport = page.getViewport({ scale });
  const factory = pdf.canvasFactory as {
    create(w: number, h: number): { canvas: import("@napi-rs/canvas").Canvas; context: import("@napi-rs/canvas").SKRSContext2D };
  };
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context as never, canvas: canvas as never, viewport }).promise;
  if (isBlank(context.getImageData(0, 0, canvas.width, canvas.height).data)) return undefined;
  return { png: canvas.toBuffer("image/png"), width: canvas.width, height: canvas.height };
}

/**
 * The resolution of the widest image painted on the page: rendering at it gives OCR every pixel
 * the scanner took and no more (upsampling only costs time).
 */
async function scanDpi(page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> }, pageWidthPt: number): Promise<number> {
  const { OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const ops = await page.getOperatorList();
  let widest = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.paintImageXObject) return;
    const w = (ops.argsArray[i] as unknown[])[1];
    if (typeof w === "number" && w > widest) widest = w;
  });
  if (!widest) return OCR_DPI.fallback;
  return Math.max(OCR_DPI.min, Math.min(OCR_DPI.max, (widest / pageWidthPt) * 72));
}

/** True when (almost) no pixel is darker than paper: a blank page needs no OCR. */
function isBlank(rgba: Uint8ClampedArray): boolean {
  let dark = 0;
  const step = 4 * 7; // every 7th pixel is plenty to find ink
  for (let i = 0; i < rgba.length; i += step) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 3 * 128) dark++;
  return dark < (rgba.length / step) * 0.0005;
}

async function imageToLines(data: Buffer, opts: ExtractOptions): Promise<ExtractedText> {
  const declared = imageSize(data);
  if (!declared) throw new ExtractError("unreadable");
  const megapixels = (declared.width * declared.height) / 1_000_000;
  if (megapixels > MAX_IMAGE_MEGAPIXELS) {
    throw new ExtractError("image_too_large", { megapixels: Math.round(megapixels), maxMegapixels: MAX_IMAGE_MEGAPIXELS });
  }
  const { loadImage } = await import("@napi-rs/canvas");
  const image = await loadImage(data);
  const size = { width: image.width, height: image.height };
  if (!size.width || !size.height) throw new ExtractError("unreadable");
  opts.onProgress?.(1, 1);
  const engine = await opts.ocr();
  const read = await engine.recognize(data, size);
  return { text: layoutToText([ocrToLines(read, 1)]), layoutBreaks: true, ...ocrStats([read]) };
}

function ocrStats(pages: OcrPage[]): { ocr?: OcrStats } {
  if (pages.length === 0) return {};
  const chars = pages.reduce((n, p) => n + p.chars, 0);
  const confidence = chars ? pages.reduce((s, p) => s + p.confidence * p.chars, 0) / chars : 0;
  return { ocr: { pages: pages.length, confidence: Math.round(confidence * 10) / 10 } };
}

/**
 * OCR lines as the visual lines a text PDF gives: PDF units (y up from the foot of the page),
 * the row height standing for the font size, so paragraph gaps, page numbers and footnotes are
 * found the same way.
 */
function ocrToLines(read: OcrPage, unit: number): VisualLine[] {
  const pageHeight = read.height * unit;
  // Lines of two columns on one baseline (issuer | national motto) become one visual line.
  const runs = read.lines.map((l) => ({
    str: l.text,
    x: l.x0 * unit,
    y: pageHeight - l.y1 * unit,
    size: Math.max(1, l.rowHeight * unit),
    width: (l.x1 - l.x0) * unit,
  }));
  return groupLines(runs, pageHeight);
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
