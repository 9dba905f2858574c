// Vietnamese OCR with tesseract.js. The language data comes from the @tesseract.js-data/vie
// package installed from the npm registry (LSTM "best_int" model, gzipped): nothing is downloaded
// and nothing is cached to disk. Runs inside the extraction worker (see extract-worker.ts).
import { createRequire } from "node:module";
import path from "node:path";
import { createWorker, OEM, type Worker } from "tesseract.js";
import { cleanOcrLine } from "./ocr-text.js";

const require = createRequire(import.meta.url);

export interface OcrLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Height of the text row in pixels (stands for the font size). */
  rowHeight: number;
}

export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
  /** Mean word confidence (0–100), weighted by word length. */
  confidence: number;
  /** Characters recognised: the weight of this page in a document's confidence. */
  chars: number;
}

export interface OcrEngine {
  recognize(image: Buffer, size: { width: number; height: number }): Promise<OcrPage>;
  close(): Promise<void>;
}

/** Folder of vie.traineddata.gz from the npm package (LSTM-only model for OEM.LSTM_ONLY). */
export function vieLangPath(): string {
  const pkg = require("@tesseract.js-data/vie") as { langPath: string; gzip: boolean };
  return path.join(path.dirname(pkg.langPath), "4.0.0_best_int");
}

export async function createOcrEngine(): Promise<OcrEngine> {
  const worker: Worker = await createWorker("vie", OEM.LSTM_ONLY, {
    langPath: vieLangPath(),
    gzip: true,
    // "none": read the local file every time, write no cache file into the working directory.
    cacheMethod: "none",
    logger: () => undefined,
    errorHandler: () => undefined,
  });
  // Keep spaces between words as printed; dates and numbers keep their own spacing.
  await worker.setParameters({ preserve_interword_spaces: "1" });
  return {
    async recognize(image, size) {
      const { data } = await worker.recognize(image, { rotateAuto: true }, { text: false, blocks: true });
      const lines: OcrLine[] = [];
      let weighted = 0;
      let chars = 0;
      for (const block of data.blocks ?? []) {
        for (const para of block.paragraphs) {
          for (const line of para.lines) {
            const text = cleanOcrLine(line.text);
            if (!text) continue;
            for (const w of line.words) {
              const n = w.text.trim().length;
              weighted += w.confidence * n;
              chars += n;
            }
            const { x0, y0, x1, y1 } = line.bbox;
            lines.push({ text, x0, y0, x1, y1, rowHeight: line.rowAttributes?.rowHeight || y1 - y0 });
          }
        }
      }
      return { width: size.width, height: size.height, lines, confidence: chars ? weighted / chars : 0, chars };
    },
    async close() {
      await worker.terminate();
    },
  };
}
