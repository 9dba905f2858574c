import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  botAddedToGroup,
  callback,
  channelPost,
  editedText,
  groupText,
  migrate,
  privateDocument,
  privateText,
  TEST_BOT,
  TEST_TOKEN,
  USER,
} from "../helpers/telegram-recorder.js";
import { makeChannel } from "./harness.js";

describe("Telegram updates reach the router as neutral Incoming", () => {
  it("a private /start arrives as command 'start' with the sender's name", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(privateText("/start"));
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).toMatchObject({
      channel: "telegram",
      chat: { id: String(USER.id), kind: "private" },
      sender: { id: String(USER.id), displayName: "Nguyễn Văn An" },
      command: "start",
      args: "",
      text: "",
      mentioned: false,
      repliedToBot: false,
    });
  });

  it("'/START@TheBot x' is the start command with argument x", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(privateText("/START@TheBot  x y "));
    expect(incoming[0]).toMatchObject({ command: "start", args: "x y", text: "x y", rawText: "/START@TheBot  x y " });
  });

  it("a command addressed to another bot is not a command for us", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(groupText("/start@OtherBot"));
    expect(incoming[0]?.command).toBeUndefined();
    expect(incoming[0]?.mentioned).toBe(false);
  });

  it("text is NFC-normalised (decomposed Vietnamese from some keyboards)", async () => {
    const { channel, incoming } = makeChannel();
    const decomposed = "Đăng ky\u0301 tài khoản".normalize("NFD");
    await channel.bot.handleUpdate(privateText(decomposed));
    expect(incoming[0]?.text).toBe("Đăng ký tài khoản");
    expect(incoming[0]?.rawText).toBe("Đăng ký tài khoản");
  });

  it("a plain group message is neither a mention nor a reply", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(groupText("Chào cả nhà", { chatId: -100_777, title: "Sở TTTT" }));
    expect(incoming[0]).toMatchObject({
      chat: { id: "-100777", kind: "group", title: "Sở TTTT", isForum: false },
      text: "Chào cả nhà",
      mentioned: false,
      repliedToBot: false,
    });
    expect(incoming[0]?.replyToMessageId).toBeUndefined();
  });

  it("a mention of the bot is flagged and removed from the text", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(groupText("@TheBot lịch tập huấn tuần này?"));
    expect(incoming[0]).toMatchObject({ mentioned: true, text: "lịch tập huấn tuần này?" });
  });

  it("a mention of someone else is not a mention of the bot", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(groupText("@someone_else xem giúp"));
    expect(incoming[0]).toMatchObject({ mentioned: false, text: "@someone_else xem giúp" });
  });

  it("a reply to the bot is flagged with the replied message id", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(groupText("Vâng, đúng rồi", { replyToBot: 4242 }));
    expect(incoming[0]).toMatchObject({ repliedToBot: true, replyToMessageId: "4242", mentioned: false });
  });

  it("a reply to another member is not a reply to the bot", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(groupText("đồng ý", { replyToUser: 77 }));
    expect(incoming[0]).toMatchObject({ repliedToBot: false, replyToMessageId: "77" });
  });

  it("a forum topic message carries its thread id but is not a reply to the topic root", async () => {
    const { channel, incoming } = makeChannel();
    const update = groupText("Đã xử lý xong", { isForum: true, threadId: 55 });
    // Telegram makes every topic message "reply" to the topic's first message.
    Object.assign(update.message!, {
      reply_to_message: {
        message_id: 55,
        date: 0,
        chat: update.message!.chat,
        from: TEST_BOT,
        forum_topic_created: { name: "Phiếu #12", icon_color: 0 },
      },
    });
    await channel.bot.handleUpdate(update);
    expect(incoming[0]).toMatchObject({ threadId: "55", chat: { isForum: true }, repliedToBot: false });
    expect(incoming[0]?.replyToMessageId).toBeUndefined();
  });

  it("a button press arrives as a choice and the callback query is answered", async () => {
    const { channel, incoming, recorder } = makeChannel();
    await channel.bot.handleUpdate(callback("menu:ask", { messageId: 321 }));
    expect(incoming[0]).toMatchObject({ choice: "menu:ask", text: "", replyToMessageId: "321" });
    expect(recorder.callsTo("answerCallbackQuery")).toHaveLength(1);
  });

  it("a failing answerCallbackQuery does not lose the press", async () => {
    const { channel, incoming, recorder } = makeChannel();
    recorder.failNext(400, "Bad Request: query is too old and response timeout expired");
    await channel.bot.handleUpdate(callback("menu:ask"));
    expect(incoming[0]?.choice).toBe("menu:ask");
  });

  it("the bot being added to a group arrives as joinedGroup", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(botAddedToGroup({ chatId: -100_555, title: "UBND xã A" }));
    expect(incoming[0]).toMatchObject({ joinedGroup: true, chat: { id: "-100555", kind: "group", title: "UBND xã A" } });
  });

  it("the bot being removed or promoted is not a join", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(botAddedToGroup({ oldStatus: "member", newStatus: "kicked" }));
    await channel.bot.handleUpdate(botAddedToGroup({ oldStatus: "member", newStatus: "administrator" }));
    expect(incoming).toHaveLength(0);
  });

  it("a migrate_to_chat_id service message calls onChatMigrated, not the router", async () => {
    const { channel, incoming, migrations } = makeChannel();
    await channel.bot.handleUpdate(migrate({ fromChatId: -4_123, toChatId: -1_004_123 }));
    expect(migrations).toEqual([["-4123", "-1004123"]]);
    expect(incoming).toHaveLength(0);
  });

  it("edited messages, channel posts and the bot's own messages are ignored", async () => {
    const { channel, incoming } = makeChannel();
    await channel.bot.handleUpdate(editedText("sửa lại"));
    await channel.bot.handleUpdate(channelPost("thông báo"));
    await channel.bot.handleUpdate(groupText("tin của chính bot", { userId: TEST_BOT.id }));
    expect(incoming).toHaveLength(0);
  });

  it("a router failure is logged without the user's text and the next update still flows", async () => {
    let calls = 0;
    const { channel, logLines } = makeChannel({
      hooks: {
        onIncoming: async (m) => {
          calls++;
          if (calls === 1) throw new Error(`cannot handle ${m.text}`);
        },
      },
    });
    await channel.bot.handleUpdate(privateText("số điện thoại của tôi 0912345678"));
    await channel.bot.handleUpdate(privateText("xin chào"));
    expect(calls).toBe(2);
    const logs = logLines.join("");
    expect(logs).toContain("telegram hook failed");
    expect(logs).not.toContain("0912345678");
  });

  describe("documents", () => {
    let close: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await close?.();
      close = undefined;
    });

    it("arrive with name, type and size, and download through getFile and the file URL", async () => {
      const seen: string[] = [];
      const server = createServer((req, res) => {
        seen.push(req.url ?? "");
        res.end(Buffer.from("PK-xlsx-bytes"));
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      close = () => new Promise((r) => server.close(() => r()));
      const { port } = server.address() as AddressInfo;

      const { channel, incoming, recorder, logLines } = makeChannel({ apiRoot: `http://127.0.0.1:${port}` });
      await channel.bot.handleUpdate(privateDocument({ fileId: "F1", fileName: "danh-sach.xlsx", size: 13, caption: "Nhờ kiểm tra" }));
      const doc = incoming[0]?.document;
      expect(doc).toMatchObject({ fileName: "danh-sach.xlsx", size: 13 });
      expect(incoming[0]?.text).toBe("Nhờ kiểm tra");

      const bytes = await doc!.download();
      expect(bytes.toString()).toBe("PK-xlsx-bytes");
      expect(recorder.callsTo("getFile")[0]?.payload).toMatchObject({ file_id: "F1" });
      expect(seen).toEqual([`/file/bot${TEST_TOKEN}/documents/F1.bin`]);
      expect(logLines.join("")).not.toContain(TEST_TOKEN);
    });
  });
});
