// What staff do to a ticket from the web: reply, claim, close, reopen, promote to the FAQ. Each is
// the tickets feature's own action (src/flows/tickets/actions.ts, the same the support chat's
// commands run), so a web reply reaches the officer exactly as a chat reply does, and the chat and
// the web never notify twice.
import type { Ticket } from "../store/tickets.js";
import { claimTicket, closeAndInvite, promoteToFaq, reopen, type ActionServices, type PromoteOutcome, type StaffActor } from "../flows/tickets/actions.js";
import { excerpt, relayStaffAnswer, ticketById, toSupport } from "../flows/tickets/service.js";
import { consoleText } from "../messages/index.js";
import { recordAudit } from "../store/audit.js";
import { personName } from "../store/chats-people.js";
import type { Viewer } from "./auth.js";

export type TicketServicesForWeb = ActionServices;
export type { PromoteOutcome };

const webActor = (viewer: Viewer): StaffActor => ({ id: viewer.id, actor: viewer.actor, via: "web" });

/**
 * Relays a staff answer typed on the web. `nonce` comes from the form, so a resubmitted form
 * (a double click, a retried request) sends the answer once.
 */
export async function replyFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket, text: string, nonce: string): Promise<void> {
  await relayStaffAnswer(svc, ticket, { id: viewer.id, messageId: `web:${nonce}` }, text);
  // The other staff follow tickets in the support chat: the answer shows up there too.
  const name = (await personName(svc.store, viewer.channel, viewer.id)) || viewer.actor;
  await toSupport(svc, ticket, `ticket:${ticket.id}:web:${nonce}`, consoleText.tickets.webReplyNote(ticket.id, name, excerpt(text, 600)));
  await recordAudit(svc.store, { actor: viewer.actor, action: "ticket.reply", target: `ticket:${ticket.id}`, details: { via: "web" }, at: svc.clock.now() });
}

export type ClaimOutcome = "claimed" | "closed";

export async function claimFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket): Promise<ClaimOutcome> {
  return (await claimTicket(svc, ticket, webActor(viewer))) ? "claimed" : "closed";
}

/** Closes and invites the asker to rate (once per ticket, as /dong does); false if already closed. */
export function closeFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket): Promise<boolean> {
  return closeAndInvite(svc, ticket, webActor(viewer));
}

export function reopenFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket): Promise<void> {
  return reopen(svc, ticket, webActor(viewer));
}

/** /faq from the web: the asker's personal data stays out of the entry; similar askers are told. */
export function promoteFromWeb(svc: TicketServicesForWeb, viewer: Viewer, ticket: Ticket, edited: string): Promise<PromoteOutcome> {
  return promoteToFaq(svc, ticket, webActor(viewer), edited);
}

export { ticketById };
