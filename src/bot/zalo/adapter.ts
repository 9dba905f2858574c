// The Zalo channel: takes updates (long polling or webhook), turns them into `Incoming` for the
// router, and renders neutral replies as plain Zalo text (no buttons, no files, 2000 characters).
//
// Logs carry ids, event names and error codes only: never message text, names or the token.
import type { Logger } from "pino";
import { common, zalo as texts } from "../../messages/index.js";
import { systemClock, type Clock } from "../../clock.js";
import type { ChannelAdapter, ChannelHooks, WebhookEndpoint } from "../channel.js";
import { ChatQueue } from "../chat-queue.js";
import { abortableSleep } from "../retry.js";
import { numberedChoices, splitText, TEXT_LIMITS } from "../render.js";
import { SendError, type Reply, type SentMessage } from "../types.js";
import { ZaloApiError, type ZaloBotClient } from "./client.js";
import {
  chatKindOf,
  parseUpdate,
  secretMatches,
  toIncoming,
  updateDedupeKey,
  ZALO_EVENTS,
  type ZaloUpdate,
} from "./updates.js";

export interface ZaloChannelOptions {
  client: ZaloBotClient;
  hooks: ChannelHooks;
  log: Logger;
  mode: "polling" | "webhook";
  webhook?: { url: string; secret: string };
  /** Seconds getUpdates may wait on the server (default 30). */
  pollTimeoutSeconds?: number;
  /** Returns true if the key was NEW. Default: in-memory LRU of 10k keys. */
  dedupe?: (key: string) => Promise<boolean>;
  /** Extra names the bot is @mentioned by in groups; getMe's account_name is added at start. */
  botNames?: string[];
  /** Minimum gap between two messages to the same chat (default 1000 ms, per the API notes). */
  perChatIntervalMs?: number;
  /** Updates processed at once across chats; each chat is still handled in order (default 8). */
  maxConcurrent?: number;
  backoff?: { initialMs?: number; maxMs?: number; authMs?: number };
  clock?: Clock;
}

export interface ZaloChannel extends ChannelAdapter {
  /** Zalo's webhook, for the HTTP server (webhook mode only). */
  readonly webhook?: WebhookEndpoint;
}

const SECRET_HEADER = "x-bot-api-secret-token";
/** How often to retry getMe when it failed at start (the bot's own id is needed to drop echoes). */
const IDENTITY_RETRY_MS = 60_000;

