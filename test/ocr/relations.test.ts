// Letters that amend others: the relation is read from the newer letter (or set by an admin),
// answers prefer the newer letter, an answer from the older one says it was amended and by
// which, and /kb shows the relations.
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createOutbox } from "../../src/bot/outbox.js";
import { createApp } from "../../src/app.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { findRelations } from "../../src/kb/relations.js";
import { Conversation, createHarness, tempDocsDir } from "../helpers/harness.js";
import { imageOnlyPdf, renderPages } from "../../scripts/lib/scans.js";
import { GUIDANCE } from "../kb/helpers.js";
import { CORRECTION, MAINTENANCE } from "./letters.js";

async function setup(files: Record<string, string>) {
  const dir = tempDocsDir();
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  const h = await createHarness({ ADMIN_IDS: "telegram:admin" });
  const kb = await loadKnowledgeBase({ store: h.store, docsDir: dir, faqFile: null });
  const app = createApp(h.deps, { kb, outbox: createOutbox(h.store, h.clock) });
  return { h, kb, dir, admin: new Conversation(app.router, { userId: "admin" }), officer: new Conversation(app.router, { userId: "u2" }) };
}

describe("reading relations from a letter", () => {
  it("takes what a letter says of itself, not what it cites about others", async () => {
    expect(findRelations("Đính chính Công văn số 15/BTN-KT ngày 10/03/2026 về lịch bảo trì", "", "18/BTN-KT")).toEqual([
      { kind: "correct", toNumber: "15/BTN-KT" },
    ]);
    expect(findRelations(undefined, "Quyết định này thay thế Quyết định số 12/QĐ-UBND. Nội dung tại Công văn số 140/BVHTTDL-CĐSVHTTDL được sửa đổi như sau.")).toEqual([
      { kind: "replace", toNumber: "12/QĐ-UBND" },
      { kind: "amend", toNumber: "140/BVHTTDL-CĐSVHTTDL" },
    ]);
    // "Căn cứ … Công văn số 6247/BKHCN-CĐSQG … đính chính Công văn số 5721/BKHCN-CĐSQG" is about two other letters.
    const kientruc = await fs.readFile(path.join(GUIDANCE, "bkhcn-huong-dan-trien-khai-kien-truc.txt"), "utf8");
    expect(kientruc).toMatch(/6247\/BKHCN-CĐSQG ngày 03\/11\/2025 đính chính/);
    expect(findRelations(undefined, kientruc)).toEqual([]);
  });
});

describe("a letter that corrects another", () => {
  it("is preferred in answers; the older letter, when cited, carries the note; /kb shows both ends", async () => {
    const { admin, officer, kb } = await setup({ "lich-bao-tri.txt": MAINTENANCE, "dinh-chinh-bao-tri.txt": CORRECTION });
    expect(kb.listRelations()).toEqual([{ fromSlug: "dinh-chinh-bao-tri", kind: "correct", toNumber: "15/BTN-KT", toSlug: "lich-bao-tri", source: "text" }]);

    const when = kb.answer("Hệ thống tạm dừng để bảo trì từ khi nào?");
    expect(when.sources[0]!.doc).toBe("dinh-chinh-bao-tri");
    expect(when.answer).toContain("21/03/2026");
    expect(when.amendedBy).toBeUndefined();

    const [phone] = await officer.say("Số điện thoại tổ trực kỹ thuật khi bảo trì là gì?");
    expect(phone!.text).toContain("0915.001788");
    expect(phone!.text).toMatch(/Nguồn: .*số 15\/BTN-KT/);
    expect(phone!.text).toMatch(/⚠️ Lưu ý: văn bản này đã được đính chính bởi .*\(số 18\/BTN-KT, ngày 12\/03\/2026\)/);

    const [list] = await admin.say("/kb");
    expect(list!.text).toContain("↳ đính chính 15/BTN-KT (lich-bao-tri)");
    expect(list!.text).toContain("↳ đã được đính chính bởi dinh-chinh-bao-tri");
  });

  it("is read the same way from a scanned correction", async () => {
    const dir = tempDocsDir();
    await fs.writeFile(path.join(dir, "lich-bao-tri.txt"), MAINTENANCE);
    await fs.writeFile(path.join(dir, "dinh-chinh-scan.pdf"), await imageOnlyPdf(renderPages(CORRECTION)));
    const kb = await loadKnowledgeBase({ docsDir: dir, faqFile: null });
    expect(kb.listRelations()).toEqual([{ fromSlug: "dinh-chinh-scan", kind: "correct", toNumber: "15/BTN-KT", toSlug: "lich-bao-tri", source: "text" }]);
    const when = kb.answer("Hệ thống tạm dừng để bảo trì từ khi nào?");
    expect(when.sources[0]!.doc).toBe("dinh-chinh-scan");
    expect(when.answer).toContain("21/03/2026");
    const phone = kb.answer("Số điện thoại tổ trực kỹ thuật khi bảo trì là gì?");
    expect(phone.sources[0]!.doc).toBe("lich-bao-tri");
    expect(phone.amendedBy).toEqual([{ kind: "correct", by: expect.objectContaining({ number: "18/BTN-KT" }), slug: "dinh-chinh-scan" }]);
  }, 120_000);

  it("can be set by an admin, is kept across a restart, and then wins the same way", async () => {
    const older = MAINTENANCE.replace("V/v Lịch bảo trì", "V/v Lịch bảo trì");
    const newer = MAINTENANCE.replace("Số: 15/BTN-KT", "Số: 21/BTN-KT").replace("14/03/2026", "28/03/2026").replace("15/03/2026", "29/03/2026");
    const { admin, kb, h, dir } = await setup({ "bao-tri-cu.txt": older, "bao-tri-moi.txt": newer });
    expect(kb.listRelations()).toEqual([]);
    expect((await admin.say("/kb_quanhe bao-tri-moi"))[0]!.text).toMatch(/Cách dùng: \/kb_quanhe/);
    expect((await admin.say("/kb_quanhe khong-co thay the bao-tri-cu"))[0]!.text).toMatch(/Không có văn bản “khong-co”/);
    const [saved] = await admin.say("/kb_quanhe bao-tri-moi thay thế bao-tri-cu");
    expect(saved!.text).toMatch(/Đã ghi: “bao-tri-moi” thay thế bao-tri-cu\. Từ nay câu trả lời ưu tiên văn bản mới/);
    expect(kb.answer("Hệ thống tạm dừng để bảo trì từ khi nào?").sources[0]!.doc).toBe("bao-tri-moi");

    const again = await loadKnowledgeBase({ store: h.store, docsDir: dir, faqFile: null });
    expect(again.listRelations()).toEqual([{ fromSlug: "bao-tri-moi", kind: "replace", toNumber: "bao-tri-cu", toSlug: "bao-tri-cu", source: "admin" }]);
    const a = again.answer("Hệ thống tạm dừng để bảo trì từ khi nào?");
    expect(a.sources[0]!.doc).toBe("bao-tri-moi");
    expect(a.answer).toContain("28/03/2026");
  });
});
