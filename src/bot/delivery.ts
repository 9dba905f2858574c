// Sends the router's replies to one incoming message. When the platform is down, slow or pacing
// us (5xx, network, timeout, 429), the rest of the answer goes to the durable outbox, which retries
// at the platform's pace: an outage delays an answer, it never drops it.
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Outbox } from "./outbox.js";
import type { Outgoing } from "./router.js";
import { SendError, type ChannelSender, type Incoming } from "./types.js";

export interface DeliveryDeps {
  outbox: Outbox;
  clock: Clock;
  log: Logger;
}

export async function deliverReplies(deps: DeliveryDeps, incoming: Incoming, outgoing: Outgoing[], sender: ChannelSender): Promise<void> {
  for (const [index, out] of outgoing.entries()) {
    try {
      await sender.send(out.chatId, out.reply);
    } catch (err) {
      const e = err instanceof SendError ? err : new SendError(err instanceof Error ? err.name : "error", "transient");
      if (e.kind === "permanent") {
        deps.log.warn({ channel: incoming.channel, chat: out.chatId, kind: e.kind }, "reply refused by the platform");
        continue;
      }
      await queueRest(deps, incoming, outgoing.slice(index), index, e);
      return;
    }
  }
}

async function queueRest(deps: DeliveryDeps, incoming: Incoming, rest: Outgoing[], offset: number, e: SendError): Promise<void> {
  const waitMs = e.kind === "rate_limited" ? (e.retryAfterSeconds ?? 5) * 1000 : 2_000;
  const notBefore = new Date(deps.clock.now().getTime() + waitMs);
  const queued = await deps.outbox.enqueueMany(
    rest
      // Files are not kept in the outbox (size); the person can ask for the export again.
      .filter((o) => !o.reply.file)
      .map((o, i) => ({
        dedupeKey: `reply:${incoming.channel}:${incoming.chat.id}:${incoming.messageId}:${offset + i}`,
        channel: incoming.channel,
        chatId: o.chatId,
        reply: o.reply,
        kind: "reply",
        notBefore,
      })),
  );
  deps.log.warn({ channel: incoming.channel, chat: incoming.chat.id, kind: e.kind, queued }, "reply not sent now; queued in the outbox");
}
