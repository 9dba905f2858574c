// Support tickets: a question the bot cannot answer becomes a numbered ticket, posted into the
// ministry's support chat (one forum topic per ticket, or one message); staff answer there and the
// answer is relayed to where the officer asked; officers' follow-ups go the other way; staff take,
// close and list tickets, and promote a good answer into the FAQ for everyone.
//
// Every relay is an outbox row keyed by what caused it, so a restart between any two steps loses
// nothing and repeats nothing. Only staff see who asked (name, province, unit).
import { z } from "zod";
import type { Ctx, Feature, FlowStateValue } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import type { Ticket } from "../../generated/prisma/client.js";
import { tickets as t } from "../../messages/index.js";
import { hasWords } from "../../text.js";
import { maskAsker, maskContacts } from "./privacy.js";
import { buildReport, reportDays } from "./report.js";
import {
  askerIdentity,
  candidatesOf,
  excerpt,
  moreChoice,
  notifySimilar,
  postTicket,
  ratingChoices,
  relayStaffAnswer,
  ticketById,
  ticketByRelay,
  ticketBySupportMessage,
  ticketByThread,
  toAsker,
  toSupport,
} from "./service.js";
import { TICKET_OPEN_STATUSES, type TicketServices, type TicketsDeps } from "./types.js";

export { createTicketWorker, type TicketWorker, type TicketWorkerOptions } from "./worker.js";
export type { CreateTopic, TicketKb, TicketsDeps } from "./types.js";

const FLOW = "ticket";
/** How long after a follow-up the officer's next messages still go to staff. */
const FOLLOW_UP_WINDOW_MS = 15 * 60_000;
const MAX_QUESTION_CHARS = 3000;
const OPEN_LIST_LIMIT = 30;

/** Id of the choice under a declined answer that opens a ticket for that question. */
export function supportChoiceId(answerLogId: number): string {
  return `ticket:open:${answerLogId}`;
}

const draftSchema = z.object({
  question: z.string().min(1).max(MAX_QUESTION_CHARS),
  answerLogId: z.number().int().positive().optional(),
});
const followUpSchema = z.object({ ticketId: z.number().int().positive(), until: z.number() });

/** "#12", "12", "#12 text…" at the start of a staff message or command arguments. */
const TICKET_REF = /^#?(\d{1,9})(?=$|[\s:.,;–—-])[\s:.,;–—-]*([\s\S]*)$/;
const HASH_REF = /^#(\d{1,9})(?=$|[\s:.,;–—-])[\s:.,;–—-]*([\s\S]*)$/;

class AlreadyTicketed extends Error {}

