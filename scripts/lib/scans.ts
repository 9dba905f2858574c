// Scans made for tests, the OCR evaluation and the benchmark: a letter's text drawn onto page images (DejaVu Serif has every
// Vietnamese glyph), wrapped into a PDF with no text layer; and a phone-photo-like picture of a
// page (rotated, blurred, unevenly lit, JPEG).
import fs from "node:fs";
import { createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import { PDFDocument } from "pdf-lib";

const FONT_FILES = ["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/dejavu/DejaVuSerif.ttf"];
const FAMILY = "ScanSerif";
let fontReady = false;

function useFont(): void {
  if (fontReady) return;
  const file = FONT_FILES.find((f) => fs.existsSync(f));
  // .ci/run installs fonts-dejavu-core when it is missing.
  if (!file) throw new Error("DejaVu Serif not found: install the Debian package fonts-dejavu-core");
  GlobalFonts.registerFromPath(file, FAMILY);
  fontReady = true;
}

export interface PageStyle {
  /** Pixels per inch of the page image (A4 = 8.27 × 11.69 in). */
  dpi: number;
  /** Font size in points. */
  pt: number;
}

export const SCAN_STYLE: PageStyle = { dpi: 150, pt: 12 };

/** Wraps the letter's lines to the page width; a blank source line adds a small gap. */
function layout(ctx: SKRSContext2D, text: string, width: number): { text: string; gapBefore: boolean }[] {
  const out: { text: string; gapBefore: boolean }[] = [];
  let gap = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (!line) {
      gap = true;
      continue;
    }
    let cur = "";
    for (const word of line.split(" ")) {
      const next = cur ? `${cur} ${word}` : word;
      if (cur && ctx.measureText(next).width > width) {
        out.push({ text: cur, gapBefore: gap });
        gap = false;
        cur = word;
      } else cur = next;
    }
    if (cur) out.push({ text: cur, gapBefore: gap });
    gap = false;
  }
  return out;
}

/** The letter drawn on A4 pages: one PNG per page. */
export function renderPages(text: string, style: PageStyle = SCAN_STYLE, maxPages = Infinity): Buffer[] {
  useFont();
  const w = Math.round(8.27 * style.dpi);
  const h = Math.round(11.69 * style.dpi);
  const px = (style.pt * style.dpi) / 72;
  const margin = Math.round(0.8 * style.dpi);
  const probe = createCanvas(w, h).getContext("2d");
  probe.font = `${px}px ${FAMILY}`;
  const lines = layout(probe, text, w - 2 * margin);
  const pages: Buffer[] = [];
  let i = 0;
  while (i < lines.length && pages.length < maxPages) {
    const canvas = createCanvas(w, h);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = "#111111";
    ctx.font = `${px}px ${FAMILY}`;
    let y = margin + px;
    for (; i < lines.length; i++) {
      const step = px * 1.45 + (lines[i]!.gapBefore ? px * 0.5 : 0);
      if (y + step > h - margin) break;
      y += step;
      ctx.fillText(lines[i]!.text, margin, y);
    }
    pages.push(canvas.toBuffer("image/png"));
  }
  return pages;
}

/** Page images in a PDF with no text layer, each page A4 with the image filling it. */
export async function imageOnlyPdf(pages: Buffer[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (const png of pages) {
    const img = await pdf.embedPng(png);
    const page = pdf.addPage([595.28, 841.89]);
    page.drawImage(img, { x: 0, y: 0, width: 595.28, height: 841.89 });
  }
  return Buffer.from(await pdf.save());
}

/** A phone photo of a page: turned 2°, slightly blurred, lit from one corner, JPEG-compressed. */
export async function phonePhoto(pagePng: Buffer): Promise<Buffer> {
  const { loadImage } = await import("@napi-rs/canvas");
  const page = await loadImage(pagePng);
  const w = page.width;
  const h = page.height;
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#6b6b6b"; // the desk around the sheet
  ctx.fillRect(0, 0, w, h);
  ctx.save();
  ctx.translate(w / 2, h / 2);
  ctx.rotate((2 * Math.PI) / 180);
  ctx.scale(0.94, 0.94);
  ctx.filter = "blur(1px)";
  ctx.drawImage(page, -w / 2, -h / 2);
  ctx.restore();
  // Uneven light: darker towards the lower right, as under a desk lamp.
  const light = ctx.createLinearGradient(0, 0, w, h);
  light.addColorStop(0, "rgba(255,250,235,0)");
  light.addColorStop(1, "rgba(40,30,10,0.45)");
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, w, h);
  return canvas.toBuffer("image/jpeg", 80);
}
