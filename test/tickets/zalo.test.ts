// The ticket round trip on Zalo, through the real Zalo adapter against the local Zalo fake: no
// buttons (numbered choices), and in the support group the bot only sees messages that mention it,
// so staff answer with "@bot #<n> …".
import pino from "pino";
import { afterEach, expect, it } from "vitest";
import { createZaloChannel, type ZaloChannel } from "../../src/bot/zalo/adapter.js";
import { ZaloBotClient } from "../../src/bot/zalo/client.js";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";
import { boot, createWorld, registerOfficer, UNANSWERED, type Bot } from "./helpers.js";

const GROUP = "group-support-9";
const STAFF_ID = "staff-1";
const ASKER = "user-1";

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

it("opens, answers, follows up, closes, rates and promotes a ticket on Zalo", async () => {
  const fake = await FakeZaloServer.start({ maxPollWaitMs: 200 });
  cleanup.push(() => fake.close());
  const world = createWorld({ SUPPORT_CHAT: `zalo:${GROUP}`, SUPPORT_STAFF_IDS: `zalo:${STAFF_ID}` });
  let bot: Bot | undefined;
  const channel: ZaloChannel = createZaloChannel({
    client: new ZaloBotClient({ token: fake.token, baseUrl: fake.baseUrl, timeoutMs: 5_000 }),
    hooks: { onIncoming: (incoming) => bot!.router.dispatch(incoming, channel) },
    log: pino({ level: "silent" }),
    mode: "polling",
    pollTimeoutSeconds: 1,
    perChatIntervalMs: 0,
  });
  bot = await boot(world, { senders: new Map([["zalo", channel]]) });
  cleanup.push(() => bot!.close());
  await channel.start();
  cleanup.push(() => channel.stop());
  await registerOfficer(bot.store, { channel: "zalo", userId: ASKER, province: "Hà Tĩnh", unitName: "UBND phường Thành Sen" });

  /** Pushes an update and waits for the bot's `replies` messages; returns their texts. */
  async function say(update: ReturnType<typeof textUpdate>, replies = 1): Promise<string[]> {
    const before = fake.sent.length;
    fake.pushUpdate(update);
    await fake.waitForCalls("sendMessage", fake.callsOf("sendMessage").length + replies);
    await expect.poll(() => fake.sent.length).toBeGreaterThanOrEqual(before + replies);
    return fake.sent.slice(before).map((s) => s.text);
  }
  async function drain(): Promise<{ chat_id: string; text: string; message_id: string }[]> {
    const before = fake.sent.length;
    await bot!.sender.drain();
    return fake.sent.slice(before);
  }
  const asker = (text: string) => textUpdate({ text, fromId: ASKER, displayName: "Trần Văn Nam" });
  const staff = (text: string) => textUpdate({ text: `@${fake.bot.account_name} ${text}`, fromId: STAFF_ID, chatId: GROUP, chatType: "GROUP", displayName: "Cán bộ Hoa" });

  const [declined] = await say(asker(UNANSWERED));
  expect(declined).toMatch(/chưa tìm thấy câu trả lời/);
  expect(declined).toMatch(/1\. Gửi cán bộ hỗ trợ/);
  expect((await say(asker("1")))[0]).toMatch(/1\. Gửi ngay/);
  expect((await say(asker("1")))[0]).toMatch(/Số phiếu của anh\/chị: #1\b/);

  const [post] = await drain();
  expect(post!.chat_id).toBe(GROUP);
  expect(post!.text).toMatch(/Phiếu #1 · Hà Tĩnh/);
  expect(post!.text).toMatch(/nhắc tên bot và bắt đầu tin nhắn bằng #1/);

  expect((await say(staff("#1 Anh/chị nhờ quản trị cấp tỉnh đặt lại mật khẩu trên trang quản trị.")))[0]).toMatch(/Đã chuyển.*#1/);
  const [answer] = await drain();
  expect(answer).toMatchObject({ chat_id: ASKER });
  expect(answer!.text).toMatch(/phiếu #1/);
  expect(answer!.text).toMatch(/1\. Hỏi thêm cán bộ hỗ trợ/);

  // No reply gesture on Zalo: "1" picks "Hỏi thêm", then the next message goes to staff.
  expect((await say(asker("1")))[0]).toMatch(/hỏi thêm về phiếu #1/);
  expect((await say(asker("Trang quản trị báo lỗi 403 ạ")))[0]).toMatch(/Đã chuyển cho cán bộ hỗ trợ/);
  const [followUp] = await drain();
  expect(followUp).toMatchObject({ chat_id: GROUP, text: expect.stringContaining("lỗi 403") });

  expect((await say(staff("/dong 1")))[0]).toMatch(/Đã đóng phiếu #1/);
  const [closing] = await drain();
  expect(closing).toMatchObject({ chat_id: ASKER });
  expect(closing!.text).toMatch(/5\. 5 – Rất hài lòng/);
  expect((await say(asker("5")))[0]).toMatch(/5\/5/);
  expect(await bot.store.ticket.findUnique({ where: { id: 1 } })).toMatchObject({ status: "closed", rating: 5 });

  expect((await say(staff("/faq 1")))[0]).toMatch(/bộ hỏi đáp/);
  const [direct] = await say(asker(UNANSWERED));
  expect(direct).toContain("đặt lại mật khẩu trên trang quản trị");
  expect(direct).not.toMatch(/chưa tìm thấy/);
});
