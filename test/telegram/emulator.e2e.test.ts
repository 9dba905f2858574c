// End to end against telegram-test-api: real HTTP long polling on loopback, the emulator acting
// as the user. Kept to one scenario; the in-process tests cover the details.
import type { Transformer } from "grammy";
import pino from "pino";
import TelegramServerModule from "telegram-test-api";
import { afterEach, expect, it } from "vitest";
import { createTelegramChannel, type TelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Incoming } from "../../src/bot/types.js";
import { freePort } from "../helpers/bot-process.js";

// The package's typings say `export default`, but its index.js replaces module.exports with the
// class itself, so under NodeNext the default import *is* the class.
const TelegramServer = TelegramServerModule as unknown as typeof TelegramServerModule.default;


// The emulator ignores getUpdates' `timeout` and answers at once; pause on empty polls so the
// polling loop does not spin a core.
const gentlePolling: Transformer = async (prev, method, payload, signal) => {
  const res = await prev(method, payload, signal);
  if (method === "getUpdates" && res.ok && Array.isArray(res.result) && res.result.length === 0) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return res;
};

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

it("a user's /start reaches the router and the reply arrives with buttons", async () => {
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1" });
  await server.start();
  cleanup.push(() => server.stop().then(() => undefined));

  const token = "424242:emulated-token";
  const client = server.getClient(token, { userId: 501, chatId: 501, firstName: "An", timeout: 10_000 });
  const received: Incoming[] = [];
  const channel: TelegramChannel = createTelegramChannel({
    token,
    apiRoot: server.config.apiURL,
    log: pino({ level: "silent" }),
    // setMyCommands is not emulated (HTTP 500): start() must shrug it off.
    commands: [{ command: "start", description: "Bắt đầu sử dụng trợ lý" }],
    transformers: [gentlePolling],
    hooks: {
      onIncoming: async (m) => {
        received.push(m);
        if (m.command === "start") {
          await channel.send(m.chat.id, {
            text: "Chào anh/chị! Anh/chị cần hỗ trợ gì?",
            choices: [
              { id: "menu:ask", label: "Hỏi đáp" },
              { id: "menu:register", label: "Đăng ký tài khoản" },
            ],
          });
        }
      },
    },
  });
  await channel.start();
  cleanup.push(() => channel.stop());

  await client.sendCommand(client.makeCommand("/start"));
  const { result } = await client.getUpdates();

  expect(received[0]).toMatchObject({ command: "start", chat: { id: "501", kind: "private" }, sender: { displayName: "An" } });
  expect(result).toHaveLength(1);
  const sent = result[0]!;
  expect(sent.message.text).toBe("Chào anh/chị! Anh/chị cần hỗ trợ gì?");
  expect(sent.message.reply_markup).toEqual({
    inline_keyboard: [
      [{ text: "Hỏi đáp", callback_data: "menu:ask" }],
      [{ text: "Đăng ký tài khoản", callback_data: "menu:register" }],
    ],
  });

  // Pressing a button comes back as a choice.
  await client.sendCallback(client.makeCallbackQuery("menu:ask", { message: { message_id: sent.messageId } }));
  await expect.poll(() => received.length, { timeout: 5_000 }).toBe(2);
  expect(received[1]).toMatchObject({ choice: "menu:ask", replyToMessageId: String(sent.messageId) });
});
