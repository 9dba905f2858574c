// In-process Telegram for tests: an API transformer that records every outgoing call and answers
// with canned results (never touching the network), plus builders for incoming updates.
import { HttpError, type Transformer } from "grammy";
import type { Api, Bot } from "grammy";
import type { MessageEntity, Update, UserFromGetMe } from "grammy/types";

export const TEST_BOT: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: "Trợ lý GQTTHC",
  username: "TheBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export const TEST_TOKEN = "123456:TEST-token-never-sent";

export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

interface ApiFailure {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

type Injected = { kind: "response"; response: ApiFailure } | { kind: "throw"; error: Error };
type Responder = (payload: Record<string, unknown>) => unknown;

export class TelegramRecorder {
  readonly calls: RecordedCall[] = [];
  readonly botInfo: UserFromGetMe;
  private nextMessageId = 100;
  private readonly queued: Injected[] = [];
  private readonly responders = new Map<string, Responder>();

  constructor(botInfo: UserFromGetMe = TEST_BOT) {
    this.botInfo = botInfo;
  }

  /** Terminal transformer: never calls `prev`, so nothing leaves the process. */
  readonly transformer: Transformer = async (_prev, method, payload) => {
    const p = { ...(payload as Record<string, unknown>) };
    this.calls.push({ method, payload: p });
    const injected = this.queued.shift();
    if (injected?.kind === "throw") throw injected.error;
    if (injected?.kind === "response") return injected.response as never;
    if (method === "getUpdates") {
      const updates = (this.responders.get(method)?.(p) ?? []) as unknown[];
      // Would spin otherwise: a real server holds an empty long poll open.
      if (updates.length === 0) await new Promise((r) => setTimeout(r, 20));
      return { ok: true, result: updates } as never;
    }
    return { ok: true, result: this.resultFor(method, p) } as never;
  };

  /** Installs the recorder on a plain grammY Bot or Api. */
  install(target: Bot | Api): this {
    const api = "api" in target ? target.api : target;
    api.config.use(this.transformer);
    return this;
  }

  /** Overrides the canned result of one method. */
  respond(method: string, responder: Responder): this {
    this.responders.set(method, responder);
    return this;
  }

  /** The next call (whatever its method) fails with 429 Too Many Requests. */
  rateLimitNext(retryAfterSeconds: number): this {
    return this.failNext(429, `Too Many Requests: retry after ${retryAfterSeconds}`, { retry_after: retryAfterSeconds });
  }

  /** The next call fails because the group became a supergroup. */
  migrateNext(newChatId: number): this {
    return this.failNext(400, "Bad Request: group chat was upgraded to a supergroup chat", {
      migrate_to_chat_id: newChatId,
    });
  }

  failNext(errorCode: number, description: string, parameters?: ApiFailure["parameters"]): this {
    this.queued.push({
      kind: "response",
      response: { ok: false, error_code: errorCode, description, ...(parameters ? { parameters } : {}) },
    });
    return this;
  }

