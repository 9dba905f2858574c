// In-process Telegram for the benchmark: an API transformer that answers every call at once
// (nothing leaves the process) and remembers the last message sent to each chat, so simulated
// officers can press its buttons; plus builders for the updates officers send.
import type { Transformer } from "grammy";
import type { InlineKeyboardMarkup, Update, UserFromGetMe } from "grammy/types";

export const BENCH_TOKEN = "123456:BENCH-token-never-sent";

export const BENCH_BOT: UserFromGetMe = {
  id: 7_000_000_002,
  is_bot: true,
  first_name: "Trợ lý GQTTHC",
  username: "BenchBot",
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

export interface LastMessage {
  messageId: number;
  text: string;
  /** callback_data of the inline keyboard's buttons, in order. */
  buttons: string[];
}

export class FakeTelegramApi {
  readonly last = new Map<string, LastMessage>();
  calls = 0;
  private nextId = 1;

  readonly transformer: Transformer = async (_prev, method, payload) => {
    this.calls++;
    const p = payload as { chat_id?: number | string; text?: string; reply_markup?: InlineKeyboardMarkup };
    if (method === "sendMessage" || method === "sendDocument") {
      const messageId = this.nextId++;
      const chatId = String(p.chat_id);
      const buttons = (p.reply_markup?.inline_keyboard ?? []).flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));
      this.last.set(chatId, { messageId, text: p.text ?? "", buttons });
      const chat = { id: Number(p.chat_id), type: "private" as const, first_name: "x" };
      return { ok: true, result: { message_id: messageId, date: 0, chat, text: p.text ?? "" } } as never;
    }
    return { ok: true, result: true } as never;
  };
}

let updateId = 1;
const now = () => Math.floor(Date.now() / 1000);

function from(userId: number) {
  return { id: userId, is_bot: false, first_name: "Cán bộ", last_name: String(userId % 1000) };
}

/** A private text message; a leading /command gets its bot_command entity as Telegram sends it. */
export function textUpdate(userId: number, text: string, messageId: number): Update {
  const command = /^\/[a-z_]+/.exec(text);
  return {
    update_id: updateId++,
    message: {
      message_id: messageId,
      date: now(),
      chat: { id: userId, type: "private", first_name: "Cán bộ" },
      from: from(userId),
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

/** A press of an inline button under the bot's message `messageId`. */
export function pressUpdate(userId: number, data: string, messageId: number): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: `cq${updateId}`,
      chat_instance: "bench",
      from: from(userId),
      data,
      message: { message_id: messageId, date: now(), chat: { id: userId, type: "private", first_name: "Cán bộ" }, text: "…" },
    },
  } as Update;
}