export function createTicketsFeature(deps: TicketsDeps): Feature {
  const services = (ctx: Ctx): TicketServices => ({ ...deps, ...ctx.deps });
  const inGroup = (ctx: Ctx) => ctx.in.chat.kind === "group";
  /** Replies in the support chat stay in the topic they answer. */
  const here = (ctx: Ctx, text: string, extra: Partial<Reply> = {}): Reply => ({
    text,
    ...(ctx.in.threadId ? { threadId: ctx.in.threadId } : {}),
    ...extra,
  });
  const isStaffHere = (ctx: Ctx) =>
    ctx.roles.isSupportChat(ctx.in.channel, ctx.in.chat.id) && ctx.roles.isStaff(ctx.in.channel, ctx.in.sender.id, ctx.in.chat.id);
  const isOwner = (ctx: Ctx, ticket: Ticket) =>
    ticket.channel === ctx.in.channel && ticket.chatId === ctx.in.chat.id && ticket.userId === ctx.in.sender.id;
  const audit = (ctx: Ctx, action: string, ticketId: number, details?: Record<string, unknown>) =>
    ctx.deps.store.auditLog.create({
      data: {
        actor: `${ctx.in.channel}:${ctx.in.sender.id}`,
        action,
        target: `ticket:${ticketId}`,
        ...(details ? { details: JSON.stringify(details) } : {}),
        createdAt: ctx.deps.clock.now(),
      },
    });

  // --- Opening a ticket ------------------------------------------------------------------------

  function confirmReply(ctx: Ctx, question: string): Reply {
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
    const open = await ctx.deps.store.ticket.findMany({
      where: { channel: ctx.in.channel, userId: ctx.in.sender.id, status: { in: ["open", "assigned"] } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    if (open.length < max) return undefined;
    await ctx.flow.clear();
    return [{ text: t.tooManyOpen(max, open.map((o) => o.id)) }];
  }

  async function startDraft(ctx: Ctx, question: string, answerLogId?: number): Promise<Reply[]> {
    const limited = await overTicketLimit(ctx);
    if (limited) return limited;
    await ctx.flow.save({ flow: FLOW, step: "details", data: { question, ...(answerLogId ? { answerLogId } : {}) } });
    return [confirmReply(ctx, question)];
  }

  async function askForQuestion(ctx: Ctx): Promise<Reply[]> {
    if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
    const limited = await overTicketLimit(ctx);
    if (limited) return limited;
    await ctx.flow.save({ flow: FLOW, step: "question", data: {} });
    return [{ text: t.askQuestion(inGroup(ctx)) }];
  }

  async function openFromLog(ctx: Ctx, logId: number): Promise<Reply[]> {
    if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
    const log = await ctx.deps.store.answerLog.findUnique({ where: { id: logId } });
    if (!log) return [{ text: t.questionGone }];
    if (log.channel !== ctx.in.channel || log.chatId !== ctx.in.chat.id || log.userId !== ctx.in.sender.id) {
      return [{ text: t.notYourQuestion }];
    }
    if (log.ticketId) return [{ text: t.alreadySent(log.ticketId) }];
    return startDraft(ctx, log.question, log.id);
  }

  async function createTicket(ctx: Ctx, question: string, details?: string, answerLogId?: number): Promise<Reply[]> {
    const svc = services(ctx);
    const inc = ctx.in;
    const { store, clock } = ctx.deps;
    const limited = await overTicketLimit(ctx);
    if (limited) return limited;
    const considered = await svc.kb.answer(question);
    const officer = await store.officer.findFirst({
      where: { channel: inc.channel, externalUserId: inc.sender.id, status: "active" },
      orderBy: { updatedAt: "desc" },
    });
    const now = clock.now();
    let ticket: Ticket;
    try {
      // One transaction: the ticket, its link to the declined answer, the details, and the end of
      // the draft. A repeated "send" then finds no draft instead of opening a second ticket.
      ticket = await store.$transaction(async (tx) => {
        const created = await tx.ticket.create({
          data: {
            channel: inc.channel,
            chatId: inc.chat.id,
            chatKind: inc.chat.kind,
            userId: inc.sender.id,
            userName: officer?.fullName ?? (inc.sender.displayName || null),
            question,
            province: officer?.province ?? null,
            unitName: officer?.unitName ?? null,
            candidates: JSON.stringify(candidatesOf(considered)),
            createdAt: now,
          },
        });
        if (answerLogId !== undefined) {
          const linked = await tx.answerLog.updateMany({ where: { id: answerLogId, ticketId: null }, data: { ticketId: created.id } });
          if (linked.count === 0) throw new AlreadyTicketed();
        }
        if (details) {
          await tx.ticketMessage.create({ data: { ticketId: created.id, author: "officer", authorId: inc.sender.id, text: details, createdAt: now } });
        }
        await tx.flowState.deleteMany({ where: { channel: inc.channel, chatId: inc.chat.id, userId: inc.sender.id, flow: FLOW } });
        return created;
      });
    } catch (err) {
      if (!(err instanceof AlreadyTicketed)) throw err;
      await ctx.flow.clear();
      const log = await store.answerLog.findUnique({ where: { id: answerLogId! } });
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

  async function sendDraft(ctx: Ctx, details?: string): Promise<Reply[]> {
    const state = await ctx.flow.get();
    const draft = state?.flow === FLOW && state.step === "details" ? draftSchema.safeParse(state.data) : undefined;
    if (!draft?.success) return [{ text: t.noDraft }];
    if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
    return createTicket(ctx, draft.data.question, details, draft.data.answerLogId);
  }

  // --- Officer follow-ups and rating -----------------------------------------------------------

  async function followUp(ctx: Ctx, ticket: Ticket, text: string): Promise<Reply[]> {
    if (ticket.status === "closed") return [{ text: t.ticketClosed(ticket.id) }];
    const svc = services(ctx);
    const inc = ctx.in;
    const added = await toSupport(
      svc,
      ticket,
      `ticket:${ticket.id}:officer:${inc.channel}:${inc.chat.id}:${inc.messageId}`,
      t.followUpToStaff(ticket.id, ticket.province ?? undefined, text),
    );
    // Recorded unless this very message was handled before (a redelivered update).
    const known = added ? null : await ctx.deps.store.ticketMessage.findFirst({ where: { ticketId: ticket.id, author: "officer", text } });
    if (!known) {
      await ctx.deps.store.ticketMessage.create({
        data: { ticketId: ticket.id, author: "officer", authorId: inc.sender.id, text, createdAt: ctx.deps.clock.now() },
      });
    }
    return [{ text: t.followUpSent(ticket.id), choices: [moreChoice(ticket.id)] }];
  }

  async function startFollowUp(ctx: Ctx, ticketId: number): Promise<Reply[]> {
    const ticket = await ticketById(ctx.deps, ticketId);
    if (!ticket || !isOwner(ctx, ticket)) return [{ text: t.notYourTicket }];
    if (ticket.status === "closed") return [{ text: t.ticketClosed(ticket.id) }];
    const until = ctx.deps.clock.now().getTime() + FOLLOW_UP_WINDOW_MS;
    await ctx.flow.save({ flow: FLOW, step: "followup", data: { ticketId, until } });
    return [{ text: t.followUpPrompt(ticketId) }];
  }

  async function rate(ctx: Ctx, ticketId: number, rating: number): Promise<Reply[]> {
    const ticket = await ticketById(ctx.deps, ticketId);
    if (!ticket || !isOwner(ctx, ticket)) return [{ text: t.notYourTicket }];
    if (ticket.status !== "closed") return [{ text: t.notClosedYet(ticketId) }];
    const saved = await ctx.deps.store.ticket.updateMany({ where: { id: ticketId, rating: null }, data: { rating } });
    return [{ text: saved.count ? t.rated(ticketId, rating) : t.alreadyRated(ticketId) }];
  }

  // --- Support chat: staff replies -------------------------------------------------------------

  /** The ticket a support-chat message is about: its topic, the bot message it replies to, or "#12". */
  async function referencedTicket(ctx: Ctx): Promise<{ ticket: Ticket | null; number?: number; text: string } | undefined> {
    const inc = ctx.in;
    const svc = services(ctx);
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

  async function interceptSupport(ctx: Ctx): Promise<Reply[] | undefined> {
    const inc = ctx.in;
    if (inc.command || inc.choice || inc.joinedGroup || inc.document) return undefined;
    // Staff talk among themselves in a ticket's topic with "//": not for the asker.
    if (inc.text.startsWith("//")) return undefined;
    const addressed = inc.mentioned || inc.repliedToBot || inc.chat.kind === "private";
    const ref = await referencedTicket(ctx);
    // "#12 …" only counts when said to the bot: "#1 priority" in passing is not an answer.
    if (!ref || (ref.number !== undefined && !addressed)) return undefined;
    if (!ctx.roles.isStaff(inc.channel, inc.sender.id, inc.chat.id)) {
      return addressed ? [here(ctx, t.staffReplyNotAllowed)] : undefined;
    }
    if (!ref.ticket) return [here(ctx, t.ticketNotFound(ref.number ?? 0))];
    if (!hasWords(ref.text)) return addressed || ref.number ? [here(ctx, t.emptyStaffReply(ref.ticket.id))] : undefined;
    await relayStaffAnswer(services(ctx), ref.ticket, { id: inc.sender.id, messageId: inc.messageId }, ref.text);
    ctx.deps.log.info({ ticketId: ref.ticket.id }, "tickets: staff answer relayed");
    return [here(ctx, ref.ticket.status === "closed" ? t.relayedClosed(ref.ticket.id) : t.relayed(ref.ticket.id))];
  }

  /** An officer replying to a relayed answer (Telegram's reply gesture) follows up on the ticket. */
  async function interceptOfficer(ctx: Ctx): Promise<Reply[] | undefined> {
    const inc = ctx.in;
    if (!inc.repliedToBot || !inc.replyToMessageId || inc.command || inc.choice || !hasWords(inc.text)) return undefined;
    const ticket = await ticketByRelay(services(ctx), inc.channel, inc.chat.id, inc.replyToMessageId);
    // Someone else replying to the answer in a group asks their own question instead.
    if (!ticket || ticket.userId !== inc.sender.id) return undefined;
    return followUp(ctx, ticket, inc.text);
  }

  // --- Staff commands --------------------------------------------------------------------------

  /** The ticket a staff command names ("/dong 12"), or the one its topic / replied message is about. */
  async function commandTicket(ctx: Ctx, command: string): Promise<{ ticket: Ticket; rest: string } | Reply[]> {
    const args = (ctx.in.args ?? "").trim();
    const m = TICKET_REF.exec(args);
    if (m) {
      const ticket = await ticketById(ctx.deps, Number(m[1]));
      return ticket ? { ticket, rest: m[2]!.trim() } : [here(ctx, t.ticketNotFound(Number(m[1])))];
    }
    const svc = services(ctx);
    let ticket: Ticket | null = null;
    if (ctx.in.threadId) ticket = await ticketByThread(svc, ctx.in.threadId);
    if (!ticket && ctx.in.replyToMessageId) ticket = await ticketBySupportMessage(svc, ctx.in.channel, ctx.in.chat.id, ctx.in.replyToMessageId);
    return ticket ? { ticket, rest: args } : [here(ctx, t.whichTicket(command))];
  }

  async function staffName(ctx: Ctx, userId: string): Promise<string> {
    const sc = ctx.deps.config.supportChat;
    const person = await ctx.deps.store.person.findUnique({
      where: { channel_externalId: { channel: sc?.channel ?? ctx.in.channel, externalId: userId } },
    });
    return person?.displayName || t.someone;
  }

  async function take(ctx: Ctx): Promise<Reply[]> {
    if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
    const found = await commandTicket(ctx, "nhan");
    if (Array.isArray(found)) return found;
    const { ticket } = found;
    if (ticket.status === "closed") return [here(ctx, t.isClosed(ticket.id))];
    const previous = ticket.assignee && ticket.assignee !== ctx.in.sender.id ? await staffName(ctx, ticket.assignee) : undefined;
    await ctx.deps.store.ticket.update({ where: { id: ticket.id }, data: { status: "assigned", assignee: ctx.in.sender.id } });
    await toAsker(services(ctx), { channel: ticket.channel, chatId: ticket.chatId, ticketId: ticket.id }, `ticket:${ticket.id}:taken`, {
      text: t.taken(ticket.id),
    });
    await audit(ctx, "ticket.take", ticket.id);
    return [here(ctx, previous ? t.takenFrom(ticket.id, previous) : t.takenByYou(ticket.id))];
  }

  async function close(ctx: Ctx): Promise<Reply[]> {
    if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
    const found = await commandTicket(ctx, "dong");
    if (Array.isArray(found)) return found;
    const { ticket } = found;
    const now = ctx.deps.clock.now();
    const closed = await ctx.deps.store.ticket.updateMany({
      where: { id: ticket.id, status: { not: "closed" } },
      data: { status: "closed", closedAt: now, ...(ticket.assignee ? {} : { assignee: ctx.in.sender.id }) },
    });
    // Queued on every /dong (the key makes it once): a stop right after closing still tells the asker.
    await toAsker(services(ctx), { channel: ticket.channel, chatId: ticket.chatId, ticketId: ticket.id }, `ticket:${ticket.id}:closed`, {
      text: t.closedNotice(ticket.id),
      choices: ratingChoices(ticket.id),
    });
    // The asker's follow-up window ends with the ticket: their next message is a new question.
    await ctx.deps.store.flowState.deleteMany({
      where: { channel: ticket.channel, chatId: ticket.chatId, userId: ticket.userId, flow: FLOW, step: "followup" },
    });
    if (closed.count === 0) return [here(ctx, t.alreadyClosed(ticket.id))];
    await audit(ctx, "ticket.close", ticket.id);
    ctx.deps.log.info({ ticketId: ticket.id }, "tickets: closed");
    return [here(ctx, t.closed(ticket.id))];
  }

  async function listOpen(ctx: Ctx): Promise<Reply[]> {
    if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
    const { store, clock, config } = ctx.deps;
    const where = { status: { in: [...TICKET_OPEN_STATUSES] } };
    const [count, open] = await Promise.all([
      store.ticket.count({ where }),
      store.ticket.findMany({ where, orderBy: { id: "asc" }, take: OPEN_LIST_LIMIT }),
    ]);
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

  async function promote(ctx: Ctx): Promise<Reply[]> {
    if (!isStaffHere(ctx)) return [{ text: t.staffOnly }];
    const found = await commandTicket(ctx, "faq");
    if (Array.isArray(found)) return found;
    const { ticket, rest } = found;
    const svc = services(ctx);
    const { store } = ctx.deps;
    const lastStaff = await store.ticketMessage.findFirst({ where: { ticketId: ticket.id, author: "staff" }, orderBy: { id: "desc" } });
    const rawAnswer = hasWords(rest) ? rest : lastStaff?.text;
    if (!rawAnswer) return [here(ctx, t.faqNoAnswer(ticket.id))];

    // The entry is shown to everyone: the asker's name and contact details stay out of it. Any
    // number in the asker's own words is taken as theirs; staff answers may cite a hotline.
    const who = await askerIdentity(svc, ticket);
    const question = maskContacts(maskAsker(ticket.question, who));
    const answer = maskAsker(rawAnswer, who);

    const existing = await store.faqEntry.findFirst({ where: { ticketId: ticket.id }, orderBy: { id: "desc" } });
    const faqId = existing?.id ?? (await svc.kb.addFaq({ question, answer, citation: t.faqCitation(ticket.id), ticketId: ticket.id }));
    // Run on a repeated /faq too (keys make it once): a stop after adding the entry still notifies.
    const notified = await notifySimilar(svc, ticket, existing ?? { id: faqId, question, answer });
    if (!existing) await audit(ctx, "ticket.faq", ticket.id, { faqId, notified });
    ctx.deps.log.info({ ticketId: ticket.id, faqId, notified }, "tickets: promoted to FAQ");
    return [here(ctx, existing ? t.faqAlready(ticket.id, notified) : t.faqDone(ticket.id, notified))];
  }

  async function report(ctx: Ctx): Promise<Reply[]> {
    const inc = ctx.in;
    if (!ctx.isAdmin && !ctx.roles.isStaff(inc.channel, inc.sender.id, inc.chat.id)) return [{ text: t.reportNotAllowed }];
    const days = reportDays(inc.args);
    if (days === undefined) return [here(ctx, t.report.badDays)];
    const built = await buildReport(ctx.deps, days, inc.channel !== "zalo");
    // Officers' questions are in it: only in a private chat or the support chat.
    const privateOnly = inc.chat.kind === "group" && !ctx.roles.isSupportChat(inc.channel, inc.chat.id);
    return [here(ctx, built.text, { ...(built.file ? { file: built.file } : {}), ...(privateOnly ? { privateOnly: true } : {}) })];
  }

  // --- Flow input ------------------------------------------------------------------------------

  async function onFlowInput(state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined> {
    if (ctx.in.choice && !ctx.in.text) return undefined;
    const text = ctx.in.text;
    switch (state.step) {
      case "question": {
        if (!hasWords(text)) return [{ text: t.questionHasNoWords }];
        if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
        return createTicket(ctx, text.slice(0, MAX_QUESTION_CHARS));
      }
      case "details": {
        if (!hasWords(text)) return [confirmReply(ctx, draftSchema.safeParse(state.data).data?.question ?? "")];
        return sendDraft(ctx, text);
      }
      case "followup": {
        const data = followUpSchema.safeParse(state.data);
        if (!data.success || data.data.until < ctx.deps.clock.now().getTime() || !hasWords(text)) {
          // Past the window the message is a new question for the answerer.
          await ctx.flow.clear();
          return undefined;
        }
        const ticket = await ticketById(ctx.deps, data.data.ticketId);
        if (!ticket || !isOwner(ctx, ticket) || ticket.status === "closed") {
          await ctx.flow.clear();
          return undefined;
        }
        await ctx.flow.save({ ...state, data: { ...data.data, until: ctx.deps.clock.now().getTime() + FOLLOW_UP_WINDOW_MS } });
        return followUp(ctx, ticket, text);
      }
      default:
        await ctx.flow.clear();
        return undefined;
    }
  }

  return {
    name: FLOW,
    commands: [
      {
        command: "hotro",
        description: t.commands.hotro,
        handle: async (ctx) => {
          if (!ctx.deps.config.supportChat) return [{ text: t.notConfigured }];
          const question = (ctx.in.args ?? "").trim();
          if (!question) return askForQuestion(ctx);
          if (!hasWords(question)) return [{ text: t.questionHasNoWords }];
          return startDraft(ctx, question.slice(0, MAX_QUESTION_CHARS));
        },
      },
      { command: "nhan", description: t.commands.nhan, audience: "staff", handle: take },
      { command: "dong", description: t.commands.dong, audience: "staff", handle: close },
      { command: "mo", description: t.commands.mo, audience: "staff", handle: listOpen },
      { command: "faq", description: t.commands.faq, audience: "staff", handle: promote },
      { command: "baocao_tuan", description: t.commands.baocao_tuan, audience: "staff", handle: report },
    ],
    menu: { key: "support", handle: askForQuestion },
    async intercept(ctx) {
      if (ctx.roles.isSupportChat(ctx.in.channel, ctx.in.chat.id)) return interceptSupport(ctx);
      return interceptOfficer(ctx);
    },
    async onChoice(choice, ctx) {
      const parts = choice.split(":");
      const action = parts[1];
      const id = Number(parts[2]);
      switch (action) {
        case "open":
          return Number.isSafeInteger(id) && id > 0 ? openFromLog(ctx, id) : undefined;
        case "send":
          return sendDraft(ctx);
        case "cancel": {
          const state = await ctx.flow.get();
          if (state?.flow !== FLOW) return [{ text: t.noDraft }];
          await ctx.flow.clear();
          return [{ text: t.draftCancelled }];
        }
        case "more":
          return Number.isSafeInteger(id) && id > 0 ? startFollowUp(ctx, id) : undefined;
        case "rate": {
          const rating = Number(parts[3]);
          if (!Number.isSafeInteger(id) || !Number.isInteger(rating) || rating < 1 || rating > 5) return undefined;
          return rate(ctx, id, rating);
        }
        default:
          return undefined;
      }
    },
    onFlowInput,
    resumePrompt(state) {
      if (state.step === "details") {
        return {
          text: t.resumeDetails,
          choices: [
            { id: "ticket:send", label: t.choices.sendNow },
            { id: "ticket:cancel", label: t.choices.cancel },
          ],
        };
      }
      if (state.step === "question") return { text: t.resumeQuestion };
      return undefined;
    },
  };
}
