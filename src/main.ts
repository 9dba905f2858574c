// Composition root: config → store → knowledge base → features/router → channels → scheduler →
// HTTP server; graceful stop on SIGTERM/SIGINT.
import fs from "node:fs";
import type { FastifyInstance } from "fastify";
import { createApp } from "./app.js";
import { createBotJobRunner, instanceOwner } from "./bot-jobs.js";
import type { ChannelAdapter, ChannelHooks, WebhookEndpoint } from "./bot/channel.js";
import { deliverReplies } from "./bot/delivery.js";
import { retryUntilDone } from "./bot/retry.js";
import { createShellChannel } from "./bot/shell.js";
import { createTelegramChannel } from "./bot/telegram/adapter.js";
import { SendError, type Channel, type Incoming } from "./bot/types.js";
import { ZaloBotClient } from "./bot/zalo/client.js";
import { createZaloChannel } from "./bot/zalo/adapter.js";
import { systemClock } from "./clock.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { installProcessGuard } from "./guard.js";
import { createHealthCheck } from "./health.js";
import { createHttpServer, listenHttp, type PlatformState } from "./http.js";
import { registerConsole } from "./console/server.js";
import { createReminderPlanner } from "./flows/reminders/index.js";
import { createTicketWorker, type CreateTopic } from "./flows/tickets/index.js";
import { limitsFromConfig } from "./kb/limits.js";
import { loadKnowledgeBase } from "./kb/knowledge-base.js";
import { shareKnowledgeBase } from "./bot/kb-sync.js";
import { createLogger, type Logger } from "./log.js";
import { createMetrics } from "./metrics.js";
import { createOutbox, createOutboxSender, SHELL_PACING, TELEGRAM_PACING, zaloPacing } from "./bot/outbox.js";
import { assignCommuneCodes } from "./flows/registration/codes.js";
import { moveChatToNewId } from "./store/chats-people.js";
import { openMigratedStore } from "./store/db.js";
import { rememberUpdateKey } from "./store/processed-updates.js";

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
  installProcessGuard(log);

  const store = await openMigratedStore(config.DATABASE_URL);
  // Free-text communes from before the official list get their code where the match is certain;
  // the rest wait for an admin's /dangky_chuanhoa.
  const codes = await assignCommuneCodes(store);
  if (codes.mapped || codes.pending) log.info(codes, "commune registrations matched to the official list");
  const metrics = createMetrics({ store, clock: systemClock });
  const deps = { store, clock: systemClock, config, log, metrics };
  const kbLog = log.child({ module: "kb" });
  // Every instance serves one knowledge base: a change made on another is loaded within ~2 s.
  const kb = await shareKnowledgeBase({
    store,
    clock: systemClock,
    log: kbLog,
    load: () => loadKnowledgeBase({ store, docsDir: config.KB_DOCS_DIR, log: kbLog, limits: limitsFromConfig(config) }),
  });
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

  const webhooks: WebhookEndpoint[] = [];
  /** Channels whose start-up calls have not succeeded yet: /healthz says "degraded" meanwhile. */
  const waiting = new Set<string>();
  const stopAll = new AbortController();
  const inFlight = new Set<Promise<void>>();
  const delivery = { outbox, clock: systemClock, log: log.child({ module: "delivery" }) };
  let stopping = false;

  const hooksFor = (channelLog: Logger): ChannelHooks => ({
    async onIncoming(incoming: Incoming) {
      if (stopping) return;
      const sender = senders.get(incoming.channel);
      if (!sender) return;
      const work = (async () => deliverReplies(delivery, incoming, await app.router.handle(incoming), sender))().catch((err: unknown) => {
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
      await moveChatToNewId(store, "telegram", oldId, newId);
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
      timeoutSeconds: config.API_TIMEOUT_SECONDS,
      pollTimeoutSeconds: pollSecondsFor(config.API_TIMEOUT_SECONDS),
    });
    channels.push(telegram);
    senders.set("telegram", telegram);
    if (telegram.webhook) webhooks.push(telegram.webhook);
  }

  if (config.ZALO_BOT_TOKEN) {
    const zlog = log.child({ channel: "zalo" });
    const webhook = config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! } : undefined;
    const zalo = createZaloChannel({
      client: new ZaloBotClient({ token: config.ZALO_BOT_TOKEN, baseUrl: config.ZALO_API_ROOT, timeoutMs: config.API_TIMEOUT_SECONDS * 1000 }),
      pollTimeoutSeconds: pollSecondsFor(config.API_TIMEOUT_SECONDS),
      hooks: hooksFor(zlog),
      log: zlog,
      mode: webhook ? "webhook" : "polling",
      webhook,
      dedupe: (key) => rememberUpdateKey(store, `zalo:${key}`),
    });
    channels.push(zalo);
    senders.set("zalo", zalo);
    if (zalo.webhook) webhooks.push(zalo.webhook);
  }

  const owner = instanceOwner();
  const leaseMs = config.LEASE_SECONDS * 1000;
  const outboxSender = createOutboxSender({
    store,
    owner,
    leaseMs,
    clock: systemClock,
    log: log.child({ module: "outbox" }),
    senders,
    pacing: { telegram: TELEGRAM_PACING, zalo: zaloPacing(config.ZALO_MESSAGES_PER_SECOND), shell: SHELL_PACING },
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    onChatMigrated: (channel, oldId, newId) => moveChatToNewId(store, channel, oldId, newId),
    metrics,
  });

  const health = createHealthCheck({
    store,
    stopping: () => stopping,
    platforms: () => Object.fromEntries(channels.map((c): [string, PlatformState] => [c.channel, waiting.has(c.channel) ? "starting" : "ok"])),
  });
  // The server listens before the platforms are reached, so /healthz answers "degraded" meanwhile.
  // It always runs (the web console is served whatever the platforms, the shell included).
  const consoleDeps = { store, clock: systemClock, config, log: log.child({ module: "console" }), kb, outbox, planner };
  let server: FastifyInstance | undefined = await createHttpServer({
    log: log.child({ module: "http" }),
    health,
    webhooks,
    rateLimitPerMinute: config.HTTP_RATE_LIMIT_PER_MINUTE,
    metrics: { render: metrics.render, contentType: metrics.contentType, token: config.METRICS_TOKEN },
    extensions: [(app) => registerConsole(app, consoleDeps)],
  });
  try {
    await listenHttp(server, config.HTTP_PORT, log);
  } catch (err) {
    // Webhooks cannot work without it; the shell and polling still can, without the console.
    if (webhooks.length > 0) throw err;
    log.warn({ port: config.HTTP_PORT, errName: errorName(err) }, "http server could not listen; the web console is unavailable");
    await server.close().catch(() => undefined);
    server = undefined;
  }

  // Every periodic job on one runner (src/bot-jobs.ts).
  const jobs = createBotJobRunner(
    { store, clock: systemClock, log: log.child({ module: "jobs" }), owner, leaseMs, onRun: (name) => metrics.jobRan(name) },
    { store, clock: systemClock, log, outboxSender, kb, ticketWorker, planner },
  );
  let shutdownDone: Promise<void> | undefined;
  const shutdown = (signal: string): Promise<void> => {
    shutdownDone ??= (async () => {
      stopping = true;
      stopAll.abort();
      log.info({ signal }, "shutting down");
      // However the parts below behave, the process ends in bounded time.
      setTimeout(() => {
        log.error({ seconds: config.SHUTDOWN_TIMEOUT_SECONDS }, "shutdown took too long; exiting");
        log.flush();
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
      await Promise.allSettled(channels.map((c) => c.stop()));
      await Promise.allSettled([...inFlight]);
      await jobs.stop().catch((err: unknown) => log.warn({ err }, "jobs stop failed"));
      if (server) await server.close().catch((err: unknown) => log.warn({ err }, "http close failed"));
      await store.$disconnect().catch(() => undefined);
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

  // Platforms may be unreachable at start: each channel retries with backoff, in the background.
  for (const c of channels) waiting.add(c.channel);
  const channelsStarted = Promise.all(channels.map((c) => startWithRetry(c)));
  jobs.start();

  await channelsStarted;
  if (!stopping) log.info({ channels: channels.map((c) => c.channel) }, "bot started");

  async function startWithRetry(c: ChannelAdapter): Promise<void> {
    const started = await retryUntilDone(() => c.start().then(() => true), {
      maxMs: config.STARTUP_RETRY_MAX_SECONDS * 1000,
      signal: stopAll.signal,
      onFailure: (err, attempt, delayMs) =>
        log.warn({ channel: c.channel, attempt, delayMs, errName: errorName(err), reason: errorMessage(err) }, "channel start failed; retrying"),
    });
    if (started) waiting.delete(c.channel);
  }
}

/** Long-poll wait that fits inside the API timeout (30 s when the timeout allows). */
function pollSecondsFor(apiTimeoutSeconds: number): number {
  return Math.min(30, Math.max(1, Math.floor(apiTimeoutSeconds / 2)));
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

/** Start-up errors are built by the adapters from codes only (no tokens, no user text). */
function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
}

main().catch((err: unknown) => {
  process.stderr.write(`Lỗi khởi động / Start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
