// OCR throughput on this machine: guidance letters drawn onto A4 page images at 150 dpi, wrapped
// in an image-only PDF and read by the extraction worker (render + Vietnamese OCR + clean-up),
// while the main thread keeps answering questions (their p95 shows the chats are not stalled).
import fs from "node:fs/promises";
import path from "node:path";
import { ingestBuffer } from "../../src/kb/ingest.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { imageOnlyPdf, renderPages, SCAN_STYLE } from "../../scripts/lib/scans.js";
import { findDocsDir } from "../lib/corpus.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round } from "../lib/stats.js";

const FALLBACK = "1. Hệ thống tạm dừng để bảo trì từ 22 giờ ngày 14/03/2026 đến 6 giờ ngày 15/03/2026.\n".repeat(30);

/** The letters' first `want` pages, drawn no further than needed (drawing a page takes ~0.1 s). */
function letterPages(texts: readonly string[], want: number): Buffer[] {
  const pages: Buffer[] = [];
  for (const t of texts) {
    if (pages.length >= want) break;
    pages.push(...renderPages(t, SCAN_STYLE, want - pages.length));
  }
  return pages;
}

export const ocr: Section = {
  name: "ocr",
  title: "Nhận dạng chữ văn bản scan / OCR of scanned letters",
  labels: {
    pages: "image-only pages read",
    pages_per_minute: "OCR pages per minute (2 cores, render + OCR + clean-up)",
    seconds_per_page: "seconds per page",
    confidence: "mean OCR confidence (%)",
    answer_p95_ms_during_ocr: "question p95 while OCR runs (ms)",
  },
  async run(opts) {
    const dir = findDocsDir(opts.docsDir);
    const texts: string[] = [];
    if (dir) {
      for (const f of (await fs.readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) texts.push(await fs.readFile(path.join(dir, f), "utf8"));
    }
    if (texts.length === 0) texts.push(FALLBACK);
    // Smoke reads one full page as quick does: most of its time is the OCR engine's first
    // recognition (model set-up), and a shorter page would make pages per minute meaningless.
    const want = scaled(opts, { full: 6, quick: 1, smoke: 1 });
    const pdf = await imageOnlyPdf(letterPages(texts, want));
    const kb = await loadKnowledgeBase({ docsDir: dir ?? "/nonexistent", faqFile: null });

    // Warm the worker (thread start, module load) so the figure is OCR, not start-up.
    await ingestBuffer("warm.txt", Buffer.from("Văn bản khởi động luồng đọc.\n"));
    const latencies: number[] = [];
    let done = false;
    const asking = (async () => {
      while (!done) {
        const t0 = performance.now();
        kb.answer("Hạn gửi danh sách cán bộ đầu mối là ngày nào?");
        latencies.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = performance.now();
    const doc = await ingestBuffer("scan.pdf", pdf);
    const seconds = (performance.now() - t0) / 1000;
    done = true;
    await asking;
    const n = doc.ocrPages ?? 0;
    return {
      pages: n,
      pages_per_minute: round((60 * n) / seconds, 2),
      seconds_per_page: round(seconds / Math.max(1, n), 2),
      confidence: round(doc.ocrConfidence ?? 0, 1),
      answer_p95_ms_during_ocr: round(percentile(latencies, 95), 2),
    };
  },
};