  /** The next call fails below the Bot API (connection reset, or the client's timeout). */
  networkErrorNext(kind: "reset" | "timeout" = "reset"): this {
    const inner =
      kind === "timeout"
        ? new Error("Request to 'sendMessage' timed out after 60 seconds")
        : Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    this.queued.push({ kind: "throw", error: new HttpError("Network request failed!", inner) });
    return this;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Texts the bot sent with sendMessage, in order. */
  sentTexts(): string[] {
    return this.callsTo("sendMessage").map((c) => String(c.payload.text));
  }

  clear(): void {
    this.calls.length = 0;
    this.queued.length = 0;
  }

  private resultFor(method: string, p: Record<string, unknown>): unknown {
    const custom = this.responders.get(method);
    if (custom) return custom(p);
    const date = Math.floor(Date.now() / 1000);
    const chat = { id: Number(p.chat_id), type: Number(p.chat_id) < 0 ? "supergroup" : "private" };
    switch (method) {
      case "getMe":
        return this.botInfo;
      case "sendMessage":
        return {
          message_id: this.nextMessageId++,
          date,
          chat,
          from: this.botInfo,
          text: p.text,
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      case "sendDocument":
        return {
          message_id: this.nextMessageId++,
          date,
          chat,
          from: this.botInfo,
          document: { file_id: "doc-file", file_unique_id: "doc-unique" },
          ...(p.caption ? { caption: p.caption } : {}),
        };
      case "createForumTopic":
        return { message_thread_id: this.nextMessageId++, name: p.name, icon_color: 0x6fb9f0 };
      case "getFile":
        return { file_id: p.file_id, file_unique_id: `u-${String(p.file_id)}`, file_path: `documents/${String(p.file_id)}.bin` };
      default:
        return true;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Update builders. Entities are derived like Telegram does (leading /command, @mentions) unless
// given explicitly.

let updateId = 1;
let messageId = 1;

export const USER = { id: 501, first_name: "Nguyễn", last_name: "Văn An", is_bot: false } as const;

function user(userId: number) {
  return userId === USER.id ? { ...USER } : { id: userId, first_name: `Người dùng ${userId}`, is_bot: false };
}

export function deriveEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(^|[^A-Za-z0-9_/])(@[A-Za-z0-9_]{3,})/g)) {
    const offset = (m.index ?? 0) + (m[1]?.length ?? 0);
    entities.push({ type: "mention", offset, length: m[2]!.length });
  }
  return entities;
}

export interface PrivateTextOptions {
  userId?: number;
  messageId?: number;
  entities?: MessageEntity[];
}

export function privateText(text: string, o: PrivateTextOptions = {}): Update {
  const from = user(o.userId ?? USER.id);
  const entities = o.entities ?? deriveEntities(text);
  return {
    update_id: updateId++,
    message: {
      message_id: o.messageId ?? messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      text,
      ...(entities.length ? { entities } : {}),
    },
  } as Update;
}

export interface GroupTextOptions {
  chatId?: number;
  userId?: number;
  entities?: MessageEntity[];
  /** The message replies to this bot message id (true = some bot message). */
  replyToBot?: boolean | number;
  /** The message replies to another user's message. */
  replyToUser?: number;
  chatType?: "group" | "supergroup";
  isForum?: boolean;
  /** Forum topic the message was posted in. */
  threadId?: number;
  title?: string;
  botInfo?: UserFromGetMe;
}

export function groupText(text: string, o: GroupTextOptions = {}): Update {
  const from = user(o.userId ?? USER.id);
  const entities = o.entities ?? deriveEntities(text);
  const chat = {
    id: o.chatId ?? -100_200_300,
    type: o.chatType ?? "supergroup",
    title: o.title ?? "Tổ triển khai tỉnh",
    ...(o.isForum ? { is_forum: true } : {}),
  };
  const date = Math.floor(Date.now() / 1000);
  let reply_to_message: Record<string, unknown> | undefined;
  if (o.replyToBot !== undefined && o.replyToBot !== false) {
    reply_to_message = {
      message_id: typeof o.replyToBot === "number" ? o.replyToBot : 42,
      date,
      chat,
      from: o.botInfo ?? TEST_BOT,
      text: "Tin nhắn của bot",
    };
  } else if (o.replyToUser !== undefined) {
    reply_to_message = { message_id: o.replyToUser, date, chat, from: user(999), text: "Tin nhắn khác" };
  }
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++,
      date,
      chat,
      from,
      text,
      ...(entities.length ? { entities } : {}),
      ...(reply_to_message ? { reply_to_message } : {}),
      ...(o.threadId !== undefined ? { message_thread_id: o.threadId, is_topic_message: true } : {}),
    },
  } as Update;
}

export interface CallbackOptions {
  chatId?: number;
  userId?: number;
  /** Id of the bot message carrying the keyboard. */
  messageId?: number;
  chatType?: "private" | "group" | "supergroup";
}

export function callback(data: string, o: CallbackOptions = {}): Update {
  const from = user(o.userId ?? USER.id);
  const type = o.chatType ?? "private";
  const chat =
    type === "private"
      ? { id: o.chatId ?? from.id, type, first_name: from.first_name }
      : { id: o.chatId ?? -100_200_300, type, title: "Tổ triển khai tỉnh" };
  const id = updateId++;
  return {
    update_id: id,
    callback_query: {
      id: `cbq-${id}`,
      from,
      chat_instance: "ci-1",
      data,
      message: {
        message_id: o.messageId ?? 100,
        date: Math.floor(Date.now() / 1000),
        chat,
        from: TEST_BOT,
        text: "Chọn một mục",
      },
    },
  } as Update;
}

export interface DocumentOptions {
  userId?: number;
  fileId?: string;
  fileName?: string;
  mimeType?: string;
  size?: number;
  caption?: string;
}

export function privateDocument(o: DocumentOptions = {}): Update {
  const from = user(o.userId ?? USER.id);
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      document: {
        file_id: o.fileId ?? "file-1",
        file_unique_id: `u-${o.fileId ?? "file-1"}`,
        file_name: o.fileName ?? "danh-sach.xlsx",
        mime_type: o.mimeType ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file_size: o.size ?? 1234,
      },
      ...(o.caption !== undefined ? { caption: o.caption } : {}),
    },
  } as Update;
}

export interface BotAddedOptions {
  chatId?: number;
  userId?: number;
  title?: string;
  chatType?: "group" | "supergroup";
  /** Previous status of the bot (default: not in the chat). */
  oldStatus?: "left" | "kicked" | "member";
  newStatus?: "member" | "administrator" | "left" | "kicked";
  botInfo?: UserFromGetMe;
}

export function botAddedToGroup(o: BotAddedOptions = {}): Update {
  const bot = o.botInfo ?? TEST_BOT;
  const member = (status: string) =>
    status === "administrator"
      ? { status, user: bot, can_be_edited: false, is_anonymous: false, can_manage_chat: true }
      : status === "kicked"
        ? { status, user: bot, until_date: 0 }
        : { status, user: bot };
  return {
    update_id: updateId++,
    my_chat_member: {
      chat: { id: o.chatId ?? -100_200_300, type: o.chatType ?? "supergroup", title: o.title ?? "Tổ triển khai tỉnh" },
      from: user(o.userId ?? USER.id),
      date: Math.floor(Date.now() / 1000),
      old_chat_member: member(o.oldStatus ?? "left"),
      new_chat_member: member(o.newStatus ?? "member"),
    },
  } as Update;
}

/** The service message a basic group posts when it becomes a supergroup. */
export function migrate(o: { fromChatId?: number; toChatId?: number; userId?: number } = {}): Update {
  return {
    update_id: updateId++,
    message: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: o.fromChatId ?? -4_000_001, type: "group", title: "Tổ triển khai tỉnh" },
      from: user(o.userId ?? USER.id),
      migrate_to_chat_id: o.toChatId ?? -1_004_000_001,
    },
  } as Update;
}

export function editedText(text: string, o: { userId?: number } = {}): Update {
  const from = user(o.userId ?? USER.id);
  const date = Math.floor(Date.now() / 1000);
  return {
    update_id: updateId++,
    edited_message: {
      message_id: messageId++,
      date,
      edit_date: date,
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from,
      text,
    },
  } as Update;
}

export function channelPost(text: string, o: { chatId?: number } = {}): Update {
  return {
    update_id: updateId++,
    channel_post: {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: o.chatId ?? -100_900_900, type: "channel", title: "Kênh thông báo" },
      text,
    },
  } as Update;
}
