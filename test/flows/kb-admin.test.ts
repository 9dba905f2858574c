// Admins keep the knowledge base current from the chat; a bad file changes nothing.
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { createOutbox } from "../../src/bot/outbox.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { Conversation, createHarness, tempDocsDir } from "../helpers/harness.js";
import { SANDBOX_LETTER as LETTER } from "../helpers/letters.js";

async function setup(admin = true) {
  const h = await createHarness({ ADMIN_IDS: admin ? "telegram:u1" : "" });
  const kb = await loadKnowledgeBase({ store: h.store, docsDir: tempDocsDir(), faqFile: null });
  const app = createApp(h.deps, { kb, outbox: createOutbox(h.store, h.clock) });
  return { h, kb, chat: new Conversation(app.router) };
}

const file = (fileName: string, content: string | Buffer) => ({
  fileName,
  size: Buffer.byteLength(content),
  download: async () => Buffer.from(content),
});

describe("knowledge base administration in the chat", () => {
  it("ingests a letter an admin sends privately and answers from it at once", async () => {
    const { chat } = await setup();
    const before = await chat.say("Mỗi địa phương được cấp bao nhiêu tài khoản sandbox?");
    expect(before[0]!.text).toMatch(/chưa tìm thấy/);
    const [ack] = await chat.say("", { document: file("huong-dan-sandbox.txt", LETTER) });
    expect(ack!.text).toMatch(/Đã bổ sung văn bản/);
    const [answer] = await chat.say("moi dia phuong duoc cap bao nhieu tai khoan sandbox");
    expect(answer!.text).toMatch(/03 tài khoản sandbox/);
    expect(answer!.text).toMatch(/Nguồn:/);
    const [list] = await chat.say("/kb");
    expect(list!.text).toContain("huong-dan-sandbox");
  });

  it("rejects an empty or corrupt file with an explanation and leaves the knowledge base unchanged", async () => {
    const { chat, kb } = await setup();
    await chat.say("", { document: file("huong-dan-sandbox.txt", LETTER) });
    const [empty] = await chat.say("", { document: file("trong.txt", "   \n  ") });
    expect(empty!.text).toMatch(/không có nội dung chữ/);
    const [corrupt] = await chat.say("", { document: file("hong.pdf", Buffer.from("%PDF-1.7 garbage")) });
    expect(corrupt!.text).toMatch(/Không đọc được tệp|không có nội dung chữ/);
    const [old] = await chat.say("", { document: file("cu.doc", "binary") });
    expect(old!.text).toMatch(/\.docx/);
    expect(kb.listDocuments().map((d) => d.slug)).toEqual(["huong-dan-sandbox"]);
  });

  it("refuses uploads and /kb_xoa from officers, and removes a letter for an admin", async () => {
    const officer = await setup(false);
    const [refused] = await officer.chat.say("", { document: file("x.txt", LETTER) });
    expect(refused!.text).toMatch(/Chỉ quản trị viên/);
    expect(officer.kb.listDocuments()).toHaveLength(0);
    expect((await officer.chat.say("/kb_xoa x"))[0]!.text).toMatch(/chỉ dành cho quản trị viên/);

    const { chat, kb, h } = await setup();
    await chat.say("", { document: file("huong-dan-sandbox.txt", LETTER) });
    const [removed] = await chat.say("/kb_xoa huong-dan-sandbox");
    expect(removed!.text).toMatch(/Đã xoá/);
    expect(kb.listDocuments()).toHaveLength(0);
    expect(await h.store.document.count()).toBe(0);
    expect((await chat.say("moi dia phuong duoc cap bao nhieu tai khoan sandbox"))[0]!.text).toMatch(/chưa tìm thấy/);
  });
});
