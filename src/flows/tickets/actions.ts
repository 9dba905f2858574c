// What staff do to a ticket, wherever they do it: claim, close, reopen, promote to the FAQ. The
// support chat's commands (staff.ts) and the web console call the same functions, so the asker is
// told once (the outbox keys are the same) and the audit log reads the same either way.
import { tickets as t } from "../../messages/index.js";
import { recordAudit } from "../../store/audit.js";
import { assignTicket, closeTicket, faqOfTicket, lastStaffMessage, reopenTicket, type Ticket } from "../../store/tickets.js";
import { FLOW } from "./common.js";
import { maskAsker, maskContacts } from "./privacy.js";
import { askerIdentity, notifySimilar, ratingChoices, toAsker, type PosterServices } from "./service.js";
import type { TicketServices } from "./types.js";

/** Who acts: the platform user id (what `assignee` holds) and how the audit log names them. */
export interface StaffActor {
  id: string;
  /** <channel>:<user id> */
  actor: string;
  /** Extra audit details, e.g. { via: "web" }. */
  via?: string;
}

export type ActionServices = PosterServices & Pick<TicketServices, "kb">;

function audit(svc: Pick<PosterServices, "store" | "clock">, who: StaffActor, action: string, ticketId: number, details?: Record<string, unknown>) {
  const all = { ...(who.via ? { via: who.via } : {}), ...details };
  return recordAudit(svc.store, {
    actor: who.actor,
    action,
    target: `ticket:${ticketId}`,
    ...(Object.keys(all).length ? { details: all } : {}),
    at: svc.clock.now(),
  });
}

const asker = (ticket: Ticket) => ({ channel: ticket.channel, chatId: ticket.chatId, ticketId: ticket.id });

/** The staff member takes the ticket and the asker is told; false when it is already closed. */
export async function claimTicket(svc: PosterServices, ticket: Ticket, who: StaffActor): Promise<boolean> {
  if (ticket.status === "closed") return false;
  await assignTicket(svc.store, ticket.id, who.id);
  await toAsker(svc, asker(ticket), `ticket:${ticket.id}:taken`, { text: t.taken(ticket.id) });
  await audit(svc, who, "ticket.take", ticket.id);
  return true;
}

/**
 * Closes the ticket, ends the asker's follow-up window and invites a rating. The invitation is
 * queued on every call (its key makes it once), so a stop right after closing still tells the
 * asker. False when it was already closed.
 */
export async function closeAndInvite(svc: PosterServices, ticket: Ticket, who: StaffActor): Promise<boolean> {
  const closed = await closeTicket(svc.store, ticket, who.id, svc.clock.now(), { flow: FLOW, step: "followup" });
  await toAsker(svc, asker(ticket), `ticket:${ticket.id}:closed`, { text: t.closedNotice(ticket.id), choices: ratingChoices(ticket.id) });
  if (closed) await audit(svc, who, "ticket.close", ticket.id);
  return closed;
}

export async function reopen(svc: PosterServices, ticket: Ticket, who: StaffActor): Promise<void> {
  await reopenTicket(svc.store, ticket);
  await audit(svc, who, "ticket.reopen", ticket.id);
}

export type PromoteOutcome = { kind: "noAnswer" } | { kind: "added" | "already"; faqId: number; notified: number };

/**
 * The ticket's answer (`answer`, else the last staff message) becomes a FAQ entry, free of the
 * asker's personal data, and others who asked the same are told. Any number in the asker's own
 * words is taken as theirs; staff answers may cite a hotline.
 */
export async function promoteToFaq(svc: ActionServices, ticket: Ticket, who: StaffActor, answer?: string): Promise<PromoteOutcome> {
  const rawAnswer = answer?.trim() || (await lastStaffMessage(svc.store, ticket.id))?.text;
  if (!rawAnswer) return { kind: "noAnswer" };
  const identity = await askerIdentity(svc, ticket);
  const question = maskContacts(maskAsker(ticket.question, identity));
  const masked = maskAsker(rawAnswer, identity);
  const existing = await faqOfTicket(svc.store, ticket.id);
  const faqId = existing?.id ?? (await svc.kb.addFaq({ question, answer: masked, citation: t.faqCitation(ticket.id), ticketId: ticket.id }));
  // Run on a repeated promotion too (keys make it once): a stop after adding the entry still notifies.
  const notified = await notifySimilar(svc, ticket, existing ?? { id: faqId, question, answer: masked });
  if (!existing) await audit(svc, who, "ticket.faq", ticket.id, { faqId, notified });
  return { kind: existing ? "already" : "added", faqId, notified };
}
