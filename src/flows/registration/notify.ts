// Tells an officer, in their private chat and through the durable outbox, that the ministry
// removed or replaced their registration.
import type { Ctx } from "../../bot/context.js";
import type { Outbox } from "../../bot/outbox.js";
import type { Channel } from "../../bot/types.js";
import type { Officer } from "../../store/officers.js";
import { registration as t } from "../../messages/index.js";
import { privateChatOf } from "../../store/chats-people.js";

const CHANNELS: readonly string[] = ["telegram", "zalo", "shell"];

export async function notifyHolder(ctx: Ctx, outbox: Outbox, o: Officer, reason: "removed" | "replaced"): Promise<boolean> {
  if (!CHANNELS.includes(o.channel)) return false;
  const privateChatId = await privateChatOf(ctx.deps.store, o.channel, o.externalUserId);
  if (!privateChatId) return false;
  const text = reason === "removed" ? t.admin.removedNotice(o.unitName) : t.admin.replacedNotice(o.unitName);
  return outbox.enqueue({
    dedupeKey: `reg-${reason}:${o.id}:${ctx.deps.clock.now().getTime()}`,
    channel: o.channel as Channel,
    chatId: privateChatId,
    reply: { text },
    kind: "relay",
    refId: `officer:${o.id}`,
  });
}
