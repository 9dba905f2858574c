// The real bot process against the telegram-test-api emulator: private /start gets the menu as an
// inline keyboard; in a group a plain message is ignored and a mention is answered.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramEmulator, type TelegramEmulator } from "../helpers/telegram-emulator.js";
import { ROOT, startBot, type BotProcess } from "../helpers/bot-process.js";

const TOKEN = "123456:e2e-telegram-token-abcdefghij";

describe("Telegram end to end (emulator)", () => {
  let server: TelegramEmulator;
  let bot: BotProcess;

  beforeAll(async () => {
    server = await startTelegramEmulator();
    bot = startBot({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: server.config.apiURL,
      KB_DOCS_DIR: path.join(ROOT, "../shared/guidance"),
    });
    await bot.waitFor(/bot started/);
  }, 60_000);

  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await server.stop();
  });

  it("answers /start in a private chat with the menu as an inline keyboard", async () => {
    const client = server.getClient(TOKEN, { userId: 501, chatId: 501, firstName: "An", timeout: 15_000 });
    await client.sendCommand(client.makeCommand("/start"));
    const { result } = await client.getUpdates();
    const message = result[0]!.message;
    expect(message.text).toMatch(/trợ lý tự động/);
    const buttons = (message.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text);
    expect(buttons).toEqual(["Đặt câu hỏi", "Đăng ký cán bộ đầu mối", "Lịch tập huấn", "Gửi câu hỏi cho cán bộ hỗ trợ"]);
  });

  it("ignores a plain group message and answers a mention", async () => {
    const client = server.getClient(TOKEN, { userId: 502, chatId: -4001, type: "group", chatTitle: "Sở VHTTDL Nghệ An", firstName: "Bình", timeout: 15_000 });
    await client.sendMessage(client.makeMessage("Mọi người ơi, chiều nay họp nhé"));
    const question = "@TestNameBot Hạn gửi danh sách cán bộ đầu mối là ngày nào?";
    await client.sendMessage(client.makeMessage(question, { entities: [{ type: "mention", offset: 0, length: 12 }] }));
    const { result } = await client.getUpdates();
    expect(result).toHaveLength(1);
    expect(result[0]!.message.text).toMatch(/16\/01\/2026/);
    expect(result[0]!.message.text).toMatch(/Nguồn:/);
  });
});
