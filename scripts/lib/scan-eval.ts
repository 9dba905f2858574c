// The OCR evaluation the issue asks for: the guidance letters drawn onto page images and wrapped
// in PDFs with no text layer, then the question set asked through `npm run ask -- --json --docs`.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { isHit, type EvalItem } from "../../src/kb/eval.js";
import { imageOnlyPdf, renderPages } from "./scans.js";

const run = promisify(execFile);

export interface ScanFolder {
  dir: string;
  pages: number;
}

/** One image-only PDF per letter (same slug as the .txt), in a new temporary folder. */
export async function buildScanFolder(guidance: string, slugs: string[]): Promise<ScanFolder> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kb-scans-"));
  let pages = 0;
  for (const slug of slugs) {
    const images = renderPages(await fs.readFile(path.join(guidance, `${slug}.txt`), "utf8"));
    pages += images.length;
    await fs.writeFile(path.join(dir, `${slug}.pdf`), await imageOnlyPdf(images));
  }
  return { dir, pages };
}

export interface AskAnswer {
  q: string;
  answered: boolean;
  answer: string;
  sources: { doc: string; text: string }[];
}

/** `npm run --silent ask -- --json --docs DIR --batch FILE`, one JSON answer per question. */
export async function askCli(root: string, docs: string, questions: string[], timeoutMs: number): Promise<AskAnswer[]> {
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "kb-q-")), "questions.txt");
  await fs.writeFile(file, questions.join("\n") + "\n");
  const { stdout } = await run("npm", ["run", "--silent", "ask", "--", "--json", "--docs", docs, "--batch", file], {
    cwd: root,
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as AskAnswer);
}

export interface ScanScore {
  inScope: number;
  hit1: number;
  hit3: number;
  outOfScope: number;
  outOfScopeDeclined: number;
  misses: string[];
}

export function score(items: EvalItem[], answers: AskAnswer[]): ScanScore {
  let hit1 = 0;
  let hit3 = 0;
  let declined = 0;
  const misses: string[] = [];
  items.forEach((item, i) => {
    const a = answers[i]!;
    if (item.doc === null) {
      if (!a.answered) declined++;
      else misses.push(`${item.id} answered out of scope`);
      return;
    }
    const rank = a.sources.slice(0, 10).findIndex((s) => isHit(item, s)) + 1;
    if (rank === 1) hit1++;
    if (rank >= 1 && rank <= 3) hit3++;
    if (rank !== 1) misses.push(`${item.id} rank ${rank || "-"}`);
  });
  const inScope = items.filter((i) => i.doc !== null).length;
  const outOfScope = items.length - inScope;
  return {
    inScope,
    hit1: inScope ? hit1 / inScope : 0,
    hit3: inScope ? hit3 / inScope : 0,
    outOfScope,
    outOfScopeDeclined: outOfScope ? declined / outOfScope : 0,
    misses,
  };
}
