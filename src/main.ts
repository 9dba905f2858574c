// Composition root: config → store → knowledge base → features/router → channels → jobs → HTTP
// server; graceful stop on SIGTERM/SIGINT. Each step is one function below; main() runs them in order.
import fs from "node:fs";
import type { FastifyInstance } from "fastify";
import { createApp } from "./app.js";
import { createBotJobRunner, createInstanceSender } from "./bot-jobs.js";
import type { ChannelAdapter, ChannelHooks, WebhookEndpoint } from "./bot/channel.js";
import { deliverReplies } from "./bot/delivery.js";
import { shareKnowledgeBase, type SharedKnowledgeBase } from "./bot/kb-sync.js";
import { createOutbox, SHELL_PACING, TELEGRAM_PACING, zaloPacing, type Outbox } from "./bot/outbox.js";
import { retryUntilDone } from "./bot/retry.js";
import { createShellChannel } from "./bot/shell.js";
import { createTelegramChannel } from "./bot/telegram/adapter.js";
import { SendError, type Channel, type Incoming } from "./bot/types.js";
import { createZaloChannel } from "./bot/zalo/adapter.js";
import { ZaloBotClient } from "./bot/zalo/client.js";
import { systemClock } from "./clock.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { registerConsole } from "./console/server.js";
import { assignCommuneCodes } from "./flows/registration/codes.js";
import { createReminderPlanner, type ReminderPlanner } from "./flows/reminders/index.js";
import { createTicketWorker, type CreateTopic, type TicketWorker } from "./flows/tickets/index.js";
import { installProcessGuard } from "./guard.js";
import { createHealthCheck } from "./health.js";
import { createHttpServer, listenHttp, type PlatformState } from "./http.js";
import { loadKnowledgeBase } from "./kb/knowledge-base.js";
import { limitsFromConfig } from "./kb/limits.js";
import { createLogger, type Logger } from "./log.js";
import { createMetrics, type MetricsRegistry } from "./metrics.js";
import { moveChatToNewId } from "./store/chats-people.js";
import { openMigratedStore, type Store } from "./store/db.js";
import { rememberUpdateKey } from "./store/processed-updates.js";

/** A platform's channel, with its webhook endpoint when it runs in webhook mode. */
type PlatformChannel = ChannelAdapter & { readonly webhook?: WebhookEndpoint };

/** What every later step is built on. */
interface Services {
  config: Config;
  log: Logger;
  store: Store;
  metrics: MetricsRegistry;
  kb: SharedKnowledgeBase;
  outbox: Outbox;
  planner: ReminderPlanner;
  app: ReturnType<typeof createApp>;
  ticketWorker: TicketWorker;
  /** The running channels by platform; filled as channels are created. */
  senders: Map<Channel, ChannelAdapter>;
}

/** The validated configuration, or exit 2 with one message listing every problem. */
function loadConfigOrExit(): Config {
  // A local .env is read if present (Node's own loader; real deployments set the environment).
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}

async function openServices(config: Config, log: Logger): Promise<Services> {
  const store = await openMigratedStore(config.DATABASE_URL);
  // Free-text communes from before the official list get their code where the match is certain;
  // the rest wait for an admin's /dangky_chuanhoa.
  const codes = await assignCommuneCodes(store);
  if (codes.mapped || codes.pending) log.info(codes, "commune registrations matched to the official list");
  const metrics = createMetrics({ store, clock: systemClock });
  const kbLog = log.child({ module: "kb" });
  // Every instance serves one knowledge base: a change made on another is loaded within ~2 s.
  const kb = await shareKnowledgeBase({
    store,
    clock: systemClock,
    log: kbLog,
    load: () => loadKnowledgeBase({ store, docsDir: config.KB_DOCS_DIR, log: kbLog, limits: limitsFromConfig(config) }),
  });
  const outbox = createOutbox(store, systemClock);
  const senders = new Map<Channel, ChannelAdapter>();
  const createTopic: CreateTopic = async (channel, chatId, name) => {
    const adapter = senders.get(channel);
    if (!adapter?.createTopic) throw new SendError(`${channel}: forum topics are not supported`, "permanent");
    return adapter.createTopic(chatId, name);
  };
  const deps = { store, clock: systemClock, config, log, metrics };
  const planner = createReminderPlanner({ store, clock: systemClock, config, log: log.child({ module: "reminders" }), outbox });
  const app = createApp(deps, { kb, outbox, createTopic, planner });
  const ticketWorker = createTicketWorker({ deps, outbox, createTopic });
  return { config, log, store, metrics, kb, outbox, planner, app, ticketWorker, senders };
}

