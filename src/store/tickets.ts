// Tickets: questions the bot could not answer, handed to the ministry's support staff. The queries
// the tickets feature, its worker and its report need, named for what they do. Writes that must
// hold together (a ticket with its link to the declined answer, its details and the end of the
// draft) are one transaction here.
import type { Ticket, TicketMessage } from "../generated/prisma/client.js";
import type { Store } from "./db.js";

export const TICKET_OPEN_STATUSES = ["open", "assigned"] as const;
const OPEN = { in: [...TICKET_OPEN_STATUSES] };

/**
 * A claim on opening a ticket's forum topic older than this is stale: its holder stopped (or hung)
 * between claiming and saving the topic. Telegram answers createForumTopic in seconds.
 */
export const TOPIC_CLAIM_LEASE_MS = 2 * 60_000;

export type { Ticket, TicketMessage };

export async function ticketById(db: Pick<Store, "ticket">, id: number): Promise<Ticket | null> {
  return Number.isSafeInteger(id) && id > 0 ? db.ticket.findUnique({ where: { id } }) : null;
}

export async function ticketByThread(db: Pick<Store, "ticket">, threadId: string): Promise<Ticket | null> {
  return db.ticket.findFirst({ where: { supportThreadId: threadId } });
}

export async function ticketBySupportMsgId(db: Pick<Store, "ticket">, messageId: string): Promise<Ticket | null> {
  return db.ticket.findFirst({ where: { supportMsgId: messageId } });
}

/** The ticket id an outbox message of `kind`, sent into this chat as `messageId`, was about. */
export async function ticketIdOfSentMessage(db: Pick<Store, "outbox">, where: { channel: string; chatId: string; messageId: string; kind: string }): Promise<number | undefined> {
  const row = await db.outbox.findFirst({
    where: { channel: where.channel, chatId: where.chatId, sentMessageId: where.messageId, kind: where.kind },
    select: { refId: true },
  });
  return row?.refId ? Number(row.refId) : undefined;
}

/** The queued post of a ticket in the support chat (its outbox row), if any. */
export async function queuedPost(db: Pick<Store, "outbox">, dedupeKey: string): Promise<{ status: string; sentMessageId: string | null } | null> {
  return db.outbox.findUnique({ where: { dedupeKey }, select: { status: true, sentMessageId: true } });
}

/** Tickets not yet closed (open or assigned). */
export async function countUnclosedTickets(db: Pick<Store, "ticket">): Promise<number> {
  return db.ticket.count({ where: { status: { not: "closed" } } });
}

export async function openTicketIdsOf(db: Pick<Store, "ticket">, channel: string, userId: string): Promise<number[]> {
  const rows = await db.ticket.findMany({ where: { channel, userId, status: OPEN }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

export interface NewTicket {
  channel: string;
  chatId: string;
  chatKind: string;
  userId: string;
  userName: string | null;
  question: string;
  province: string | null;
  unitName: string | null;
  /** JSON array of the passages the KB considered. */
  candidates: string;
  /** What the officer added while opening it. */
  details?: string;
  /** The declined answer it comes from: linked once, never to two tickets. */
  answerLogId?: number;
  /** The draft's flow name, closed in the same transaction. */
  draftFlow: string;
  at: Date;
}

/**
 * Opens a ticket, in one transaction with its link to the declined answer, its details and the
 * end of the draft: a repeated "send" finds no draft instead of opening a second ticket. Returns
 * undefined when the declined answer already became another ticket (nothing is written).
 */
export async function openTicket(db: Store, n: NewTicket): Promise<Ticket | undefined> {
  const taken = Symbol("taken");
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.ticket.create({
        data: {
          channel: n.channel,
          chatId: n.chatId,
          chatKind: n.chatKind,
          userId: n.userId,
          userName: n.userName,
          question: n.question,
          province: n.province,
          unitName: n.unitName,
          candidates: n.candidates,
          createdAt: n.at,
        },
      });
      if (n.answerLogId !== undefined) {
        const linked = await tx.answerLog.updateMany({ where: { id: n.answerLogId, ticketId: null }, data: { ticketId: created.id } });
        if (linked.count === 0) throw taken;
      }
      if (n.details) {
        await tx.ticketMessage.create({ data: { ticketId: created.id, author: "officer", authorId: n.userId, text: n.details, createdAt: n.at } });
      }
      await tx.flowState.deleteMany({ where: { channel: n.channel, chatId: n.chatId, userId: n.userId, flow: n.draftFlow } });
      return created;
    });
  } catch (err) {
    if (err === taken) return undefined;
    throw err;
  }
}

