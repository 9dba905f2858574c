import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SendError } from "../../src/bot/types.js";
import { createZaloChannel, type ZaloChannel } from "../../src/bot/zalo/adapter.js";
import { ZaloBotClient } from "../../src/bot/zalo/client.js";
import { common, zalo as texts } from "../../src/messages/index.js";
import { FakeZaloServer } from "../fakes/zalo-fake-server.js";
import { captureLogger, incomingRecorder } from "./helpers.js";

let fake: FakeZaloServer;
let channel: ZaloChannel;

function makeChannel(opts: { timeoutMs?: number; perChatIntervalMs?: number } = {}): ZaloChannel {
  return createZaloChannel({
    client: new ZaloBotClient({ token: fake.token, baseUrl: fake.baseUrl, timeoutMs: opts.timeoutMs ?? 2_000 }),
    hooks: incomingRecorder().hooks,
    log: captureLogger().log,
    mode: "polling",
    perChatIntervalMs: opts.perChatIntervalMs ?? 0,
  });
}

beforeEach(async () => {
  fake = await FakeZaloServer.start();
  channel = makeChannel();
});
afterEach(async () => {
  await fake.close();
});

async function sendError(p: Promise<unknown>): Promise<SendError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(SendError);
    return err as SendError;
  }
  throw new Error("expected send to fail");
}

describe("Zalo channel, sending", () => {
  it("splits a long reply into messages of at most 2000 characters, at paragraph boundaries", async () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Mục ${i + 1}. ` + "Nội dung hướng dẫn chi tiết. ".repeat(20).trim());
    const text = paragraphs.join("\n\n");
    expect(text.length).toBeGreaterThan(4000);

    const result = await channel.send("chat-1", { text });
    const sent = fake.sent;
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const m of sent) {
      expect(m.chat_id).toBe("chat-1");
      expect(m.text.length).toBeLessThanOrEqual(2000);
      // Every part starts at a paragraph, never mid-sentence.
      expect(m.text).toMatch(/^Mục \d+\./);
    }
    expect(sent.map((m) => m.text).join("\n\n")).toBe(text);
    expect(result.messageId).toBe(sent.at(-1)!.message_id);
  });

  it("renders choices as a numbered list with a hint", async () => {
    await channel.send("chat-2", {
      text: "Anh/chị cần hỗ trợ gì?",
      choices: [
        { id: "ask", label: "Hỏi đáp" },
        { id: "register", label: "Đăng ký đầu mối" },
        { id: "schedule", label: "Lịch tập huấn" },
      ],
    });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.text).toBe(
      `Anh/chị cần hỗ trợ gì?\n\n1. Hỏi đáp\n2. Đăng ký đầu mối\n3. Lịch tập huấn\n\n${common.choiceHint}`,
    );
  });

  it("replaces a file with a note, since Zalo cannot send files", async () => {
    await channel.send("chat-3", {
      text: "Danh sách đầu mối đã xuất.",
      file: { fileName: "dau-moi.xlsx", mimeType: "application/vnd.ms-excel", data: Buffer.from("x") },
    });
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.text).toContain("Danh sách đầu mối đã xuất.");
    expect(fake.sent[0]!.text).toContain("dau-moi.xlsx");
    expect(fake.sent[0]!.text).toContain(texts.fileNotSupported("dau-moi.xlsx"));
    expect(fake.callsOf("sendPhoto")).toEqual([]);
  });

  it("translates API failures into SendError kinds the outbox can act on", async () => {
    fake.failNextSendMessage(1, 429);
    expect((await sendError(channel.send("c", { text: "a" }))).kind).toBe("rate_limited");

    fake.failNextSendMessage(1, 500);
    expect((await sendError(channel.send("c", { text: "a" }))).kind).toBe("transient");

    fake.failNext("sendMessage", 1, { error_code: 403, description: "Internal error" });
    expect((await sendError(channel.send("c", { text: "a" }))).kind).toBe("transient");

    fake.failNext("sendMessage", 1, { error_code: 404, description: "Chat not found" });
    const notFound = await sendError(channel.send("c", { text: "a" }));
    expect(notFound.kind).toBe("permanent");
    expect(notFound.message).not.toContain(fake.token);

    fake.stallNext("sendMessage", 1);
    const slow = makeChannel({ timeoutMs: 200 });
    expect((await sendError(slow.send("c", { text: "a" }))).kind).toBe("timeout");

    // After the failures, sending works again.
    expect((await channel.send("c", { text: "ok" })).messageId).toBeTruthy();
  });

  it("refuses an empty reply instead of sending an empty message", async () => {
    expect((await sendError(channel.send("c", { text: "   " }))).kind).toBe("permanent");
    expect(fake.callsOf("sendMessage")).toEqual([]);
  });

  it("paces messages to one chat", async () => {
    const paced = makeChannel({ perChatIntervalMs: 150 });
    const text = ["A".repeat(1500), "B".repeat(1500), "C".repeat(1500)].join("\n\n");
    await paced.send("chat-p", { text });
    const calls = fake.callsOf("sendMessage");
    expect(calls).toHaveLength(3);
    expect(calls[2]!.at - calls[0]!.at).toBeGreaterThanOrEqual(280);
  });
});
