// Composition root: config → store → knowledge base → features/router → channels → scheduler →
// HTTP server; graceful stop on SIGTERM/SIGINT.
import fs from "node:fs";
import type http from "node:http";
import { createApp } from "./app.js";
import type { ChannelAdapter, ChannelHooks } from "./bot/channel.js";
import { createShellChannel } from "./bot/shell.js";
import { createTelegramChannel } from "./bot/telegram/adapter.js";
import { SendError, type Channel, type Incoming } from "./bot/types.js";
import { ZaloBotClient } from "./bot/zalo/client.js";
import { createZaloChannel } from "./bot/zalo/adapter.js";
import { systemClock } from "./clock.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { startHttpServer, type RouteHandler } from "./http.js";
import { createReminderPlanner } from "./flows/reminders/index.js";
import { createTicketWorker, type CreateTopic } from "./flows/tickets/index.js";
import { loadKnowledgeBase } from "./kb/knowledge-base.js";
import { createLogger, type Logger } from "./log.js";
import { createOutbox, createOutboxSender, SHELL_PACING, TELEGRAM_PACING, zaloPacing } from "./bot/outbox.js";
import { openMigratedStore, type Store } from "./store/db.js";
import { startHousekeeping } from "./store/housekeeping.js";

async function main(): Promise<void> {
  // A local .env is read if present (Node's own loader; real deployments set the environment).
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const noPlatform = !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In the shell the terminal is the chat: logs go to stderr, and only warnings by default.
  const log = createLogger(noPlatform && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL, noPlatform ? "stderr" : undefined);

  const store = await openMigratedStore(config.DATABASE_URL);
  const deps = { store, clock: systemClock, config, log };
  const kb = await loadKnowledgeBase({ store, docsDir: config.KB_DOCS_DIR, log: log.child({ module: "kb" }) });
  const outbox = createOutbox(store, systemClock);
  const channels: ChannelAdapter[] = [];
  const senders = new Map<Channel, ChannelAdapter>();
  const createTopic: CreateTopic = async (channel, chatId, name) => {
    const adapter = senders.get(channel);
    if (!adapter?.createTopic) throw new SendError(`${channel}: forum topics are not supported`, "permanent");
    return adapter.createTopic(chatId, name);
  };
  const planner = createReminderPlanner({ store, clock: systemClock, config, log: log.child({ module: "reminders" }), outbox });
  const app = createApp(deps, { kb, outbox, createTopic, planner });
  const ticketWorker = createTicketWorker({ deps, outbox, createTopic });

  const routes: Record<string, RouteHandler> = {};
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  const hooksFor = (channelLog: Logger): ChannelHooks => ({
    async onIncoming(incoming: Incoming) {
      if (stopping) return;
      const sender = senders.get(incoming.channel);
      if (!sender) return;
      const work = app.router.dispatch(incoming, sender).catch((err: unknown) => {
        channelLog.error({ err, chat: incoming.chat.id }, "dispatch failed");
      });
      inFlight.add(work);
      try {
        await work;
      } finally {
        inFlight.delete(work);
      }
    },
    async onChatMigrated(oldId, newId) {
      await migrateChat(store, "telegram", oldId, newId);
      channelLog.info({ oldId, newId }, "chat migrated");
    },
  });

  const commands = app.features
    .flatMap((f) => f.commands ?? [])
    .filter((c) => !c.audience || c.audience === "everyone")
    .map((c) => ({ command: c.command, description: c.description }));

  if (config.TELEGRAM_BOT_TOKEN) {
    const tlog = log.child({ channel: "telegram" });
    const webhook = config.TELEGRAM_WEBHOOK_URL
      ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET! }
      : undefined;
    const telegram = createTelegramChannel({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      hooks: hooksFor(tlog),
      log: tlog,
      webhook,
      commands,
      // Short waits are retried in place; longer 429s reach the outbox as SendError, which
      // reschedules the message instead of holding the sender.
      autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
    });
    channels.push(telegram);
    senders.set("telegram", telegram);
    if (webhook) routes[new URL(webhook.url).pathname] = telegram.handleWebhook;
  }

  if (config.ZALO_BOT_TOKEN) {
    const zlog = log.child({ channel: "zalo" });
    const webhook = config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! } : undefined;
    const zalo = createZaloChannel({
      client: new ZaloBotClient({ token: config.ZALO_BOT_TOKEN, baseUrl: config.ZALO_API_ROOT }),
      hooks: hooksFor(zlog),
      log: zlog,
      mode: webhook ? "webhook" : "polling",
      webhook,
      dedupe: (key) => rememberUpdate(store, `zalo:${key}`),
    });
    channels.push(zalo);
    senders.set("zalo", zalo);
    if (webhook) routes[new URL(webhook.url).pathname] = zalo.handleWebhook;
  }

  const outboxSender = createOutboxSender({
    store,
    clock: systemClock,
    log: log.child({ module: "outbox" }),
    senders,
    pacing: { telegram: TELEGRAM_PACING, zalo: zaloPacing(config.ZALO_MESSAGES_PER_SECOND), shell: SHELL_PACING },
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    onChatMigrated: (channel, oldId, newId) => migrateChat(store, channel, oldId, newId),
  });

  let server: http.Server | undefined;
  if (Object.keys(routes).length > 0) {
    server = await startHttpServer({ port: config.HTTP_PORT, routes, log });
  }

  let shutdownDone: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    shutdownDone ??= (async () => {
      stopping = true;
      log.info({ signal }, "shutting down");
      await Promise.allSettled(channels.map((c) => c.stop()));
      await Promise.allSettled([...inFlight]);
      housekeeping.stop();
      await planner.stop();
      await ticketWorker.stop();
      await outboxSender.stop();
      if (server) await new Promise<void>((r) => server!.close(() => r()));
      await store.$disconnect();
      log.info("stopped");
      log.flush();
    })();
    return shutdownDone;
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));

  if (noPlatform) {
    const shellChannel = createShellChannel({
      hooks: hooksFor(log.child({ channel: "shell" })),
      onEnd: () => void shutdown("stdin closed").then(() => process.exit(0)),
    });
    channels.push(shellChannel);
    senders.set("shell", shellChannel);
  }

  for (const c of channels) await c.start();
  outboxSender.start();
  ticketWorker.start();
  await planner.start();
  const housekeeping = startHousekeeping(store, systemClock, log);
  log.info({ channels: channels.map((c) => c.channel) }, "bot started");
}

/** A Telegram group that became a supergroup keeps its links, under its new id. */
async function migrateChat(store: Store, channel: Channel, oldId: string, newId: string): Promise<void> {
  const existing = await store.chat.findUnique({ where: { channel_externalId: { channel, externalId: newId } } });
  if (!existing) {
    await store.chat.updateMany({ where: { channel, externalId: oldId }, data: { externalId: newId } });
  }
  await store.outbox.updateMany({ where: { channel, chatId: oldId, status: "pending" }, data: { chatId: newId } });
}

/** Returns true the first time an update key is seen (kept in the store, so restarts too). */
async function rememberUpdate(store: Store, key: string): Promise<boolean> {
  try {
    await store.processedUpdate.create({ data: { key } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return false;
    throw err;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Lỗi khởi động / Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