/** Records a message of the ticket's conversation unless the same text by the same side is there. */
export async function addTicketMessageOnce(
  db: Pick<Store, "ticketMessage">,
  m: { ticketId: number; author: "officer" | "staff"; authorId: string; text: string; at: Date },
  known: boolean,
): Promise<void> {
  // `known`: the outbox says this very message was handled before (a redelivered update).
  if (known && (await db.ticketMessage.findFirst({ where: { ticketId: m.ticketId, author: m.author, text: m.text }, select: { id: true } }))) return;
  await db.ticketMessage.create({ data: { ticketId: m.ticketId, author: m.author, authorId: m.authorId, text: m.text, createdAt: m.at } });
}

/** What the officer typed while opening the ticket (saved with it, at the same instant). */
export async function openingDetails(db: Pick<Store, "ticketMessage">, ticket: Pick<Ticket, "id" | "createdAt">): Promise<TicketMessage[]> {
  return db.ticketMessage.findMany({ where: { ticketId: ticket.id, author: "officer", createdAt: { lte: ticket.createdAt } }, orderBy: { id: "asc" } });
}

export async function lastStaffMessage(db: Pick<Store, "ticketMessage">, ticketId: number): Promise<TicketMessage | null> {
  return db.ticketMessage.findFirst({ where: { ticketId, author: "staff" }, orderBy: { id: "desc" } });
}

export async function markFirstResponse(db: Pick<Store, "ticket">, ticketId: number, staffId: string, at: Date): Promise<void> {
  await db.ticket.updateMany({ where: { id: ticketId, firstResponseAt: null }, data: { firstResponseAt: at } });
  // The first staff member who answers an unassigned ticket takes it.
  await db.ticket.updateMany({ where: { id: ticketId, status: "open", assignee: null }, data: { status: "assigned", assignee: staffId } });
}

export async function assignTicket(db: Pick<Store, "ticket">, ticketId: number, staffId: string): Promise<void> {
  await db.ticket.update({ where: { id: ticketId }, data: { status: "assigned", assignee: staffId } });
}

/**
 * Closes the ticket (the closer takes it if nobody had) and ends the asker's follow-up window.
 * False when it was already closed.
 */
export async function closeTicket(db: Store, ticket: Pick<Ticket, "id" | "assignee" | "channel" | "chatId" | "userId">, staffId: string, at: Date, followUpFlow: { flow: string; step: string }): Promise<boolean> {
  const closed = await db.ticket.updateMany({
    where: { id: ticket.id, status: { not: "closed" } },
    data: { status: "closed", closedAt: at, ...(ticket.assignee ? {} : { assignee: staffId }) },
  });
  await db.flowState.deleteMany({ where: { channel: ticket.channel, chatId: ticket.chatId, userId: ticket.userId, ...followUpFlow } });
  return closed.count > 0;
}

/** Opens a closed ticket again, with whoever had taken it. */
export async function reopenTicket(db: Pick<Store, "ticket">, ticket: Pick<Ticket, "id" | "assignee">): Promise<void> {
  await db.ticket.updateMany({ where: { id: ticket.id, status: "closed" }, data: { status: ticket.assignee ? "assigned" : "open", closedAt: null } });
}

/** The asker's rating of a closed ticket, once. */
export async function rateTicket(db: Pick<Store, "ticket">, ticketId: number, rating: number): Promise<boolean> {
  const saved = await db.ticket.updateMany({ where: { id: ticketId, rating: null }, data: { rating } });
  return saved.count > 0;
}

export async function openTickets(db: Pick<Store, "ticket">, limit: number): Promise<{ count: number; first: Ticket[] }> {
  const where = { status: OPEN };
  const [count, first] = await Promise.all([db.ticket.count({ where }), db.ticket.findMany({ where, orderBy: { id: "asc" }, take: limit })]);
  return { count, first };
}

/** Open tickets other than `exceptId`, oldest first (a new FAQ entry may answer them). */
export async function otherOpenTickets(db: Pick<Store, "ticket">, exceptId: number, limit: number): Promise<Ticket[]> {
  return db.ticket.findMany({ where: { status: OPEN, id: { not: exceptId } }, orderBy: { id: "asc" }, take: limit });
}

