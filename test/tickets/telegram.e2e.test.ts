// The real bot process (src/main.ts) against the telegram-test-api emulator, with two people: an
// officer in a private chat and a staff member in the support supergroup. The emulator has no
// forum topics, so the support chat gets one plain message per ticket and staff reply to it.
//
// Needs the tickets feature wired into src/app.ts and src/main.ts (see the tickets report).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramEmulator, type TelegramEmulator } from "../helpers/telegram-emulator.js";
import { startBot, type BotProcess } from "../helpers/bot-process.js";
import { docsDir, UNANSWERED } from "./helpers.js";

const TOKEN = "123456:e2e-tickets-token-abcdefghij";
const SUPPORT = -1001234500;
const STAFF = 7001;
/** getMe in the emulator. */
const EMULATED_BOT = { id: 666, is_bot: true, first_name: "Test First name", username: "TestNameBot" };

type Client = ReturnType<TelegramEmulator["getClient"]>;
interface BotMessage {
  messageId: number;
  message: { text: string; reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] } };
}

/** Waits for the bot's next message to this client's chat that matches. */
async function expectMessage(client: Client, pattern: RegExp, timeoutMs = 15_000): Promise<BotMessage> {
  const deadline = Date.now() + timeoutMs;
  const seen: string[] = [];
  while (Date.now() < deadline) {
    const { result } = (await client.getUpdates().catch(() => ({ result: [] }))) as { result: BotMessage[] };
    for (const m of result) {
      if (pattern.test(m.message.text)) return m;
      seen.push(m.message.text);
    }
  }
  throw new Error(`no message matching ${pattern}; saw:\n${seen.join("\n---\n")}`);
}

const button = (m: BotMessage, label: RegExp) => m.message.reply_markup!.inline_keyboard.flat().find((b) => label.test(b.text))!;

describe("tickets end to end (Telegram emulator, real bot process)", () => {
  let server: TelegramEmulator;
  let bot: BotProcess;

  beforeAll(async () => {
    server = await startTelegramEmulator();
    bot = startBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      SUPPORT_CHAT: `telegram:${SUPPORT}`,
      SUPPORT_STAFF_IDS: `telegram:${STAFF}`,
      KB_DOCS_DIR: docsDir(),
    });
    await bot.waitFor(/bot started/, 40_000);
  }, 60_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
    await server?.stop();
  });

  it("a declined question becomes a ticket, staff answer it from the support group, close it, and /faq answers it for everyone", async () => {
    const officer = server.getClient(TOKEN, { userId: 501, chatId: 501, firstName: "Lan", timeout: 2_000 });
    const staff = server.getClient(TOKEN, { userId: STAFF, chatId: SUPPORT, type: "supergroup", chatTitle: "Hỗ trợ GQTTHC", firstName: "Minh", timeout: 2_000 });

    await officer.sendMessage(officer.makeMessage(UNANSWERED));
    const declined = await expectMessage(officer, /chưa tìm thấy câu trả lời/);
    const open = button(declined, /Gửi cán bộ hỗ trợ/);
    expect(open.callback_data).toMatch(/^ticket:open:\d+$/);
    await officer.sendCallback(officer.makeCallbackQuery(open.callback_data, { message: { message_id: declined.messageId } }));
    const confirm = await expectMessage(officer, /Tôi sẽ gửi câu hỏi sau/);
    await officer.sendCallback(officer.makeCallbackQuery(button(confirm, /Gửi ngay/).callback_data, { message: { message_id: confirm.messageId } }));
    await expectMessage(officer, /Số phiếu của anh\/chị: #1\b/);

    // The ticket reaches the support group with who asked and what.
    const post = await expectMessage(staff, /Phiếu #1/);
    expect(post.message.text).toContain(UNANSWERED);
    expect(post.message.text).toContain("Lan");

    // A staff reply to the ticket's message reaches the officer, marked with the ticket number.
    const date = Math.floor(Date.now() / 1000);
    await staff.sendMessage(
      staff.makeMessage("Anh/chị liên hệ quản trị cấp tỉnh để được cấp lại mật khẩu.", {
        reply_to_message: { message_id: post.messageId, from: EMULATED_BOT, chat: { id: SUPPORT, type: "supergroup" }, date, text: post.message.text },
      }),
    );
    await expectMessage(staff, /Đã chuyển.*#1/);
    await expectMessage(officer, /phiếu #1[\s\S]*cấp lại mật khẩu/);

    // Staff close it; the officer rates it.
    await staff.sendCommand(staff.makeCommand("/dong 1"));
    await expectMessage(staff, /Đã đóng phiếu #1/);
    const rating = await expectMessage(officer, /đánh giá mức độ hài lòng/);
    await officer.sendCallback(officer.makeCallbackQuery(button(rating, /^5/).callback_data, { message: { message_id: rating.messageId } }));
    await expectMessage(officer, /5\/5/);

    // Promoted to the FAQ, the same question is answered directly.
    await staff.sendCommand(staff.makeCommand("/faq 1"));
    await expectMessage(staff, /bộ hỏi đáp/);
    await officer.sendMessage(officer.makeMessage(UNANSWERED));
    const direct = await expectMessage(officer, /cấp lại mật khẩu|chưa tìm thấy/);
    expect(direct.message.text).toContain("cấp lại mật khẩu");
  });
});
