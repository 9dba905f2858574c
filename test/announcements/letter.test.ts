// A new letter uploaded by an admin can be announced in one step, with a generated summary line
// (issuer, number, subject) and the invitation to ask the bot about it.
import { describe, expect, it } from "vitest";
import { announcements as t } from "../../src/messages/index.js";
import { createWorld, linkedGroup, texts } from "./helpers.js";

const LETTER = [
  "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
  "Số: 215/BVHTTDL-CĐS",
  "V/v hướng dẫn cấp tài khoản sandbox cho địa phương",
  "",
  "1. Mỗi địa phương được cấp 03 tài khoản sandbox để kiểm thử kết nối trước ngày 20/02/2026.",
  "2. Đề nghị gửi yêu cầu cấp tài khoản sandbox qua thư điện tử của Trung tâm.",
].join("\n");

const upload = (content: string) => ({ fileName: "huong-dan-sandbox.txt", size: Buffer.byteLength(content), download: async () => Buffer.from(content) });

describe("announcing a new letter", () => {
  it("offers the announcement after an upload and sends the summary to every linked group", async () => {
    const w = await createWorld({ start: "2026-01-18T08:00:00Z" });
    await linkedGroup(w, "-1001", "Thành phố Hà Nội", "so");
    await linkedGroup(w, "gz-2", "Thành phố Huế", "xa", "zalo");
    const ack = await w.admin.say("", { document: upload(LETTER) });
    expect(ack[0]!.text).toMatch(/Đã bổ sung văn bản/);
    const preview = await w.admin.choose(ack, t.newLetterButton);
    const shown = texts(preview);
    const doc = await w.h.store.document.findUniqueOrThrow({ where: { slug: "huong-dan-sandbox" } });
    const summary = t.newLetterText({ issuer: doc.issuer ?? undefined, number: doc.number ?? undefined, title: doc.title, dateText: doc.dateText ?? undefined });
    expect(summary).toContain("215/BVHTTDL-CĐS");
    expect(summary).toContain("sandbox");
    expect(summary).toContain("hỏi bot");
    expect(shown).toContain(summary);
    expect(shown).toContain("Số cuộc trò chuyện sẽ nhận: 2 (Telegram 1, Zalo 1)");
    const [done] = await w.admin.choose(preview, "Gửi thông báo");
    expect(done!.text).toMatch(/Đã xếp thông báo #1 vào hàng gửi cho 2 cuộc trò chuyện/);
    await w.runUntil("2026-01-18T08:01:00Z");
    expect(w.deliveries.map((d) => d.chatId).sort()).toEqual(["-1001", "gz-2"]);
    expect(w.deliveries[0]!.text).toBe(`${t.header}\n\n${summary}`);
    const a = await w.h.store.announcement.findFirstOrThrow();
    expect(a.source).toBe("kb:huong-dan-sandbox");
  });

  it("offers nothing to officers, whose uploads are refused anyway", async () => {
    const w = await createWorld();
    const [r] = await w.admin.say("", { userId: "777", document: upload(LETTER) });
    expect(r!.choices).toBeUndefined();
    expect(await w.h.store.announcement.count()).toBe(0);
  });
});