/** Tickets whose support-chat post is not yet linked, created since `since`. */
export async function unpostedTicketIds(db: Pick<Store, "ticket">, since: Date, limit: number): Promise<number[]> {
  const rows = await db.ticket.findMany({
    where: { supportMsgId: null, status: { not: "closed" }, createdAt: { gte: since } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export async function linkSupportPost(db: Pick<Store, "ticket">, ticketId: number, messageId: string): Promise<void> {
  await db.ticket.update({ where: { id: ticketId }, data: { supportMsgId: messageId } });
}

/** Open tickets without a staff reply or an alert, created before `before`. */
export async function ticketsPastSla(db: Pick<Store, "ticket">, before: Date, limit: number): Promise<Ticket[]> {
  return db.ticket.findMany({
    where: { status: OPEN, firstResponseAt: null, slaAlertedAt: null, createdAt: { lte: before } },
    orderBy: { id: "asc" },
    take: limit,
  });
}

export async function markSlaAlerted(db: Pick<Store, "ticket">, ticketId: number, at: Date): Promise<boolean> {
  const marked = await db.ticket.updateMany({ where: { id: ticketId, slaAlertedAt: null }, data: { slaAlertedAt: at } });
  return marked.count > 0;
}

/** Declined questions not yet made tickets, newest first (a new FAQ entry may answer them). */
export async function recentDeclinedQuestions(db: Pick<Store, "answerLog">, since: Date, limit: number) {
  return db.answerLog.findMany({ where: { answered: false, ticketId: null, createdAt: { gte: since } }, orderBy: { id: "desc" }, take: limit });
}

/** The FAQ entry made from this ticket, if any. */
export async function faqOfTicket(db: Pick<Store, "faqEntry">, ticketId: number) {
  return db.faqEntry.findFirst({ where: { ticketId }, orderBy: { id: "desc" } });
}

/** Everything the weekly report counts for the period. */
export async function ticketsReportRows(db: Pick<Store, "ticket" | "answerLog">, from: Date, to: Date) {
  const inPeriod = { gte: from, lte: to };
  const [opened, closed, stillOpen, declined] = await Promise.all([
    db.ticket.findMany({ where: { createdAt: inPeriod }, orderBy: { id: "asc" } }),
    db.ticket.findMany({ where: { closedAt: inPeriod }, orderBy: { id: "asc" } }),
    db.ticket.count({ where: { status: { not: "closed" } } }),
    db.answerLog.findMany({ where: { answered: false, createdAt: inPeriod }, orderBy: { id: "asc" }, select: { question: true, ticketId: true } }),
  ]);
  return { opened, closed, stillOpen, declined };
}

export type TopicClaim =
  /** This caller may open the topic now (and must save or release the claim). */
  | { kind: "claimed" }
  /** The topic exists: post into it. */
  | { kind: "opened"; threadId: string }
  /** Another caller is opening it right now: try again later. */
  | { kind: "busy" }
  /**
   * A claim was left behind (its holder stopped mid-call): whether the platform opened a topic is
   * unknown, so none is opened again and the ticket is posted without one.
   */
  | { kind: "abandoned" };

/**
 * Claims the opening of the ticket's forum topic with one conditional update: of all instances
 * and retries, exactly one gets "claimed" until it saves the topic or releases the claim.
 */
export async function claimTopic(db: Pick<Store, "ticket">, ticketId: number, now: Date): Promise<TopicClaim> {
  const won = await db.ticket.updateMany({ where: { id: ticketId, supportThreadId: null, topicClaimedAt: null }, data: { topicClaimedAt: now } });
  if (won.count === 1) return { kind: "claimed" };
  const row = await db.ticket.findUnique({ where: { id: ticketId }, select: { supportThreadId: true, topicClaimedAt: true } });
  if (row?.supportThreadId) return { kind: "opened", threadId: row.supportThreadId };
  if (row?.topicClaimedAt && now.getTime() - row.topicClaimedAt.getTime() < TOPIC_CLAIM_LEASE_MS) return { kind: "busy" };
  return { kind: "abandoned" };
}

/** Saves the topic the claim holder opened. */
export async function saveTopic(db: Pick<Store, "ticket">, ticketId: number, threadId: string): Promise<void> {
  await db.ticket.update({ where: { id: ticketId }, data: { supportThreadId: threadId } });
}

/** The platform said no (so no topic exists): a later pass may claim and try again. */
export async function releaseTopicClaim(db: Pick<Store, "ticket">, ticketId: number): Promise<void> {
  await db.ticket.updateMany({ where: { id: ticketId, supportThreadId: null }, data: { topicClaimedAt: null } });
}

/** Whether the bot knows `chatId` as a forum (one topic per ticket). */
export async function isForumChat(db: Pick<Store, "chat">, channel: string, chatId: string): Promise<boolean> {
  const chat = await db.chat.findUnique({ where: { channel_externalId: { channel, externalId: chatId } }, select: { isForum: true } });
  return !!chat?.isForum;
}

export async function chatTitle(db: Pick<Store, "chat">, channel: string, chatId: string): Promise<string | undefined> {
  const chat = await db.chat.findUnique({ where: { channel_externalId: { channel, externalId: chatId } }, select: { title: true } });
  return chat?.title ?? undefined;
}
