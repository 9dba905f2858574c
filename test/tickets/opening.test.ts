// Opening tickets: every way in (declined answer, /hotro, the /start menu), the draft step, and
// the cases that must not open one; posting when topics cannot be opened.
import { afterEach, describe, expect, it } from "vitest";
import { SendError } from "../../src/bot/types.js";
import { boot, choiceId, createWorld, msg, officer, OFFICER, OFFICER_B, staff, SUPPORT_CHAT, texts, UNANSWERED, UNANSWERED_2, type Bot } from "./helpers.js";

let bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots) await b.close();
  bots = [];
});

async function start(env: Record<string, string> = {}, opts: Parameters<typeof boot>[1] = {}) {
  const world = createWorld(env);
  const bot = await boot(world, opts);
  bots.push(bot);
  return { world, bot, tg: world.channels.get("telegram")! };
}

describe("opening a ticket", () => {
  it("from the /start menu and from /hotro without a question, asks for it first", async () => {
    const { bot } = await start();
    const menu = await bot.send(officer("/start"));
    const ask = await bot.send(officer("", { choice: choiceId(menu, "Gửi câu hỏi cho cán bộ hỗ trợ") }));
    expect(texts(ask)).toMatch(/gõ câu hỏi cần gửi/);
    expect(texts(await bot.send(officer("😀")))).toMatch(/bằng chữ/);
    expect(texts(await bot.send(officer(UNANSWERED_2)))).toMatch(/#1\b/);

    expect(texts(await bot.send(officer("/hotro", { userId: OFFICER_B })))).toMatch(/gõ câu hỏi cần gửi/);
    expect(texts(await bot.send(officer(UNANSWERED, { userId: OFFICER_B })))).toMatch(/#2\b/);
    const tickets = await bot.store.ticket.findMany({ orderBy: { id: "asc" } });
    expect(tickets.map((t) => [t.userId, t.question])).toEqual([
      [OFFICER, UNANSWERED_2],
      [OFFICER_B, UNANSWERED],
    ]);
  });

  it("keeps the draft across a detour, and can be cancelled", async () => {
    const { bot } = await start();
    await bot.send(officer(`/hotro ${UNANSWERED}`));
    // A command mid-draft is answered, then the draft offers to go on.
    const help = await bot.send(officer("/help"));
    expect(texts(help)).toMatch(/gõ nội dung bổ sung hoặc chọn “Gửi ngay”/);
    expect(texts(await bot.send(officer("", { choice: "ticket:cancel" })))).toMatch(/Đã huỷ/);
    expect(texts(await bot.send(officer("", { choice: "ticket:send" })))).toMatch(/không có câu hỏi nào đang chờ gửi/i);
    expect(await bot.store.ticket.count()).toBe(0);
  });

  it("opens one ticket per declined answer, only for its asker", async () => {
    const { bot } = await start();
    const declined = await bot.send(officer(UNANSWERED));
    const openId = choiceId(declined, "Gửi cán bộ hỗ trợ");
    expect(texts(await bot.send(officer("", { userId: OFFICER_B, chatId: OFFICER, choice: openId })))).toMatch(/Chỉ người đặt câu hỏi/);
    await bot.send(officer("", { choice: openId }));
    await bot.send(officer("", { choice: "ticket:send" }));
    expect(texts(await bot.send(officer("", { choice: openId })))).toMatch(/đã được gửi cho cán bộ hỗ trợ \(phiếu #1\)/);
    expect(texts(await bot.send(officer("", { choice: "ticket:open:9999" })))).toMatch(/không còn tìm thấy/);
    expect(await bot.store.ticket.count()).toBe(1);
  });

  it("says so politely when no support chat is configured", async () => {
    const { bot } = await start({ SUPPORT_CHAT: "" });
    expect(texts(await bot.send(officer(`/hotro ${UNANSWERED}`)))).toMatch(/chưa được thiết lập/);
    const declined = await bot.send(officer(UNANSWERED));
    expect(texts(await bot.send(officer("", { choice: choiceId(declined, "Gửi cán bộ hỗ trợ") })))).toMatch(/chưa được thiết lập/);
    expect(await bot.store.ticket.count()).toBe(0);
  });
});

describe("follow-ups", () => {
  it("takes the officer's messages for 15 minutes after “Hỏi thêm”, then answers questions again", async () => {
    const { bot, world } = await start();
    await bot.send(officer(`/hotro ${UNANSWERED}`));
    await bot.send(officer("", { choice: "ticket:send" }));
    const [post] = await bot.drain();
    await bot.send(staff("Anh/chị liên hệ quản trị cấp tỉnh.", { replyTo: post!.messageId }));
    const [answer] = await bot.drain();

    expect(texts(await bot.send(officer("", { choice: choiceId([answer!], "Hỏi thêm") })))).toMatch(/hỏi thêm về phiếu #1/);
    await bot.send(officer("Quản trị cấp tỉnh là ai ạ?"));
    world.clock.advance(10 * 60_000);
    await bot.send(officer("Số điện thoại của họ là gì?"));
    const toStaff = await bot.drain();
    expect(toStaff.map((s) => [s.chatId, s.reply.replyToMessageId])).toEqual([
      [SUPPORT_CHAT, post!.messageId],
      [SUPPORT_CHAT, post!.messageId],
    ]);
    world.clock.advance(16 * 60_000);
    expect(texts(await bot.send(officer("Hạn gửi danh sách cán bộ đầu mối là ngày nào?")))).toMatch(/16\/01\/2026/);
    expect(await bot.drain()).toEqual([]);
    expect(await bot.store.ticketMessage.count({ where: { author: "officer" } })).toBe(2);
  });

  it("does not relay to a closed ticket", async () => {
    const { bot } = await start();
    await bot.send(officer(`/hotro ${UNANSWERED}`));
    await bot.send(officer("", { choice: "ticket:send" }));
    const [post] = await bot.drain();
    await bot.send(staff("Đã xử lý.", { replyTo: post!.messageId }));
    const [answer] = await bot.drain();
    await bot.send(staff("/dong 1"));
    await bot.drain();
    expect(texts(await bot.send(officer("Cảm ơn ạ", { replyTo: answer!.messageId })))).toMatch(/Phiếu #1 đã đóng/);
    expect(texts(await bot.send(officer("", { choice: "ticket:more:1" })))).toMatch(/Phiếu #1 đã đóng/);
    expect(await bot.drain()).toEqual([]);
  });
});

describe("posting to a forum", () => {
  async function forumTicket(bot: Bot) {
    await bot.send(staff("/mo", { isForum: true }));
    await bot.send(officer(`/hotro ${UNANSWERED}`));
    await bot.send(officer("", { choice: "ticket:send" }));
  }

  it("falls back to a plain message when topics cannot be opened (no rights)", async () => {
    const { bot, tg } = await start();
    tg.topicFailures.push(new SendError("telegram createForumTopic: 400 Bad Request: not enough rights", "permanent"));
    await forumTicket(bot);
    const [post] = await bot.drain();
    expect(post).toMatchObject({ chatId: SUPPORT_CHAT });
    expect(post!.reply.threadId).toBeUndefined();
    expect(post!.reply.text).toMatch(/trả lời \(reply\) vào tin nhắn này/);
  });

  it("leaves topic creation to the worker when the feature cannot open topics, and posts plainly if neither can", async () => {
    const { bot, world } = await start({}, { topics: false });
    await forumTicket(bot);
    expect(await bot.drain()).toEqual([]);
    expect(await bot.worker.tick()).toMatchObject({ queued: 1 });
    const [post] = await bot.drain();
    expect(post).toMatchObject({ chatId: SUPPORT_CHAT });
    expect(world.channels.get("telegram")!.topics).toHaveLength(0);
  });

  it("uses the new question's own topic for each ticket", async () => {
    const { bot, tg } = await start();
    await forumTicket(bot);
    await bot.send(msg(`/hotro ${UNANSWERED_2}`, { userId: OFFICER_B }));
    await bot.send(msg("", { userId: OFFICER_B, choice: "ticket:send" }));
    const posts = await bot.drain();
    expect(tg.topics.map((t) => t.name)).toEqual([expect.stringMatching(/^#1 · /), expect.stringMatching(/^#2 · Máy in/)]);
    expect(posts.map((p) => p.reply.threadId)).toEqual(tg.topics.map((t) => t.threadId));
    // A message in topic #2 answers ticket #2 only.
    await bot.send(staff("Anh/chị kiểm tra khay giấy.", { threadId: tg.topics[1]!.threadId, isForum: true }));
    expect((await bot.drain()).map((d) => d.chatId)).toEqual([OFFICER_B]);
  });
});
