// A flood of 400 updates from one person does not hold up another person's answer: each chat has
// its own queue (and the flooder is soon asked to slow down). Real timers, the whole bot in-process.
import { afterEach, describe, expect, it } from "vitest";
import { textUpdate } from "../fakes/zalo-fake-server.js";
import { createFullBot, TG_PATH, ZALO_PATH, type FullBot } from "../helpers/full-bot.js";
import { privateText } from "../helpers/telegram-recorder.js";

let bot: FullBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const FLOOD = 400;
const QUESTION = "Hạn gửi danh sách cán bộ đầu mối là ngày nào?";

describe("a 400-update flood from one person", () => {
  {
    it("Telegram webhook: another person is answered within 2 s", async () => {
      bot = await createFullBot({ USER_MESSAGES_PER_MINUTE: "30" });
      const b = bot;
      const flood = Array.from({ length: FLOOD }, (_, i) => b.post(TG_PATH, JSON.stringify(privateText(`${QUESTION} ${i}`, { userId: 666 }))));
      // Let the flood get going first.
      await new Promise((r) => setTimeout(r, 50));
      const asked = Date.now();
      await b.post(TG_PATH, JSON.stringify(privateText("/start", { userId: 777 })));
      const answeredAt = await waitFor(() => b.recorder.callsTo("sendMessage").some((c) => c.payload.chat_id === 777), 10_000);
      expect(answeredAt - asked).toBeLessThan(2_000);
      await Promise.all(flood);
      await b.settle();
      // The flooder got answers (or one polite notice), and nothing failed.
      expect(b.recorder.callsTo("sendMessage").filter((c) => c.payload.chat_id === 666).length).toBeGreaterThan(0);
      expect(b.errors.filter((l) => /failed/.test(l))).toEqual([]);
    }, 120_000);
  }

  it("Zalo webhook: another person is answered within 2 s", async () => {
    bot = await createFullBot({ USER_MESSAGES_PER_MINUTE: "30" });
    const b = bot;
    const flood = Array.from({ length: FLOOD }, (_, i) => b.post(ZALO_PATH, JSON.stringify(textUpdate({ text: `${QUESTION} ${i}`, fromId: "flooder", messageId: `f${i}` }))));
    await Promise.all(flood);
    const asked = Date.now();
    await b.post(ZALO_PATH, JSON.stringify(textUpdate({ text: "/start", fromId: "patient", messageId: "p1" })));
    const answeredAt = await waitFor(() => b.zaloSent.some((s) => s.chatId === "patient"), 10_000);
    expect(answeredAt - asked).toBeLessThan(2_000);
    await b.settle();
    // On PostgreSQL the flood's last replies may still be on their way when settle() returns.
    await waitFor(() => b.zaloSent.some((s) => s.chatId === "flooder" && /gửi tin hơi nhanh/.test(s.text)), 10_000);
    await b.settle();
    const toFlooder = b.zaloSent.filter((s) => s.chatId === "flooder").map((s) => s.text);
    // One notice, not one per extra message.
    expect(toFlooder.filter((t) => /gửi tin hơi nhanh/.test(t))).toHaveLength(1);
  }, 120_000);
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
  return Date.now();
}
