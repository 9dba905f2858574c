// The support chat's side: staff answers relayed to the asker (in the ticket's topic, as a reply
// to the bot's post, or "#12 …"), and the staff commands /nhan, /dong, /mo, /faq, /baocao_tuan.
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { tickets as t } from "../../messages/index.js";
import { personName } from "../../store/chats-people.js";
import { openTickets, type Ticket } from "../../store/tickets.js";
import { hasWords } from "../../text.js";
import { claimTicket, closeAndInvite, promoteToFaq, type StaffActor } from "./actions.js";
import { here, isStaffHere, OPEN_LIST_LIMIT, services } from "./common.js";
import { buildReport, reportDays } from "./report.js";
import { excerpt, relayStaffAnswer, ticketById, ticketBySupportMessage, ticketByThread } from "./service.js";
import type { TicketsDeps } from "./types.js";

/** "#12", "12", "#12 text…" at the start of a staff message or command arguments. */
const TICKET_REF = /^#?(\d{1,9})(?=$|[\s:.,;–—-])[\s:.,;–—-]*([\s\S]*)$/;
const HASH_REF = /^#(\d{1,9})(?=$|[\s:.,;–—-])[\s:.,;–—-]*([\s\S]*)$/;

/** The ticket a support-chat message is about: its topic, the bot message it replies to, or "#12". */
async function referencedTicket(deps: TicketsDeps, ctx: Ctx): Promise<{ ticket: Ticket | null; number?: number; text: string } | undefined> {
  const inc = ctx.in;
  const svc = services(deps, ctx);
  let text = inc.text;
  let ticket: Ticket | null = null;
  if (inc.threadId) ticket = await ticketByThread(svc, inc.threadId);
  if (!ticket && inc.replyToMessageId) ticket = await ticketBySupportMessage(svc, inc.channel, inc.chat.id, inc.replyToMessageId);
  const hash = HASH_REF.exec(text);
  if (ticket) {
    if (hash && Number(hash[1]) === ticket.id) text = hash[2]!.trim();
    return { ticket, text };
  }
  if (!hash) return undefined;
  const number = Number(hash[1]);
  return { ticket: await ticketById(svc, number), number, text: hash[2]!.trim() };
}

/** A message in the support chat: a staff answer to relay, or nothing for the bot. */
export async function interceptSupport(deps: TicketsDeps, ctx: Ctx): Promise<Reply[] | undefined> {
  const inc = ctx.in;
  if (inc.command || inc.choice || inc.joinedGroup || inc.document) return undefined;
  // Staff talk among themselves in a ticket's topic with "//": not for the asker.
  if (inc.text.startsWith("//")) return undefined;
  const addressed = inc.mentioned || inc.repliedToBot || inc.chat.kind === "private";
  const ref = await referencedTicket(deps, ctx);
  // "#12 …" only counts when said to the bot: "#1 priority" in passing is not an answer.
  if (!ref || (ref.number !== undefined && !addressed)) return undefined;
  if (!ctx.roles.isStaff(inc.channel, inc.sender.id, inc.chat.id)) {
    return addressed ? [here(ctx, t.staffReplyNotAllowed)] : undefined;
  }
  if (!ref.ticket) return [here(ctx, t.ticketNotFound(ref.number ?? 0))];
  if (!hasWords(ref.text)) return addressed || ref.number ? [here(ctx, t.emptyStaffReply(ref.ticket.id))] : undefined;
  await relayStaffAnswer(services(deps, ctx), ref.ticket, { id: inc.sender.id, messageId: inc.messageId }, ref.text);
  ctx.deps.log.info({ ticketId: ref.ticket.id }, "tickets: staff answer relayed");
  return [here(ctx, ref.ticket.status === "closed" ? t.relayedClosed(ref.ticket.id) : t.relayed(ref.ticket.id))];
}

/** The ticket a staff command names ("/dong 12"), or the one its topic / replied message is about. */
async function commandTicket(deps: TicketsDeps, ctx: Ctx, command: string): Promise<{ ticket: Ticket; rest: string } | Reply[]> {
  const args = (ctx.in.args ?? "").trim();
  const m = TICKET_REF.exec(args);
  if (m) {
    const ticket = await ticketById(ctx.deps, Number(m[1]));
    return ticket ? { ticket, rest: m[2]!.trim() } : [here(ctx, t.ticketNotFound(Number(m[1])))];
  }
  const svc = services(deps, ctx);
  let ticket: Ticket | null = null;
  if (ctx.in.threadId) ticket = await ticketByThread(svc, ctx.in.threadId);
  if (!ticket && ctx.in.replyToMessageId) ticket = await ticketBySupportMessage(svc, ctx.in.channel, ctx.in.chat.id, ctx.in.replyToMessageId);
  return ticket ? { ticket, rest: args } : [here(ctx, t.whichTicket(command))];
}

