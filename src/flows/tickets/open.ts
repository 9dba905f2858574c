// Opening a ticket: /hotro with or without the question, the "ask support staff" choice under a
// declined answer, the draft's confirmation, and the ticket itself (posted at once when possible;
// the worker retries whatever is left).
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { tickets as t } from "../../messages/index.js";
import { loggedQuestion } from "../../store/answer-log.js";
import { registrationOf } from "../../store/officers.js";
import { openTicket, openTicketIdsOf } from "../../store/tickets.js";
import { hasWords } from "../../text.js";
import { draftSchema, FLOW, inGroup, MAX_QUESTION_CHARS, services } from "./common.js";
import { candidatesOf, excerpt, postTicket } from "./service.js";
import type { TicketsDeps } from "./types.js";

export function confirmReply(ctx: Ctx, question: string): Reply {
  return {
    text: t.confirm(excerpt(question, 600), inGroup(ctx)),
    choices: [
      { id: "ticket:send", label: t.choices.sendNow },
      { id: "ticket:cancel", label: t.choices.cancel },
    ],
    ...(inGroup(ctx) ? { replyToMessageId: ctx.in.messageId } : {}),
  };
}

/** A person may have only a few questions waiting for staff at once (floods, mistakes). */
async function overTicketLimit(ctx: Ctx): Promise<Reply[] | undefined> {
  const max = ctx.deps.config.MAX_OPEN_TICKETS;
  const open = await openTicketIdsOf(ctx.deps.store, ctx.in.channel, ctx.in.sender.id);
  if (open.length < max) return undefined;
  await ctx.flow.clear();
  return [{ text: t.tooManyOpen(max, open) }];
}

async function startDraft(ctx: Ctx, question: string, answerLogId?: number): Promise<Reply[]> {
  const limited = await overTicketLimit(ctx);
  if (limited) return limited;
  await ctx.flow.save({ flow: FLOW, step: "details", data: { question, ...(answerLogId ? { answerLogId } : {}) } });
  return [confirmReply(ctx, question)];
}

/** /hotro without a question, and the /start menu entry: ask for it first. */
export async function askForQuestion(ctx: Ctx): Promise<Reply[]> {
  if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
  const limited = await overTicketLimit(ctx);
  if (limited) return limited;
  await ctx.flow.save({ flow: FLOW, step: "question", data: {} });
  return [{ text: t.askQuestion(inGroup(ctx)) }];
}

/** /hotro [question] */
export async function hotro(ctx: Ctx): Promise<Reply[]> {
  if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
  const question = (ctx.in.args ?? "").trim();
  if (!question) return askForQuestion(ctx);
  if (!hasWords(question)) return [{ text: t.questionHasNoWords }];
  return startDraft(ctx, question.slice(0, MAX_QUESTION_CHARS));
}

/** The "ask support staff" choice under a declined answer. */
export async function openFromLog(ctx: Ctx, logId: number): Promise<Reply[]> {
  if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
  const log = await loggedQuestion(ctx.deps.store, logId);
  if (!log) return [{ text: t.questionGone }];
  if (log.channel !== ctx.in.channel || log.chatId !== ctx.in.chat.id || log.userId !== ctx.in.sender.id) {
    return [{ text: t.notYourQuestion }];
  }
  if (log.ticketId) return [{ text: t.alreadySent(log.ticketId) }];
  return startDraft(ctx, log.question, log.id);
}

export async function createTicket(deps: TicketsDeps, ctx: Ctx, question: string, details?: string, answerLogId?: number): Promise<Reply[]> {
  const svc = services(deps, ctx);
  const inc = ctx.in;
  const { store, clock } = ctx.deps;
  const limited = await overTicketLimit(ctx);
  if (limited) return limited;
  const considered = await svc.kb.answer(question);
  const officer = await registrationOf(store, { channel: inc.channel, userId: inc.sender.id });
  const ticket = await openTicket(store, {
    channel: inc.channel,
    chatId: inc.chat.id,
    chatKind: inc.chat.kind,
    userId: inc.sender.id,
    userName: officer?.fullName ?? (inc.sender.displayName || null),
    question,
    province: officer?.province ?? null,
    unitName: officer?.unitName ?? null,
    candidates: JSON.stringify(candidatesOf(considered)),
    ...(details ? { details } : {}),
    ...(answerLogId !== undefined ? { answerLogId } : {}),
    draftFlow: FLOW,
    at: clock.now(),
  });
  if (!ticket) {
    // The declined answer became a ticket meanwhile (a second tap, another device).
    await ctx.flow.clear();
    const log = await loggedQuestion(store, answerLogId!);
    return [{ text: log?.ticketId ? t.alreadySent(log.ticketId) : t.questionGone }];
  }
  ctx.deps.log.info({ ticketId: ticket.id, channel: inc.channel, chatKind: inc.chat.kind, registered: !!officer }, "tickets: opened");
  try {
    // Best effort now; the worker retries whatever is left (a topic that could not be opened…).
    await postTicket(svc, ticket.id, true);
  } catch (err) {
    ctx.deps.log.warn({ err, ticketId: ticket.id }, "tickets: immediate post failed; the worker will retry");
  }
  return [{ text: t.created(ticket.id) }];
}

/** "Send now" on the draft, or details typed under it. */
export async function sendDraft(deps: TicketsDeps, ctx: Ctx, details?: string): Promise<Reply[]> {
  const state = await ctx.flow.get();
  const draft = state?.flow === FLOW && state.step === "details" ? draftSchema.safeParse(state.data) : undefined;
  if (!draft?.success) return [{ text: t.noDraft }];
  if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
  return createTicket(deps, ctx, draft.data.question, details, draft.data.answerLogId);
}

export async function cancelDraft(ctx: Ctx): Promise<Reply[]> {
  const state = await ctx.flow.get();
  if (state?.flow !== FLOW) return [{ text: t.noDraft }];
  await ctx.flow.clear();
  return [{ text: t.draftCancelled }];
}
