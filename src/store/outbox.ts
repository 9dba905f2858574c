// The outbox's queries. Rows are claimed with a lease: a claim is one atomic UPDATE (on PostgreSQL
// over rows picked FOR UPDATE SKIP LOCKED, so instances never wait on each other's rows), the
// claiming instance renews its leases while it is alive, and only rows whose lease has run out are
// taken back — never every "sending" row, which another instance may be sending right now.
import { Prisma } from "../generated/prisma/client.js";
import { dialectOf, type Store } from "./db.js";

export interface NewOutboxRow {
  dedupeKey: string;
  channel: string;
  chatId: string;
  payload: string;
  kind: string;
  refId?: string;
  notBefore: Date;
  expiresAt?: Date;
  createdAt: Date;
}

/** A claimed row as the sender needs it; `attempts` counts the attempts before this one. */
export interface ClaimedOutboxRow {
  id: number;
  channel: string;
  chatId: string;
  payload: string;
  attempts: number;
  expiresAt: Date | null;
  lastError: string | null;
}

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === "P2002";
}

/** Inserts a row; false when one with the same key exists already. */
export async function insertOutboxRow(store: Store, row: NewOutboxRow): Promise<boolean> {
  try {
    await store.outbox.create({ data: row });
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

export interface ClaimRequest {
  owner: string;
  now: Date;
  leaseUntil: Date;
  /** Channels this instance can send on; expired rows of any channel are claimed too (to be skipped). */
  channels: string[];
  limit: number;
}

/** Claims up to `limit` due rows, oldest due first, for this instance until `leaseUntil`. */
export async function claimDueOutbox(store: Store, c: ClaimRequest): Promise<ClaimedOutboxRow[]> {
  const sqlite = dialectOf(store) === "sqlite";
  // SQLite: look before writing. An UPDATE needs the write lock even when it matches nothing, and
  // better-sqlite3 waits for a busy lock synchronously, stalling every request meanwhile.
  if (sqlite && !(await anyDue(store, c))) return [];
  const channels = c.channels.length > 0 ? Prisma.join(c.channels) : Prisma.sql`NULL`;
  const pick = Prisma.sql`SELECT "id" FROM "Outbox"
    WHERE "status" = 'pending' AND "notBefore" <= ${c.now} AND ("channel" IN (${channels}) OR "expiresAt" <= ${c.now})
    ORDER BY "notBefore", "id" LIMIT ${c.limit}`;
  const set = Prisma.sql`"status" = 'sending', "attempts" = "attempts" + 1, "leaseUntil" = ${c.leaseUntil}, "leasedBy" = ${c.owner}, "updatedAt" = ${c.now}`;
  // SQLite runs one writer at a time and evaluates the IN list once, so this UPDATE is atomic.
  // PostgreSQL may run a LIMIT subquery once per row, so the pick is materialised first; SKIP
  // LOCKED lets two instances pick different rows instead of waiting on each other.
  const claimed = sqlite
    ? await store.$queryRaw<{ id: number }[]>`UPDATE "Outbox" SET ${set} WHERE "id" IN (${pick}) AND "status" = 'pending' RETURNING "id"`
    : await store.$queryRaw<{ id: number }[]>`WITH "picked" AS MATERIALIZED (${pick} FOR UPDATE SKIP LOCKED)
        UPDATE "Outbox" SET ${set} FROM "picked" WHERE "Outbox"."id" = "picked"."id" AND "Outbox"."status" = 'pending' RETURNING "Outbox"."id"`;
  if (claimed.length === 0) return [];
  const rows = await store.outbox.findMany({
    where: { id: { in: claimed.map((r) => Number(r.id)) } },
    select: { id: true, channel: true, chatId: true, payload: true, attempts: true, expiresAt: true, lastError: true, notBefore: true },
    orderBy: [{ notBefore: "asc" }, { id: "asc" }],
  });
  return rows.map(({ notBefore: _n, ...r }) => ({ ...r, attempts: r.attempts - 1 }));
}

async function anyDue(store: Store, c: ClaimRequest): Promise<boolean> {
  const row = await store.outbox.findFirst({
    where: { status: "pending", notBefore: { lte: c.now }, OR: [{ channel: { in: c.channels } }, { expiresAt: { lte: c.now } }] },
    select: { id: true },
  });
  return row !== null;
}

/** Extends the leases of every row this instance is sending. */
export async function renewOutboxLeases(store: Store, owner: string, leaseUntil: Date): Promise<number> {
  const r = await store.outbox.updateMany({ where: { status: "sending", leasedBy: owner }, data: { leaseUntil } });
  return r.count;
}

/**
 * Takes back rows whose claim has run out (the instance sending them died): they may or may not
 * have arrived, and sending again risks one repeat, which is better than losing a reminder.
 * Rows of this instance's own live claims are never touched.
 */
export async function reclaimExpiredOutbox(store: Store, now: Date): Promise<number> {
  const where = { status: "sending", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
  // A read first: almost always there is nothing to take back, and a write would need the lock.
  if ((await store.outbox.findFirst({ where, select: { id: true } })) === null) return 0;
  const r = await store.outbox.updateMany({ where, data: { status: "pending", leaseUntil: null, leasedBy: null } });
  return r.count;
}

/** Gives a claimed row back unsent (its chat must wait), not counting the attempt. */
export async function releaseOutboxRow(store: Store, id: number, attempts: number, notBefore: Date): Promise<void> {
  await store.outbox.update({ where: { id }, data: { status: "pending", attempts, notBefore, leaseUntil: null, leasedBy: null } });
}

export async function markOutboxSent(store: Store, id: number, at: Date, messageId: string): Promise<void> {
  // Plain portable SQL: through the model API this cost several times more CPU, and it bounds how
  // fast a broadcast can go (npm run bench, broadcast section).
  await store.$executeRaw`UPDATE "Outbox" SET "status" = 'sent', "sentAt" = ${at}, "sentMessageId" = ${messageId}, "lastError" = NULL, "leaseUntil" = NULL, "updatedAt" = ${at} WHERE "id" = ${id}`;
}

export interface OutboxOutcome {
  status: "pending" | "failed" | "skipped" | "ambiguous";
  lastError: string;
  notBefore?: Date;
  /** Set to give an attempt back (rate limits are the platform's pacing, not the message's fault). */
  attempts?: number;
}

export async function recordOutboxOutcome(store: Store, id: number, o: OutboxOutcome): Promise<void> {
  await store.outbox.update({
    where: { id },
    data: {
      status: o.status,
      lastError: o.lastError.slice(0, 500),
      leaseUntil: null,
      leasedBy: null,
      ...(o.notBefore ? { notBefore: o.notBefore } : {}),
      ...(o.attempts !== undefined ? { attempts: o.attempts } : {}),
    },
  });
}

/** A Telegram group became a supergroup: its unsent rows follow it. */
export async function moveOutboxChat(store: Store, channel: string, from: string, to: string): Promise<void> {
  await store.outbox.updateMany({ where: { channel, chatId: from, status: { in: ["pending", "sending"] } }, data: { chatId: to } });
}

/**
 * A chat's pending rows go to its new id. Rows being sent stay: their sender moves them itself when
 * the platform answers "migrated" (moveOutboxChat).
 */
export async function movePendingOutboxChat(store: Pick<Store, "outbox">, channel: string, from: string, to: string): Promise<void> {
  await store.outbox.updateMany({ where: { channel, chatId: from, status: "pending" }, data: { chatId: to } });
}

/** Rows waiting to be sent, those scheduled for later included. */
export async function countPendingOutbox(store: Pick<Store, "outbox">): Promise<number> {
  return store.outbox.count({ where: { status: "pending" } });
}

/** When the longest-waiting due row became due, or null when nothing is due. */
export async function oldestDueOutboxAt(store: Pick<Store, "outbox">, now: Date): Promise<Date | null> {
  const oldest = await store.outbox.findFirst({
    where: { status: "pending", notBefore: { lte: now } },
    orderBy: { notBefore: "asc" },
    select: { notBefore: true },
  });
  return oldest?.notBefore ?? null;
}

/** How many rows of these channels are due now (pending). */
export async function countDueOutbox(store: Store, channels: string[], now: Date): Promise<number> {
  return store.outbox.count({ where: { status: "pending", notBefore: { lte: now }, channel: { in: channels } } });
}

/**
 * Reserves the channel's next send slot, shared by every instance (PostgreSQL): returns the slot's
 * time in epoch ms, at least `now`, each slot `gapMs` after the previous one.
 */
export async function reserveSendSlot(store: Store, channel: string, nowMs: number, gapMs: number): Promise<number> {
  const key = `pace:${channel}`;
  const at = new Date(nowMs);
  const rows = await store.$queryRaw<{ value: bigint | number }[]>`INSERT INTO "SharedValue" ("key", "value", "updatedAt")
    VALUES (${key}, ${Math.ceil(nowMs + gapMs)}, ${at})
    ON CONFLICT ("key") DO UPDATE SET "value" = GREATEST("SharedValue"."value", ${Math.ceil(nowMs)}::bigint) + ${Math.ceil(gapMs)}::bigint, "updatedAt" = ${at}
    RETURNING "value"`;
  return Number(rows[0]!.value) - gapMs;
}

/** Nobody sends on the channel before `untilMs` (a 429's retry_after), on any instance. */
export async function holdChannelUntil(store: Store, channel: string, untilMs: number, at: Date): Promise<void> {
  const key = `pace:${channel}`;
  await store.$executeRaw`INSERT INTO "SharedValue" ("key", "value", "updatedAt") VALUES (${key}, ${Math.ceil(untilMs)}, ${at})
    ON CONFLICT ("key") DO UPDATE SET "value" = GREATEST("SharedValue"."value", ${Math.ceil(untilMs)}::bigint), "updatedAt" = ${at}`;
}
