// Announcements: one /thongbao to every province and commune group (3,355 chats: 34 Sở groups and
// 3,321 commune groups), queued by the announcement service and sent by the real outbox sender to
// a fake Telegram that enforces Telegram's limits (30 messages/s overall, 1/s per chat, 20/min per
// group) and answers 429 with retry_after when they are exceeded. The clock is real time plus the
// sender's waits (which are skipped rather than slept), so store and CPU work count in full while
// the run does not take the two real minutes the pacing implies. rate_ratio = achieved rate ÷ 30/s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { createOutboxSender, TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { SendError, type Channel, type ChannelSender, type Reply } from "../../src/bot/types.js";
import type { Clock } from "../../src/clock.js";
import { createAnnouncementService } from "../../src/flows/announcements/service.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { openMigratedStore } from "../../src/store/db.js";
import type { Section } from "../lib/section.js";

const LIMIT_PER_S = 30;
const PER_CHAT_GAP_MS = 1000;
const PER_GROUP_PER_MIN = 20;
const COMMUNES = 3321;

/** Real time plus the waits the sender asked for (not slept). */
class SkippingClock implements Clock {
  private skipped = 0;
  now(): Date {
    return new Date(Date.now() + this.skipped);
  }
  skip(ms: number): void {
    this.skipped += Math.max(ms, 0);
  }
}

/** A Telegram that counts what arrives and refuses what breaks its limits, as the Bot API does. */
class LimitedTelegram implements ChannelSender {
  readonly channel: Channel = "telegram";
  readonly received = new Map<string, number>();
  count429 = 0;
  first = Infinity;
  last = 0;
  private window: number[] = [];
  private perChat = new Map<string, number[]>();
  constructor(private readonly clock: Clock) {}

  async send(chatId: string, _reply: Reply) {
    const now = this.clock.now().getTime();
    this.window = this.window.filter((t) => t > now - 1000);
    const mine = (this.perChat.get(chatId) ?? []).filter((t) => t > now - 60_000);
    const tooFast = this.window.length >= LIMIT_PER_S || (mine.length > 0 && now - mine.at(-1)! < PER_CHAT_GAP_MS) || mine.length >= PER_GROUP_PER_MIN;
    if (tooFast) {
      this.count429++;
      throw new SendError("telegram sendMessage: 429 Too Many Requests: retry after 1", "rate_limited", 1);
    }
    this.window.push(now);
    this.perChat.set(chatId, [...mine, now]);
    this.received.set(chatId, (this.received.get(chatId) ?? 0) + 1);
    this.first = Math.min(this.first, now);
    this.last = Math.max(this.last, now);
    return { messageId: String(this.window.length) };
  }
}

export const announcements: Section = {
  name: "announcements",
  title: "Thông báo tới mọi nhóm / One announcement to every group",
  labels: {
    recipients: "chats",
    seconds: "sending time (s)",
    rate_per_s: "achieved messages/s",
    binding_limit_per_s: "Telegram limit (msg/s)",
    rate_ratio: "achieved ÷ limit",
    count_429: "429 answers",
    duplicates: "duplicates",
    missing: "missing",
    queue_ms: "queue 1 announcement (ms)",
  },
  async run(opts) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-announce-"));
    const store = await openMigratedStore(`file:${path.join(dir, "bot.db")}`);
    try {
      const communes = opts.quick ? 300 : COMMUNES;
      const groups = [
        ...PROVINCES.map((p, i) => ({ id: String(-1001000000 - i), province: p, audience: "so" })),
        ...Array.from({ length: communes }, (_, i) => ({ id: String(-1002000000 - i), province: PROVINCES[i % PROVINCES.length]!, audience: "xa" })),
      ];
      for (let i = 0; i < groups.length; i += 500) {
        await store.chat.createMany({
          data: groups.slice(i, i + 500).map((g) => ({ channel: "telegram", externalId: g.id, kind: "group", title: g.id, province: g.province, audience: g.audience })),
        });
      }
      const clock = new SkippingClock();
      const log = pino({ level: "silent" });
      const service = createAnnouncementService({ store, clock, log });
      const q0 = performance.now();
      const created = await service.create({ text: "Hạn gửi danh sách cán bộ đầu mối được gia hạn đến 23/01.", audience: "all", provinces: [] }, "bench");
      const queueMs = performance.now() - q0;
      if (!created.ok) throw new Error(`announcement not queued: ${created.reason}`);

      const telegram = new LimitedTelegram(clock);
      const sender = createOutboxSender({
        store,
        clock,
        log,
        senders: new Map<Channel, ChannelSender>([["telegram", telegram]]),
        pacing: { telegram: TELEGRAM_PACING },
        maxAttempts: 8,
        sleep: async (ms) => clock.skip(ms),
      });
      await sender.drain();
      const seconds = (telegram.last - telegram.first) / 1000 + 1 / LIMIT_PER_S;
      const delivered = [...telegram.received.values()];
      const rate = delivered.length / seconds;
      return {
        recipients: groups.length,
        seconds: Math.round(seconds * 10) / 10,
        rate_per_s: Math.round(rate * 10) / 10,
        binding_limit_per_s: LIMIT_PER_S,
        rate_ratio: Math.round((rate / LIMIT_PER_S) * 1000) / 1000,
        count_429: telegram.count429,
        duplicates: delivered.reduce((n, c) => n + c - 1, 0),
        missing: groups.length - delivered.length,
        queue_ms: Math.round(queueMs),
      };
    } finally {
      await store.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
