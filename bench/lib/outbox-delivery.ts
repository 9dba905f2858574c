// What the broadcast and announcements sections share: a fresh SQLite file, a local Bot API that
// enforces Telegram's limits (30 messages/s overall, 1/s per chat, 20/min per group) and answers
// 429 with retry_after when they are exceeded, and the real outbox sender and Telegram adapter run
// on the job runner with the production job list (src/bot-jobs.ts). A section queues its messages;
// this measures how long delivering them all takes and what arrived.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { createBotJobRunner, createInstanceSender } from "../../src/bot-jobs.js";
import { TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Channel, ChannelSender } from "../../src/bot/types.js";
import { systemClock } from "../../src/clock.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger, type Logger } from "../../src/log.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { BENCH_BOT, BENCH_TOKEN } from "./fake-telegram.js";
import { LimitsServer, TELEGRAM_LIMITS } from "./limits-server.js";
import { round } from "./stats.js";

export interface QueuedMessages {
  /** Every chat that must get the message once. */
  chats: string[];
  /** The section's own figures about queueing (appended after the delivery figures). */
  figures: Record<string, number>;
}

export interface DeliveryFigures extends Record<string, number> {
  recipients: number;
  seconds: number;
  rate_per_s: number;
  binding_limit_per_s: number;
  rate_ratio: number;
  count_429: number;
  duplicates: number;
  missing: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Queues with `queue`, then delivers everything through the outbox to the rate-limiting fake. */
export async function benchOutboxDelivery(o: {
  tempPrefix: string;
  queue(ctx: { store: Store; config: Config; log: Logger }): Promise<QueuedMessages>;
}): Promise<DeliveryFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), o.tempPrefix));
  const server = new LimitsServer(TELEGRAM_LIMITS, BENCH_BOT);
  const apiRoot = await server.start();
  try {
    const config = loadConfig({ DATABASE_URL: `file:${path.join(dir, "bot.db")}` });
    const log = createLogger("info", pino.destination({ dest: "/dev/null", sync: false }));
    const store = await openMigratedStore(config.DATABASE_URL);
    const queued = await o.queue({ store, config, log });
    const jobs = senderJobs(store, config, log, apiRoot);

    const t0 = Date.now();
    jobs.start();
    const deadline = t0 + (queued.chats.length / TELEGRAM_LIMITS.perSecond) * 3000 + 30_000;
    while (server.delivered.size < queued.chats.length && Date.now() < deadline) await sleep(50);
    const seconds = ((server.lastAt || Date.now()) - t0) / 1000;
    // Give a late duplicate the chance to show before counting.
    await sleep(1500);
    await jobs.stop();
    await store.$disconnect();

    const duplicates = [...server.delivered.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
    const missing = queued.chats.filter((c) => !server.delivered.has(c)).length;
    const rate = (queued.chats.length - missing) / seconds;
    return {
      recipients: queued.chats.length,
      seconds: round(seconds, 1),
      rate_per_s: round(rate, 2),
      binding_limit_per_s: TELEGRAM_LIMITS.perSecond,
      rate_ratio: round(rate / TELEGRAM_LIMITS.perSecond, 3),
      count_429: server.count429,
      duplicates,
      missing,
      ...queued.figures,
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The outbox sender on the job runner, sending through the Telegram adapter as main.ts sets it up. */
function senderJobs(store: Store, config: Config, log: Logger, apiRoot: string) {
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
  const { outboxSender, owner, leaseMs } = createInstanceSender(config, {
    store,
    clock: systemClock,
    log,
    senders: new Map<Channel, ChannelSender>([["telegram", telegram]]),
    pacing: { telegram: TELEGRAM_PACING },
  });
  return createBotJobRunner({ store, clock: systemClock, log, owner, leaseMs }, { store, clock: systemClock, log, outboxSender });
}
