// The durable outbox: every proactive message (reminders, ticket relays, nudges) is a row with a
// unique key, so planning the same message twice is a no-op, and a restart loses nothing. The
// sender drains due rows at each platform's pace and records what happened to each.
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { BotMetrics } from "../metrics.js";
import { dialectOf, type Store } from "../store/db.js";
import {
  claimDueOutbox,
  countDueOutbox,
  holdChannelUntil,
  insertOutboxRow,
  markOutboxSent,
  moveOutboxChat,
  reclaimExpiredOutbox,
  recordOutboxOutcome,
  releaseOutboxRow,
  renewOutboxLeases,
  reserveSendSlot,
  type ClaimedOutboxRow,
} from "../store/outbox.js";
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

export function createOutbox(store: Store, clock: Clock): Outbox {
  function enqueue(m: OutboxMessage): Promise<boolean> {
    return insertOutboxRow(store, {
      dedupeKey: m.dedupeKey,
      channel: m.channel,
      chatId: m.chatId,
      payload: JSON.stringify({ ...m.reply, file: undefined }),
      kind: m.kind,
      refId: m.refId,
      notBefore: m.notBefore ?? clock.now(),
      expiresAt: m.expiresAt,
      createdAt: clock.now(),
    });
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
  /** How many due rows one pass claims. */
  batchSize?: number;
  /** This instance's id, written on the rows it claims (default: one made up per sender). */
  owner?: string;
  /** How long a claim lasts without renewal (default 30 s); renewLeases() extends this sender's. */
  leaseMs?: number;
  /**
   * Pace each channel through the database, so that several instances together keep to the
   * platform's rate (default: on PostgreSQL; one SQLite process paces in memory).
   */
  sharedPacing?: boolean;
  onChatMigrated?(channel: Channel, oldChatId: string, newChatId: string): Promise<void>;
  /** Counts sends by result for GET /metrics. */
  metrics?: Pick<BotMetrics, "sendFinished">;
}

/** Sends what the outbox holds; the job runner calls drainOnce (job "outbox_sender", src/bot-jobs.ts). */
export interface OutboxSender {
  /** Takes back messages whose claim ran out (their instance died); drainOnce also does this. */
  recover(): Promise<void>;
  /** Extends the claims of the messages this sender is sending (the job runner's heartbeat). */
  renewLeases(): Promise<void>;
  /** One pass over the due messages; returns how many were sent. */
  drainOnce(): Promise<number>;
  /** Drains until nothing is due now. */
  drain(): Promise<number>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const BACKOFF_BASE_MS = 2000;
const BACKOFF_MAX_MS = 10 * 60_000;
/** Pause before the one careful retry of a send that timed out. */
const AMBIGUOUS_RETRY_MS = 30_000;

let sendersMade = 0;

/** Each chat's and each channel's pace, as one sender keeps it. */
interface Pacer {
  /** Earliest time the chat may receive the next message (0: any time). */
  chatFreeAt(channel: Channel, chatId: string): number;
  /** Waits for the channel's next slot, then books the chat's gap after this message. */
  waitTurn(channel: Channel, chatId: string): Promise<void>;
  /** The platform asked to wait until `retryAt`: nothing goes out on the channel before. */
  holdChannel(channel: Channel, retryAt: number): Promise<void>;
  /** Earliest / latest moment a chat that is only pacing may receive again, if any is waiting. */
  nextPacedAt(): number | undefined;
  lastPacedAt(): number | undefined;
}

function createPacer(o: OutboxSenderOptions, sleep: (ms: number) => Promise<void>, sharedPacing: boolean): Pacer {
  const { store, clock } = o;
  /** Earliest time each chat (channel:chat) and each channel may receive the next message. */
  const nextChatAt = new Map<string, number>();
  const nextChannelAt = new Map<Channel, number>();
  const pacingOf = (channel: Channel) => o.pacing[channel] ?? SHELL_PACING;
  const pacedTimes = () => [...nextChatAt.values()].filter((t) => t > clock.now().getTime());

  /** Waits for the channel's next slot (shared by the instances, or this process's own). */
  async function waitForChannel(channel: Channel, pacing: Pacing): Promise<void> {
    // Pacing as a virtual schedule (GCRA): a message may go up to one gap early, so one slow pass
    // is absorbed, and no second window ever holds more than rate + 1 messages (29 ≤ Telegram's 30).
    const gapMs = 1000 / pacing.perSecond;
    const now = clock.now().getTime();
    if (sharedPacing) {
      const slot = await reserveSendSlot(store, channel, now, gapMs);
      const wait = slot - gapMs - now;
      if (wait > 0) await sleep(wait);
      return;
    }
    const channelWait = (nextChannelAt.get(channel) ?? 0) - gapMs - now;
    if (channelWait > 0) await sleep(channelWait);
    nextChannelAt.set(channel, Math.max(nextChannelAt.get(channel) ?? 0, clock.now().getTime()) + gapMs);
  }

  return {
    chatFreeAt: (channel, chatId) => nextChatAt.get(`${channel}:${chatId}`) ?? 0,
    async waitTurn(channel, chatId) {
      const pacing = pacingOf(channel);
      await waitForChannel(channel, pacing);
      nextChatAt.set(`${channel}:${chatId}`, clock.now().getTime() + (pacing.isGroup(chatId) ? pacing.groupGapMs : pacing.privateGapMs));
    },
    async holdChannel(channel, retryAt) {
      // The schedule lets a message go one gap early: not before retry_after has passed.
      const until = retryAt + 1000 / pacingOf(channel).perSecond;
      nextChannelAt.set(channel, until);
      if (sharedPacing) await holdChannelUntil(store, channel, until, clock.now());
    },
    nextPacedAt() {
      const times = pacedTimes();
      return times.length ? Math.min(...times) : undefined;
    },
    lastPacedAt() {
      const times = pacedTimes();
      return times.length ? Math.max(...times) : undefined;
    },
  };
}

/** Records a failed send: when (and whether) to try again, by the kind of failure. */
async function recordFailure(o: OutboxSenderOptions, pacer: Pacer, row: ClaimedOutboxRow, channel: Channel, err: unknown): Promise<void> {
  const { store, clock } = o;
  const attempts = row.attempts + 1;
  const e = err instanceof SendError ? err : new SendError(String((err as Error)?.message ?? err), "transient");
  const now = clock.now().getTime();
  const retry = (delayMs: number, countsAsAttempt: boolean) =>
    recordOutboxOutcome(store, row.id, {
      status: countsAsAttempt && attempts >= o.maxAttempts ? "failed" : "pending",
      notBefore: new Date(now + delayMs),
      lastError: `${e.kind}: ${e.message}`,
      // Rate limits are the platform's pacing, not the message's fault: they do not use up attempts.
      ...(countsAsAttempt ? {} : { attempts: row.attempts }),
    });
  o.log.warn({ outboxId: row.id, channel, kind: e.kind, attempts }, "outbox: send failed");
  o.metrics?.sendFinished(channel, e.kind);
  switch (e.kind) {
    case "rate_limited": {
      const waitMs = (e.retryAfterSeconds ?? 5) * 1000;
      await pacer.holdChannel(channel, now + waitMs);
      await retry(waitMs, false);
      return;
    }
    case "migrated": {
      if (e.migrateToChatId) {
        await moveOutboxChat(store, channel, row.chatId, e.migrateToChatId);
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
        await recordOutboxOutcome(store, row.id, { status: "pending", notBefore: new Date(now + AMBIGUOUS_RETRY_MS), lastError: `timeout: ${e.message}` });
        return;
      }
      await recordOutboxOutcome(store, row.id, { status: "ambiguous", lastError: `timeout: ${e.message}` });
      return;
    case "permanent":
      await recordOutboxOutcome(store, row.id, { status: "failed", lastError: `permanent: ${e.message}` });
      return;
    default:
      await retry(Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_MAX_MS), true);
  }
}

export function createOutboxSender(o: OutboxSenderOptions): OutboxSender {
  const { store, clock, log } = o;
  const sleep = o.sleep ?? realSleep;
  // Small claims: a dead instance's unsent claims wait one lease, and 20 is under a second of
  // Telegram's pace.
  const batchSize = o.batchSize ?? 20;
  const owner = o.owner ?? `${process.pid}:${++sendersMade}:${Math.random().toString(36).slice(2, 8)}`;
  const leaseMs = o.leaseMs ?? 30_000;
  const pacer = createPacer(o, sleep, o.sharedPacing ?? dialectOf(store) === "postgres");
  let lastReclaimAt = Number.NEGATIVE_INFINITY;
  /** Rows the last pass gave back because their chat had to wait. */
  let pacedBack = 0;

  async function recoverInterrupted(): Promise<void> {
    lastReclaimAt = clock.now().getTime();
    const n = await reclaimExpiredOutbox(store, clock.now());
    if (n > 0) log.warn({ count: n }, "outbox: took back messages whose sender stopped before finishing");
  }

  async function sendOne(row: ClaimedOutboxRow): Promise<boolean> {
    const channel = row.channel as Channel;
    const sender = o.senders.get(channel);
    const now = clock.now();
    if (row.expiresAt && row.expiresAt <= now) {
      await recordOutboxOutcome(store, row.id, { status: "skipped", lastError: "expired before it could be sent", attempts: row.attempts });
      o.metrics?.sendFinished(channel, "expired");
      return false;
    }
    const chatFreeAt = pacer.chatFreeAt(channel, row.chatId);
    if (!sender || chatFreeAt > now.getTime()) {
      // Not now: back to the queue, due when the chat may receive again.
      if (sender) pacedBack++;
      await releaseOutboxRow(store, row.id, row.attempts, sender ? new Date(chatFreeAt) : now);
      return false;
    }
    await pacer.waitTurn(channel, row.chatId);
    try {
      const result = await sender.send(row.chatId, JSON.parse(row.payload) as Reply);
      await markOutboxSent(store, row.id, clock.now(), result.messageId);
      o.metrics?.sendFinished(channel, "sent");
      return true;
    } catch (err) {
      await recordFailure(o, pacer, row, channel, err);
      return false;
    }
  }

  async function drainOnce(): Promise<number> {
    const now = clock.now();
    // Claims of a dead instance are taken back soon after they run out.
    if (now.getTime() - lastReclaimAt >= Math.min(leaseMs / 5, 5_000)) await recoverInterrupted();
    // Only channels this process can send on (a channel switched off must not starve the others),
    // plus expired rows of any channel so they are recorded as skipped.
    const claimed = await claimDueOutbox(store, {
      owner,
      now,
      leaseUntil: new Date(now.getTime() + leaseMs),
      channels: [...o.senders.keys()],
      limit: batchSize,
    });
    let sent = 0;
    pacedBack = 0;
    for (const row of claimed) if (await sendOne(row)) sent++;
    return sent;
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await drainOnce();
      total += sent;
      const channels = [...o.senders.keys()];
      if ((await countDueOutbox(store, channels, clock.now())) > 0 && (sent > 0 || pacedBack === 0)) continue;
      // Nothing due now: wait for a chat that is only pacing, if one has messages waiting.
      const last = pacer.lastPacedAt();
      if (last === undefined || (await countDueOutbox(store, channels, new Date(last))) === 0) return total;
      await sleep((pacer.nextPacedAt() ?? last) - clock.now().getTime());
    }
  }

  return {
    recover: recoverInterrupted,
    async renewLeases() {
      await renewOutboxLeases(store, owner, new Date(clock.now().getTime() + leaseMs));
    },
    drainOnce,
    drain,
  };
}
