// Questions in a chat, answered from the guidance letters with a citation, or declined politely.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Feature } from "../../src/bot/context.js";
import { createRouter } from "../../src/bot/router.js";
import { createAskFeature } from "../../src/flows/ask/index.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { Conversation, createHarness, type Harness } from "../helpers/harness.js";

const GUIDANCE = path.resolve(__dirname, "../../../shared/guidance");
let kb: KnowledgeBase;

beforeAll(async () => {
  kb = await loadKnowledgeBase({ docsDir: GUIDANCE });
});

function chat(h: Harness, defaults: ConstructorParameters<typeof Conversation>[1] = {}) {
  const features: Feature[] = [];
  features.push(createOnboardingFeature(() => features), createAskFeature({ kb }));
  return new Conversation(createRouter(h.deps, features), defaults);
}

describe("asking the bot", () => {
  it("answers the deadline question, with and without diacritics, citing the letter", async () => {
    const h = await createHarness();
    const [accented] = await chat(h).say("Hạn gửi danh sách cán bộ đầu mối là ngày nào?");
    const [plain] = await chat(h, { channel: "zalo" }).say("han gui danh sach can bo dau moi");
    for (const reply of [accented!, plain!]) {
      expect(reply.text).toMatch(/16\/01\/2026/);
      expect(reply.text).toMatch(/Nguồn: .*Bộ Văn hóa, Thể thao và Du lịch/);
      expect(reply.text.length).toBeLessThan(2000);
    }
    expect(accented!.choices!.map((c) => c.label)).toEqual(["👍 Đúng", "👎 Sai", "Xem toàn văn"]);
    const logs = await h.store.answerLog.findMany();
    expect(logs.map((l) => [l.answered, l.source])).toEqual([
      [true, expect.any(String)],
      [true, expect.any(String)],
    ]);
  });

  it("declines an out-of-scope question and offers support staff", async () => {
    const h = await createHarness();
    const [reply] = await chat(h).say("Giá vàng hôm nay?");
    expect(reply!.text).toMatch(/chưa tìm thấy câu trả lời/);
    expect(reply!.choices!.map((c) => c.label)).toContain("Gửi cán bộ hỗ trợ");
    expect((await h.store.answerLog.findFirstOrThrow()).answered).toBe(false);
  });

  it("records 'đúng' typed on Zalo as positive feedback, once", async () => {
    const h = await createHarness();
    const c = chat(h, { channel: "zalo" });
    await c.say("Khi nào bắt đầu tập huấn cho cán bộ cấp xã?");
    const [thanks] = await c.say("đúng");
    expect(thanks!.text).toMatch(/Cảm ơn/);
    expect((await h.store.answerLog.findFirstOrThrow()).feedback).toBe("up");
  });

  it("shows the full passage on request", async () => {
    const h = await createHarness();
    const c = chat(h);
    const first = await c.say("Sở Văn hóa Thể thao và Du lịch cần cử bao nhiêu cán bộ phối hợp triển khai?");
    const [full] = await c.choose(first, "Xem toàn văn");
    expect(full!.text).toMatch(/Toàn văn đoạn trích/);
    expect(full!.text).toMatch(/02 cán bộ/);
  });

  it("lets only the asker use an answer's buttons in a group", async () => {
    const h = await createHarness();
    const group = { chatId: "-100", chatKind: "group" as const };
    const c = chat(h, group);
    const answer = await c.say("/hoi Hạn gửi danh sách cán bộ đầu mối?", { userId: "asker" });
    const [fromOther] = await c.choose(answer, "Sai", { userId: "bystander" });
    expect(fromOther!.text).toMatch(/dành cho người đã đặt câu hỏi/);
    const [fullForOther] = await c.choose(answer, "Xem toàn văn", { userId: "bystander" });
    expect(fullForOther!.text).not.toMatch(/Toàn văn đoạn trích/);
    expect((await h.store.answerLog.findFirstOrThrow()).feedback).toBeNull();
    const [fromAsker] = await c.choose(answer, "Đúng", { userId: "asker" });
    expect(fromAsker!.text).toMatch(/Cảm ơn/);
    expect((await h.store.answerLog.findFirstOrThrow()).feedback).toBe("up");
  });

  it("answers /hoi in a group as a reply to the question", async () => {
    const h = await createHarness();
    const [reply] = await chat(h, { chatId: "-100", chatKind: "group" }).say("/hoi Hạn gửi danh sách cán bộ đầu mối?");
    expect(reply!.text).toMatch(/16\/01\/2026/);
    expect(reply!.replyToMessageId).toBeDefined();
  });
});
