// What every ticket handler shares: the flow's name and limits, the draft's shape, who is asking
// and where replies go. Handlers live in open.ts (officers opening a ticket), officer.ts (their
// follow-ups and ratings) and staff.ts (the support chat); index.ts composes them into the feature.
import { z } from "zod";
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import type { Ticket } from "../../store/tickets.js";
import { recordAudit } from "../../store/audit.js";
import type { TicketServices, TicketsDeps } from "./types.js";

export const FLOW = "ticket";
/** How long after a follow-up the officer's next messages still go to staff. */
export const FOLLOW_UP_WINDOW_MS = 15 * 60_000;
export const MAX_QUESTION_CHARS = 3000;
export const OPEN_LIST_LIMIT = 30;

export const draftSchema = z.object({
  question: z.string().min(1).max(MAX_QUESTION_CHARS),
  answerLogId: z.number().int().positive().optional(),
});
export const followUpSchema = z.object({ ticketId: z.number().int().positive(), until: z.number() });

export const services = (deps: TicketsDeps, ctx: Ctx): TicketServices => ({ ...deps, ...ctx.deps });
export const inGroup = (ctx: Ctx) => ctx.in.chat.kind === "group";

/** Replies in the support chat stay in the topic they answer. */
export const here = (ctx: Ctx, text: string, extra: Partial<Reply> = {}): Reply => ({
  text,
  ...(ctx.in.threadId ? { threadId: ctx.in.threadId } : {}),
  ...extra,
});

export const isStaffHere = (ctx: Ctx) =>
  ctx.roles.isSupportChat(ctx.in.channel, ctx.in.chat.id) && ctx.roles.isStaff(ctx.in.channel, ctx.in.sender.id, ctx.in.chat.id);

export const isOwner = (ctx: Ctx, ticket: Ticket) =>
  ticket.channel === ctx.in.channel && ticket.chatId === ctx.in.chat.id && ticket.userId === ctx.in.sender.id;

export const audit = (ctx: Ctx, action: string, ticketId: number, details?: Record<string, unknown>) =>
  recordAudit(ctx.deps.store, {
    actor: `${ctx.in.channel}:${ctx.in.sender.id}`,
    action,
    target: `ticket:${ticketId}`,
    ...(details ? { details } : {}),
    at: ctx.deps.clock.now(),
  });
