// The durable outbox: every proactive message (reminders, ticket relays, nudges) is a row with a
// unique key, so planning the same message twice is a no-op, and a restart loses nothing. The
// sender drains due rows at each platform's pace and records what happened to each.
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { BotMetrics } from "../metrics.js";
import type { Store } from "../store/db.js";
import { SendError, type Channel, type ChannelSender, type Reply } from "./types.js";

export type OutboxStatus = "pending" | "sending" | "sent" | "failed" | "skipped" | "ambiguous" | "cancelled";

export interface OutboxMessage {
  dedupeKey: string;
  channel: Channel;
  chatId: string;
  reply: Reply;
  kind: string;
  refId?: string;
  notBefore?: Date;
  /** Not sent by then: recorded as skipped. */
  expiresAt?: Date;
}

export interface Outbox {
  /** Queues a message; false when a message with the same key already exists. */
  enqueue(message: OutboxMessage): Promise<boolean>;
  /** Queues many; returns how many were new. */
  enqueueMany(messages: OutboxMessage[]): Promise<number>;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === "P2002";
}

export function createOutbox(store: Store, clock: Clock): Outbox {
  async function enqueue(m: OutboxMessage): Promise<boolean> {
    try {
      await store.outbox.create({
        data: {
          dedupeKey: m.dedupeKey,
          channel: m.channel,
          chatId: m.chatId,
          payload: JSON.stringify({ ...m.reply, file: undefined }),
          kind: m.kind,
          refId: m.refId,
          notBefore: m.notBefore ?? clock.now(),
          expiresAt: m.expiresAt,
          createdAt: clock.now(),
        },
      });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }
  return {
    enqueue,
    async enqueueMany(messages) {
      let added = 0;
      for (const m of messages) if (await enqueue(m)) added++;
      return added;
    },
  };
}

export interface Pacing {
  /** Messages per second across all chats of the channel. */
  perSecond: number;
  /** Minimum gap between two messages to one private chat. */
  privateGapMs: number;
  /** Minimum gap between two messages to one group. */
  groupGapMs: number;
  isGroup(chatId: string): boolean;
}

/** Telegram: ~30/s overall, 1/s per chat, 20/min per group (group ids are negative). */
export const TELEGRAM_PACING: Pacing = {
  perSecond: 28,
  privateGapMs: 1000,
  groupGapMs: 3000,
  isGroup: (id) => id.startsWith("-"),
};

export function zaloPacing(perSecond: number): Pacing {
  // Zalo publishes no numbers and its chat ids do not tell groups apart: be conservative.
  return { perSecond, privateGapMs: 1000, groupGapMs: 3000, isGroup: () => false };
}

export const SHELL_PACING: Pacing = { perSecond: 1000, privateGapMs: 0, groupGapMs: 0, isGroup: () => false };

export interface OutboxSenderOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  senders: Map<Channel, ChannelSender>;
  pacing: Partial<Record<Channel, Pacing>>;
  maxAttempts: number;
  /** Waits; tests pass one that moves a fake clock. */
  sleep?: (ms: number) => Promise<void>;
  /** How many due rows one pass looks at. */
  batchSize?: number;
  /** Idle wait between passes of the background loop. */
  idleMs?: number;
  onChatMigrated?(channel: Channel, oldChatId: string, newChatId: string): Promise<void>;
  /** Counts sends by result for GET /metrics. */
  metrics?: Pick<BotMetrics, "sendFinished">;
}

