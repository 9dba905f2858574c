// Announcements and their deliveries: one outbox row per chat, due at the start time. Creating,
// revising and withdrawing an announcement each write the announcement and its rows in one
// transaction, so the sender never sees half of a change. The rows of a revision are checked to be
// untouched by the sender inside that transaction before they are replaced.
import { Prisma, type Announcement } from "../generated/prisma/client.js";
import type { Store } from "./db.js";

export type { Announcement };

export const ANNOUNCEMENT_KIND = "announcement";
/** The outbox refId of an announcement's rows. */
export const announcementRef = (id: number) => `ann:${id}`;
/** Rows are written in chunks: SQLite binds at most ~32k parameters per statement (11 per row). */
const INSERT_CHUNK = 500;

type Tx = Prisma.TransactionClient;

export interface AnnouncementChat {
  channel: string;
  chatId: string;
}

export interface AnnouncementRows {
  /** The message every chat receives (header and text). */
  message: string;
  at: Date;
  targets: AnnouncementChat[];
  /** Chats known to be gone: recorded as skipped with the reason, never sent. */
  unreachable: (AnnouncementChat & { error: string })[];
}

export interface AnnouncementFields {
  text: string;
  audience: string;
  provinces: string[];
  source?: string;
}

/** Writes one outbox row per chat for revision `revision` of announcement `id`. */
export async function queueAnnouncementRows(tx: Tx, id: number, revision: number, rows: AnnouncementRows, now: Date): Promise<void> {
  const payload = JSON.stringify({ text: rows.message });
  const ref = announcementRef(id);
  const row = (x: AnnouncementChat, status = "pending", lastError: string | null = null) =>
    Prisma.sql`(${`${ref}:r${revision}:${x.channel}:${x.chatId}`}, ${x.channel}, ${x.chatId}, ${payload}, ${ANNOUNCEMENT_KIND}, ${ref}, ${status}, ${lastError}, ${rows.at}, ${now}, ${now})`;
  const values = [...rows.targets.map((x) => row(x)), ...rows.unreachable.map((x) => row(x, "skipped", `unreachable: ${x.error}`.slice(0, 500)))];
  // One multi-row INSERT per chunk (portable SQL, parameters bound by Prisma): createMany spent
  // ~1 ms of CPU per row, which an admin waiting on the confirmation of 3,355 chats would notice.
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    await tx.$executeRaw`INSERT INTO "Outbox" ("dedupeKey", "channel", "chatId", "payload", "kind", "refId", "status", "lastError", "notBefore", "createdAt", "updatedAt") VALUES ${Prisma.join(values.slice(i, i + INSERT_CHUNK))}`;
  }
}

/** The columns an announcement's text, audience and rows decide (on creation and on each revision). */
function announcementColumns(a: AnnouncementFields, rows: AnnouncementRows) {
  return {
    text: a.text,
    audience: a.audience,
    provinces: a.provinces.join(";"),
    scheduledAt: rows.at,
    total: rows.targets.length,
    unreachable: rows.unreachable.length,
  };
}

/** Saves a new announcement with its rows; returns its id. */
export async function createAnnouncement(store: Store, a: AnnouncementFields & { createdBy: string }, rows: AnnouncementRows, now: Date): Promise<number> {
  return store.$transaction(async (tx) => {
    const created = await tx.announcement.create({
      data: { ...announcementColumns(a, rows), source: a.source, createdBy: a.createdBy, createdAt: now },
    });
    await queueAnnouncementRows(tx, created.id, 0, rows, now);
    return created.id;
  });
}

/**
 * Replaces an announcement that has not started (text, audience, time) and its rows with a new
 * revision. "started" when it is due, closed, or the sender has taken any of its rows.
 */
export async function reviseAnnouncement(store: Store, id: number, a: AnnouncementFields, rows: AnnouncementRows, now: Date): Promise<"ok" | "notFound" | "started"> {
  return store.$transaction(async (tx) => {
    const before = await tx.announcement.findUnique({ where: { id } });
    if (!before) return "notFound" as const;
    if (before.status !== "scheduled" || before.scheduledAt <= now) return "started" as const;
    const ref = announcementRef(id);
    // Nothing of it was sent yet: the old rows go, the new revision's rows replace them.
    const claimed = await tx.outbox.count({ where: { refId: ref, kind: ANNOUNCEMENT_KIND, status: { notIn: ["pending", "skipped"] } } });
    if (claimed > 0) return "started" as const;
    await tx.outbox.deleteMany({ where: { refId: ref, kind: ANNOUNCEMENT_KIND } });
    const revision = before.revision + 1;
    await tx.announcement.update({
      where: { id },
      data: { ...announcementColumns(a, rows), revision },
    });
    await queueAnnouncementRows(tx, id, revision, rows, now);
    return "ok" as const;
  });
}

