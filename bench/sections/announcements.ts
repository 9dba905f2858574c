// Announcements: one /thongbao to every province and commune group (3,355 chats: 34 Sở groups and
// 3,321 commune groups), queued by the announcement service (the path /thongbao and the console
// use) and sent by the real outbox sender and Telegram adapter to the bench's local Bot API, which
// enforces Telegram's limits (30 messages/s overall, 1/s per chat, 20/min per group) and answers
// 429 with retry_after when they are exceeded. rate_ratio = achieved rate ÷ 30/s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { createOutboxSender, TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Channel, ChannelSender } from "../../src/bot/types.js";
import { systemClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { createAnnouncementService } from "../../src/flows/announcements/service.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { openMigratedStore } from "../../src/store/db.js";
import { BENCH_BOT, BENCH_TOKEN } from "../lib/fake-telegram.js";
import { LimitsServer, TELEGRAM_LIMITS } from "../lib/limits-server.js";
import type { Section } from "../lib/section.js";
import { round } from "../lib/stats.js";

const COMMUNES = 3321;

export const announcements: Section = {
  name: "announcements",
  title: "Thông báo tới mọi nhóm / One announcement to every group",
  labels: {
    recipients: "chats",
    seconds: "time to deliver all (s)",
    rate_per_s: "achieved rate (msg/s)",
    binding_limit_per_s: "binding limit (msg/s)",
    rate_ratio: "rate ÷ binding limit",
    count_429: "429 answers",
    duplicates: "messages delivered twice",
    missing: "chats not reached",
    queue_ms: "queue 1 announcement (ms)",
  },
  async run(opts) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-announce-"));
    const server = new LimitsServer(TELEGRAM_LIMITS, BENCH_BOT);
    const apiRoot = await server.start();
    try {
      const config = loadConfig({ DATABASE_URL: `file:${path.join(dir, "bot.db")}` });
      const log = pino({ level: "silent" });
      const store = await openMigratedStore(config.DATABASE_URL);
      const communes = opts.quick ? 150 : COMMUNES;
      const groups = [
        ...PROVINCES.map((p, i) => ({ id: String(-1001000000 - i), province: p, audience: "so" })),
        ...Array.from({ length: communes }, (_, i) => ({ id: String(-1002000000 - i), province: PROVINCES[i % PROVINCES.length]!, audience: "xa" })),
      ];
      for (let i = 0; i < groups.length; i += 500) {
        await store.chat.createMany({
          data: groups.slice(i, i + 500).map((g) => ({ channel: "telegram", externalId: g.id, kind: "group", title: g.id, province: g.province, audience: g.audience })),
        });
      }
      const service = createAnnouncementService({ store, clock: systemClock, log });
      const q0 = performance.now();
      const created = await service.create({ text: "Hạn gửi danh sách cán bộ đầu mối được gia hạn đến 23/01.", audience: "all", provinces: [] }, "bench");
      const queueMs = performance.now() - q0;
      if (!created.ok) throw new Error(`announcement not queued: ${created.reason}`);

      const telegram = createTelegramChannel({
        token: BENCH_TOKEN,
        apiRoot,
        botInfo: BENCH_BOT,
        log,
        commands: [],
        // As main.ts configures it.
        autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
        hooks: { onIncoming: async () => undefined },
      });
      const sender = createOutboxSender({
        store,
        clock: systemClock,
        log,
        senders: new Map<Channel, ChannelSender>([["telegram", telegram]]),
        pacing: { telegram: TELEGRAM_PACING },
        maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
      });
      const t0 = Date.now();
      sender.start();
      const deadline = t0 + (groups.length / TELEGRAM_LIMITS.perSecond) * 3000 + 30_000;
      while (server.delivered.size < groups.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const seconds = ((server.lastAt || Date.now()) - t0) / 1000;
      // Give a late duplicate the chance to show before counting.
      await new Promise((r) => setTimeout(r, 1500));
      await sender.stop();
      await store.$disconnect();

      const duplicates = [...server.delivered.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
      const missing = groups.filter((g) => !server.delivered.has(g.id)).length;
      const rate = (groups.length - missing) / seconds;
      return {
        recipients: groups.length,
        seconds: round(seconds, 1),
        rate_per_s: round(rate, 2),
        binding_limit_per_s: TELEGRAM_LIMITS.perSecond,
        rate_ratio: round(rate / TELEGRAM_LIMITS.perSecond, 3),
        count_429: server.count429,
        duplicates,
        missing,
        queue_ms: round(queueMs, 0),
      };
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
