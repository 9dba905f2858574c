import { afterEach, describe, expect, it } from "vitest";
import type { ChannelHooks } from "../../src/bot/channel.js";
import type { Incoming } from "../../src/bot/types.js";
import { createZaloChannel, type ZaloChannel, type ZaloChannelOptions } from "../../src/bot/zalo/adapter.js";
import { ZaloBotClient } from "../../src/bot/zalo/client.js";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";
import { captureLogger, deferred, delay, incomingRecorder } from "./helpers.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(opts: { hooks: ChannelHooks; fake?: FakeZaloServer; token?: string } & Partial<ZaloChannelOptions>) {
  const fake = opts.fake ?? (await FakeZaloServer.start({ maxPollWaitMs: 100 }));
  if (!opts.fake) cleanups.push(() => fake.close());
  const client = new ZaloBotClient({ token: opts.token ?? fake.token, baseUrl: fake.baseUrl, timeoutMs: 2_000 });
  const logs = captureLogger();
  const channel: ZaloChannel = createZaloChannel({
    perChatIntervalMs: 0,
    backoff: { initialMs: 50, maxMs: 200 },
    ...opts,
    client,
    log: logs.log,
    mode: "polling",
    pollTimeoutSeconds: 1,
  });
  cleanups.unshift(() => channel.stop());
  return { fake, channel, logs };
}

