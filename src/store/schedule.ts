// The training schedule and its messages: sessions, the reminder rows the planner keeps in the
// outbox, the change and cancellation notices of an import, the report's counts, and a checked
// schedule upload waiting for the admin's confirmation. A schedule import is one transaction
// (sessions, withdrawn reminders and notices together), so a crash can neither lose nor repeat a
// notice; rows inside it are checked before they are inserted, because a unique violation would
// abort a PostgreSQL transaction.
import type { Prisma, TrainingSession } from "../generated/prisma/client.js";
import type { Store } from "./db.js";

export type { TrainingSession };

/** The store or a transaction client. */
export type ScheduleDb = Prisma.TransactionClient;

/** The messages that belong to a session (its refId is the session id). */
export const SESSION_MESSAGE_KINDS = ["reminder", "schedule_change", "cancellation"] as const;

// --- Sessions -----------------------------------------------------------------------------------

/** A session as a schedule file describes it. */
export interface SessionRecord {
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
  provinces: string;
  audience: string;
  mode: string;
  location: string;
  topic: string;
  contact: string | null;
}

/** Every session, in no particular order. */
export async function trainingSessions(db: ScheduleDb): Promise<TrainingSession[]> {
  return db.trainingSession.findMany();
}

export async function trainingSessionsByStart(db: ScheduleDb): Promise<TrainingSession[]> {
  return db.trainingSession.findMany({ orderBy: { startsAt: "asc" } });
}

export async function trainingSession(db: ScheduleDb, sessionId: string): Promise<TrainingSession | null> {
  return db.trainingSession.findUnique({ where: { sessionId } });
}

/** Active sessions starting after `from` and at the latest at `to`, soonest first. */
export async function sessionsStartingBetween(db: ScheduleDb, from: Date, to: Date): Promise<TrainingSession[]> {
  return db.trainingSession.findMany({ where: { status: "active", startsAt: { gt: from, lte: to } }, orderBy: { startsAt: "asc" } });
}

/** Active sessions not over at `now`, soonest first. */
export async function sessionsNotOver(db: ScheduleDb, now: Date): Promise<TrainingSession[]> {
  return db.trainingSession.findMany({ where: { status: "active", endsAt: { gt: now } }, orderBy: { startsAt: "asc" } });
}

/**
 * Runs an import's writes in one transaction. A schedule of a few thousand rows queues notices to
 * many chats, so it gets more time than Prisma's default five seconds.
 */
export async function inScheduleTransaction<T>(store: Store, work: (tx: ScheduleDb) => Promise<T>): Promise<T> {
  return store.$transaction(work, { maxWait: 10_000, timeout: 60_000 });
}

export async function addSessions(db: ScheduleDb, records: SessionRecord[], now: Date): Promise<void> {
  if (records.length === 0) return;
  await db.trainingSession.createMany({ data: records.map((rec) => ({ ...rec, status: "active", createdAt: now })) });
}

/** Rewrites a session from the file (active again if it was cancelled); returns it as saved. */
export async function rewriteSession(db: ScheduleDb, id: number, record: SessionRecord): Promise<TrainingSession> {
  return db.trainingSession.update({ where: { id }, data: { ...record, status: "active" } });
}

export async function cancelSession(db: ScheduleDb, id: number): Promise<TrainingSession> {
  return db.trainingSession.update({ where: { id }, data: { status: "cancelled" } });
}

// --- Session messages in the outbox -------------------------------------------------------------

export interface SessionMessage {
  dedupeKey: string;
  channel: string;
  chatId: string;
  /** The outbox payload (JSON of the reply). */
  payload: string;
  kind: string;
  refId: string;
  notBefore: Date;
  expiresAt?: Date;
  now: Date;
}

/**
 * Queues a message unless one with its key exists (false then). Looks first instead of relying on
 * a unique violation, which would abort a PostgreSQL transaction.
 */
export async function queueSessionMessageOnce(db: ScheduleDb, m: SessionMessage): Promise<boolean> {
  const exists = await db.outbox.findUnique({ where: { dedupeKey: m.dedupeKey }, select: { id: true } });
  if (exists) return false;
  await db.outbox.create({
    data: {
      dedupeKey: m.dedupeKey,
      channel: m.channel,
      chatId: m.chatId,
      payload: m.payload,
      kind: m.kind,
      refId: m.refId,
      notBefore: m.notBefore,
      expiresAt: m.expiresAt,
      createdAt: m.now,
    },
  });
  return true;
}

/** Pending messages about a session that no longer match it are cancelled; the planner plans afresh. */
export async function withdrawPendingSessionMessages(db: ScheduleDb, sessionId: string, reason: string): Promise<void> {
  await db.outbox.updateMany({
    where: { refId: sessionId, kind: { in: [...SESSION_MESSAGE_KINDS] }, status: "pending" },
    data: { status: "cancelled", lastError: reason },
  });
}

/** A group was unlinked: its reminders not sent yet are withdrawn. */
export async function withdrawPendingRemindersOfChat(db: ScheduleDb, channel: string, chatId: string, reason: string): Promise<void> {
  await db.outbox.updateMany({ where: { kind: "reminder", channel, chatId, status: "pending" }, data: { status: "cancelled", lastError: reason } });
}

export interface PlannedRow {
  id: number;
  dedupeKey: string;
  status: string;
  channel: string;
  chatId: string;
}