export type Withdrawal = { ok: true; kind: "cancelled" | "stopped"; withdrawn: number; sent: number } | { ok: false; reason: "notFound" | "closed" };

/**
 * Before its start an announcement is cancelled; once started it is stopped, withdrawing the rows
 * not sent yet ("closed" when none are left). Counts what was withdrawn and what went out.
 */
export async function withdrawPendingAnnouncement(store: Store, id: number, now: Date): Promise<Withdrawal> {
  return store.$transaction(async (tx): Promise<Withdrawal> => {
    const a = await tx.announcement.findUnique({ where: { id } });
    if (!a) return { ok: false, reason: "notFound" };
    if (a.status !== "scheduled") return { ok: false, reason: "closed" };
    const started = a.scheduledAt <= now;
    const ref = announcementRef(id);
    const pulled = await tx.outbox.updateMany({
      where: { refId: ref, kind: ANNOUNCEMENT_KIND, status: "pending" },
      data: { status: "cancelled", lastError: started ? "withdrawn: announcement stopped" : "withdrawn: announcement cancelled" },
    });
    if (started && pulled.count === 0) return { ok: false, reason: "closed" };
    await tx.announcement.update({ where: { id }, data: { status: started ? "stopped" : "cancelled", stoppedAt: now } });
    const sent = await tx.outbox.count({ where: { refId: ref, kind: ANNOUNCEMENT_KIND, status: { in: ["sent", "sending"] } } });
    return { ok: true, kind: started ? "stopped" : "cancelled", withdrawn: pulled.count, sent };
  });
}

export async function announcementById(store: Store, id: number): Promise<Announcement | null> {
  return store.announcement.findUnique({ where: { id } });
}

/** The newest announcements first. */
export async function recentAnnouncements(store: Store, limit: number): Promise<Announcement[]> {
  return store.announcement.findMany({ orderBy: { id: "desc" }, take: limit });
}

/** Rows of these announcements by announcement (refId) and status. */
export async function announcementRowCounts(store: Store, ids: number[]): Promise<{ refId: string; status: string; count: number }[]> {
  const groups = await store.outbox.groupBy({
    by: ["refId", "status"],
    where: { kind: ANNOUNCEMENT_KIND, refId: { in: ids.map(announcementRef) } },
    _count: { _all: true },
  });
  return groups.flatMap((g) => (g.refId ? [{ refId: g.refId, status: g.status, count: g._count._all }] : []));
}

/** Every row of an announcement, in the order they were queued. */
export async function announcementRows(store: Store, id: number) {
  return store.outbox.findMany({ where: { refId: announcementRef(id), kind: ANNOUNCEMENT_KIND }, orderBy: { id: "asc" } });
}

/**
 * Chats whose delivery failed for good (the platform said so), oldest failure first: an
 * announcement sets aside those that are gone rather than trying them again.
 */
export async function permanentFailures(store: Store): Promise<{ channel: string; chatId: string; lastError: string | null; updatedAt: Date }[]> {
  return store.outbox.findMany({
    where: { status: "failed", lastError: { startsWith: "permanent" } },
    select: { channel: true, chatId: true, lastError: true, updatedAt: true },
    orderBy: { updatedAt: "asc" },
  });
}

/** The letter of the knowledge base a "new letter" announcement is made from. */
export async function letterToAnnounce(store: Store, id: number) {
  return store.document.findUnique({ where: { id }, select: { id: true, slug: true, title: true, issuer: true, number: true, dateText: true } });
}

/** The id of the letter with this slug, if it is in the knowledge base. */
export async function letterIdBySlug(store: Store, slug: string): Promise<number | undefined> {
  return (await store.document.findUnique({ where: { slug }, select: { id: true } }))?.id;
}
