// The five sentences of issue 10, typed as officers type them, through the real bot process in the
// shell, against the Telegram emulator and against the Zalo fake: each reaches the right process
// or answer, and the follow-up is read against the question before it.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeZaloServer, textUpdate } from "../fakes/zalo-fake-server.js";
import { ROOT, startBot, type BotProcess } from "../helpers/bot-process.js";
import { startTelegramEmulator, type TelegramEmulator } from "../helpers/telegram-emulator.js";

const DOCS = path.join(ROOT, "../shared/guidance");
const SUPPORT = { SUPPORT_CHAT: "telegram:-1009000" };
const TOKEN = "123456:e2e-conversation-token-abcdefgh";

/** Each sentence, and what its reply must show. The last two are one question and its follow-up. */
const SENTENCES: [string, RegExp][] = [
  ["tôi muốn đăng ký", /Phiếu đăng ký cán bộ đầu mối/],
  ["cho mình xem lịch tập huấn của Hà Tĩnh", /(Lịch tập huấn sắp tới|chưa có buổi tập huấn sắp tới nào) của Hà Tĩnh/],
  ["tôi cần nói chuyện với cán bộ hỗ trợ của Bộ", /gõ câu hỏi cần gửi cho cán bộ hỗ trợ/],
  ["liên hệ ai khi gặp sự cố kỹ thuật", /Nguyễn Minh Sơn.*0976953686/s],
  ["Mỗi Sở cử mấy cán bộ phối hợp?", /02 cán bộ phối hợp/],
  ["còn cấp xã thì sao?", /01 cán bộ quản trị hệ thống/],
];

describe("the five sentences in the shell", () => {
  it("reach registration, the schedule, support staff, the contacts and the follow-up answer", async () => {
    const bot = startBot({ KB_DOCS_DIR: DOCS, ...SUPPORT });
    await bot.waitFor(/Ctrl\+D/);
    for (const [text, want] of SENTENCES) {
      bot.proc.stdin.write(`${text}\n`);
      await bot.waitFor(want);
      // The form and the support draft wait for input: leave them before the next sentence.
      if (/đăng ký|nói chuyện/.test(text)) {
        bot.proc.stdin.write("/huy\n");
        await bot.waitFor(/Đã huỷ thao tác đang làm/);
      }
    }
    expect(bot.stdout()).not.toMatch(/chưa tìm thấy câu trả lời chắc chắn/);
    bot.proc.stdin.end();
    expect(await bot.exited).toBe(0);
  }, 60_000);
});

describe("the five sentences on Telegram (emulator)", () => {
  let server: TelegramEmulator;
  let bot: BotProcess;

  beforeAll(async () => {
    server = await startTelegramEmulator();
    bot = startBot({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL, KB_DOCS_DIR: DOCS, ...SUPPORT });
    await bot.waitFor(/bot started/);
  }, 60_000);

  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await server.stop();
  });

  it("answers each in a private chat as the right process, the follow-up in context", async () => {
    const [single, pair] = [SENTENCES.slice(0, 4), SENTENCES.slice(4)];
    for (const [i, [text, want]] of single.entries()) {
      const client = server.getClient(TOKEN, { userId: 700 + i, chatId: 700 + i, firstName: "Hà", timeout: 15_000 });
      await client.sendMessage(client.makeMessage(text));
      const { result } = await client.getUpdates();
      expect(result.map((u) => u.message.text).join("\n"), text).toMatch(want);
    }
    const client = server.getClient(TOKEN, { userId: 790, chatId: 790, firstName: "Hà", timeout: 15_000 });
    for (const [text, want] of pair) {
      await client.sendMessage(client.makeMessage(text));
      const { result } = await client.getUpdates();
      expect(result.map((u) => u.message.text).join("\n"), text).toMatch(want);
    }
  });
});

describe("the five sentences on Zalo (fake)", () => {
  let fake: FakeZaloServer;
  let bot: BotProcess;

  beforeAll(async () => {
    fake = await FakeZaloServer.start({ maxPollWaitMs: 200 });
    bot = startBot({ ZALO_BOT_TOKEN: fake.token, ZALO_API_ROOT: fake.baseUrl, KB_DOCS_DIR: DOCS, ...SUPPORT });
    await bot.waitFor(/bot started/);
  }, 60_000);

  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    await fake.close();
  });

  /** What the bot said in a chat after the first `skip` messages, once it shows `want` (or after 15 s). */
  async function saidAfter(chatId: string, skip: number, want: RegExp): Promise<string> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const said = fake.sent.filter((s) => s.chat_id === chatId).slice(skip).map((s) => s.text).join("\n");
      if (want.test(said) || Date.now() > deadline) return said;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it("answers each in the officer's chat, the follow-up in context", async () => {
    for (const [i, [text, want]] of SENTENCES.entries()) {
      // One chat per request; the question and its follow-up share one.
      const chatId = i < 4 ? `zconv-${i}` : "zconv-pair";
      const before = fake.sent.filter((s) => s.chat_id === chatId).length;
      // The follow-up goes after the whole answer to the question has been sent.
      if (i === 5) await new Promise((r) => setTimeout(r, 300));
      fake.pushUpdate(textUpdate({ chatId, fromId: `${chatId}-user`, text, messageId: `zconv-m${i}` }));
      expect(await saidAfter(chatId, before, want), text).toMatch(want);
    }
  });
});
