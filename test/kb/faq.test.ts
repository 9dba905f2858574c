// The built-in FAQ: answers in the project's own words, citing the letter, preferred over raw
// passages when it matches well; and FAQ entries promoted later.
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase, DEFAULT_FAQ_FILE } from "../../src/kb/knowledge-base.js";
import { syllables } from "../../src/kb/normalize.js";
import { GUIDANCE, tempDir } from "./helpers.js";
import { kb as kbText } from "../../src/messages/kb.js";

const faq = JSON.parse(await fs.readFile(DEFAULT_FAQ_FILE, "utf8")) as {
  entries: { id: string; answer: string; doc: string; questions: string[] }[];
};

describe("built-in FAQ", () => {
  it("answers with no letters loaded at all, citing the letter", async () => {
    const kb = await loadKnowledgeBase({ docsDir: await tempDir() });
    const a = kb.answer("khi nao bat dau tap huan?");
    expect(a.answered).toBe(true);
    expect(a.faqKey).toBe("builtin:ngay-bat-dau-tap-huan");
    expect(a.answer).toContain("19/01/2026");
    expect(a.sources[0]!.doc).toBe("bvhttdl-ke-hoach-tap-huan");
    expect(kbText.source(a.sources[0]!)).toContain("140/BVHTTDL-CĐSVHTTDL");
    expect(kb.answer("Giá vàng hôm nay?").answered).toBe(false);
  });

  it("wins over a raw passage, and shows the letter's passage next to it", async () => {
    const kb = await loadKnowledgeBase({ docsDir: GUIDANCE });
    const a = kb.answer("Hạn gửi danh sách cán bộ đầu mối là ngày nào?");
    expect(a.faqKey).toBe("builtin:han-danh-sach-dau-moi");
    expect(a.answer).toBe(faq.entries.find((e) => e.id === "han-danh-sach-dau-moi")!.answer);
    expect(a.sources[0]!.doc).toBe("bvhttdl-ke-hoach-tap-huan");
    expect(a.sources[0]!.text).toContain("trước ngày 16/01/2026");
  });

  it("cites only letters that exist, and does not copy their wording", async () => {
    const letters = new Map<string, string[]>();
    for (const f of (await fs.readdir(GUIDANCE)).filter((f) => f.endsWith(".txt"))) {
      letters.set(f.replace(/\.txt$/, ""), syllables(await fs.readFile(path.join(GUIDANCE, f), "utf8")));
    }
    // Names of offices and platforms must be quoted as they are, but the wording around them is
    // the project's: at most half of an answer's 4-syllable sequences may appear in its letter.
    const grams = (w: string[]) => w.slice(0, Math.max(0, w.length - 3)).map((_, i) => w.slice(i, i + 4).join(" "));
    for (const e of faq.entries) {
      expect(letters.has(e.doc), e.id).toBe(true);
      const inLetter = new Set(grams(letters.get(e.doc)!));
      const own = grams(syllables(e.answer));
      const shared = own.filter((g) => inLetter.has(g)).length / own.length;
      expect(shared, e.id).toBeLessThanOrEqual(0.5);
    }
  });
});
