// The real bot process against a local fake of the Zalo Bot API: polling answers a text update in
// the same chat, a duplicate is answered once; the webhook checks its secret and survives garbage.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, ROOT, startBot, type BotProcess } from "../helpers/bot-process.js";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";

const docs = path.join(ROOT, "../shared/guidance");

describe("Zalo end to end, long polling", () => {
  let fake: FakeZaloServer;
  let bot: BotProcess;

  beforeAll(async () => {
    fake = await FakeZaloServer.start({ maxPollWaitMs: 200 });
    bot = startBot({ ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: fake.baseUrl, KB_DOCS_DIR: docs });
    await bot.waitFor(/bot started/);
  }, 60_000);

  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await fake.close();
  });

  it("answers a text update with sendMessage to the same chat, once even if delivered twice", async () => {
    const update = textUpdate({ chatId: "zchat-1", fromId: "zuser-1", text: "han gui danh sach can bo dau moi", messageId: "zm-1" });
    fake.pushUpdate(update);
    fake.pushUpdate(update);
    await fake.waitForCalls("sendMessage", 1, 15_000);
    // Give a duplicate time to be (wrongly) answered before counting.
    fake.pushUpdate(textUpdate({ chatId: "zchat-1", fromId: "zuser-1", text: "/start", messageId: "zm-2" }));
    await fake.waitForCalls("sendMessage", 2, 15_000);
    const sent = fake.sent.filter((s) => s.chat_id === "zchat-1");
    expect(sent).toHaveLength(2);
    expect(sent[0]!.text).toMatch(/16\/01\/2026/);
    expect(sent[1]!.text).toMatch(/1\. Đặt câu hỏi/);
  });

  it("writes structured logs without the officer's words, name or the token", async () => {
    const logs = bot.stdout();
    expect(logs).toMatch(/"msg":"question answered"/);
    for (const secret of ["han gui danh sach", "Nguyễn Văn A", fake.token]) expect(logs).not.toContain(secret);
  });

  it("keeps every message within Zalo's 2000 characters for a 10,000-character message", async () => {
    fake.pushUpdate(textUpdate({ chatId: "zchat-2", fromId: "zuser-2", text: "a ".repeat(5000), messageId: "zm-3" }));
    const before = fake.sent.length;
    await fake.waitForCalls("sendMessage", before + 1, 15_000);
    const reply = fake.sent.filter((s) => s.chat_id === "zchat-2");
    expect(reply.length).toBeGreaterThan(0);
    for (const s of reply) expect(s.text.length).toBeLessThanOrEqual(2000);
    expect(reply[0]!.text).toMatch(/quá dài/);
  });
});

describe("Zalo end to end, webhook", () => {
  let fake: FakeZaloServer;
  let bot: BotProcess;
  let url: string;
  const secret = "e2e-webhook-secret-123";

  beforeAll(async () => {
    fake = await FakeZaloServer.start();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/zalo/webhook`;
    bot = startBot({
      ZALO_BOT_TOKEN: fake.token,
      ZALO_API_ROOT: fake.baseUrl,
      ZALO_WEBHOOK_URL: `https://bot.example.org/zalo/webhook`,
      ZALO_WEBHOOK_SECRET: secret,
      HTTP_PORT: String(port),
      KB_DOCS_DIR: docs,
    });
    await bot.waitFor(/bot started/);
  }, 60_000);

  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await fake.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

  it("answers health checks", async () => {
    const res = await fetch(url.replace("/zalo/webhook", "/healthz"));
    expect(res.status).toBe(200);
  });

  it("answers malformed paths with 4xx and stays up (these used to kill the process)", async () => {
    const base = url.replace("/zalo/webhook", "");
    expect((await fetch(`${base}//`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${base}//x:99999/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(bot.proc.exitCode).toBeNull();
  });

  it("rejects a wrong secret with 401 and sends nothing", async () => {
    const update = textUpdate({ chatId: "w1", fromId: "wu1", text: "/start", messageId: "w-1" });
    const res = await post(JSON.stringify(update), { "X-Bot-Api-Secret-Token": "wrong-secret-value" });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 500));
    expect(fake.callsOf("sendMessage")).toHaveLength(0);
  });

  it("answers a malformed body with 400 and stays up", async () => {
    const res = await post("{not json", { "X-Bot-Api-Secret-Token": secret });
    expect(res.status).toBe(400);
    const ok = await post(JSON.stringify(textUpdate({ chatId: "w2", fromId: "wu2", text: "/start", messageId: "w-2" })), {
      "X-Bot-Api-Secret-Token": secret,
    });
    expect(ok.status).toBe(200);
    await fake.waitForCalls("sendMessage", 1, 15_000);
    expect(fake.sent[0]!.chat_id).toBe("w2");
  });
});
