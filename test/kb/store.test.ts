// With a database: the docs folder is synced by content hash, uploads and promoted FAQ entries
// persist across restarts, removal is durable, and a refused file leaves the database as it was.
import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { MD_LETTER } from "./fixtures.js";
import { guidanceCopy, tempDir } from "./helpers.js";
import { freshDatabaseUrl, TEST_STORE_OPTIONS } from "../helpers/test-db.js";

const PLAN = "bvhttdl-ke-hoach-tap-huan";
const DEADLINE_Q = "Hạn gửi danh sách cán bộ đầu mối là ngày nào?";

let store: Store;
let dir: string;
beforeAll(async () => {
  store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
  dir = await guidanceCopy([`${PLAN}.txt`, "cds-vhttdl-tich-hop-qlvb.txt"]);
});
afterAll(async () => {
  await store.$disconnect();
});

const passageIds = async (slug: string) =>
  (await store.passage.findMany({ where: { document: { slug } }, select: { id: true } })).map((p) => p.id);

describe("knowledge base with a store", () => {
  it("syncs the docs folder into the database, re-indexing only what changed", async () => {
    const kb = await loadKnowledgeBase({ store, docsDir: dir, faqFile: null });
    expect(await store.document.count()).toBe(2);
    expect(kb.answer(DEADLINE_Q).answer).toContain("16/01/2026");
    const stored = await store.document.findUniqueOrThrow({ where: { slug: PLAN } });
    expect(stored).toMatchObject({ number: "140/BVHTTDL-CĐSVHTTDL", dateText: "12/01/2026", year: 2026 });

    const planIds = await passageIds(PLAN);
    const otherIds = await passageIds("cds-vhttdl-tich-hop-qlvb");
    await loadKnowledgeBase({ store, docsDir: dir, faqFile: null });
    expect(await passageIds(PLAN)).toEqual(planIds); // unchanged file: not re-indexed

    const file = path.join(dir, `${PLAN}.txt`);
    await fs.writeFile(file, (await fs.readFile(file, "utf8")).replace("16/01/2026", "23/01/2026"));
    const kb2 = await loadKnowledgeBase({ store, docsDir: dir, faqFile: null });
    expect(kb2.answer(DEADLINE_Q).answer).toContain("23/01/2026");
    expect(await passageIds(PLAN)).not.toEqual(planIds);
    expect(await passageIds("cds-vhttdl-tich-hop-qlvb")).toEqual(otherIds);
  });

  it("keeps uploads, removals and promoted FAQ entries across restarts", async () => {
    const kb = await loadKnowledgeBase({ store, docsDir: dir, faqFile: null });
    await kb.ingestFile("huong-dan-tai-khoan.md", Buffer.from(MD_LETTER));
    const id = await kb.addFaq({
      question: "Ai cấp tài khoản quản trị cho cán bộ xã?",
      answer: "Trung tâm Chuyển đổi số VHTTDL cấp tài khoản quản trị sau khi nhận danh sách đầu mối.",
      docSlug: PLAN,
      ticketId: 7,
    });
    const promoted = kb.answer("ai cap tai khoan quan tri cho can bo xa");
    expect(promoted).toMatchObject({ answered: true, faqId: id, faqKey: `db:${id}` });
    expect(promoted.sources[0]!.doc).toBe(PLAN);
    expect(await store.faqEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({ ticketId: 7, docSlug: PLAN });

    // Restart with an empty docs folder: what was stored is still there.
    const restarted = await loadKnowledgeBase({ store, docsDir: await tempDir(), faqFile: null });
    expect(restarted.listDocuments().map((d) => d.slug).sort()).toEqual(["bvhttdl-ke-hoach-tap-huan", "cds-vhttdl-tich-hop-qlvb", "huong-dan-tai-khoan"]);
    expect(restarted.answer("Hạn đề nghị cấp tài khoản thử nghiệm?").answer).toContain("25/02/2026");
    expect(restarted.answer("ai cap tai khoan quan tri cho can bo xa").faqId).toBe(id);

    expect(await restarted.removeDocument("huong-dan-tai-khoan")).toBe(true);
    expect(await restarted.removeDocument("khong-co-van-ban-nay")).toBe(false);
    expect(restarted.answer("Hạn đề nghị cấp tài khoản thử nghiệm?").sources.some((s) => s.doc === "huong-dan-tai-khoan")).toBe(false);
    expect(await store.document.count()).toBe(2);
    expect(await store.passage.count({ where: { document: { slug: "huong-dan-tai-khoan" } } })).toBe(0);
  });

  it("leaves the database unchanged when a file is refused", async () => {
    const kb = await loadKnowledgeBase({ store, docsDir: dir, faqFile: null });
    const before = await store.passage.count();
    await expect(kb.ingestFile("hong.pdf", Buffer.from("%PDF-1.4 broken"))).rejects.toMatchObject({ code: "unreadable" });
    expect(await store.passage.count()).toBe(before);
  });
});