describe("Zalo channel, long polling", () => {
  it("delivers a text message as Incoming and replies to the same chat", async () => {
    let channel!: ZaloChannel;
    const rec = incomingRecorder(async (incoming) => {
      await channel.send(incoming.chat.id, { text: `Đã nhận: ${incoming.text}` });
    });
    const s = await setup({ hooks: rec.hooks });
    channel = s.channel;
    await channel.start();

    s.fake.pushUpdate(textUpdate({ text: "Lịch tập huấn tỉnh Lào Cai?", chatId: "chat-42", fromId: "user-7", displayName: "Trần Thị B", messageId: "m-100" }));
    const [incoming] = await rec.waitFor(1);
    expect(incoming).toMatchObject<Partial<Incoming>>({
      channel: "zalo",
      chat: { id: "chat-42", kind: "private" },
      sender: { id: "user-7", displayName: "Trần Thị B", isBot: false },
      messageId: "m-100",
      text: "Lịch tập huấn tỉnh Lào Cai?",
      mentioned: false,
    });
    await s.fake.waitForCalls("sendMessage", 1);
    expect(s.fake.sent).toEqual([expect.objectContaining({ chat_id: "chat-42", text: "Đã nhận: Lịch tập huấn tỉnh Lào Cai?" })]);
  });

  it("never writes the message text, the sender's name or the token to the log", async () => {
    let channel!: ZaloChannel;
    const rec = incomingRecorder(async (incoming) => {
      await channel.send(incoming.chat.id, { text: "Số điện thoại đã ghi: 0912345678" });
    });
    const s = await setup({ hooks: rec.hooks });
    channel = s.channel;
    await channel.start();
    s.fake.pushUpdate(textUpdate({ text: "SĐT của tôi là 0912345678", displayName: "Phạm Văn Riêng" }));
    await rec.waitFor(1);
    await s.fake.waitForCalls("sendMessage", 1);
    await channel.stop();

    const all = s.logs.lines.join("\n");
    expect(s.logs.lines.length).toBeGreaterThan(0);
    expect(all).not.toContain("0912345678");
    expect(all).not.toContain("Phạm Văn Riêng");
    expect(all).not.toContain(s.fake.token);
  });

  it("treats 408 as 'nothing yet' and polls again at once", async () => {
    const rec = incomingRecorder();
    // A 408 mistaken for a failure would wait 10 s before the next poll.
    const s = await setup({ hooks: rec.hooks, backoff: { initialMs: 10_000, maxMs: 10_000 } });
    await s.channel.start();
    await s.fake.waitForCalls("getUpdates", 3, 2_000);
    s.fake.pushUpdate(textUpdate({ text: "Có ai không?" }));
    await rec.waitFor(1, 2_000);
    expect(s.logs.records().filter((r) => (r.level as number) >= 40)).toEqual([]);
  });

  it("backs off after a server error and recovers", async () => {
    const rec = incomingRecorder();
    const fake = await FakeZaloServer.start({ maxPollWaitMs: 100 });
    cleanups.push(() => fake.close());
    fake.failNext("getUpdates", 2, { error_code: 500 });
    const s = await setup({ hooks: rec.hooks, fake, backoff: { initialMs: 200, maxMs: 1_000 } });
    await s.channel.start();
    fake.pushUpdate(textUpdate({ text: "Sau khi lỗi" }));
    await rec.waitFor(1, 3_000);
    const polls = fake.callsOf("getUpdates");
    // 200 ms after the first failure, 400 ms after the second.
    expect(polls[1]!.at - polls[0]!.at).toBeGreaterThanOrEqual(180);
    expect(polls[2]!.at - polls[1]!.at).toBeGreaterThanOrEqual(380);
  });

  it("on a rejected token logs a fatal error and stops hammering the API", async () => {
    const rec = incomingRecorder();
    const s = await setup({ hooks: rec.hooks, token: "1:wrong-token-value", backoff: { initialMs: 50, maxMs: 50, authMs: 60_000 } });
    await s.channel.start();
    await s.fake.waitForCalls("getUpdates", 1);
    await delay(300);
    expect(s.fake.callsOf("getUpdates")).toHaveLength(1);
    const fatal = s.logs.records().filter((r) => r.level === 60);
    expect(fatal.length).toBeGreaterThan(0);
    expect(String(fatal[0]!.msg)).toContain("401");
    expect(s.logs.lines.join("\n")).not.toContain("wrong-token-value");
  });

  it("drops a repeated update (same event and message id)", async () => {
    const rec = incomingRecorder();
    const s = await setup({ hooks: rec.hooks });
    await s.channel.start();
    const update = textUpdate({ text: "Câu hỏi", messageId: "dup-1" });
    s.fake.pushUpdate(update);
    s.fake.pushUpdate(structuredClone(update));
    s.fake.pushUpdate(textUpdate({ text: "Câu khác", messageId: "dup-2" }));
    await rec.waitFor(2);
    await delay(100);
    expect(rec.received.map((i) => i.messageId)).toEqual(["dup-1", "dup-2"]);
  });

  it("uses a custom dedupe store when given", async () => {
    const keys: string[] = [];
    const rec = incomingRecorder();
    const s = await setup({
      hooks: rec.hooks,
      dedupe: async (key) => {
        keys.push(key);
        return !key.endsWith(":seen-before");
      },
    });
    await s.channel.start();
    s.fake.pushUpdate(textUpdate({ text: "a", messageId: "seen-before" }));
    s.fake.pushUpdate(textUpdate({ text: "b", messageId: "fresh" }));
    await rec.waitFor(1);
    await delay(100);
    expect(rec.received.map((i) => i.messageId)).toEqual(["fresh"]);
    expect(keys).toEqual(["message.text.received:seen-before", "message.text.received:fresh"]);
  });

  it("drops the bot's own messages", async () => {
    const rec = incomingRecorder();
    const s = await setup({ hooks: rec.hooks });
    await s.channel.start();
    s.fake.pushUpdate(textUpdate({ text: "echo", fromId: s.fake.bot.id, messageId: "own-1" }));
    s.fake.pushUpdate(textUpdate({ text: "other bot", fromId: "bot-x", isBot: true, messageId: "own-2" }));
    s.fake.pushUpdate(textUpdate({ text: "người thật", messageId: "human-1" }));
    await rec.waitFor(1);
    await delay(100);
    expect(rec.received.map((i) => i.messageId)).toEqual(["human-1"]);
  });

  it("strips the bot's @name in a group, using the name from getMe", async () => {
    const rec = incomingRecorder();
    const s = await setup({ hooks: rec.hooks });
    await s.channel.start();
    s.fake.pushUpdate(textUpdate({ text: `@${s.fake.bot.account_name} /hoi cấp lại mật khẩu`, chatType: "GROUP", chatId: "group-1" }));
    const [incoming] = await rec.waitFor(1);
    expect(incoming).toMatchObject({ chat: { id: "group-1", kind: "group" }, mentioned: true, command: "hoi", text: "cấp lại mật khẩu" });
  });

  it("tells a private user that files and voice messages cannot be read, ignores stickers", async () => {
    const rec = incomingRecorder();
    const s = await setup({ hooks: rec.hooks });
    await s.channel.start();
    const base = textUpdate({ text: "", chatId: "u-5", fromId: "u-5" });
    s.fake.pushUpdate({ event_name: "message.sticker.received", message: { ...base.message, message_id: "s1", sticker: "abc" } });
    s.fake.pushUpdate({ event_name: "message.unsupported.received", message: { ...base.message, message_id: "f1" } });
    s.fake.pushUpdate({ event_name: "message.something.new", message: { ...base.message, message_id: "n1" } });
    await s.fake.waitForCalls("sendMessage", 1);
    await delay(200);
    expect(rec.received).toEqual([]);
    expect(s.fake.sent).toHaveLength(1);
    expect(s.fake.sent[0]!.chat_id).toBe("u-5");
    expect(s.fake.sent[0]!.text).toMatch(/chữ/);
  });

  it("deletes a leftover webhook before polling", async () => {
    const rec = incomingRecorder();
    const fake = await FakeZaloServer.start({ maxPollWaitMs: 100 });
    cleanups.push(() => fake.close());
    await new ZaloBotClient({ token: fake.token, baseUrl: fake.baseUrl }).setWebhook({ url: "https://example.gov.vn/zalo", secret_token: "abcdefgh12" });
    const s = await setup({ hooks: rec.hooks, fake });
    await s.channel.start();
    expect(fake.webhook).toBeUndefined();
    fake.pushUpdate(textUpdate({ text: "xin chào" }));
    await rec.waitFor(1);
  });

  it("stop() ends polling and waits for the update in hand", async () => {
    const release = deferred();
    const rec = incomingRecorder(() => release.promise);
    const fake = await FakeZaloServer.start(); // polls would otherwise hang a full second
    cleanups.push(() => fake.close());
    const s = await setup({ hooks: rec.hooks, fake });
    await s.channel.start();
    fake.pushUpdate(textUpdate({ text: "đang xử lý" }));
    await rec.waitFor(1);

    let stopped = false;
    const stopping = s.channel.stop().then(() => (stopped = true));
    await delay(150);
    expect(stopped).toBe(false);
    release.resolve();
    await stopping;
    const pollsAtStop = fake.callsOf("getUpdates").length;
    await delay(200);
    expect(fake.callsOf("getUpdates")).toHaveLength(pollsAtStop);
  });
});
