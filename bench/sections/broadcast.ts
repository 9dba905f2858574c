// Broadcast: one announcement to 3,355 groups (the 34 provinces and 3,321 communes) through the
// real outbox (rows in an SQLite file) and the real sender and Telegram adapter, against a local
// Bot API that enforces Telegram's limits and answers 429 when they are exceeded.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { createOutbox, createOutboxSender, TELEGRAM_PACING, type OutboxMessage } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Channel, ChannelSender } from "../../src/bot/types.js";
import { systemClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { openMigratedStore } from "../../src/store/db.js";
import { BENCH_BOT, BENCH_TOKEN } from "../lib/fake-telegram.js";
import { LimitsServer, TELEGRAM_LIMITS } from "../lib/limits-server.js";
import type { Section } from "../lib/section.js";
import { round } from "../lib/stats.js";

const PROVINCES = 34;
const COMMUNES = 3321;

export const broadcast: Section = {
  name: "broadcast",
  title: "Gửi hàng loạt qua hàng đợi / Broadcast through the outbox",
  labels: {
    recipients: "groups",
    seconds: "time to deliver all (s)",
    rate_per_s: "achieved rate (msg/s)",
    binding_limit_per_s: "binding limit (msg/s)",
    rate_ratio: "rate ÷ binding limit",
    count_429: "429 answers",
    duplicates: "messages delivered twice",
    missing: "groups not reached",
    enqueue_ms: "enqueue all (ms)",
  },
  async run(opts) {
    const recipients = opts.quick ? 180 : PROVINCES + COMMUNES;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-broadcast-"));
    const server = new LimitsServer(TELEGRAM_LIMITS, BENCH_BOT);
    const apiRoot = await server.start();
    try {
      const config = loadConfig({ DATABASE_URL: `file:${path.join(dir, "bot.db")}` });
      const log = createLogger("info", pino.destination({ dest: "/dev/null", sync: false }));
      const store = await openMigratedStore(config.DATABASE_URL);
      const channel = createTelegramChannel({
        token: BENCH_TOKEN,
        apiRoot,
        botInfo: BENCH_BOT,
        log,
        commands: [],
        // As main.ts configures it.
        autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
        hooks: { onIncoming: async () => undefined },
      });
      const chats = Array.from({ length: recipients }, (_, i) => String(-1_000_000_000_000 - i));
      const messages: OutboxMessage[] = chats.map((chatId) => ({
        dedupeKey: `bench:announcement:1:${chatId}`,
        channel: "telegram",
        chatId,
        kind: "announcement",
        reply: { text: "Thông báo: lịch tập huấn HTTT GQTTHC tuần tới đã được cập nhật. Gõ /lichtaphuan để xem chi tiết." },
      }));
      const outbox = createOutbox(store, systemClock);
      const e0 = performance.now();
      await outbox.enqueueMany(messages);
      // Planning twice must not send twice.
      await outbox.enqueueMany(messages.slice(0, 10));
      const enqueueMs = performance.now() - e0;

      const sender = createOutboxSender({
        store,
        clock: systemClock,
        log,
        senders: new Map<Channel, ChannelSender>([["telegram", channel]]),
        pacing: { telegram: TELEGRAM_PACING },
        maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      });
      const t0 = Date.now();
      sender.start();
      const deadline = t0 + (recipients / TELEGRAM_LIMITS.perSecond) * 3000 + 30_000;
      while (server.delivered.size < recipients && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const seconds = ((server.lastAt || Date.now()) - t0) / 1000;
      // Give a late duplicate the chance to show before counting.
      await new Promise((r) => setTimeout(r, 1500));
      await sender.stop();
      await store.$disconnect();

      const duplicates = [...server.delivered.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
      const missing = chats.filter((c) => !server.delivered.has(c)).length;
      const rate = (recipients - missing) / seconds;
      const binding = TELEGRAM_LIMITS.perSecond;
      return {
        recipients,
        seconds: round(seconds, 1),
        rate_per_s: round(rate, 2),
        binding_limit_per_s: binding,
        rate_ratio: round(rate / binding, 3),
        count_429: server.count429,
        duplicates,
        missing,
        enqueue_ms: round(enqueueMs, 0),
      };
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
