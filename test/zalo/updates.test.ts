import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/bot/commands.js";
import { parseUpdate, secretMatches, toIncoming, updateDedupeKey } from "../../src/bot/zalo/updates.js";
import { textUpdate } from "../fakes/zalo-fake-server.js";

function parsed(body: unknown) {
  const result = parseUpdate(body);
  if (!result.ok) throw new Error(`expected a valid update: ${result.error}`);
  return result.update;
}

describe("Zalo update parsing", () => {
  it("accepts raw and { ok, result }-wrapped bodies alike", () => {
    const raw = textUpdate({ text: "Xin chào", messageId: "m1" });
    expect(parsed(raw).message?.message_id).toBe("m1");
    expect(parsed({ ok: true, result: raw }).message?.message_id).toBe("m1");
  });

  it("rejects a message without chat, without leaking values in the error", () => {
    const result = parseUpdate({ event_name: "message.text.received", message: { message_id: "m", from: { id: "u" }, text: "0912345678" } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain("message.chat");
      expect(result.error).not.toContain("0912345678");
    }
    expect(parseUpdate("not an object").ok).toBe(false);
  });

  it("parses unknown events without turning them into Incoming", () => {
    const update = parsed({ event_name: "message.reaction.received", something: { new: true } });
    expect(toIncoming(update)).toBeUndefined();
    const sticker = parsed({ ...textUpdate({ text: "" }), event_name: "message.sticker.received" });
    expect(toIncoming(sticker)).toBeUndefined();
  });

  it("takes the sender's name from display_name, else name or first_name, and numeric ids as strings", () => {
    const update = parsed({
      event_name: "message.text.received",
      message: { message_id: 42, from: { id: 7, first_name: "Lan" }, chat: { id: 7, chat_type: "PRIVATE" }, text: "hi" },
    });
    const incoming = toIncoming(update)!;
    expect(incoming.sender).toEqual({ id: "7", displayName: "Lan", isBot: false });
    expect(incoming.messageId).toBe("42");
    expect(incoming.chat).toEqual({ id: "7", kind: "private" });
    expect(updateDedupeKey(update)).toBe("message.text.received:42");
  });

  it("normalises text to NFC and reads a leading command", () => {
    // "Hỏi" typed with combining marks (NFD), as some keyboards send it.
    const nfd = "/Hoi   thủ tục cấp đổi".normalize("NFD");
    const incoming = toIncoming(parsed(textUpdate({ text: nfd })))!;
    expect(incoming.rawText).toBe(nfd.normalize("NFC"));
    expect(incoming.command).toBe("hoi");
    expect(incoming.args).toBe("thủ tục cấp đổi");
    expect(incoming.text).toBe("thủ tục cấp đổi");
    expect(incoming.mentioned).toBe(false);
    expect(incoming.repliedToBot).toBe(false);
  });

  it("marks group messages as mentions and strips a leading @BotName", () => {
    const update = parsed(textUpdate({ text: "@Trợ lý GQTTHC  lịch tập huấn tuần này?", chatType: "GROUP", chatId: "g-1" }));
    const incoming = toIncoming(update, { botNames: ["Trợ lý GQTTHC"] })!;
    expect(incoming.chat).toEqual({ id: "g-1", kind: "group" });
    expect(incoming.mentioned).toBe(true);
    expect(incoming.text).toBe("lịch tập huấn tuần này?");

    const command = toIncoming(parsed(textUpdate({ text: "@trợ lý gqtthc /start", chatType: "GROUP" })), {
      botNames: ["Trợ lý GQTTHC"],
    })!;
    expect(command.command).toBe("start");

    // Someone else's name stays in the text.
    const other = toIncoming(parsed(textUpdate({ text: "@Trợ lý GQTTHC2 xem giúp", chatType: "GROUP" })), {
      botNames: ["Trợ lý GQTTHC"],
    })!;
    expect(other.text).toBe("@Trợ lý GQTTHC2 xem giúp");
  });

  it("reads an image caption as text", () => {
    const update = parsed({
      event_name: "message.image.received",
      message: { message_id: "p1", from: { id: "u" }, chat: { id: "u", chat_type: "PRIVATE" }, photo_url: "https://x/y.jpg", caption: "Lỗi này là gì?" },
    });
    expect(toIncoming(update)?.text).toBe("Lỗi này là gì?");
  });

  it("parses commands only at the start", () => {
    expect(parseCommand("/dangky")).toEqual({ command: "dangky", args: "" });
    expect(parseCommand("/start@SomeBot xin chào")).toEqual({ command: "start", args: "xin chào" });
    expect(parseCommand("gõ /start để bắt đầu")).toBeUndefined();
  });
});

describe("secretMatches", () => {
  it("accepts only the exact secret", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true);
    expect(secretMatches("s3cret-valuE", "s3cret-value")).toBe(false);
    expect(secretMatches("s3cret", "s3cret-value")).toBe(false);
    expect(secretMatches(undefined, "s3cret-value")).toBe(false);
    expect(secretMatches(["s3cret-value"], "s3cret-value")).toBe(false);
    expect(secretMatches("", "")).toBe(false);
  });
});