const staffActor = (ctx: Ctx): StaffActor => ({ id: ctx.in.sender.id, actor: `${ctx.in.channel}:${ctx.in.sender.id}` });

async function staffName(ctx: Ctx, userId: string): Promise<string> {
  const sc = ctx.deps.config.supportChat;
  return (await personName(ctx.deps.store, sc?.channel ?? ctx.in.channel, userId)) || t.someone;
}

/** /nhan: the staff member takes the ticket. */
export async function take(deps: TicketsDeps, ctx: Ctx): Promise<Reply[]> {
  if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
  const found = await commandTicket(deps, ctx, "nhan");
  if (Array.isArray(found)) return found;
  const { ticket } = found;
  if (ticket.status === "closed") return [here(ctx, t.isClosed(ticket.id))];
  const previous = ticket.assignee && ticket.assignee !== ctx.in.sender.id ? await staffName(ctx, ticket.assignee) : undefined;
  await claimTicket(services(deps, ctx), ticket, staffActor(ctx));
  return [here(ctx, previous ? t.takenFrom(ticket.id, previous) : t.takenByYou(ticket.id))];
}

/** /dong: closes the ticket and asks the officer for a rating. */
export async function close(deps: TicketsDeps, ctx: Ctx): Promise<Reply[]> {
  if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
  const found = await commandTicket(deps, ctx, "dong");
  if (Array.isArray(found)) return found;
  const { ticket } = found;
  // The asker's follow-up window ends with the ticket: their next message is a new question.
  const closed = await closeAndInvite(services(deps, ctx), ticket, staffActor(ctx));
  if (!closed) return [here(ctx, t.alreadyClosed(ticket.id))];
  ctx.deps.log.info({ ticketId: ticket.id }, "tickets: closed");
  return [here(ctx, t.closed(ticket.id))];
}

/** /mo: the open tickets, oldest first, with their age and who took them. */
export async function listOpen(ctx: Ctx): Promise<Reply[]> {
  if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
  const { store, clock, config } = ctx.deps;
  const { count, first: open } = await openTickets(store, OPEN_LIST_LIMIT);
  if (count === 0) return [here(ctx, t.openListEmpty)];
  const now = clock.now().getTime();
  const names = new Map<string, string>();
  const lines: string[] = [t.openListTitle(count)];
  for (const ticket of open) {
    if (ticket.assignee && !names.has(ticket.assignee)) names.set(ticket.assignee, await staffName(ctx, ticket.assignee));
    const minutes = Math.max(0, Math.floor((now - ticket.createdAt.getTime()) / 60_000));
    lines.push(
      t.openLine({
        n: ticket.id,
        province: ticket.province ?? undefined,
        age: t.age(minutes),
        assignee: ticket.assignee ? names.get(ticket.assignee) : undefined,
        overdue: !ticket.firstResponseAt && minutes >= config.TICKET_SLA_HOURS * 60,
        words: excerpt(ticket.question, 80),
      }),
    );
  }
  if (count > open.length) lines.push(t.openListMore(count - open.length));
  return [here(ctx, lines.join("\n"))];
}

/** /faq: the ticket's answer becomes a FAQ entry, and others who asked the same are told. */
export async function promote(deps: TicketsDeps, ctx: Ctx): Promise<Reply[]> {
  if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
  const found = await commandTicket(deps, ctx, "faq");
  if (Array.isArray(found)) return found;
  const { ticket, rest } = found;
  const out = await promoteToFaq(services(deps, ctx), ticket, staffActor(ctx), hasWords(rest) ? rest : undefined);
  if (out.kind === "noAnswer") return [here(ctx, t.faqNoAnswer(ticket.id))];
  const { faqId, notified } = out;
  ctx.deps.log.info({ ticketId: ticket.id, faqId, notified }, "tickets: promoted to FAQ");
  return [here(ctx, out.kind === "already" ? t.faqAlready(ticket.id, notified) : t.faqDone(ticket.id, notified))];
}

/** /baocao_tuan: the week's figures, for staff and admins. */
export async function report(ctx: Ctx): Promise<Reply[]> {
  const inc = ctx.in;
  if (!ctx.isAdmin && !ctx.roles.isStaff(inc.channel, inc.sender.id, inc.chat.id)) return [{ text: t.reportNotAllowed }];
  const days = reportDays(inc.args);
  if (days === undefined) return [here(ctx, t.report.badDays)];
  const built = await buildReport(ctx.deps, days, inc.channel !== "zalo");
  // Officers' questions are in it: only in a private chat or the support chat.
  const privateOnly = inc.chat.kind === "group" && !ctx.roles.isSupportChat(inc.channel, inc.chat.id);
  return [here(ctx, built.text, { ...(built.file ? { file: built.file } : {}), ...(privateOnly ? { privateOnly: true } : {}) })];
}
