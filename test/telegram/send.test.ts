import { InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { SendError } from "../../src/bot/types.js";
import { TEST_TOKEN } from "../helpers/telegram-recorder.js";
import { makeChannel } from "./harness.js";

async function sendError(p: Promise<unknown>): Promise<SendError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SendError);
  return err as SendError;
}

describe("Telegram send renders a neutral Reply", () => {
  it("sends plain text (no parse mode) and returns the message id", async () => {
    const { channel, recorder } = makeChannel();
    const sent = await channel.send("501", { text: "Xin chào <b>anh</b> *An*" });
    const [call] = recorder.callsTo("sendMessage");
    expect(call?.payload).toMatchObject({ chat_id: 501, text: "Xin chào <b>anh</b> *An*" });
    expect(call?.payload.parse_mode).toBeUndefined();
    expect(sent.messageId).toBe("100");
  });

  it("shows choices as an inline keyboard, one button per row", async () => {
    const { channel, recorder } = makeChannel();
    await channel.send("501", {
      text: "Anh/chị cần gì?",
      choices: [
        { id: "menu:ask", label: "Hỏi đáp" },
        { id: "menu:register", label: "Đăng ký" },
      ],
    });
    expect(recorder.callsTo("sendMessage")[0]?.payload.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "Hỏi đáp", callback_data: "menu:ask" }],
        [{ text: "Đăng ký", callback_data: "menu:register" }],
      ],
    });
  });

  it("splits a 6000-character reply into two messages of at most 4096, keyboard on the last", async () => {
    const { channel, recorder } = makeChannel();
    const paragraph = "Hướng dẫn cấu hình tài khoản cán bộ một cửa. ".repeat(40).trim();
    const text = Array.from({ length: 4 }, () => paragraph).join("\n\n").slice(0, 6000);
    const sent = await channel.send("501", { text, choices: [{ id: "ok", label: "Đã hiểu" }] });

    const calls = recorder.callsTo("sendMessage");
    expect(calls).toHaveLength(2);
    for (const c of calls) expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
    expect(calls.map((c) => String(c.payload.text)).join(" ").replace(/\s+/g, " ")).toBe(text.replace(/\s+/g, " "));
    expect(calls[0]?.payload.reply_markup).toBeUndefined();
    expect(calls[1]?.payload.reply_markup).toBeDefined();
    expect(sent.messageId).toBe("101");
  });

  it("targets a forum topic and quotes the original message on the first part only", async () => {
    const { channel, recorder } = makeChannel();
    await channel.send("-100200300", { text: "a ".repeat(3000), threadId: "55", replyToMessageId: "9" });
    const [first, second] = recorder.callsTo("sendMessage");
    expect(first?.payload).toMatchObject({
      chat_id: -100200300,
      message_thread_id: 55,
      reply_parameters: { message_id: 9, allow_sending_without_reply: true },
    });
    expect(second?.payload).toMatchObject({ message_thread_id: 55 });
    expect(second?.payload.reply_parameters).toBeUndefined();
  });

  it("sends a file as a document with the text as caption when it fits", async () => {
    const { channel, recorder } = makeChannel();
    await channel.send("501", {
      text: "Danh sách đăng ký",
      file: { fileName: "dang-ky.xlsx", mimeType: "application/vnd.ms-excel", data: Buffer.from("x") },
    });
    expect(recorder.callsTo("sendMessage")).toHaveLength(0);
    const doc = recorder.callsTo("sendDocument")[0]?.payload;
    expect(doc?.caption).toBe("Danh sách đăng ký");
    expect(doc?.document).toBeInstanceOf(InputFile);
    expect((doc?.document as InputFile).filename).toBe("dang-ky.xlsx");
  });

  it("sends a long text before the document when it does not fit a caption", async () => {
    const { channel, recorder } = makeChannel();
    await channel.send("501", {
      text: "x ".repeat(700),
      file: { fileName: "bao-cao.xlsx", mimeType: "application/vnd.ms-excel", data: Buffer.from("x") },
    });
    expect(recorder.calls.map((c) => c.method)).toEqual(["sendMessage", "sendDocument"]);
    expect(recorder.callsTo("sendDocument")[0]?.payload.caption).toBeUndefined();
  });

  it("refuses a choice id longer than 64 bytes without sending anything", async () => {
    const { channel, recorder } = makeChannel();
    const err = await sendError(channel.send("501", { text: "Chọn", choices: [{ id: "đ".repeat(33), label: "Quá dài" }] }));
    expect(err.kind).toBe("permanent");
    expect(recorder.calls).toHaveLength(0);
  });

  it("a 429 becomes SendError rate_limited with retry_after", async () => {
    const { channel, recorder } = makeChannel();
    recorder.rateLimitNext(17);
    const err = await sendError(channel.send("501", { text: "Nhắc lịch" }));
    expect(err.kind).toBe("rate_limited");
    expect(err.retryAfterSeconds).toBe(17);
  });

  it("a migrated group becomes SendError migrated with the new chat id", async () => {
    const { channel, recorder } = makeChannel();
    recorder.migrateNext(-1_004_000_123);
    const err = await sendError(channel.send("-4000123", { text: "Nhắc lịch" }));
    expect(err.kind).toBe("migrated");
    expect(err.migrateToChatId).toBe("-1004000123");
  });

  it("classifies server, network, timeout and refusal errors for the outbox", async () => {
    const { channel, recorder } = makeChannel();
    recorder.failNext(502, "Bad Gateway");
    expect((await sendError(channel.send("501", { text: "a" }))).kind).toBe("transient");
    recorder.networkErrorNext("reset");
    expect((await sendError(channel.send("501", { text: "a" }))).kind).toBe("transient");
    recorder.networkErrorNext("timeout");
    expect((await sendError(channel.send("501", { text: "a" }))).kind).toBe("timeout");
    recorder.failNext(403, "Forbidden: bot was blocked by the user");
    expect((await sendError(channel.send("501", { text: "a" }))).kind).toBe("permanent");
    recorder.failNext(400, "Bad Request: chat not found");
    expect((await sendError(channel.send("501", { text: "a" }))).kind).toBe("permanent");
  });

  it("logs failures with ids and codes only: no text, no token", async () => {
    const { channel, recorder, logLines } = makeChannel();
    recorder.failNext(403, "Forbidden: bot was blocked by the user");
    await sendError(channel.send("501", { text: "Mã OTP của anh là 998877" }));
    const logs = logLines.join("");
    expect(logs).toContain('"code":403');
    expect(logs).not.toContain("998877");
    expect(logs).not.toContain(TEST_TOKEN);
  });

  it("with auto-retry on, a short 429 is retried and the message goes out", async () => {
    const { channel, recorder } = makeChannel({ autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 } });
    recorder.rateLimitNext(0);
    const sent = await channel.send("501", { text: "Nhắc lịch" });
    expect(recorder.callsTo("sendMessage")).toHaveLength(2);
    expect(sent.messageId).toBe("100");
  });

  it("with auto-retry on, a 429 longer than the cap is handed back as rate_limited", async () => {
    const { channel, recorder } = makeChannel({ autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 } });
    recorder.rateLimitNext(600);
    const err = await sendError(channel.send("501", { text: "Nhắc lịch" }));
    expect(err.kind).toBe("rate_limited");
    expect(recorder.callsTo("sendMessage")).toHaveLength(1);
  });

  it("opens a forum topic with the name cut to 128 characters and returns its thread id", async () => {
    const { channel, recorder } = makeChannel();
    const thread = await channel.createTopic("-100200300", `Phiếu #12 ${"ư".repeat(200)}`);
    const payload = recorder.callsTo("createForumTopic")[0]?.payload;
    expect(String(payload?.name).length).toBe(128);
    expect(thread).toBe("100");
  });
});
