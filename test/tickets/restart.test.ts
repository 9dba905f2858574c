// Restarts: a new bot instance (router, knowledge base, outbox sender, ticket worker) on the same
// database between every two steps, including a topic that could not be opened and a process that
// died in the middle of a send. Nothing is lost and nothing arrives twice.
import { expect, it } from "vitest";
import { SendError } from "../../src/bot/types.js";
import { boot, choiceId, createWorld, officer, OFFICER, registerOfficer, staff, SUPPORT_CHAT, texts, UNANSWERED, type Bot } from "./helpers.js";

it("loses nothing and repeats nothing when the bot restarts between any two steps", async () => {
  const world = createWorld();
  const tg = world.channels.get("telegram")!;
  let bot: Bot = await boot(world);
  const restart = async () => {
    await bot.close();
    bot = await boot(world);
  };
  try {
    await registerOfficer(bot.store);
    await bot.send(staff("/mo", { isForum: true }));
    await restart();

    const declined = await bot.send(officer(UNANSWERED));
    await restart();
    expect(texts(await bot.send(officer("", { choice: choiceId(declined, "Gửi cán bộ hỗ trợ") })))).toMatch(/Gửi ngay/);
    await restart();

    // The draft survived; the topic cannot be opened right now, the officer still gets a number.
    tg.topicFailures.push(new SendError("telegram createForumTopic: network error", "transient"));
    expect(texts(await bot.send(officer("Tôi đã thử đặt lại mật khẩu nhưng không được.")))).toMatch(/#1\b/);
    expect(tg.topics).toHaveLength(0);
    expect(await bot.store.outbox.count({ where: { chatId: SUPPORT_CHAT } })).toBe(0);
    await restart();

    // The worker of the next process opens the topic and queues the post into it.
    expect(await bot.worker.tick()).toMatchObject({ queued: 1 });
    expect(tg.topics).toHaveLength(1);
    const thread = tg.topics[0]!.threadId;
    await restart();

    // The process dies while the post is being sent …
    tg.hang = true;
    void bot.sender.drainOnce();
    await expect.poll(() => tg.hung).toBe(1);
    expect(await bot.store.outbox.count({ where: { status: "sending" } })).toBe(1);
    tg.hang = false;
    await restart();
    // … its claim on the post runs out (nobody renews it), and the next one sends it (once), into
    // the topic, and links it.
    expect(await bot.drain()).toEqual([]);
    world.clock.advance(31_000);
    const posted = await bot.drain();
    expect(posted).toEqual([expect.objectContaining({ chatId: SUPPORT_CHAT, reply: expect.objectContaining({ threadId: thread }) })]);
    expect(await bot.worker.tick()).toMatchObject({ queued: 0, linked: 1 });
    expect(tg.topics).toHaveLength(1);
    await restart();

    const answer = staff("Anh/chị liên hệ quản trị cấp tỉnh để được cấp lại mật khẩu.", { threadId: thread, isForum: true });
    await bot.send(answer);
    await restart();
    // The same update delivered again after the restart (Telegram redelivers unconfirmed updates).
    await bot.send(answer);
    const relayed = await bot.drain();
    expect(relayed).toHaveLength(1);
    expect(relayed[0]).toMatchObject({ chatId: OFFICER, reply: { text: expect.stringMatching(/phiếu #1/) } });
    expect(await bot.store.ticketMessage.count({ where: { author: "staff" } })).toBe(1);
    await restart();

    await bot.send(officer("Nếu quản trị tỉnh vắng thì liên hệ ai ạ?", { replyTo: relayed[0]!.messageId }));
    await restart();
    expect(await bot.drain()).toEqual([expect.objectContaining({ chatId: SUPPORT_CHAT, reply: expect.objectContaining({ threadId: thread }) })]);
    await restart();

    await bot.send(staff("/dong", { threadId: thread, isForum: true }));
    await restart();
    const closing = await bot.drain();
    expect(closing).toHaveLength(1);
    await restart();
    await bot.send(officer("", { choice: choiceId([closing[0]!], "3 –") }));
    await restart();
    expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))).toMatchObject({ status: "closed", rating: 3 });

    await bot.send(staff("/faq", { threadId: thread, isForum: true }));
    await restart();
    // The FAQ entry is in the database: the next process answers from it.
    expect(texts(await bot.send(officer(UNANSWERED)))).toContain("cấp lại mật khẩu");

    // Exactly once each: post and follow-up to the support chat, answer and rating request to the officer.
    expect(tg.to(SUPPORT_CHAT)).toHaveLength(2);
    expect(tg.to(OFFICER)).toHaveLength(2);
    expect(await bot.store.outbox.count({ where: { status: { not: "sent" } } })).toBe(0);
  } finally {
    await bot.close();
  }
});
