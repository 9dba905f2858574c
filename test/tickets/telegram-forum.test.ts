// Forum topics through the real Telegram adapter, in process: the recorder answers the Bot API
// (including createForumTopic, which the emulator lacks), updates are hand-built like Telegram's.
import pino from "pino";
import type { Update } from "grammy/types";
import { afterEach, expect, it } from "vitest";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import { callback, groupText, privateText, TelegramRecorder, TEST_TOKEN, USER } from "../helpers/telegram-recorder.js";
import { boot, createWorld, registerOfficer, STAFF, SUPPORT_CHAT, UNANSWERED, type Bot } from "./helpers.js";

let bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots) await b.close();
  bots = [];
});

it("opens one topic per ticket, relays topic messages both ways, and closes from inside the topic", async () => {
  const recorder = new TelegramRecorder();
  let bot: Bot | undefined;
  const channel = createTelegramChannel({
    token: TEST_TOKEN,
    log: pino({ level: "silent" }),
    commands: [],
    botInfo: recorder.botInfo,
    transformers: [recorder.transformer],
    autoRetry: false,
    hooks: { onIncoming: (incoming) => bot!.router.dispatch(incoming, channel) },
  });
  const world = createWorld({ SUPPORT_STAFF_IDS: `telegram:${STAFF}` });
  bot = await boot(world, {
    senders: new Map([["telegram", channel]]),
    createTopic: (_ch, chatId, name) => channel.createTopic(chatId, name),
  });
  bots.push(bot);
  await registerOfficer(bot.store, { userId: String(USER.id) });

  const supportChat = Number(SUPPORT_CHAT);
  const inSupport = (text: string, threadId?: number) =>
    groupText(text, { chatId: supportChat, userId: Number(STAFF), isForum: true, title: "Hỗ trợ GQTTHC", ...(threadId ? { threadId } : {}) });
  const handle = (u: Update) => channel.bot.handleUpdate(u);
  const sentTo = (chatId: number) => recorder.callsTo("sendMessage").filter((c) => c.payload.chat_id === chatId);
  const lastTo = (chatId: number) => sentTo(chatId).at(-1)!.payload;
  const buttons = (payload: Record<string, unknown>) =>
    ((payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat();

  await handle(inSupport("/mo"));
  expect(String(lastTo(supportChat).text)).toMatch(/Không có phiếu nào/);

  await handle(privateText(UNANSWERED));
  const open = buttons(lastTo(USER.id)).find((b) => b.callback_data.startsWith("ticket:open:"))!;
  expect(open.text).toBe("Gửi cán bộ hỗ trợ");
  await handle(callback(open.callback_data));
  await handle(callback("ticket:send"));
  expect(String(lastTo(USER.id).text)).toMatch(/#1\b/);

  const [topicCall] = recorder.callsTo("createForumTopic");
  expect(topicCall!.payload).toMatchObject({ chat_id: supportChat, name: expect.stringMatching(/^#1 · Nghệ An · Quên mật khẩu/) });
  await bot.sender.drain();
  const post = lastTo(supportChat);
  const threadId = Number(post.message_thread_id);
  expect(threadId).toBeGreaterThan(0);
  expect(String(post.text)).toMatch(/Phiếu #1/);

  // Staff write in the topic: the acknowledgement stays in the topic, the answer reaches the officer.
  await handle(inSupport("Anh/chị liên hệ quản trị cấp tỉnh để được cấp lại mật khẩu.", threadId));
  expect(lastTo(supportChat)).toMatchObject({ message_thread_id: threadId, text: expect.stringMatching(/Đã chuyển/) });
  await bot.sender.drain();
  const answerCall = sentTo(USER.id).at(-1)!;
  expect(String(answerCall.payload.text)).toMatch(/phiếu #1[\s\S]*cấp lại mật khẩu/);

  // An internal note in the topic is not relayed.
  const officerMessages = sentTo(USER.id).length;
  await handle(inSupport("// em gọi điện cho tỉnh rồi", threadId));
  await bot.sender.drain();
  expect(sentTo(USER.id)).toHaveLength(officerMessages);

  // The officer replies to the relayed answer (its message id comes from the outbox row).
  const relayRow = await bot.store.outbox.findFirst({ where: { kind: "relay", refId: "1" }, orderBy: { id: "desc" } });
  const reply = privateText("Nếu quản trị tỉnh vắng thì sao ạ?");
  (reply.message as unknown as Record<string, unknown>).reply_to_message = {
    message_id: Number(relayRow!.sentMessageId),
    date: Math.floor(Date.now() / 1000),
    chat: { id: USER.id, type: "private", first_name: USER.first_name },
    from: recorder.botInfo,
    text: "💬 Cán bộ hỗ trợ trả lời (phiếu #1)",
  };
  await handle(reply);
  await bot.sender.drain();
  expect(lastTo(supportChat)).toMatchObject({ message_thread_id: threadId, text: expect.stringContaining("vắng") });

  await handle(inSupport("/dong", threadId));
  await bot.sender.drain();
  const rating = buttons(lastTo(USER.id));
  expect(rating.map((b) => b.callback_data)).toEqual([1, 2, 3, 4, 5].map((n) => `ticket:rate:1:${n}`));
  await handle(callback("ticket:rate:1:5"));
  expect((await bot.store.ticket.findUnique({ where: { id: 1 } }))!.rating).toBe(5);

  await handle(inSupport("/faq", threadId));
  await handle(privateText(UNANSWERED));
  expect(String(lastTo(USER.id).text)).toContain("cấp lại mật khẩu");
  expect(recorder.callsTo("createForumTopic")).toHaveLength(1);
});
