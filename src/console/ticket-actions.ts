// What staff do to a ticket from the web: reply, claim, close, reopen, promote to the FAQ. Each
// goes through the tickets feature's own services and outbox keys, so a web reply reaches the
// officer exactly as a reply in the support chat does, and the chat and the web never notify twice.
import type { Ticket } from "../generated/prisma/client.js";
import { maskAsker, maskContacts } from "../flows/tickets/privacy.js";
import {
  askerIdentity,
  excerpt,
  notifySimilar,
  ratingChoices,
  relayStaffAnswer,
  ticketById,
  toAsker,
  toSupport,
  type PosterServices,
} from "../flows/tickets/service.js";
import type { TicketKb } from "../flows/tickets/types.js";
import { consoleText, tickets as tt } from "../messages/index.js";
import type { Viewer } from "./auth.js";

export type TicketServicesForWeb = PosterServices & { kb: TicketKb };

async function audit(svc: TicketServicesForWeb, viewer: Viewer, action: string, ticketId: number, details?: Record<string, unknown>) {
  await svc.store.auditLog.create({
    data: {
      actor: viewer.actor,
      action,
      target: `ticket:${ticketId}`,
      details: JSON.stringify({ via: "web", ...details }),
      createdAt: svc.clock.now(),
    },
  });
}

/**
 * Relays a staff answer typed on the web. `nonce` comes from the form, so a resubmitted form
 * (a double click, a retried request) sends the answer once.
 */
export async function replyFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket, text: string, nonce: string): Promise<void> {
  await relayStaffAnswer(svc, ticket, { id: viewer.id, messageId: `web:${nonce}` }, text);
  // The other staff follow tickets in the support chat: the answer shows up there too.
  const person = await svc.store.person.findUnique({ where: { channel_externalId: { channel: viewer.channel, externalId: viewer.id } } });
  await toSupport(svc, ticket, `ticket:${ticket.id}:web:${nonce}`, consoleText.tickets.webReplyNote(ticket.id, person?.displayName || viewer.actor, excerpt(text, 600)));
  await audit(svc, viewer, "ticket.reply", ticket.id);
}

export type ClaimOutcome = "claimed" | "closed";

export async function claimFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket): Promise<ClaimOutcome> {
  if (ticket.status === "closed") return "closed";
  await svc.store.ticket.update({ where: { id: ticket.id }, data: { status: "assigned", assignee: viewer.id } });
  await toAsker(svc, { channel: ticket.channel, chatId: ticket.chatId, ticketId: ticket.id }, `ticket:${ticket.id}:taken`, { text: tt.taken(ticket.id) });
  await audit(svc, viewer, "ticket.take", ticket.id);
  return "claimed";
}

/** Closes and invites the asker to rate (once per ticket, as /dong does); false if already closed. */
export async function closeFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket): Promise<boolean> {
  const closed = await svc.store.ticket.updateMany({
    where: { id: ticket.id, status: { not: "closed" } },
    data: { status: "closed", closedAt: svc.clock.now(), ...(ticket.assignee ? {} : { assignee: viewer.id }) },
  });
  await toAsker(svc, { channel: ticket.channel, chatId: ticket.chatId, ticketId: ticket.id }, `ticket:${ticket.id}:closed`, {
    text: tt.closedNotice(ticket.id),
    choices: ratingChoices(ticket.id),
  });
  // The asker's follow-up window ends with the ticket.
  await svc.store.flowState.deleteMany({
    where: { channel: ticket.channel, chatId: ticket.chatId, userId: ticket.userId, flow: "ticket", step: "followup" },
  });
  if (closed.count === 0) return false;
  await audit(svc, viewer, "ticket.close", ticket.id);
  return true;
}

export async function reopenFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket): Promise<void> {
  await svc.store.ticket.updateMany({
    where: { id: ticket.id, status: "closed" },
    data: { status: ticket.assignee ? "assigned" : "open", closedAt: null },
  });
  await audit(svc, viewer, "ticket.reopen", ticket.id);
}

export type PromoteOutcome = { kind: "noAnswer" } | { kind: "added" | "already"; faqId: number; notified: number };

/** /faq from the web: the asker's personal data stays out of the entry; similar askers are told. */
export async function promoteFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket, edited: string): Promise<PromoteOutcome> {
  const lastStaff = await svc.store.ticketMessage.findFirst({ where: { ticketId: ticket.id, author: "staff" }, orderBy: { id: "desc" } });
  const rawAnswer = edited.trim() || lastStaff?.text;
  if (!rawAnswer) return { kind: "noAnswer" };
  const who = await askerIdentity(svc, ticket);
  const question = maskContacts(maskAsker(ticket.question, who));
  const answer = maskAsker(rawAnswer, who);
  const existing = await svc.store.faqEntry.findFirst({ where: { ticketId: ticket.id }, orderBy: { id: "desc" } });
  const faqId = existing?.id ?? (await svc.kb.addFaq({ question, answer, citation: tt.faqCitation(ticket.id), ticketId: ticket.id }));
  const notified = await notifySimilar(svc, ticket, existing ?? { id: faqId, question, answer });
  if (!existing) await audit(svc, viewer, "ticket.faq", ticket.id, { faqId, notified });
  return { kind: existing ? "already" : "added", faqId, notified };
}

export { ticketById };