export interface OutboxSender {
  /** Re-queues messages left in flight by a process that died; call once at start. */
  recover(): Promise<void>;
  /** One pass over the due messages; returns how many were sent. */
  drainOnce(): Promise<number>;
  /** Drains until nothing is due now. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const BACKOFF_BASE_MS = 2000;
const BACKOFF_MAX_MS = 10 * 60_000;
/** Pause before the one careful retry of a send that timed out. */
const AMBIGUOUS_RETRY_MS = 30_000;

export function createOutboxSender(o: OutboxSenderOptions): OutboxSender {
  const { store, clock, log } = o;
  const sleep = o.sleep ?? realSleep;
  const batchSize = o.batchSize ?? 100;
  /** Earliest time each chat (channel:chat) and each channel may receive the next message. */
  const nextChatAt = new Map<string, number>();
  const nextChannelAt = new Map<Channel, number>();
  let running = false;
  let loop: Promise<void> | undefined;

  async function recoverInterrupted(): Promise<void> {
    // A row left "sending" was in flight when the process died: it may or may not have arrived.
    // Sending it again risks one repeat, which is better than losing a reminder.
    const n = await store.outbox.updateMany({ where: { status: "sending" }, data: { status: "pending" } });
    if (n.count > 0) log.warn({ count: n.count }, "outbox: re-queued messages interrupted by a stop");
  }

  async function sendOne(row: {
    id: number;
    channel: string;
    chatId: string;
    payload: string;
    attempts: number;
    expiresAt: Date | null;
    lastError?: string | null;
  }): Promise<boolean> {
    const channel = row.channel as Channel;
    const sender = o.senders.get(channel);
    const now = clock.now();
    if (row.expiresAt && row.expiresAt <= now) {
      await store.outbox.update({ where: { id: row.id }, data: { status: "skipped", lastError: "expired before it could be sent" } });
      o.metrics?.sendFinished(channel, "expired");
      return false;
    }
    if (!sender) return false;
    const pacing = o.pacing[channel] ?? SHELL_PACING;
    const chatKey = `${channel}:${row.chatId}`;
    if ((nextChatAt.get(chatKey) ?? 0) > now.getTime()) return false;
    // Pacing as a virtual schedule (GCRA): a message may go up to one gap early, so one slow pass
    // is absorbed, and no second window ever holds more than rate + 1 messages (29 ≤ Telegram's 30).
    const gapMs = 1000 / pacing.perSecond;
    const channelWait = (nextChannelAt.get(channel) ?? 0) - gapMs - now.getTime();
    if (channelWait > 0) await sleep(channelWait);

    // Claim the row; another instance that claimed it first wins. The claim and the "sent" mark
    // are plain portable SQL: through the model API each cost several times more CPU, and they
    // bound how fast a broadcast can go (npm run bench, broadcast section).
    const claimed = await store.$executeRaw`UPDATE "Outbox" SET "status" = 'sending', "attempts" = "attempts" + 1, "updatedAt" = ${clock.now()} WHERE "id" = ${row.id} AND "status" = 'pending'`;
    if (claimed === 0) return false;

    const sentAt = clock.now().getTime();
    nextChannelAt.set(channel, Math.max(nextChannelAt.get(channel) ?? 0, sentAt) + gapMs);
    nextChatAt.set(chatKey, sentAt + (pacing.isGroup(row.chatId) ? pacing.groupGapMs : pacing.privateGapMs));
    try {
      const result = await sender.send(row.chatId, JSON.parse(row.payload) as Reply);
      const doneAt = clock.now();
      await store.$executeRaw`UPDATE "Outbox" SET "status" = 'sent', "sentAt" = ${doneAt}, "sentMessageId" = ${result.messageId}, "lastError" = NULL, "updatedAt" = ${doneAt} WHERE "id" = ${row.id}`;
      o.metrics?.sendFinished(channel, "sent");
      return true;
    } catch (err) {
      await recordFailure(row, channel, err);
      return false;
    }
  }

  async function recordFailure(row: { id: number; chatId: string; attempts: number; lastError?: string | null }, channel: Channel, err: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const e = err instanceof SendError ? err : new SendError(String((err as Error)?.message ?? err), "transient");
    const now = clock.now().getTime();
    const retry = (delayMs: number, countsAsAttempt: boolean) =>
      store.outbox.update({
        where: { id: row.id },
        data: {
          status: countsAsAttempt && attempts >= o.maxAttempts ? "failed" : "pending",
          notBefore: new Date(now + delayMs),
          lastError: `${e.kind}: ${e.message}`.slice(0, 500),
          // Rate limits are the platform's pacing, not the message's fault: they do not use up attempts.
          ...(countsAsAttempt ? {} : { attempts: row.attempts }),
        },
      });
    log.warn({ outboxId: row.id, channel, kind: e.kind, attempts }, "outbox: send failed");
    o.metrics?.sendFinished(channel, e.kind);
    switch (e.kind) {
      case "rate_limited": {
        const waitMs = (e.retryAfterSeconds ?? 5) * 1000;
        // The schedule lets a message go one gap early: not before retry_after has passed.
        nextChannelAt.set(channel, now + waitMs + 1000 / (o.pacing[channel] ?? SHELL_PACING).perSecond);
        await retry(waitMs, false);
        return;
      }
      case "migrated": {
        if (e.migrateToChatId) {
          await store.outbox.updateMany({ where: { channel, chatId: row.chatId, status: { in: ["pending", "sending"] } }, data: { chatId: e.migrateToChatId } });
          await o.onChatMigrated?.(channel, row.chatId, e.migrateToChatId);
        }
        await retry(0, false);
        return;
      }
      case "timeout":
        // The platform may have delivered it. One careful retry after a pause (a repeat is better
        // than a lost reminder); a second timeout is recorded as ambiguous and shown to admins in
        // /nhacnho_baocao rather than risking more repeats.
        if (!row.lastError?.startsWith("timeout")) {
          await store.outbox.update({
            where: { id: row.id },
            data: { status: "pending", notBefore: new Date(now + AMBIGUOUS_RETRY_MS), lastError: `timeout: ${e.message}`.slice(0, 500) },
          });
          return;
        }
        await store.outbox.update({ where: { id: row.id }, data: { status: "ambiguous", lastError: `timeout: ${e.message}`.slice(0, 500) } });
        return;
      case "permanent":
        await store.outbox.update({ where: { id: row.id }, data: { status: "failed", lastError: `permanent: ${e.message}`.slice(0, 500) } });
        return;
      default:
        await retry(Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_MAX_MS), true);
    }
  }

