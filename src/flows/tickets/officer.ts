// The officer's side of an open ticket: follow-ups (the "more" choice, replying to a relayed
// answer, or typing within the follow-up window), the rating of a closed ticket, and the text
// typed while a ticket step is open.
import type { Ctx, FlowStateValue } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { tickets as t } from "../../messages/index.js";
import { addTicketMessageOnce, rateTicket, type Ticket } from "../../store/tickets.js";
import { hasWords } from "../../text.js";
import { draftSchema, FLOW, FOLLOW_UP_WINDOW_MS, followUpSchema, isOwner, MAX_QUESTION_CHARS, services } from "./common.js";
import { confirmReply, createTicket, sendDraft } from "./open.js";
import { moreChoice, ticketById, ticketByRelay, toSupport } from "./service.js";
import type { TicketsDeps } from "./types.js";

async function followUp(deps: TicketsDeps, ctx: Ctx, ticket: Ticket, text: string): Promise<Reply[]> {
  if (ticket.status === "closed") return [{ text: t.ticketClosed(ticket.id) }];
  const inc = ctx.in;
  const added = await toSupport(
    services(deps, ctx),
    ticket,
    `ticket:${ticket.id}:officer:${inc.channel}:${inc.chat.id}:${inc.messageId}`,
    t.followUpToStaff(ticket.id, ticket.province ?? undefined, text),
  );
  // Recorded unless this very message was handled before (a redelivered update).
  await addTicketMessageOnce(ctx.deps.store, { ticketId: ticket.id, author: "officer", authorId: inc.sender.id, text, at: ctx.deps.clock.now() }, !added);
  return [{ text: t.followUpSent(ticket.id), choices: [moreChoice(ticket.id)] }];
}

/** The "more" choice: the officer's next messages go to staff for a while. */
export async function startFollowUp(ctx: Ctx, ticketId: number): Promise<Reply[]> {
  const ticket = await ticketById(ctx.deps, ticketId);
  if (!ticket || !isOwner(ctx, ticket)) return [{ text: t.notYourTicket }];
  if (ticket.status === "closed") return [{ text: t.ticketClosed(ticket.id) }];
  const until = ctx.deps.clock.now().getTime() + FOLLOW_UP_WINDOW_MS;
  await ctx.flow.save({ flow: FLOW, step: "followup", data: { ticketId, until } });
  return [{ text: t.followUpPrompt(ticketId) }];
}

export async function rate(ctx: Ctx, ticketId: number, rating: number): Promise<Reply[]> {
  const ticket = await ticketById(ctx.deps, ticketId);
  if (!ticket || !isOwner(ctx, ticket)) return [{ text: t.notYourTicket }];
  if (ticket.status !== "closed") return [{ text: t.notClosedYet(ticketId) }];
  const saved = await rateTicket(ctx.deps.store, ticketId, rating);
  return [{ text: saved ? t.rated(ticketId, rating) : t.alreadyRated(ticketId) }];
}

/** An officer replying to a relayed answer (Telegram's reply gesture) follows up on the ticket. */
export async function interceptOfficer(deps: TicketsDeps, ctx: Ctx): Promise<Reply[] | undefined> {
  const inc = ctx.in;
  if (!inc.repliedToBot || !inc.replyToMessageId || inc.command || inc.choice || !hasWords(inc.text)) return undefined;
  const ticket = await ticketByRelay(services(deps, ctx), inc.channel, inc.chat.id, inc.replyToMessageId);
  // Someone else replying to the answer in a group asks their own question instead.
  if (!ticket || ticket.userId !== inc.sender.id) return undefined;
  return followUp(deps, ctx, ticket, inc.text);
}

/** Text typed within the follow-up window goes to staff; past it, it is a new question. */
async function followUpInput(deps: TicketsDeps, state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined> {
  const data = followUpSchema.safeParse(state.data);
  const now = ctx.deps.clock.now().getTime();
  if (!data.success || data.data.until < now || !hasWords(ctx.in.text)) {
    await ctx.flow.clear();
    return undefined;
  }
  const ticket = await ticketById(ctx.deps, data.data.ticketId);
  if (!ticket || !isOwner(ctx, ticket) || ticket.status === "closed") {
    await ctx.flow.clear();
    return undefined;
  }
  await ctx.flow.save({ ...state, data: { ...data.data, until: now + FOLLOW_UP_WINDOW_MS } });
  return followUp(deps, ctx, ticket, ctx.in.text);
}

export async function onTicketFlowInput(deps: TicketsDeps, state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined> {
  if (ctx.in.choice && !ctx.in.text) return undefined;
  const text = ctx.in.text;
  switch (state.step) {
    case "question":
      if (!hasWords(text)) return [{ text: t.questionHasNoWords }];
      if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
      return createTicket(deps, ctx, text.slice(0, MAX_QUESTION_CHARS));
    case "details":
      if (!hasWords(text)) return [confirmReply(ctx, draftSchema.safeParse(state.data).data?.question ?? "")];
      return sendDraft(deps, ctx, text);
    case "followup":
      return followUpInput(deps, state, ctx);
    default:
      await ctx.flow.clear();
      return undefined;
  }
}