/** Every reminder row of a session, whatever its state. */
export async function reminderRowsOf(db: ScheduleDb, sessionId: string): Promise<PlannedRow[]> {
  return db.outbox.findMany({ where: { kind: "reminder", refId: sessionId }, select: { id: true, dedupeKey: true, status: true, channel: true, chatId: true } });
}

/** Change notices of a session that are queued or sent (not withdrawn or failed). */
export async function liveChangeNoticesOf(db: ScheduleDb, sessionId: string): Promise<{ dedupeKey: string; channel: string; chatId: string; createdAt: Date }[]> {
  return db.outbox.findMany({
    where: { kind: "schedule_change", refId: sessionId, status: { in: ["pending", "sending", "sent"] } },
    select: { dedupeKey: true, channel: true, chatId: true, createdAt: true },
  });
}

/** Marks a still pending row `skipped` or `cancelled` with the reason; false when it was no longer pending. */
export async function setAsidePendingRow(db: ScheduleDb, id: number, status: "skipped" | "cancelled", reason: string): Promise<boolean> {
  const n = await db.outbox.updateMany({ where: { id, status: "pending" }, data: { status, lastError: reason } });
  return n.count > 0;
}

/** A withdrawn reminder wanted again: pending afresh with its new text and times. */
export async function reviveCancelledReminder(db: ScheduleDb, id: number, r: { payload: string; notBefore: Date; expiresAt: Date }): Promise<boolean> {
  const n = await db.outbox.updateMany({
    where: { id, status: "cancelled" },
    data: { status: "pending", payload: r.payload, notBefore: r.notBefore, expiresAt: r.expiresAt, attempts: 0, lastError: null },
  });
  return n.count > 0;
}

// --- Report -------------------------------------------------------------------------------------

/** Outbox rows of the session kinds by session, kind and status (all sessions, or these). */
export async function sessionMessageCounts(db: ScheduleDb, sessionIds?: string[]): Promise<{ refId: string; kind: string; status: string; count: number }[]> {
  const groups = await db.outbox.groupBy({
    by: ["refId", "kind", "status"],
    where: { kind: { in: [...SESSION_MESSAGE_KINDS] }, ...(sessionIds ? { refId: { in: sessionIds } } : {}) },
    _count: { _all: true },
  });
  return groups.flatMap((g) => (g.refId ? [{ refId: g.refId, kind: g.kind, status: g.status, count: g._count._all }] : []));
}

/** How many messages of other kinds ended ambiguous or failed. */
export async function otherKindProblemCounts(db: ScheduleDb): Promise<{ ambiguous: number; failed: number }> {
  const groups = await db.outbox.groupBy({
    by: ["status"],
    where: { kind: { notIn: [...SESSION_MESSAGE_KINDS] }, status: { in: ["ambiguous", "failed"] } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { ambiguous: count("ambiguous"), failed: count("failed") };
}

/** A session's messages in one of `statuses`, oldest first. */
export async function sessionMessagesWithStatus(db: ScheduleDb, sessionId: string, statuses: string[]) {
  return db.outbox.findMany({
    where: { refId: sessionId, kind: { in: [...SESSION_MESSAGE_KINDS] }, status: { in: statuses } },
    orderBy: { id: "asc" },
  });
}

// --- A checked upload waiting for confirmation --------------------------------------------------

// Kept with the unfinished forms (FlowState, swept hourly once expired) under a channel of its
// own, so any instance behind the load balancer can confirm it. The id is the row's chatId, the
// admin who checked the file its userId.
const UPLOAD_CHANNEL = "console";
const UPLOAD_FLOW = "schedule-upload";
const UPLOAD_STEP = "confirm";
/** The newest uploads kept at most (a checked file holds up to a few thousand rows). */
const MAX_PENDING_UPLOADS = 20;

export interface PendingUpload {
  /** Unguessable id the confirmation names. */
  id: string;
  actor: string;
  /** JSON of what the confirmation applies. */
  data: string;
  expiresAt: Date;
}

/** Keeps a checked upload until `expiresAt`; expired ones and all but the newest few go. */
export async function savePendingUpload(store: Store, u: PendingUpload, now: Date): Promise<void> {
  const where = { channel: UPLOAD_CHANNEL, flow: UPLOAD_FLOW };
  await store.flowState.deleteMany({ where: { ...where, expiresAt: { lte: now } } });
  await store.flowState.create({
    data: { ...where, chatId: u.id, userId: u.actor, step: UPLOAD_STEP, data: u.data, expiresAt: u.expiresAt, updatedAt: now },
  });
  const older = await store.flowState.findMany({ where, orderBy: { id: "desc" }, skip: MAX_PENDING_UPLOADS, select: { id: true } });
  if (older.length > 0) await store.flowState.deleteMany({ where: { id: { in: older.map((r) => r.id) } } });
}

/**
 * Takes the actor's unexpired upload `id` out of the store and returns its data: of two
 * confirmations at once (on two instances) only one gets it. Undefined when it is gone, expired or
 * someone else's.
 */
export async function takePendingUpload(store: Store, id: string, actor: string, now: Date): Promise<string | undefined> {
  const where = { channel: UPLOAD_CHANNEL, chatId: id, userId: actor, flow: UPLOAD_FLOW, expiresAt: { gt: now } };
  const row = await store.flowState.findFirst({ where, select: { data: true } });
  if (!row) return undefined;
  const taken = await store.flowState.deleteMany({ where });
  return taken.count === 1 ? row.data : undefined;
}
