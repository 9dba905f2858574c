// Telegram channel on grammY: translates updates into neutral `Incoming`s and renders neutral
// `Reply`s. It holds no business rules: the router decides what (and whether) to answer.
import { timingSafeEqual } from "node:crypto";
import { autoRetry as autoRetryTransformer } from "@grammyjs/auto-retry";
import {
  Bot,
  BotError,
  GrammyError,
  HttpError,
  InputFile,
  type Transformer,
} from "grammy";
import type {
  ChatMember,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";
import type { Logger } from "pino";
import { systemClock, type Clock } from "../../clock.js";
import type { ChannelAdapter, ChannelHooks, WebhookEndpoint } from "../channel.js";
import { ChatQueue } from "../chat-queue.js";
import { createApiDispatcher, grammyFetch } from "../platform-http.js";
import { splitText, TEXT_LIMITS } from "../render.js";
import { SendError, type Incoming, type Reply, type ReplyChoice, type SentMessage } from "../types.js";

export const TELEGRAM_API_ROOT = "https://api.telegram.org";
export const CAPTION_LIMIT = 1024;
export const CALLBACK_DATA_LIMIT_BYTES = 64;
export const TOPIC_NAME_LIMIT = 128;
/** The Bot API refuses getFile above this size; flows can check `document.size` first. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** Update types the bot asks for; everything else (edits, channel posts) is never delivered. */
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;

export interface AutoRetryConfig {
  maxRetryAttempts: number;
  maxDelaySeconds: number;
}

const DEFAULT_AUTO_RETRY: AutoRetryConfig = { maxRetryAttempts: 3, maxDelaySeconds: 30 };

export interface TelegramChannelOptions {
  token: string;
  /** Bot API server root without trailing slash (a local Bot API server or an emulator). */
  apiRoot?: string;
  hooks: ChannelHooks;
  log: Logger;
  /** Webhook mode when set; long polling otherwise. */
  webhook?: { url: string; secret: string };
  /** Registered with setMyCommands on start; a failure is logged, not fatal. */
  commands: { command: string; description: string }[];
  /** Known bot identity (tests), so no getMe call is needed. */
  botInfo?: UserFromGetMe;
  /**
   * Retry 429 (with retry_after) and 5xx inside the API client. Default on, capped. Turn it off
   * when a caller (the outbox sender) paces itself from `SendError`.
   */
  autoRetry?: boolean | Partial<AutoRetryConfig>;
  /**
   * API transformers installed before auto-retry, i.e. closest to the network. Tests put a
   * recorder here so auto-retry sees its canned errors.
   */
  transformers?: Transformer[];
  /** Per-request timeout; must exceed the long-polling timeout. Default 60. */
  timeoutSeconds?: number;
  /** Seconds a getUpdates long poll may wait on the server (default 30). */
  pollTimeoutSeconds?: number;
  /** Webhook: answer Telegram after this long and finish the update in the background. */
  webhookTimeoutMs?: number;
  /** Updates handled at once across chats; each chat is still handled in order (default 16). */
  maxConcurrent?: number;
  clock?: Clock;
}

export interface TelegramChannel extends ChannelAdapter {
  readonly bot: Bot;
  /** Telegram's webhook, for the HTTP server (webhook mode only). */
  readonly webhook?: WebhookEndpoint;
  /** Opens a forum topic (ticket) and returns its thread id. */
  createTopic?(chatId: string, name: string): Promise<string>;
}

export function createTelegramChannel(opts: TelegramChannelOptions): TelegramChannel & {
  createTopic(chatId: string, name: string): Promise<string>;
} {
  const apiRoot = (opts.apiRoot || TELEGRAM_API_ROOT).replace(/\/+$/, "");
  // The caller's logger already carries the channel binding (main.ts); messages say "telegram".
  const log = opts.log;
  const clock = opts.clock ?? systemClock;
  const redact = (s: string) => (opts.token ? s.split(opts.token).join("<token>") : s);

  const dispatcher = createApiDispatcher();
  const bot = new Bot(opts.token, {
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
    client: { apiRoot, timeoutSeconds: opts.timeoutSeconds ?? 60, fetch: grammyFetch(dispatcher) },
  });
  if (opts.transformers?.length) bot.api.config.use(...opts.transformers);
  const retry = resolveAutoRetry(opts.autoRetry);
  if (retry) {
    bot.api.config.use(
      autoRetryTransformer({
        ...retry,
        // Its HttpError retries ignore maxRetryAttempts (unbounded); network errors surface as
        // SendError "transient" instead, and grammY's polling loop has its own backoff.
        rethrowHttpErrors: true,
      }),
    );
  }

  // Updates are handled in order per chat and in parallel across chats, in both modes; stop()
  // waits for what is in hand.
  const queue = new ChatQueue();
  const maxConcurrent = Math.max(1, opts.maxConcurrent ?? 16);
  const state = { accepting: true, pollingMode: false };

  // Long polling: grammY hands over a batch one update at a time; each is queued for its chat.
  // The next getUpdates (which confirms the batch's offset to Telegram) waits until the batch is
  // done, so a crash mid-batch means redelivery rather than loss.
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method === "getUpdates") await queue.drain();
    return prev(method, payload, signal);
  });
  bot.use(async (ctx) => {
    if (!state.accepting) return;
    const update = ctx.update;
    const done = queue.enqueue(chatKeyOf(update), () => processUpdate(update));
    // Our own polling loop moves on to the next update (back-pressured); a direct
    // bot.handleUpdate call (tests, benchmarks) gets the update fully handled.
    if (state.pollingMode) await queue.waitBelow(maxConcurrent);
    else await done;
  });
  bot.catch((err: BotError) => {
    // Only grammY-internal failures get here: hook errors are caught in processUpdate.
    log.error({ updateId: err.ctx.update.update_id, errName: errorName(err.error) }, "telegram update failed");
  });

  async function processUpdate(update: Update): Promise<void> {
    const me = bot.botInfo;
    try {
      if (update.callback_query) {
        // Stop the button's spinner first, whatever the router then does.
        await bot.api.answerCallbackQuery(update.callback_query.id).catch((err: unknown) => {
          log.debug({ updateId: update.update_id, code: errorCode(err) }, "answerCallbackQuery failed");
        });
      }
      const migration = update.message ? migrationOf(update.message) : undefined;
      if (migration) {
        log.info({ fromChatId: migration.from, toChatId: migration.to }, "telegram chat migrated");
        await opts.hooks.onChatMigrated?.(migration.from, migration.to);
        return;
      }
      const incoming = toIncoming(update, me, { now: clock.now(), download: downloadFile });
      if (!incoming) return;
      await opts.hooks.onIncoming(incoming);
    } catch (err) {
      log.error({ updateId: update.update_id, errName: errorName(err), stack: stackOnly(err) }, "telegram hook failed");
    }
  }

  async function downloadFile(fileId: string): Promise<Buffer> {
    let path: string | undefined;
    try {
      path = (await bot.api.getFile(fileId)).file_path;
    } catch (err) {
      // eslint-disable-next-line preserve-caught-error -- the cause may carry the bot token in its URL
      throw new Error(`telegram getFile failed (${errorCode(err) ?? errorName(err)})`);
    }
    if (!path) throw new Error("telegram getFile returned no file_path (file too big?)");
    let res: Response;
    try {
      res = await fetch(`${apiRoot}/file/bot${opts.token}/${path}`);
    } catch (err) {
      // Fetch errors may carry the URL, which holds the token.
      // eslint-disable-next-line preserve-caught-error -- the cause may carry the bot token in its URL
      throw new Error(`telegram file download failed (${redact(errorName(err))})`);
    }
    if (!res.ok) throw new Error(`telegram file download failed with HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }

  const { send, createTopic } = telegramSender(bot, log, redact);

  const { start, stop, webhook } = telegramLifecycle({ opts, bot, log, queue, state, processUpdate });

  // Closing the connections waits for calls still in flight.
  const stopAndClose = async () => {
    await stop();
    await dispatcher.close();
  };
  return { channel: "telegram", bot, send, start, stop: stopAndClose, createTopic, ...(webhook ? { webhook } : {}) };
}

/** Sending: neutral replies rendered for Telegram (split texts, files, buttons, topics). */
function telegramSender(bot: Bot, log: Logger, redact: (s: string) => string) {
  async function call<T>(method: string, chatId: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const sendError = toSendError(err, method, redact);
      log.warn(
        { chatId, method, code: errorCode(err), kind: sendError.kind, retryAfter: sendError.retryAfterSeconds },
        "telegram call failed",
      );
      throw sendError;
    }
  }

  async function send(chatId: string, reply: Reply): Promise<SentMessage> {
    const target = toChatId(chatId);
    const keyboard = reply.choices?.length ? inlineKeyboard(reply.choices, chatId) : undefined;
    const text = reply.text.trim();
    const thread = reply.threadId ? { message_thread_id: Number(reply.threadId) } : {};
    let replyTo = reply.replyToMessageId
      ? {
          reply_parameters: {
            message_id: Number(reply.replyToMessageId),
            allow_sending_without_reply: true,
          },
        }
      : {};
    // Only the first message of a multi-part reply quotes the original.
    const takeReplyTo = () => {
      const r = replyTo;
      replyTo = {};
      return r;
    };

    if (reply.file) {
      const file = reply.file;
      const captionFits = text.length <= CAPTION_LIMIT;
      if (text && !captionFits) {
        for (const part of splitText(text, TEXT_LIMITS.telegram)) {
          await call("sendMessage", chatId, () =>
            bot.api.sendMessage(target, part, { ...thread, ...takeReplyTo() }),
          );
        }
      }
      const sent = await call("sendDocument", chatId, () =>
        bot.api.sendDocument(target, new InputFile(file.data, file.fileName), {
          ...thread,
          ...takeReplyTo(),
          ...(text && captionFits ? { caption: text } : {}),
          ...(keyboard ? { reply_markup: keyboard } : {}),
        }),
      );
      return { messageId: String(sent.message_id) };
    }

    if (!text) {
      log.warn({ chatId }, "telegram reply has no text");
      throw new SendError("telegram: empty reply", "permanent");
    }
    const parts = splitText(text, TEXT_LIMITS.telegram);
    let last: Message.TextMessage | undefined;
    for (const [i, part] of parts.entries()) {
      const isLast = i === parts.length - 1;
      last = await call("sendMessage", chatId, () =>
        bot.api.sendMessage(target, part, {
          ...thread,
          ...takeReplyTo(),
          ...(isLast && keyboard ? { reply_markup: keyboard } : {}),
        }),
      );
    }
    log.debug({ chatId, messageId: last?.message_id, parts: parts.length }, "telegram reply sent");
    return { messageId: String(last!.message_id) };
  }

  function inlineKeyboard(choices: ReplyChoice[], chatId: string): InlineKeyboardMarkup {
    for (const c of choices) {
      const bytes = Buffer.byteLength(c.id, "utf8");
      if (bytes > CALLBACK_DATA_LIMIT_BYTES) {
        log.error({ chatId, choiceBytes: bytes }, "choice id exceeds Telegram's 64-byte callback data");
        throw new SendError(`telegram: choice id is ${bytes} bytes (max ${CALLBACK_DATA_LIMIT_BYTES})`, "permanent");
      }
    }
    return { inline_keyboard: choices.map((c) => [{ text: c.label, callback_data: c.id }]) };
  }

  async function createTopic(chatId: string, name: string): Promise<string> {
    const topic = await call("createForumTopic", chatId, () =>
      bot.api.createForumTopic(toChatId(chatId), cutUtf16(name.trim(), TOPIC_NAME_LIMIT)),
    );
    return String(topic.message_thread_id);
  }

  return { send, createTopic };
}

interface LifecycleParts {
  opts: TelegramChannelOptions;
  bot: Bot;
  log: Logger;
  queue: ChatQueue;
  state: { accepting: boolean; pollingMode: boolean };
  processUpdate(update: Update): Promise<void>;
}

/**
 * Registers the command menu. A missing menu is cosmetic (emulators lack the method), so a
 * failure never blocks start; an outage or rate limit is retried a few times in the background.
 */
async function registerCommands({ opts, bot, log, state }: Pick<LifecycleParts, "opts" | "bot" | "log" | "state">, attempt = 1): Promise<void> {
  if (opts.commands.length === 0) return;
  try {
    await bot.api.setMyCommands(opts.commands);
  } catch (err) {
    const kind = toSendError(err, "setMyCommands").kind;
    log.warn({ code: errorCode(err), errName: errorName(err), kind, attempt }, "setMyCommands failed");
    if (kind !== "permanent" && attempt < 6 && state.accepting) {
      setTimeout(() => void registerCommands({ opts, bot, log, state }, attempt + 1), Math.min(60_000, 1000 * 2 ** attempt)).unref();
    }
  }
}

/** Start (webhook or long polling, command menu), stop, and the webhook endpoint. */
function telegramLifecycle({ opts, bot, log, queue, state, processUpdate }: LifecycleParts) {
  /** One webhook body (already parsed, secret already checked): handled in its chat's order. */
  async function receiveWebhook(body: unknown): Promise<number> {
    // While stopping, or before getMe has answered, let Telegram keep the update for later.
    if (!state.accepting || !bot.isInited()) return 503;
    if (!isUpdate(body)) {
      log.warn({ via: "webhook" }, "telegram webhook body is not an update");
      return 400;
    }
    const done = queue.enqueue(chatKeyOf(body), () => processUpdate(body));
    // Answer Telegram in time and keep working: a timeout error would make it redeliver.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((r) => (timer = setTimeout(r, opts.webhookTimeoutMs ?? 10_000)));
    await Promise.race([done, late]);
    clearTimeout(timer);
    return 200;
  }

  const webhook: WebhookEndpoint | undefined = opts.webhook
    ? {
        name: "telegram",
        path: new URL(opts.webhook.url).pathname || "/",
        secretHeader: "x-telegram-bot-api-secret-token",
        secretMatches: (received) => sameSecret(received, opts.webhook!.secret),
        receive: receiveWebhook,
      }
    : undefined;

  let polling: Promise<void> | undefined;

  async function start(): Promise<void> {
    state.accepting = true;
    await bot.init();
    await registerCommands({ opts, bot, log, state });
    if (opts.webhook) {
      try {
        await bot.api.setWebhook(opts.webhook.url, {
          secret_token: opts.webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
          drop_pending_updates: false,
        });
      } catch (err) {
        // eslint-disable-next-line preserve-caught-error -- the cause may carry the bot token in its URL
        throw new Error(`telegram setWebhook failed (${errorCode(err) ?? errorName(err)})`);
      }
      log.info({ botId: bot.botInfo.id, mode: "webhook" }, "telegram channel started");
      return;
    }
    state.pollingMode = true;
    await new Promise<void>((resolve, reject) => {
      let started = false;
      polling = bot
        .start({
          drop_pending_updates: false,
          timeout: opts.pollTimeoutSeconds ?? 30,
          allowed_updates: [...ALLOWED_UPDATES],
          onStart: () => {
            started = true;
            log.info({ botId: bot.botInfo.id, mode: "polling" }, "telegram channel started");
            resolve();
          },
        })
        .catch((err: unknown) => {
          // 401 (bad token) or 409 (another poller on this token) end polling for good.
          log.error({ code: errorCode(err), errName: errorName(err) }, "telegram polling stopped");
          if (!started) reject(new Error(`telegram polling failed to start (${errorCode(err) ?? errorName(err)})`));
        });
    });
  }

  async function stop(): Promise<void> {
    state.accepting = false;
    if (polling) {
      await bot.stop().catch((err: unknown) => {
        log.warn({ code: errorCode(err), errName: errorName(err) }, "telegram stop: offset confirmation failed");
      });
      await polling;
      polling = undefined;
    }
    await queue.drain();
    log.info("telegram channel stopped");
  }

  return { start, stop, webhook };
}

function resolveAutoRetry(option: TelegramChannelOptions["autoRetry"]): AutoRetryConfig | undefined {
  if (option === false) return undefined;
  if (option === undefined || option === true) return DEFAULT_AUTO_RETRY;
  return { ...DEFAULT_AUTO_RETRY, ...option };
}

// ---------------------------------------------------------------------------------------------
// Update → Incoming (pure, exported for tests)

/** Minimal shape check at the edge; the translation below tolerates anything else. */
function isUpdate(body: unknown): body is Update {
  return typeof body === "object" && body !== null && !Array.isArray(body) && Number.isSafeInteger((body as Update).update_id);
}

/** The chat an update belongs to, so its updates are handled one after another. */
export function chatKeyOf(update: Update): string {
  const chat = update.message?.chat ?? update.callback_query?.message?.chat ?? update.my_chat_member?.chat;
  const id = (chat as { id?: unknown } | undefined)?.id;
  return typeof id === "number" || typeof id === "string" ? String(id) : `update:${String(update.update_id)}`;
}

function sameSecret(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== "string" || expected.length === 0) return false;
  const a = Buffer.from(received, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface TranslateDeps {
  now: Date;
  download(fileId: string): Promise<Buffer>;
}

/** The bot's group moved to a supergroup: the old chat's last service message says where. */
export function migrationOf(message: Message): { from: string; to: string } | undefined {
  if (message.migrate_to_chat_id === undefined) return undefined;
  return { from: String(message.chat.id), to: String(message.migrate_to_chat_id) };
}

export function toIncoming(update: Update, me: UserFromGetMe, deps: TranslateDeps): Incoming | undefined {
  if (update.message) return messageToIncoming(update.message, me, deps);
  if (update.callback_query) {
    const cq = update.callback_query;
    const msg = cq.message;
    // Inline-mode buttons (no message) and game buttons (no data) are not ours.
    if (!msg || cq.data === undefined) return undefined;
    const chat = chatOf(msg.chat);
    if (!chat) return undefined;
    const threadId = "is_topic_message" in msg && msg.is_topic_message ? msg.message_thread_id : undefined;
    return {
      channel: "telegram",
      chat,
      sender: senderOf(cq.from),
      // Each press is its own event; the keyboard message id would repeat across presses.
      messageId: `cb:${cq.id}`,
      text: "",
      rawText: "",
      choice: cq.data,
      mentioned: false,
      // Buttons only ever sit on the bot's own messages: a press answers the bot.
      repliedToBot: true,
      replyToMessageId: String(msg.message_id),
      ...(threadId !== undefined ? { threadId: String(threadId) } : {}),
      receivedAt: deps.now,
    };
  }
  if (update.my_chat_member) {
    const m = update.my_chat_member;
    const chat = chatOf(m.chat);
    if (!chat || chat.kind !== "group") return undefined;
    if (isMember(m.old_chat_member) || !isMember(m.new_chat_member)) return undefined;
    return {
      channel: "telegram",
      chat,
      sender: senderOf(m.from),
      messageId: `join:${m.date}`,
      text: "",
      rawText: "",
      mentioned: false,
      repliedToBot: false,
      joinedGroup: true,
      receivedAt: deps.now,
    };
  }
  return undefined;
}

function messageToIncoming(msg: Message, me: UserFromGetMe, deps: TranslateDeps): Incoming | undefined {
  if (!msg.from || msg.from.id === me.id) return undefined;
  const chat = chatOf(msg.chat);
  if (!chat) return undefined;
  const raw = msg.text ?? msg.caption;
  const doc = msg.document;
  // Stickers, voice, photos without caption and service messages carry nothing to answer.
  if (raw === undefined && !doc) return undefined;

  const parsed = parseText(raw ?? "", (msg.text !== undefined ? msg.entities : msg.caption_entities) ?? [], me);

  // In a forum every topic message "replies" to the topic's first message; that is not a reply.
  const reply = msg.reply_to_message;
  const explicitReply =
    reply && !(msg.is_topic_message && (reply.message_id === msg.message_thread_id || reply.forum_topic_created))
      ? reply
      : undefined;
  const threadId = msg.is_topic_message ? msg.message_thread_id : undefined;

  return {
    channel: "telegram",
    chat,
    sender: senderOf(msg.from),
    messageId: String(msg.message_id),
    text: parsed.text,
    rawText: (raw ?? "").normalize("NFC"),
    ...(parsed.command !== undefined ? { command: parsed.command, args: parsed.text } : {}),
    mentioned: parsed.mentioned,
    repliedToBot: explicitReply?.from?.id === me.id,
    ...(explicitReply ? { replyToMessageId: String(explicitReply.message_id) } : {}),
    ...(threadId !== undefined ? { threadId: String(threadId) } : {}),
    ...(doc
      ? {
          document: {
            fileName: (doc.file_name ?? "document").normalize("NFC"),
            ...(doc.mime_type ? { mimeType: doc.mime_type } : {}),
            ...(doc.file_size !== undefined ? { size: doc.file_size } : {}),
            download: () => deps.download(doc.file_id),
          },
        }
      : {}),
    receivedAt: deps.now,
  };
}

const COMMAND_RE = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/;

/**
 * Splits a message into command, mention flag and the text left for the router. Entity offsets
 * are UTF-16 positions in the original text, so cutting happens before NFC normalisation.
 */
export function parseText(
  raw: string,
  entities: readonly MessageEntity[],
  me: Pick<UserFromGetMe, "id" | "username">,
): { text: string; command?: string; mentioned: boolean } {
  const cuts: [number, number][] = [];
  let command: string | undefined;

  const commandEntity = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  // Hand-written updates may lack entities; Telegram always sends them.
  const commandLength = commandEntity?.length ?? (entities.length === 0 ? COMMAND_RE.exec(raw)?.[0].length : undefined);
  if (commandLength) {
    const [name = "", target] = raw.slice(1, commandLength).split("@");
    // "/start@OtherBot" is for another bot: leave it as plain text so groups ignore it.
    if (!target || target.toLowerCase() === me.username.toLowerCase()) {
      command = name.toLowerCase();
      cuts.push([0, commandLength]);
    }
  }

  const ownMention = `@${me.username}`.toLowerCase();
  for (const e of entities) {
    const isOwn =
      (e.type === "mention" && raw.slice(e.offset, e.offset + e.length).toLowerCase() === ownMention) ||
      (e.type === "text_mention" && e.user.id === me.id);
    if (isOwn) cuts.push([e.offset, e.offset + e.length]);
  }
  const mentioned = cuts.length > (command !== undefined ? 1 : 0);

  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let pos = 0;
  for (const [from, to] of cuts) {
    if (from < pos) continue;
    pieces.push(raw.slice(pos, from));
    pos = to;
  }
  pieces.push(raw.slice(pos));
  const text = pieces
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(" ")
    .normalize("NFC");
  return { text, ...(command !== undefined ? { command } : {}), mentioned };
}

function chatOf(chat: { id: number; type: string; title?: string; is_forum?: true }): Incoming["chat"] | undefined {
  if (chat.type === "private") return { id: String(chat.id), kind: "private" };
  if (chat.type === "group" || chat.type === "supergroup") {
    return {
      id: String(chat.id),
      kind: "group",
      ...(chat.title !== undefined ? { title: chat.title.normalize("NFC") } : {}),
      isForum: chat.is_forum === true,
    };
  }
  return undefined; // channels
}

function senderOf(user: User): Incoming["sender"] {
  const name = [user.first_name, user.last_name].filter((p) => p && p.trim()).join(" ").normalize("NFC");
  return { id: String(user.id), displayName: name || (user.username ?? String(user.id)), isBot: user.is_bot };
}

function isMember(member: ChatMember): boolean {
  switch (member.status) {
    case "creator":
    case "administrator":
    case "member":
      return true;
    case "restricted":
      return member.is_member;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Maps a grammY failure to the outbox's vocabulary. Messages never carry the token. */
export function toSendError(err: unknown, method: string, redact: (s: string) => string = (s) => s): SendError {
  if (err instanceof SendError) return err;
  if (err instanceof GrammyError) {
    const what = redact(`telegram ${method}: ${err.error_code ?? "?"} ${err.description ?? ""}`.trim());
    if (err.parameters.migrate_to_chat_id !== undefined) {
      return new SendError(what, "migrated", undefined, String(err.parameters.migrate_to_chat_id));
    }
    if (err.error_code === 429) return new SendError(what, "rate_limited", err.parameters.retry_after);
    // No code at all means the server did not speak the Bot API (proxy, emulator): try again later.
    if (err.error_code === undefined || err.error_code >= 500) return new SendError(what, "transient");
    return new SendError(what, "permanent");
  }
  if (err instanceof HttpError) {
    const inner = err.error;
    const timedOut =
      inner instanceof Error &&
      (/timed out/i.test(inner.message) || inner.name === "AbortError" || inner.name === "TimeoutError");
    return new SendError(`telegram ${method}: ${timedOut ? "request timed out" : "network error"}`, timedOut ? "timeout" : "transient");
  }
  return new SendError(redact(`telegram ${method}: ${errorName(err)}`), "permanent");
}

function errorCode(err: unknown): number | undefined {
  return err instanceof GrammyError ? err.error_code : undefined;
}

/** Stack frames without the message line, which might quote what the user wrote. */
function stackOnly(err: unknown): string | undefined {
  return err instanceof Error ? err.stack?.split("\n").slice(1).join("\n") : undefined;
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Telegram takes numeric chat ids as numbers and "@channelname" as strings. */
function toChatId(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}

/** Cuts to `limit` UTF-16 units (Telegram's unit) without splitting a surrogate pair. */
export function cutUtf16(s: string, limit: number): string {
  if (s.length <= limit) return s;
  let cut = limit;
  const code = s.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return s.slice(0, cut);
}
