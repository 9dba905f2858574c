import { afterEach, describe, expect, it } from "vitest";
import type { ChannelHooks } from "../../src/bot/channel.js";
import { createZaloChannel, type ZaloChannel } from "../../src/bot/zalo/adapter.js";
import { ZaloBotClient } from "../../src/bot/zalo/client.js";
import { serveEdge } from "../helpers/http-edge.js";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";
import { captureLogger, deferred, delay, incomingRecorder } from "./helpers.js";

const SECRET = "webhook-secret-123";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(hooks: ChannelHooks) {
  const fake = await FakeZaloServer.start();
  const client = new ZaloBotClient({ token: fake.token, baseUrl: fake.baseUrl });
  const logs = captureLogger();
  const channel: ZaloChannel = createZaloChannel({
    client,
    hooks,
    log: logs.log,
    mode: "webhook",
    webhook: { url: "https://bot.example.gov.vn/zalo/webhook", secret: SECRET },
    perChatIntervalMs: 0,
  });
  const edge = await serveEdge([channel.webhook!]);
  const url = `${edge.base}/zalo/webhook`;
  cleanups.push(async () => {
    await channel.stop();
    await edge.close();
    await fake.close();
  });
  const post = (body: string, secret: string | null = SECRET) =>
    fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(secret === null ? {} : { "X-Bot-Api-Secret-Token": secret }) },
      body,
    });
  return { fake, channel, logs, post };
}

describe("Zalo channel, webhook", () => {
  it("registers the webhook with its secret on start", async () => {
    const s = await setup(incomingRecorder().hooks);
    await s.channel.start();
    expect(s.fake.callsOf("setWebhook")[0]?.params).toEqual({ url: "https://bot.example.gov.vn/zalo/webhook", secret_token: SECRET });
    expect(s.fake.callsOf("getUpdates")).toEqual([]);
  });

  it("answers 401 to a wrong or missing secret and does nothing else", async () => {
    const rec = incomingRecorder();
    const s = await setup(rec.hooks);
    await s.channel.start();
    const body = JSON.stringify(textUpdate({ text: "giả mạo" }));
    const wrong = await s.post(body, "webhook-secret-124");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toBe("");
    expect((await s.post(body, null)).status).toBe(401);
    await delay(100);
    expect(rec.received).toEqual([]);
    expect(s.fake.callsOf("sendMessage")).toEqual([]);
  });

  it("answers 400 to malformed JSON and to a body that is not an update", async () => {
    const rec = incomingRecorder();
    const s = await setup(rec.hooks);
    expect((await s.post("{not json")).status).toBe(400);
    expect((await s.post(JSON.stringify({ message: { text: "no event name" } }))).status).toBe(400);
    expect((await s.post(JSON.stringify({ event_name: "message.text.received", message: { message_id: "x", text: "no chat" } }))).status).toBe(400);
    await delay(50);
    expect(rec.received).toEqual([]);
  });

  it("answers 413 to an oversized body", async () => {
    const rec = incomingRecorder();
    const s = await setup(rec.hooks);
    const huge = JSON.stringify({ ...textUpdate({ text: "x".repeat(1_100_000) }) });
    expect((await s.post(huge)).status).toBe(413);
    expect(rec.received).toEqual([]);
  });

  it("acknowledges a good update at once, then processes it and replies", async () => {
    const release = deferred();
    let channel!: ZaloChannel;
    const rec = incomingRecorder(async (incoming) => {
      await release.promise;
      await channel.send(incoming.chat.id, { text: "Đã tiếp nhận câu hỏi." });
    });
    const s = await setup(rec.hooks);
    channel = s.channel;
    await channel.start();

    const res = await s.post(JSON.stringify(textUpdate({ text: "Hỏi về phân quyền", chatId: "c-77" })));
    // 200 arrives while the handler is still busy.
    expect(res.status).toBe(200);
    const [incoming] = await rec.waitFor(1);
    expect(incoming).toMatchObject({ channel: "zalo", chat: { id: "c-77" }, text: "Hỏi về phân quyền" });
    expect(s.fake.callsOf("sendMessage")).toEqual([]);
    release.resolve();
    await s.fake.waitForCalls("sendMessage", 1);
    expect(s.fake.sent[0]).toMatchObject({ chat_id: "c-77", text: "Đã tiếp nhận câu hỏi." });
  });

  it("accepts a wrapped body, processes a redelivered update once and ignores unknown events", async () => {
    const rec = incomingRecorder();
    const s = await setup(rec.hooks);
    const update = textUpdate({ text: "một lần thôi", messageId: "w-1" });
    expect((await s.post(JSON.stringify({ ok: true, result: update }))).status).toBe(200);
    expect((await s.post(JSON.stringify(update))).status).toBe(200);
    expect((await s.post(JSON.stringify({ event_name: "bot.added.to.group", group: { id: "g" } }))).status).toBe(200);
    expect((await s.post(JSON.stringify(textUpdate({ text: "tin sau", messageId: "w-2" })))).status).toBe(200);
    await rec.waitFor(2);
    await delay(100);
    expect(rec.received.map((i) => i.messageId)).toEqual(["w-1", "w-2"]);
  });

  it("refuses to start with a secret Zalo would reject", () => {
    const client = new ZaloBotClient({ token: "1:x", baseUrl: "http://127.0.0.1:9" });
    expect(() =>
      createZaloChannel({
        client,
        hooks: incomingRecorder().hooks,
        log: captureLogger().log,
        mode: "webhook",
        webhook: { url: "https://x.gov.vn/hook", secret: "short" },
      }),
    ).toThrow(/8–256/);
  });
});
