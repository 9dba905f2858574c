// The Telegram channel's Bot API calls over real HTTP (undici, src/bot/platform-http.ts): what a
// loopback Bot API receives for a text with buttons and for a file, and how its failures surface.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import { SendError } from "../../src/bot/types.js";
import { TEST_BOT as BOT } from "../helpers/telegram-recorder.js";

const TOKEN = "123456:test-token-for-http";

interface Received {
  path: string;
  contentType: string;
  body: string;
}

/** A Bot API on loopback; `answer` decides each reply. */
async function botApi(answer: (r: Received) => { status: number; body: string }) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r = { path: req.url ?? "", contentType: req.headers["content-type"] ?? "", body: Buffer.concat(chunks).toString("utf8") };
      received.push(r);
      const a = answer(r);
      res.writeHead(a.status, { "content-type": "application/json" }).end(a.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const sent = (id: number) => JSON.stringify({ ok: true, result: { message_id: id, date: 0, chat: { id: 42, type: "private", first_name: "A" }, text: "x" } });

describe("Telegram Bot API over HTTP", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  async function channelAgainst(answer: Parameters<typeof botApi>[0]) {
    const api = await botApi(answer);
    const channel = createTelegramChannel({ token: TOKEN, apiRoot: api.url, botInfo: BOT, log: pino({ level: "silent" }), commands: [], hooks: { onIncoming: async () => {} }, autoRetry: false });
    cleanups.push(async () => {
      await channel.stop();
      await api.close();
    });
    return { api, channel };
  }

  it("sends a text with buttons as JSON and a file as multipart, and returns the message id", async () => {
    let next = 7;
    const { api, channel } = await channelAgainst(() => ({ status: 200, body: sent(next++) }));
    const text = await channel.send("42", { text: "Chọn đơn vị", choices: [{ id: "reg:unit:1", label: "Sở VHTTDL" }] });
    const file = await channel.send("42", { text: "Danh sách", file: { fileName: "danh-sach.csv", mimeType: "text/csv", data: Buffer.from("Họ tên;Đơn vị\nNguyễn Văn A;Xã Hòa Bình\n") } });

    expect(text.messageId).toBe("7");
    expect(file.messageId).toBe("8");
    const [first, second] = api.received;
    expect(first?.path).toBe(`/bot${TOKEN}/sendMessage`);
    expect(first?.contentType).toBe("application/json");
    const payload = JSON.parse(first!.body) as { chat_id: number; text: string; reply_markup: { inline_keyboard: { callback_data: string }[][] } };
    expect(payload.chat_id).toBe(42);
    expect(payload.text).toBe("Chọn đơn vị");
    expect(payload.reply_markup.inline_keyboard.flat().map((b) => b.callback_data)).toContain("reg:unit:1");
    expect(second?.path).toBe(`/bot${TOKEN}/sendDocument`);
    expect(second?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(second?.body).toContain("Nguyễn Văn A;Xã Hòa Bình");
    expect(second?.body).toContain("filename=danh-sach.csv");
  });

  it("reports a 429 with its wait, a 400 as permanent and a non-JSON 502 as transient", async () => {
    const answers = [
      { status: 429, body: JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } }) },
      { status: 400, body: JSON.stringify({ ok: false, error_code: 400, description: "Bad Request: chat not found" }) },
      { status: 502, body: "<html>Bad Gateway</html>" },
    ];
    const { channel } = await channelAgainst(() => answers.shift()!);
    const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as SendError);

    const limited = await failure(channel.send("42", { text: "a" }));
    const refused = await failure(channel.send("42", { text: "b" }));
    const gateway = await failure(channel.send("42", { text: "c" }));

    expect(limited).toBeInstanceOf(SendError);
    expect([limited?.kind, limited?.retryAfterSeconds]).toEqual(["rate_limited", 7]);
    expect(refused?.kind).toBe("permanent");
    expect(gateway?.kind).toBe("transient");
    // The token is in every request path; it must not reach an error message.
    for (const e of [limited, refused, gateway]) expect(e?.message).not.toContain(TOKEN);
  });

  it("reports an unreachable API as transient", async () => {
    const api = await botApi(() => ({ status: 200, body: sent(1) }));
    await api.close();
    const channel = createTelegramChannel({ token: TOKEN, apiRoot: api.url, botInfo: BOT, log: pino({ level: "silent" }), commands: [], hooks: { onIncoming: async () => {} }, autoRetry: false });
    cleanups.push(() => channel.stop());
    const err = await channel.send("42", { text: "a" }).then(() => undefined, (e: unknown) => e as SendError);
    expect(err?.kind).toBe("transient");
    expect(err?.message).not.toContain(TOKEN);
  });
});