/** A `dedupe` keeping the last `capacity` keys in memory. */
export function createMemoryDedupe(capacity = 10_000): (key: string) => Promise<boolean> {
  const seen = new Set<string>();
  return async (key) => {
    if (seen.has(key)) {
      // Refresh recency so a key that keeps coming back is not evicted.
      seen.delete(key);
      seen.add(key);
      return false;
    }
    seen.add(key);
    if (seen.size > capacity) {
      const oldest = seen.values().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    return true;
  };
}

/** Renders a neutral reply as the Zalo text messages to send, in order. */
export function renderZaloReply(reply: Reply): string[] {
  const blocks = [reply.text.trim()];
  if (reply.choices && reply.choices.length > 0) {
    blocks.push(numberedChoices(reply.choices), common.choiceHint);
  }
  if (reply.file) blocks.push(texts.fileNotSupported(reply.file.fileName));
  const full = blocks.filter((b) => b.length > 0).join("\n\n");
  return splitText(full, TEXT_LIMITS.zalo).filter((p) => p.length > 0);
}

/** Maps an API failure onto the kinds the outbox sender retries (or not). */
export function toSendError(err: ZaloApiError): SendError {
  if (err.isRateLimited()) return new SendError(err.message, "rate_limited");
  if (err.isTimeout()) return new SendError(err.message, "timeout");
  if (err.isTransient() || err.isAborted()) return new SendError(err.message, "transient");
  return new SendError(err.message, "permanent");
}

function pollSettings(opts: ZaloChannelOptions) {
  return {
    pollTimeoutSeconds: opts.pollTimeoutSeconds ?? 30,
    maxConcurrent: Math.max(1, opts.maxConcurrent ?? 8),
    backoffInitialMs: opts.backoff?.initialMs ?? 1_000,
    backoffMaxMs: opts.backoff?.maxMs ?? 30_000,
    authBackoffMs: opts.backoff?.authMs ?? 5 * 60_000,
  };
}

function checkWebhookOptions(webhook: ZaloChannelOptions["webhook"]): void {
  const secret = webhook?.secret ?? "";
  if (!webhook?.url) throw new Error("Zalo webhook mode needs webhook.url");
  // The API only accepts 8–256 characters; failing here beats a confusing setWebhook error.
  if (secret.length < 8 || secret.length > 256) throw new Error("Zalo webhook secret must be 8–256 characters");
}

/** The bot's own id and names (to recognise its own messages and mentions), from getMe. */
function zaloIdentity(client: ZaloChannelOptions["client"], log: Logger, knownNames: string[] | undefined) {
  let botId: string | undefined;
  const botNames = new Set((knownNames ?? []).filter(Boolean));
  let triedAt = -Infinity;

  async function load(): Promise<void> {
    triedAt = Date.now();
    try {
      const me = await client.getMe();
      botId = String(me.id);
      if (typeof me.account_name === "string" && me.account_name) botNames.add(me.account_name);
      if (typeof me.display_name === "string" && me.display_name) botNames.add(me.display_name);
      log.info({ botId, canJoinGroups: me.can_join_groups }, "zalo bot identity loaded");
    } catch (err) {
      logZaloError(log, err, "getMe failed; own messages are recognised by is_bot only until it succeeds");
    }
  }

  return {
    botNames,
    botId: () => botId,
    load,
    /** After a failed getMe, tries again now and then (the poll loop calls this). */
    maybeRetry(): void {
      if (botId === undefined && Date.now() - triedAt > IDENTITY_RETRY_MS) void load();
    },
  };
}

function zaloWebhookEndpoint(webhook: NonNullable<ZaloChannelOptions["webhook"]>, receive: (body: unknown) => Promise<number>): WebhookEndpoint {
  return {
    name: "zalo",
    path: webhookPath(webhook.url),
    secretHeader: SECRET_HEADER,
    secretMatches: (received) => secretMatches(received, webhook.secret),
    receive,
  };
}

export function createZaloChannel(opts: ZaloChannelOptions): ZaloChannel {
  const { client, hooks, mode } = opts;
  // The caller may have bound the channel already; a second binding would repeat the key.
  const log = opts.log.bindings().channel === undefined ? opts.log.child({ channel: "zalo" }) : opts.log;
  const { pollTimeoutSeconds, maxConcurrent, backoffInitialMs, backoffMaxMs, authBackoffMs } = pollSettings(opts);
  const dedupe = opts.dedupe ?? createMemoryDedupe();
  const clock = opts.clock ?? systemClock;
  const pacer = createPacer(opts.perChatIntervalMs ?? 1_000);
  const dispatcher = new ChatQueue();
  if (mode === "webhook") checkWebhookOptions(opts.webhook);

  let state: "idle" | "running" | "stopping" | "stopped" = "idle";
  let abort = new AbortController();
  let loop: Promise<void> | undefined;
  const identity = zaloIdentity(client, log, opts.botNames);
  const logApiError = (err: unknown, msg: string) => logZaloError(log, err, msg);

  const processUpdate = zaloUpdateProcessor({
    log,
    dedupe,
    hooks,
    clock,
    botNames: identity.botNames,
    botId: identity.botId,
    send: (chatId, reply) => send(chatId, reply),
  });

  function enqueue(update: ZaloUpdate, via: "polling" | "webhook"): void {
    const chatKey = update.message?.chat.id ?? "";
    void dispatcher.enqueue(chatKey, () => processUpdate(update, via));
  }

  const pollLoop = (signal: AbortSignal) =>
    pollZalo(
      { client, log, pollTimeoutSeconds, maxConcurrent, backoffInitialMs, backoffMaxMs, authBackoffMs, dispatcher, enqueue, maybeRetryIdentity: identity.maybeRetry },
      signal,
    );

  const send = zaloSender(client, log, pacer);

  /** One webhook body (already parsed by the HTTP server, secret already checked). */
  async function receiveWebhook(body: unknown): Promise<number> {
    if (state === "stopping" || state === "stopped") return 503;
    const parsed = parseUpdate(body);
    if (!parsed.ok) {
      log.warn({ via: "webhook", issues: parsed.error }, "zalo webhook body failed validation");
      return 400;
    }
    // Zalo's retry rules are undocumented: acknowledge first, process after (idempotently).
    enqueue(parsed.update, "webhook");
    return 200;
  }

  const webhook = mode === "webhook" && opts.webhook ? zaloWebhookEndpoint(opts.webhook, receiveWebhook) : undefined;

  return {
    channel: "zalo",
    send,
    ...(webhook ? { webhook } : {}),

    async start(): Promise<void> {
      if (state === "running") return;
      state = "running";
      abort = new AbortController();
      await identity.load();
      if (mode === "webhook") {
        const webhook = opts.webhook!;
        try {
          await client.setWebhook({ url: webhook.url, secret_token: webhook.secret });
        } catch (err) {
          state = "idle";
          logApiError(err, "zalo setWebhook failed");
          throw err;
        }
        log.info({ mode }, "zalo webhook registered");
        return;
      }
      try {
        // Webhook and getUpdates exclude each other for one token.
        await client.deleteWebhook();
      } catch (err) {
        logApiError(err, "zalo deleteWebhook failed before polling; continuing");
      }
      const signal = abort.signal;
      loop = pollLoop(signal).catch((err: unknown) => log.error({ err }, "zalo polling loop crashed"));
      log.info({ mode, pollTimeoutSeconds }, "zalo polling started");
    },

    async stop(): Promise<void> {
      if (state === "idle" || state === "stopped") {
        state = "stopped";
        await dispatcher.drain();
        return;
      }
      state = "stopping";
      // Ends the long poll in flight and any back-off wait; updates in hand still finish.
      abort.abort();
      await loop;
      await dispatcher.drain();
      state = "stopped";
      log.info({ mode }, "zalo channel stopped");
    },
  };
}

interface UpdateParts {
  log: Logger;
  dedupe: (key: string) => Promise<boolean>;
  hooks: ChannelHooks;
  clock: Clock;
  botNames: Set<string>;
  /** The bot's own id once getMe answered. */
  botId(): string | undefined;
  send(chatId: string, reply: Reply): Promise<SentMessage>;
}

/** The handler of one update: echoes and duplicates dropped, the rest translated and routed. */
function zaloUpdateProcessor(p: UpdateParts) {
  const { log } = p;
  /** Drops echoes and duplicates, then hands one update to the router. Never throws. */
  async function processUpdate(update: ZaloUpdate, via: "polling" | "webhook"): Promise<void> {
    const message = update.message;
    const fields = { via, event: update.event_name, messageId: message?.message_id, chatId: message?.chat.id };
    if (!message) {
      log.debug(fields, "zalo update without message ignored");
      return;
    }
    if (message.from.is_bot || (p.botId() !== undefined && message.from.id === p.botId())) {
      log.debug(fields, "zalo update from a bot ignored");
      return;
    }
    const key = updateDedupeKey(update);
    if (key !== undefined) {
      let isNew = true;
      try {
        isNew = await p.dedupe(key);
      } catch (err) {
        // Answering twice is better than silently dropping a question.
        log.warn({ ...fields, err }, "zalo dedupe failed; processing anyway");
      }
      if (!isNew) {
        log.debug(fields, "zalo duplicate update dropped");
        return;
      }
    }

    const incoming = toIncoming(update, { botNames: [...p.botNames], receivedAt: p.clock.now() });
    if (!incoming) {
      await answerUnreadable(update, fields);
      return;
    }
    log.debug({ ...fields, command: incoming.command }, "zalo update accepted");
    try {
      await p.hooks.onIncoming(incoming);
    } catch (err) {
      log.error({ ...fields, err }, "zalo update handler failed");
    }
  }

  /** A file, voice message or bare image in a private chat would otherwise meet silence. */
  async function answerUnreadable(update: ZaloUpdate, fields: object): Promise<void> {
    const unreadable: string[] = [ZALO_EVENTS.image, ZALO_EVENTS.voice, ZALO_EVENTS.unsupported];
    const message = update.message;
    if (!message || !unreadable.includes(update.event_name) || chatKindOf(message) !== "private") {
      log.debug(fields, "zalo event not handled");
      return;
    }
    try {
      await p.send(message.chat.id, { text: texts.unsupportedContent });
    } catch (err) {
      log.warn({ ...fields, kind: err instanceof SendError ? err.kind : undefined }, "zalo unsupported-content notice not sent");
    }
  }

  return processUpdate;
}

/** Logs a failed API call; a rejected token is fatal-level (the operator must act). */
function logZaloError(log: Logger, err: unknown, msg: string): void {
  if (err instanceof ZaloApiError) {
    const fields = { method: err.method, errorCode: err.error_code, status: err.status, source: err.source };
    if (err.isAuth()) log.fatal(fields, `Zalo rejected the bot token (401): check ZALO_BOT_TOKEN. ${msg}`);
    else log.warn(fields, msg);
  } else {
    log.error({ err }, msg);
  }
}

interface PollParts {
  client: ZaloBotClient;
  log: Logger;
  pollTimeoutSeconds: number;
  maxConcurrent: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
  authBackoffMs: number;
  dispatcher: ChatQueue;
  enqueue(update: ZaloUpdate, via: "polling"): void;
  maybeRetryIdentity(): void;
}

/** Long polling until `signal` aborts: back-off on failures, a webhook left behind deleted. */
async function pollZalo(p: PollParts, signal: AbortSignal): Promise<void> {
  const { client, log, pollTimeoutSeconds, maxConcurrent, backoffInitialMs, backoffMaxMs, authBackoffMs, dispatcher, enqueue, maybeRetryIdentity } = p;
  const logApiError = (err: unknown, msg: string) => logZaloError(log, err, msg);
  let failures = 0;
  let webhookMayBeSet = false;
  while (!signal.aborted) {
    await dispatcher.waitBelow(maxConcurrent);
    if (signal.aborted) break;
    try {
      if (webhookMayBeSet) {
        await client.deleteWebhook({ signal });
        webhookMayBeSet = false;
      }
      const updates = await client.getUpdates({ timeout: pollTimeoutSeconds }, { signal });
      failures = 0;
      for (const raw of updates) {
        const parsed = parseUpdate(raw);
        if (parsed.ok) enqueue(parsed.update, "polling");
        else log.warn({ via: "polling", issues: parsed.error }, "zalo update failed validation; dropped");
      }
      maybeRetryIdentity();
    } catch (err) {
      if (signal.aborted) break;
      if (err instanceof ZaloApiError && err.isPollingTimeout()) {
        // Nothing arrived before the poll timeout: the normal idle case.
        failures = 0;
        maybeRetryIdentity();
        continue;
      }
      failures += 1;
      let delay = Math.min(backoffMaxMs, backoffInitialMs * 2 ** Math.min(failures - 1, 20));
      if (err instanceof ZaloApiError && err.isAuth()) {
        delay = authBackoffMs;
        logApiError(err, `Polling paused for ${Math.round(delay / 1000)} s.`);
      } else if (err instanceof ZaloApiError && err.error_code === 400) {
        // getUpdates answers 400 while a webhook is registered for the token.
        webhookMayBeSet = true;
        logApiError(err, "getUpdates refused (400); a webhook may still be set, deleting it before the next poll");
      } else {
        logApiError(err, `getUpdates failed; retrying in ${delay} ms`);
      }
      await abortableSleep(delay, signal);
    }
  }
}

/** Sends a neutral reply as numbered text parts, paced per chat. */
function zaloSender(client: ZaloBotClient, log: Logger, pacer: { wait(chatId: string): Promise<void> }) {
  async function send(chatId: string, reply: Reply): Promise<SentMessage> {
    const parts = renderZaloReply(reply);
    if (parts.length === 0) throw new SendError("empty reply: nothing to send", "permanent");
    let messageId = "";
    for (const [index, text] of parts.entries()) {
      await pacer.wait(chatId);
      try {
        const sent = await client.sendMessage({ chat_id: chatId, text });
        messageId = sent?.message_id !== undefined ? String(sent.message_id) : "";
      } catch (err) {
        if (!(err instanceof ZaloApiError)) throw err;
        const sendError = toSendError(err);
        log.warn(
          { chatId, part: index + 1, parts: parts.length, errorCode: err.error_code, status: err.status, kind: sendError.kind },
          "zalo sendMessage failed",
        );
        throw sendError;
      }
    }
    log.debug({ chatId, parts: parts.length, messageId }, "zalo reply sent");
    return { messageId };
  }
  return send;
}

/** Keeps at least `intervalMs` between sends to one chat; slots are reserved so bursts queue up. */
function createPacer(intervalMs: number): { wait(chatId: string): Promise<void> } {
  const nextAt = new Map<string, number>();
  return {
    async wait(chatId) {
      if (intervalMs <= 0) return;
      const now = Date.now();
      const at = Math.max(now, nextAt.get(chatId) ?? 0);
      nextAt.set(chatId, at + intervalMs);
      if (nextAt.size > 1_000) {
        for (const [id, t] of nextAt) if (t <= now) nextAt.delete(id);
      }
      if (at > now) await abortableSleep(at - now);
    },
  };
}


/** The path part of a webhook URL ("/" when it has none). */
export function webhookPath(url: string): string {
  return new URL(url).pathname || "/";
}
