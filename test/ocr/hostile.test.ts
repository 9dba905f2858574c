// Hostile files sent as letters: each is refused with its own Vietnamese explanation, the
// knowledge base (memory and database) stays as it was, and the bot goes on working.
// pg-pass: skip — file parsing limits; its store use is covered by test/kb/store and test/flows/kb-admin on PostgreSQL.
import fs from "node:fs/promises";
import zlib from "node:zlib";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readScheduleFile } from "../../src/flows/reminders/index.js";
import { ingestBuffer } from "../../src/kb/ingest.js";
import { KbIngestError, loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { DEFAULT_LIMITS } from "../../src/kb/limits.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { GUIDANCE, guidanceCopy } from "../kb/helpers.js";
import { kb as kbText } from "../../src/messages/kb.js";
import { freshDatabaseUrl, TEST_STORE_OPTIONS } from "../helpers/test-db.js";
import {
  blankPagesPdf,
  docxLyingZipBomb,
  docxZipBomb,
  renamedExecutable,
  truncatedPdf,
  windowsExecutable,
  xlsxMillionEmptyRows,
  zipOf,
} from "./hostile-files.js";

const QUESTION = "Hạn gửi danh sách cán bộ đầu mối là ngày nào?";

let store: Store;
let kb: KnowledgeBase;

beforeAll(async () => {
  store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
  kb = await loadKnowledgeBase({ store, docsDir: await guidanceCopy(["bvhttdl-ke-hoach-tap-huan.txt"]), faqFile: null });
});
afterAll(async () => {
  await store.$disconnect();
});

async function snapshot() {
  return {
    docs: kb.listDocuments(),
    rows: await store.document.count(),
    passages: await store.passage.count(),
    answer: kb.answer(QUESTION),
  };
}

async function refused(name: string, data: Buffer): Promise<KbIngestError> {
  const before = await snapshot();
  const err = await kb.ingestFile(name, data).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(KbIngestError);
  expect(kbText.ingestError((err as KbIngestError))).toContain(name);
  expect(await snapshot()).toEqual(before);
  return err as KbIngestError;
}

describe("hostile files", () => {
  it("a .docx that unpacks to 1.1 GB is refused from its directory, unopened", async () => {
    const bomb = docxZipBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const err = await refused("cong-van.docx", bomb);
    expect(err.code).toBe("unpacked_too_large");
    expect(kbText.ingestError(err)).toMatch(/khi giải nén vượt quá 100 MB/);
  });

  it("a .docx that understates its unpacked size is caught while inflating", async () => {
    const err = await refused("cong-van-2.docx", docxLyingZipBomb());
    expect(err.code).toBe("unpacked_too_large");
  });

  it("a truncated PDF is named as such", async () => {
    const err = await refused("ke-hoach.pdf", await truncatedPdf());
    expect(err.code).toBe("truncated");
    expect(kbText.ingestError(err)).toMatch(/thiếu phần cuối/);
  });

  it("a PDF of 500 blank pages is refused by its page count", async () => {
    const err = await refused("500-trang.pdf", await blankPagesPdf(500));
    expect(err.code).toBe("too_many_pages");
    expect(kbText.ingestError(err)).toMatch(/có 500 trang, vượt giới hạn 60 trang/);
  });

  it("a program renamed as a letter is never opened", async () => {
    const elf = await refused("huong-dan.pdf", await renamedExecutable());
    expect(elf.code).toBe("executable");
    expect(kbText.ingestError(elf)).toMatch(/chương trình máy tính/);
    expect((await refused("huong-dan.docx", windowsExecutable())).code).toBe("executable");
    expect((await refused("anh-chup.jpg", windowsExecutable())).code).toBe("executable");
  });

  it("an image that declares an enormous bitmap is refused before it is decoded", async () => {
    // A real PNG signature and header claiming 60 000 × 60 000 pixels (3.6 gigapixels), then nothing.
    const png = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png, 0);
    png.writeUInt32BE(13, 8);
    png.write("IHDR", 12, "latin1");
    png.writeUInt32BE(60_000, 16);
    png.writeUInt32BE(60_000, 20);
    const err = await refused("anh-chup.png", png);
    expect(err.code).toBe("image_too_large");
    expect(kbText.ingestError(err)).toMatch(/3600 megapixel, tối đa 40/);
  });

  it("a file whose bytes are another format is refused as such", async () => {
    const err = await refused("van-ban.docx", await blankPagesPdf(1));
    expect(err.code).toBe("wrong_type");
    expect(kbText.ingestError(err)).toMatch(/thực chất là tệp PDF/);
  });

  it("an .xlsx schedule with a million empty rows is refused before it is unpacked into rows", async () => {
    const xlsx = xlsxMillionEmptyRows();
    const started = Date.now();
    const read = await readScheduleFile(xlsx, "lich-tap-huan.xlsx");
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.message).toMatch(/quá nhiều dòng|giải nén lớn bất thường/);
    // Refused by the preflight, not after exceljs built a million rows.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("after all of that the bot still reads a good letter and answers from it", async () => {
    const added = await kb.ingestFile("tang-cuong.txt", await fs.readFile(path.join(GUIDANCE, "bkhcn-tang-cuong-tap-huan.txt")));
    expect(added.passages).toBeGreaterThan(3);
    expect(kb.answer(QUESTION).answered).toBe(true);
    await kb.removeDocument("tang-cuong");
  });
});

describe("caps of the extraction worker", () => {
  it("a file that takes longer than the time cap is stopped, and the next file is read", async () => {
    const data = await fs.readFile(path.join(GUIDANCE, "ubnd-tphcm-trien-khai-kien-truc.txt"));
    const err = await ingestBuffer("cham.txt", data, undefined, { limits: { ...DEFAULT_LIMITS, timeoutMs: 1 } }).catch((e: unknown) => e);
    expect((err as KbIngestError).code).toBe("timeout");
    expect(kbText.ingestError((err as KbIngestError))).toMatch(/quá \d+ phút/);
    const ok = await ingestBuffer("nhanh.txt", data, undefined, { limits: { ...DEFAULT_LIMITS, timeoutMs: 60_000 } });
    expect(ok.passages.length).toBeGreaterThan(3);
  });

  it("a .docx whose body alone unpacks to 40 MB is refused before the Word parser holds it", async () => {
    // Under the 100 MB total, over the per-part cap that keeps the parser far from the heap cap.
    const body = "<w:p><w:r><w:t>Đoạn văn bản thử nghiệm bộ nhớ</w:t></w:r></w:p>".repeat(700_000);
    const xml = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
    const docx = zipOf([
      { name: "[Content_Types].xml", deflated: zlib.deflateRawSync(types), declaredSize: types.length, crc: zlib.crc32(types) },
      { name: "word/document.xml", deflated: zlib.deflateRawSync(xml), declaredSize: xml.length, crc: zlib.crc32(xml) },
    ]);
    const err = await ingestBuffer("nang.docx", docx).catch((e: unknown) => e);
    expect((err as KbIngestError).code).toBe("unpacked_too_large");
  });
});
