// Erasure of everything that names one person (/xoadulieu): registrations, unfinished forms, the
// display name, the texts of their questions and tickets, and messages about them in the outbox.
// Rows are anonymised rather than deleted where counts matter (answer statistics, ticket numbers).
import type { Store } from "./db.js";

type Tx = Parameters<Parameters<Store["$transaction"]>[0]>[0];

export const ERASED_TEXT = "[đã xoá theo yêu cầu]";
/** Outbox kinds whose refId is a ticket number (tickets feature: posts to support, relays). */
const TICKET_KINDS = ["ticket", "relay"];

export interface PersonRef {
  channel: string;
  userId: string;
}

/** Whether anything beyond the display name is kept about the person. */
export async function holdsPersonalData(store: Store, who: PersonRef): Promise<boolean> {
  const [officers, flows, asked, tickets] = await Promise.all([
    store.officer.count({ where: { channel: who.channel, externalUserId: who.userId } }),
    store.flowState.count({ where: { channel: who.channel, userId: who.userId } }),
    store.answerLog.count({ where: { channel: who.channel, userId: who.userId, question: { not: ERASED_TEXT } } }),
    store.ticket.count({ where: { channel: who.channel, userId: who.userId, question: { not: ERASED_TEXT } } }),
  ]);
  return officers + flows + asked + tickets > 0;
}

/** Everything except the registrations themselves (the caller deletes and audits those). */
export async function erasePersonTraces(tx: Tx, who: PersonRef, now: Date): Promise<number> {
  const mine = { channel: who.channel, userId: who.userId };
  let touched = 0;
  touched += (await tx.flowState.deleteMany({ where: mine })).count;
  // The last question, kept for follow-ups, is the person's own words too.
  touched += (await tx.conversationContext.deleteMany({ where: mine })).count;

  const person = await tx.person.findUnique({ where: { channel_externalId: { channel: who.channel, externalId: who.userId } } });
  await tx.person.updateMany({ where: { channel: who.channel, externalId: who.userId }, data: { displayName: null } });

  touched += (await tx.answerLog.updateMany({ where: { ...mine, question: { not: ERASED_TEXT } }, data: { question: ERASED_TEXT } })).count;

  const tickets = await tx.ticket.findMany({ where: mine, select: { id: true, status: true } });
  const ticketIds = tickets.map((t) => t.id);
  if (ticketIds.length > 0) {
    await tx.ticket.updateMany({ where: { id: { in: ticketIds } }, data: { question: ERASED_TEXT, userName: null, unitName: null, candidates: "[]" } });
    // A question with no text left cannot be worked on: open ones are closed.
    await tx.ticket.updateMany({ where: { id: { in: ticketIds }, status: { not: "closed" } }, data: { status: "closed", closedAt: now } });
    // Staff answers quote or address the person too.
    await tx.ticketMessage.updateMany({ where: { ticketId: { in: ticketIds } }, data: { text: ERASED_TEXT } });
    touched += ticketIds.length;
  }

  // Messages to the person's private chat and about their tickets: unsent ones are cancelled,
  // and no payload keeps their words (sent ones keep only their ids for replies to be matched).
  const privateChats = [...new Set([who.userId, ...(person?.privateChatId ? [person.privateChatId] : [])])];
  const about = {
    OR: [
      { channel: who.channel, chatId: { in: privateChats } },
      ...(ticketIds.length ? [{ kind: { in: TICKET_KINDS }, refId: { in: ticketIds.map(String) } }] : []),
    ],
  };
  const emptied = JSON.stringify({ text: ERASED_TEXT });
  await tx.outbox.updateMany({
    where: { AND: [about, { status: { in: ["pending", "sending", "failed", "ambiguous"] } }] },
    data: { status: "cancelled", payload: emptied, lastError: "erased at the person's request" },
  });
  await tx.outbox.updateMany({ where: about, data: { payload: emptied } });
  await tx.choiceMenu.deleteMany({ where: { channel: who.channel, chatId: { in: privateChats } } });
  return touched;
}
