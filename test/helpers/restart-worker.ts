// The bot's background half, as a process for the restart tests (test/helpers/restart.ts): the
// production job list (src/bot-jobs.ts: outbox sender, ticket worker, reminder planner,
// housekeeping) on the production job runner, sending through the real Telegram adapter to the
// Bot API at TELEGRAM_API_ROOT. It exits once the outbox holds messages and none is left to send.
// Env: DATABASE_URL, TELEGRAM_BOT_TOKEN, TELEGRAM_API_ROOT, FAKE_NOW (the clock starts there and
// runs at real speed, so the test does not depend on today's date), PER_SECOND (optional overall
// pace: the real 28/s would make 1,000 chats take 40 s).
import pino from "pino";
import { createBotJobRunner, createInstanceSender } from "../../src/bot-jobs.js";
import { createOutbox, TELEGRAM_PACING } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import type { Channel, ChannelSender } from "../../src/bot/types.js";
import type { Clock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { createReminderPlanner } from "../../src/flows/reminders/index.js";
import { createTicketWorker } from "../../src/flows/tickets/index.js";
import { createLogger } from "../../src/log.js";
import { dialectOf, openMigratedStore } from "../../src/store/db.js";

const config = loadConfig();
const base = Date.parse(process.env.FAKE_NOW ?? "");
if (Number.isNaN(base)) throw new Error("FAKE_NOW is required");
const started = Date.now();
const clock: Clock = { now: () => new Date(base + (Date.now() - started)) };
const log = createLogger(config.LOG_LEVEL, pino.destination({ fd: 2, sync: true }));
const store = await openMigratedStore(config.DATABASE_URL);
// Write-ahead log without a disk sync per commit: a killed process still loses nothing committed
// (only a power cut could), and 1,000 sends do not wait for ~2,000 syncs on a busy disk.
if (dialectOf(store) === "sqlite") {
  await store.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await store.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
}

const telegram = createTelegramChannel({
  token: config.TELEGRAM_BOT_TOKEN!,
  apiRoot: config.TELEGRAM_API_ROOT,
  hooks: { onIncoming: async () => {} },
  log,
  commands: [],
  autoRetry: false,
});
const { outboxSender, owner, leaseMs } = createInstanceSender(config, {
  store,
  clock,
  log,
  senders: new Map<Channel, ChannelSender>([["telegram", telegram]]),
  pacing: { telegram: { ...TELEGRAM_PACING, perSecond: Number(process.env.PER_SECOND ?? TELEGRAM_PACING.perSecond) } },
});
const outbox = createOutbox(store, clock);
const deps = { store, clock, config, log };
const jobs = createBotJobRunner(
  { store, clock, log, owner, leaseMs },
  {
    store,
    clock,
    log,
    outboxSender,
    ticketWorker: createTicketWorker({ deps, outbox }),
    planner: createReminderPlanner({ ...deps, outbox }),
  },
);
jobs.start();
process.stdout.write("ready\n");

const timer = setInterval(() => {
  void (async () => {
    // An empty outbox only means the planner has not run yet.
    if ((await store.outbox.count()) === 0) return;
    const left = await store.outbox.count({ where: { status: { in: ["pending", "sending"] } } });
    if (left > 0) return;
    clearInterval(timer);
    await jobs.stop();
    await store.$disconnect();
    process.exit(0);
  })();
}, 100);