/** Hands each incoming message to the router and its replies to the channel; tracks what is in hand. */
function createDispatcher(s: Services) {
  const inFlight = new Set<Promise<void>>();
  const delivery = { outbox: s.outbox, clock: systemClock, log: s.log.child({ module: "delivery" }) };
  let stopping = false;
  const hooksFor = (channelLog: Logger): ChannelHooks => ({
    async onIncoming(incoming: Incoming) {
      if (stopping) return;
      const sender = s.senders.get(incoming.channel);
      if (!sender) return;
      const work = (async () => deliverReplies(delivery, incoming, await s.app.router.handle(incoming), sender))().catch((err: unknown) => {
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
      await moveChatToNewId(s.store, "telegram", oldId, newId);
      channelLog.info({ oldId, newId }, "chat migrated");
    },
  });
  return {
    hooksFor,
    isStopping: () => stopping,
    /** Takes no new messages and waits for those in hand. */
    async stop(): Promise<void> {
      stopping = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
type Dispatcher = ReturnType<typeof createDispatcher>;

/** The commands every user sees in the platform's menu. */
function publicCommands(s: Services): { command: string; description: string }[] {
  return s.app.features
    .flatMap((f) => f.commands ?? [])
    .filter((c) => !c.audience || c.audience === "everyone")
    .map((c) => ({ command: c.command, description: c.description }));
}

function telegramChannel(s: Services, hooksFor: Dispatcher["hooksFor"]): PlatformChannel {
  const { config } = s;
  const tlog = s.log.child({ channel: "telegram" });
  return createTelegramChannel({
    token: config.TELEGRAM_BOT_TOKEN!,
    apiRoot: config.TELEGRAM_API_ROOT,
    hooks: hooksFor(tlog),
    log: tlog,
    webhook: config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET! } : undefined,
    commands: publicCommands(s),
    // Short waits are retried in place; longer 429s reach the outbox as SendError, which
    // reschedules the message instead of holding the sender.
    autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 5 },
    timeoutSeconds: config.API_TIMEOUT_SECONDS,
    pollTimeoutSeconds: pollSecondsFor(config.API_TIMEOUT_SECONDS),
  });
}

function zaloChannel(s: Services, hooksFor: Dispatcher["hooksFor"]): PlatformChannel {
  const { config } = s;
  const zlog = s.log.child({ channel: "zalo" });
  const webhook = config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! } : undefined;
  return createZaloChannel({
    client: new ZaloBotClient({ token: config.ZALO_BOT_TOKEN!, baseUrl: config.ZALO_API_ROOT, timeoutMs: config.API_TIMEOUT_SECONDS * 1000 }),
    pollTimeoutSeconds: pollSecondsFor(config.API_TIMEOUT_SECONDS),
    hooks: hooksFor(zlog),
    log: zlog,
    mode: webhook ? "webhook" : "polling",
    webhook,
    dedupe: (key) => rememberUpdateKey(s.store, `zalo:${key}`),
  });
}

/** The platforms with a token; each is registered as the sender for its platform. */
function platformChannels(s: Services, dispatcher: Dispatcher): PlatformChannel[] {
  const channels: PlatformChannel[] = [];
  if (s.config.TELEGRAM_BOT_TOKEN) channels.push(telegramChannel(s, dispatcher.hooksFor));
  if (s.config.ZALO_BOT_TOKEN) channels.push(zaloChannel(s, dispatcher.hooksFor));
  for (const c of channels) s.senders.set(c.channel as Channel, c);
  return channels;
}

/**
 * The one HTTP server (webhooks, /healthz, /metrics, web console). It listens before the platforms
 * are reached, so /healthz answers "degraded" meanwhile. Without webhooks a busy port only costs
 * the console: the shell and polling still work.
 */
async function startHttp(s: Services, webhooks: WebhookEndpoint[], health: ReturnType<typeof createHealthCheck>): Promise<FastifyInstance | undefined> {
  const { config, log } = s;
  const consoleDeps = { store: s.store, clock: systemClock, config, log: log.child({ module: "console" }), kb: s.kb, outbox: s.outbox, planner: s.planner };
  const server = await createHttpServer({
    log: log.child({ module: "http" }),
    health,
    webhooks,
    rateLimitPerMinute: config.HTTP_RATE_LIMIT_PER_MINUTE,
    trustProxy: config.HTTP_TRUST_PROXY,
    metrics: { render: s.metrics.render, contentType: s.metrics.contentType, token: config.METRICS_TOKEN },
    extensions: [(app) => registerConsole(app, consoleDeps)],
  });
  try {
    await listenHttp(server, config.HTTP_PORT, log);
    return server;
  } catch (err) {
    if (webhooks.length > 0) throw err;
    log.warn({ port: config.HTTP_PORT, errName: errorName(err) }, "http server could not listen; the web console is unavailable");
    await server.close().catch(() => undefined);
    return undefined;
  }
}

interface Running {
  channels: ChannelAdapter[];
  dispatcher: Dispatcher;
  jobs: { stop(): Promise<void> };
  server: FastifyInstance | undefined;
  /** Aborted when shutdown begins: channel start-up retries end. */
  stopAll: AbortController;
}

/** Stops everything once, in order; however the parts behave, the process ends in bounded time. */
function createShutdown(s: Services, r: Running): (signal: string) => Promise<void> {
  const { log, config } = s;
  let done: Promise<void> | undefined;
  return (signal) =>
    (done ??= (async () => {
      r.stopAll.abort();
      log.info({ signal }, "shutting down");
      setTimeout(() => {
        log.error({ seconds: config.SHUTDOWN_TIMEOUT_SECONDS }, "shutdown took too long; exiting");
        log.flush();
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
      const channelsStopped = Promise.allSettled(r.channels.map((c) => c.stop()));
      await r.dispatcher.stop();
      await channelsStopped;
      await r.jobs.stop().catch((err: unknown) => log.warn({ err }, "jobs stop failed"));
      if (r.server) await r.server.close().catch((err: unknown) => log.warn({ err }, "http close failed"));
      await s.store.$disconnect().catch(() => undefined);
      log.info("stopped");
      log.flush();
    })());
}

/** Platforms may be unreachable at start: each channel retries with backoff until it starts. */
async function startChannels(s: Services, channels: ChannelAdapter[], waiting: Set<string>, signal: AbortSignal): Promise<void> {
  for (const c of channels) waiting.add(c.channel);
  await Promise.all(
    channels.map(async (c) => {
      const started = await retryUntilDone(() => c.start().then(() => true), {
        maxMs: s.config.STARTUP_RETRY_MAX_SECONDS * 1000,
        signal,
        onFailure: (err, attempt, delayMs) =>
          s.log.warn({ channel: c.channel, attempt, delayMs, errName: errorName(err), reason: errorMessage(err) }, "channel start failed; retrying"),
      });
      if (started) waiting.delete(c.channel);
    }),
  );
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const noPlatform = !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In the shell the terminal is the chat: logs go to stderr, and only warnings by default.
  const log = createLogger(noPlatform && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL, noPlatform ? "stderr" : undefined);
  installProcessGuard(log);

  const s = await openServices(config, log);
  const dispatcher = createDispatcher(s);
  const channels = platformChannels(s, dispatcher);
  const webhooks = channels.flatMap((c) => (c.webhook ? [c.webhook] : []));
  const { outboxSender, owner, leaseMs } = createInstanceSender(config, {
    store: s.store,
    clock: systemClock,
    log: log.child({ module: "outbox" }),
    senders: s.senders,
    pacing: { telegram: TELEGRAM_PACING, zalo: zaloPacing(config.ZALO_MESSAGES_PER_SECOND), shell: SHELL_PACING },
    onChatMigrated: (channel, oldId, newId) => moveChatToNewId(s.store, channel, oldId, newId),
    metrics: s.metrics,
  });
  /** Channels whose start-up calls have not succeeded yet: /healthz says "degraded" meanwhile. */
  const waiting = new Set<string>();
  const health = createHealthCheck({
    store: s.store,
    stopping: dispatcher.isStopping,
    platforms: () => Object.fromEntries(channels.map((c): [string, PlatformState] => [c.channel, waiting.has(c.channel) ? "starting" : "ok"])),
  });
  const server = await startHttp(s, webhooks, health);
  // Every periodic job on one runner (src/bot-jobs.ts).
  const jobs = createBotJobRunner(
    { store: s.store, clock: systemClock, log: log.child({ module: "jobs" }), owner, leaseMs, onRun: (name) => s.metrics.jobRan(name) },
    { store: s.store, clock: systemClock, log, outboxSender, kb: s.kb, ticketWorker: s.ticketWorker, planner: s.planner },
  );
  const stopAll = new AbortController();
  const shutdown = createShutdown(s, { channels, dispatcher, jobs, server, stopAll });
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));

  if (noPlatform) {
    const shell = createShellChannel({
      hooks: dispatcher.hooksFor(log.child({ channel: "shell" })),
      onEnd: () => void shutdown("stdin closed").then(() => process.exit(0)),
    });
    channels.push(shell);
    s.senders.set("shell", shell);
  }

  const channelsStarted = startChannels(s, channels, waiting, stopAll.signal);
  jobs.start();
  await channelsStarted;
  if (!dispatcher.isStopping()) log.info({ channels: channels.map((c) => c.channel) }, "bot started");
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
