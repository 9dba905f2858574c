// Read queries of the web console (issue 14). Portable Prisma only (no raw SQL), so the same code
// serves SQLite and PostgreSQL. Writes go through the flows' services, not through here.
import type { Store } from "./db.js";

const DAY_MS = 86_400_000;

// --- Dashboard ------------------------------------------------------------------------------------

/** What the completeness figures need of each active registration (no personal data). */
export async function registrationStatusRows(store: Store) {
  return store.officer.findMany({ where: { status: "active" }, select: { province: true, unitKind: true, unitCode: true, late: true } });
}

export interface TicketTimes {
  createdAt: Date;
  closedAt: Date | null;
  firstResponseAt: Date | null;
}

/** Tickets that touch the period from `from`: opened or closed in it, or still open. */
export async function ticketTimesSince(store: Store, from: Date): Promise<TicketTimes[]> {
  return store.ticket.findMany({
    where: { OR: [{ createdAt: { gte: from } }, { closedAt: { gte: from } }, { closedAt: null }] },
    select: { createdAt: true, closedAt: true, firstResponseAt: true },
  });
}

export async function declinedQuestionsSince(store: Store, since: Date): Promise<string[]> {
  const rows = await store.answerLog.findMany({
    where: { answered: false, createdAt: { gte: since } },
    orderBy: { id: "asc" },
    select: { question: true },
  });
  return rows.map((r) => r.question);
}

export interface DeliveryCounts {
  sent: number;
  pending: number;
  problems: number;
}

export const REMINDER_KINDS = ["reminder", "schedule_change", "cancellation"] as const;

/** Outbox rows of the reminder kinds per session id, by outcome. */
export async function deliveryBySession(store: Store, sessionIds?: string[]): Promise<Map<string, DeliveryCounts>> {
  const groups = await store.outbox.groupBy({
    by: ["refId", "status"],
    where: { kind: { in: [...REMINDER_KINDS] }, ...(sessionIds ? { refId: { in: sessionIds } } : {}) },
    _count: { _all: true },
  });
  const out = new Map<string, DeliveryCounts>();
  for (const g of groups) {
    if (!g.refId) continue;
    const c = out.get(g.refId) ?? { sent: 0, pending: 0, problems: 0 };
    if (g.status === "sent") c.sent += g._count._all;
    else if (g.status === "pending" || g.status === "sending") c.pending += g._count._all;
    else if (g.status !== "cancelled") c.problems += g._count._all;
    out.set(g.refId, c);
  }
  return out;
}

export async function upcomingSessions(store: Store, now: Date, take: number) {
  return store.trainingSession.findMany({ where: { status: "active", endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take });
}

export async function allSessions(store: Store) {
  return store.trainingSession.findMany({ orderBy: [{ startsAt: "asc" }, { sessionId: "asc" }] });
}

export async function sessionById(store: Store, sessionId: string) {
  return store.trainingSession.findUnique({ where: { sessionId } });
}

/** Every reminder-kind message of one session, with the chat it went to. */
export async function sessionDeliveries(store: Store, sessionId: string) {
  const rows = await store.outbox.findMany({
    where: { refId: sessionId, kind: { in: [...REMINDER_KINDS] } },
    orderBy: { id: "asc" },
    select: { channel: true, chatId: true, kind: true, status: true, sentAt: true, lastError: true },
  });
  const chats = await store.chat.findMany({
    where: { externalId: { in: [...new Set(rows.map((r) => r.chatId))] } },
    select: { channel: true, externalId: true, kind: true, title: true, province: true },
  });
  const chatOf = new Map(chats.map((c) => [`${c.channel}:${c.externalId}`, c]));
  return rows.map((r) => ({ ...r, chat: chatOf.get(`${r.channel}:${r.chatId}`) }));
}

// --- Tickets --------------------------------------------------------------------------------------

export interface TicketFilter {
  status?: "open" | "assigned" | "closed" | "active";
  province?: string;
  /** Only tickets older than this many hours. */
  olderThanHours?: number;
}

export const TICKET_PAGE = 50;

export async function ticketPage(store: Store, f: TicketFilter, now: Date, page: number) {
  const where = {
    ...(f.status === "active" ? { status: { in: ["open", "assigned"] } } : f.status ? { status: f.status } : {}),
    ...(f.province ? { province: f.province } : {}),
    ...(f.olderThanHours ? { createdAt: { lte: new Date(now.getTime() - f.olderThanHours * 3_600_000) } } : {}),
  };
  const [total, rows] = await Promise.all([
    store.ticket.count({ where }),
    store.ticket.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * TICKET_PAGE,
      take: TICKET_PAGE,
      select: { id: true, question: true, province: true, status: true, assignee: true, createdAt: true, firstResponseAt: true },
    }),
  ]);
  return { total, rows };
}

export async function latestTicketId(store: Store): Promise<number> {
  const last = await store.ticket.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

export async function ticketWithThread(store: Store, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return store.ticket.findUnique({ where: { id }, include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } });
}

/** The asker's registration, for their contact details (shown to admins only). */
export async function officerOfUser(store: Store, channel: string, userId: string) {
  return store.officer.findFirst({
    where: { channel, externalUserId: userId, status: "active" },
    orderBy: { updatedAt: "desc" },
    select: { fullName: true, phone: true, email: true, unitName: true, province: true },
  });
}

export async function displayNames(store: Store, channel: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const people = await store.person.findMany({ where: { channel, externalId: { in: ids } }, select: { externalId: true, displayName: true } });
  return new Map(people.filter((p) => p.displayName).map((p) => [p.externalId, p.displayName!]));
}

// --- Roster ---------------------------------------------------------------------------------------

export async function officerById(store: Store, id: number) {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return store.officer.findUnique({ where: { id } });
}

export async function auditOf(store: Store, target: string) {
  return store.auditLog.findMany({ where: { target }, orderBy: { id: "asc" }, take: 200 });
}

// --- Knowledge base -------------------------------------------------------------------------------

export async function documentsWithRelations(store: Store) {
  const [documents, relations] = await Promise.all([
    store.document.findMany({
      orderBy: [{ year: "desc" }, { slug: "asc" }],
      select: { slug: true, title: true, number: true, year: true, ocrConfidence: true, ocrPages: true, _count: { select: { passages: true } } },
    }),
    store.documentRelation.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { documents, relations };
}

export async function faqCount(store: Store): Promise<number> {
  return store.faqEntry.count();
}

export interface GapQuestion {
  question: string;
  declined: boolean;
}

/** Declined questions and 👎-rated answers of the last `days` days. */
export async function gapQuestions(store: Store, now: Date, days: number): Promise<GapQuestion[]> {
  const rows = await store.answerLog.findMany({
    where: { createdAt: { gte: new Date(now.getTime() - days * DAY_MS) }, OR: [{ answered: false }, { feedback: "down" }] },
    orderBy: { id: "desc" },
    take: 5000,
    select: { question: true, answered: true },
  });
  return rows.map((r) => ({ question: r.question, declined: !r.answered }));
}