  async function drainOnce(): Promise<number> {
    const now = clock.now();
    // Only channels this process can send on (a channel switched off must not starve the others),
    // plus expired rows of any channel so they are recorded as skipped.
    const due = await store.outbox.findMany({
      where: {
        status: "pending",
        notBefore: { lte: now },
        OR: [{ channel: { in: [...o.senders.keys()] } }, { expiresAt: { lte: now } }],
      },
      orderBy: [{ notBefore: "asc" }, { id: "asc" }],
      take: batchSize,
    });
    let sent = 0;
    for (const row of due) if (await sendOne(row)) sent++;
    return sent;
  }

  /** Earliest moment a paced chat with due messages may receive again (for tests and the loop). */
  function nextPacedAt(): number | undefined {
    const times = [...nextChatAt.values()].filter((t) => t > clock.now().getTime());
    return times.length ? Math.min(...times) : undefined;
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await drainOnce();
      total += sent;
      const stillDue = await store.outbox.count({
        where: { status: "pending", notBefore: { lte: clock.now() }, channel: { in: [...o.senders.keys()] } },
      });
      if (stillDue === 0) return total;
      if (sent === 0) {
        const next = nextPacedAt();
        if (next === undefined) return total;
        await sleep(next - clock.now().getTime());
      }
    }
  }

  return {
    recover: recoverInterrupted,
    drainOnce,
    drain,
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        // A locked or unreachable database at start must not become an unhandled rejection:
        // recovery is retried until it works (nothing is sent before it has).
        while (running) {
          try {
            await recoverInterrupted();
            break;
          } catch (err) {
            log.error({ err }, "outbox: start-up recovery failed; retrying");
            await sleep(o.idleMs ?? 500);
          }
        }
        while (running) {
          try {
            const sent = await drainOnce();
            if (sent === 0) await sleep(o.idleMs ?? 500);
          } catch (err) {
            log.error({ err }, "outbox: drain failed");
            await sleep(o.idleMs ?? 500);
          }
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
