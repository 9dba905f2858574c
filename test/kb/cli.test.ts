// The command-line contract graders rely on: exactly one JSON object per question on stdout.
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { GUIDANCE, ROOT, tempDir } from "./helpers.js";

const run = promisify(execFile);
const ask = (...args: string[]) => run("npx", ["tsx", "scripts/ask.ts", ...args], { cwd: ROOT, timeout: 30_000 });

describe("npm run ask", () => {
  it("prints one JSON object with the contract's fields, best source first", async () => {
    const { stdout } = await ask("--json", "--docs", GUIDANCE, "han gui danh sach can bo dau moi");
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]!);
    expect(Object.keys(a)).toEqual(["q", "answered", "confidence", "answer", "sources"]);
    expect(a).toMatchObject({ q: "han gui danh sach can bo dau moi", answered: true });
    expect(a.answer).toContain("16/01/2026");
    expect(Object.keys(a.sources[0])).toEqual(["doc", "title", "text", "score"]);
    expect(a.sources[0].doc).toBe("bvhttdl-ke-hoach-tap-huan");
  });

  it("answers a batch file line by line, in order", async () => {
    const file = path.join(await tempDir(), "questions.txt");
    await fs.writeFile(file, "Giá vàng SJC hôm nay bao nhiêu?\nKhi nào bắt đầu tập huấn cho cán bộ cấp xã?\n\n");
    const { stdout } = await ask("--json", "--docs", GUIDANCE, "--batch", file);
    const answers = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.q, a.answered])).toEqual([
      ["Giá vàng SJC hôm nay bao nhiêu?", false],
      ["Khi nào bắt đầu tập huấn cho cán bộ cấp xã?", true],
    ]);
    expect(answers[1].answer).toContain("19/01/2026");
  });
});
