// Ticket operations shared by the feature's handlers and the background worker. Every message a
// ticket causes goes through the durable outbox under a key derived from what caused it, so doing
// a step twice (a retry, a redelivered update, a restart) never sends twice and never loses one.
import { SendError, type Channel, type Reply, type ReplyChoice } from "../../bot/types.js";
import type { Ticket } from "../../store/tickets.js";
import { kb as kbText, tickets as t } from "../../messages/index.js";
import { saveMenu } from "../../store/choice-menus.js";
import { personName } from "../../store/chats-people.js";
import { registrationOf } from "../../store/officers.js";
import * as tickets from "../../store/tickets.js";
import { maskAsker, type AskerIdentity } from "./privacy.js";
import {
  KIND_FAQ,
  KIND_RELAY,
  KIND_SUPPORT,
  type TicketCandidate,
  type TicketKbAnswer,
  type TicketServices,
} from "./types.js";

/** Telegram's limit for a forum topic name. */
export const TOPIC_NAME_LIMIT = 128;
const POST_QUESTION_CHARS = 1200;
const POST_DETAILS_CHARS = 600;
const MAX_SOURCES_IN_POST = 3;
const MAX_CANDIDATES = 5;
const CANDIDATE_TEXT_CHARS = 400;
/** Declined questions this recent are re-checked when a ticket becomes a FAQ entry. */
export const FAQ_NOTIFY_DAYS = 7;
/** Tickets older than this are no longer retried by the poster (their post failed for good). */
const POST_RETRY_DAYS = 30;

export type PosterServices = Pick<TicketServices, "store" | "clock" | "config" | "log" | "outbox" | "createTopic">;

export const postKey = (ticketId: number) => `ticket:${ticketId}:post`;

/** Whitespace collapsed, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function topicName(ticket: Pick<Ticket, "id" | "province" | "question">): string {
  const head = t.topicName(ticket.id, ticket.province ?? undefined, "");
  const room = TOPIC_NAME_LIMIT - head.length - 3;
  const name = t.topicName(ticket.id, ticket.province ?? undefined, room > 8 ? excerpt(ticket.question, room) : "");
  return name.length <= TOPIC_NAME_LIMIT ? name : excerpt(name, TOPIC_NAME_LIMIT);
}

export function candidatesOf(result: TicketKbAnswer): TicketCandidate[] {
  return result.sources.slice(0, MAX_CANDIDATES).map((s) => ({
    doc: s.doc,
    citation: kbText.source(s),
    ...(s.title ? { title: s.title } : {}),
    ...(typeof s.score === "number" ? { score: Math.round(s.score * 1000) / 1000 } : {}),
    ...(s.text ? { text: excerpt(s.text, CANDIDATE_TEXT_CHARS) } : {}),
  }));
}

function parseCandidates(json: string): TicketCandidate[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v.filter((c) => c && typeof c.citation === "string") as TicketCandidate[]) : [];
  } catch {
    return [];
  }
}

/** The FAQ entry `faqId` is what answered. The KB may report DB entries as "db:<id>". */
export function answeredByFaq(result: TicketKbAnswer, faqId: number): boolean {
  if (!result.answered || result.faqId === undefined) return false;
  const id = String(result.faqId);
  return id === String(faqId) || id === `db:${faqId}`;
}

// --- Choices the officer gets ------------------------------------------------------------------

export const moreChoice = (ticketId: number): ReplyChoice => ({ id: `ticket:more:${ticketId}`, label: t.choices.more });
export const ratingChoices = (ticketId: number): ReplyChoice[] =>
  t.choices.ratings.map((label, i) => ({ id: `ticket:rate:${ticketId}:${i + 1}`, label }));

// --- Outbox helpers ----------------------------------------------------------------------------

/**
 * Queues a message to the asker's chat. On channels without buttons the choices are remembered
 * as the chat's numbered menu, so "2" typed after the message maps to its second choice (the
 * router only remembers menus of its own replies).
 */
export async function toAsker(
  svc: PosterServices,
  target: { channel: string; chatId: string; ticketId?: number },
  dedupeKey: string,
  reply: Reply,
  kind: string = KIND_RELAY,
): Promise<boolean> {
  const channel = target.channel as Channel;
  const added = await svc.outbox.enqueue({
    dedupeKey,
    channel,
    chatId: target.chatId,
    kind,
    ...(target.ticketId !== undefined ? { refId: String(target.ticketId) } : {}),
    reply,
  });
  if (added && reply.choices?.length && channel !== "telegram") {
    await saveMenu(svc.store, channel, target.chatId, JSON.stringify(reply.choices), svc.clock.now());
  }
  return added;
}

/** Platform id of the ticket's post in the support chat, once sent. */
async function supportPostId(svc: PosterServices, ticket: Ticket): Promise<string | undefined> {
  if (ticket.supportMsgId) return ticket.supportMsgId;
  const row = await tickets.queuedPost(svc.store, postKey(ticket.id));
  return row?.sentMessageId ?? undefined;
}

/**
 * Queues a message about a ticket into the support chat: inside its topic, or as a reply to its
 * post; `general` puts it in the chat itself (an SLA alert everyone should see).
 */
export async function toSupport(svc: PosterServices, ticket: Ticket, dedupeKey: string, text: string, general = false): Promise<boolean> {
  const sc = svc.config.supportChat;
  if (!sc) return false;
  const reply: Reply = { text };
  if (ticket.supportThreadId) {
    if (!general) reply.threadId = ticket.supportThreadId;
  } else {
    const postId = await supportPostId(svc, ticket);
    if (postId) reply.replyToMessageId = postId;
  }
  return svc.outbox.enqueue({ dedupeKey, channel: sc.channel, chatId: sc.id, kind: KIND_SUPPORT, refId: String(ticket.id), reply });
}

// --- Finding the ticket a message is about -----------------------------------------------------

export async function ticketById(svc: Pick<PosterServices, "store">, id: number): Promise<Ticket | null> {
  return tickets.ticketById(svc.store, id);
}

export async function ticketByThread(svc: Pick<PosterServices, "store">, threadId: string): Promise<Ticket | null> {
  return tickets.ticketByThread(svc.store, threadId);
}

/** A bot message in the support chat (the post, a follow-up, an SLA alert) → its ticket. */
export async function ticketBySupportMessage(svc: PosterServices, channel: Channel, chatId: string, messageId: string): Promise<Ticket | null> {
  const direct = await tickets.ticketBySupportMsgId(svc.store, messageId);
  if (direct) return direct;
  const id = await tickets.ticketIdOfSentMessage(svc.store, { channel, chatId, messageId, kind: KIND_SUPPORT });
  return id !== undefined ? ticketById(svc, id) : null;
}

/** A bot message in an officer's chat (an answer, a closing notice) → its ticket. */
export async function ticketByRelay(svc: PosterServices, channel: Channel, chatId: string, messageId: string): Promise<Ticket | null> {
  const id = await tickets.ticketIdOfSentMessage(svc.store, { channel, chatId, messageId, kind: KIND_RELAY });
  if (id === undefined) return null;
  const ticket = await ticketById(svc, id);
  return ticket && ticket.channel === channel && ticket.chatId === chatId ? ticket : null;
}

// --- Posting tickets into the support chat -----------------------------------------------------

/** Ticket ids being posted in this process, per store: two passes must not open two topics. */
const posting = new WeakMap<object, Set<number>>();

export type PostOutcome = "queued" | "linked" | "waiting" | "skipped";

/**
 * Moves one ticket's post forward by one step: open its topic (forum support chat), queue the
 * post, or — once the outbox has sent it — record the post's message id on the ticket. Each step
 * is persisted before the next, so a restart anywhere resumes where it stopped.
 * `inline` (called while answering the officer): leave topic creation to the worker if this
 * caller cannot open topics, rather than falling back to a plain post.
 */
export async function postTicket(svc: PosterServices, ticketId: number, inline = false): Promise<PostOutcome> {
  const sc = svc.config.supportChat;
  if (!sc) return "skipped";
  let locks = posting.get(svc.store);
  if (!locks) posting.set(svc.store, (locks = new Set()));
  if (locks.has(ticketId)) return "waiting";
  locks.add(ticketId);
  try {
    const ticket = await ticketById(svc, ticketId);
    if (!ticket || ticket.supportMsgId) return "skipped";
    const row = await tickets.queuedPost(svc.store, postKey(ticketId));
    if (row) {
      if (row.status !== "sent" || !row.sentMessageId) return "waiting";
      await tickets.linkSupportPost(svc.store, ticketId, row.sentMessageId);
      return "linked";
    }
    if (ticket.status === "closed") return "skipped";

    let threadId = ticket.supportThreadId ?? undefined;
    if (!threadId && (await tickets.isForumChat(svc.store, sc.channel, sc.id))) {
      if (!svc.createTopic) {
        if (inline) return "waiting";
      } else {
        const topic = await openTopic(svc, ticket);
        if (topic === "waiting") return "waiting";
        threadId = topic;
      }
    }
    const how = threadId ? "topic" : sc.channel === "zalo" ? "mention" : "reply";
    await svc.outbox.enqueue({
      dedupeKey: postKey(ticketId),
      channel: sc.channel,
      chatId: sc.id,
      kind: KIND_SUPPORT,
      refId: String(ticketId),
      reply: { text: await postText(svc, ticket, how), ...(threadId ? { threadId } : {}) },
    });
    svc.log.info({ ticketId, topic: !!threadId }, "tickets: post queued");
    return "queued";
  } finally {
    locks.delete(ticketId);
  }
}

/**
 * Opens the ticket's forum topic under a claim in the store, so that of two instances (or a retry
 * after a crash) only one ever asks the platform. Returns the topic, undefined for a plain post, or
 * "waiting" to try again on a later pass.
 */
async function openTopic(svc: PosterServices, ticket: Ticket): Promise<string | undefined | "waiting"> {
  const claim = await tickets.claimTopic(svc.store, ticket.id, svc.clock.now());
  switch (claim.kind) {
    case "opened":
      return claim.threadId;
    case "busy":
      return "waiting";
    case "abandoned":
      svc.log.warn({ ticketId: ticket.id }, "tickets: an earlier attempt to open the topic was cut short; posting without a topic");
      return undefined;
    case "claimed":
      break;
  }
  try {
    const threadId = await svc.createTopic!(svc.config.supportChat!.channel, svc.config.supportChat!.id, topicName(ticket));
    // Saved before the post is queued: a restart now posts into this topic, not a new one.
    await tickets.saveTopic(svc.store, ticket.id, threadId);
    return threadId;
  } catch (err) {
    const kind = err instanceof SendError ? err.kind : "transient";
    svc.log.warn({ ticketId: ticket.id, kind }, "tickets: could not open a forum topic");
    // No rights to manage topics (or not a forum after all): a plain post still reaches staff.
    if (kind === "permanent") return undefined;
    // The platform refused in so many words: no topic exists, a later pass may try again. After a
    // time-out nobody knows; the claim stays, and once its lease is over the ticket is posted
    // without a topic rather than risk a second one.
    if (kind !== "timeout") await tickets.releaseTopicClaim(svc.store, ticket.id);
    return "waiting";
  }
}

async function postText(svc: PosterServices, ticket: Ticket, how: "topic" | "reply" | "mention"): Promise<string> {
  // Details typed while opening the ticket were saved with the ticket, at the same instant.
  const details = await tickets.openingDetails(svc.store, ticket);
  const chatTitle = ticket.chatKind === "group" ? await tickets.chatTitle(svc.store, ticket.channel, ticket.chatId) : undefined;
  const citations = [...new Set(parseCandidates(ticket.candidates).map((c) => c.citation))].slice(0, MAX_SOURCES_IN_POST);
  return t.post({
    n: ticket.id,
    province: ticket.province ?? undefined,
    asker: ticket.userName || t.unknownAsker,
    unit: ticket.unitName ?? undefined,
    registered: !!(ticket.province || ticket.unitName),
    origin: t.origin(t.channelNames[ticket.channel] ?? ticket.channel, ticket.chatKind === "group", chatTitle),
    question: excerpt(ticket.question, POST_QUESTION_CHARS),
    details: details.length ? excerpt(details.map((d) => d.text).join("\n"), POST_DETAILS_CHARS) : undefined,
    sources: citations,
    how,
  });
}

export interface PostPassResult {
  queued: number;
  linked: number;
  waiting: number;
}

/** One pass over tickets whose post is not yet linked: what the worker runs periodically. */
export async function postPending(svc: PosterServices): Promise<PostPassResult> {
  const result: PostPassResult = { queued: 0, linked: 0, waiting: 0 };
  if (!svc.config.supportChat) return result;
  const since = new Date(svc.clock.now().getTime() - POST_RETRY_DAYS * 86_400_000);
  for (const id of await tickets.unpostedTicketIds(svc.store, since, 50)) {
    try {
      const outcome = await postTicket(svc, id);
      if (outcome === "queued") result.queued++;
      else if (outcome === "linked") result.linked++;
      else if (outcome === "waiting") result.waiting++;
    } catch (err) {
      svc.log.error({ err, ticketId: id }, "tickets: posting failed");
      result.waiting++;
    }
  }
  return result;
}

// --- SLA -----------------------------------------------------------------------------------------

/** Raises one alert per ticket left without a staff reply for TICKET_SLA_HOURS. */
export async function checkSla(svc: PosterServices): Promise<number> {
  if (!svc.config.supportChat) return 0;
  const hours = svc.config.TICKET_SLA_HOURS;
  const now = svc.clock.now();
  const due = await tickets.ticketsPastSla(svc.store, new Date(now.getTime() - hours * 3_600_000), 100);
  let alerted = 0;
  for (const ticket of due) {
    // Queue first (idempotent key), then mark: a stop in between re-queues nothing twice.
    await toSupport(svc, ticket, `ticket:${ticket.id}:sla`, t.slaAlert(ticket.id, hours, ticket.province ?? undefined, excerpt(ticket.question, 120)), true);
    if (await tickets.markSlaAlerted(svc.store, ticket.id, now)) alerted++;
  }
  if (alerted > 0) svc.log.warn({ count: alerted, hours }, "tickets: SLA alerts raised");
  return alerted;
}

// --- Staff answers and FAQ ---------------------------------------------------------------------

/** The asker's name, phone and e-mail as the bot knows them, for masking. */
export async function askerIdentity(svc: Pick<PosterServices, "store">, ticket: Ticket): Promise<AskerIdentity> {
  const [officer, displayName] = await Promise.all([
    registrationOf(svc.store, { channel: ticket.channel, userId: ticket.userId }, { activeOnly: false }),
    personName(svc.store, ticket.channel, ticket.userId),
  ]);
  return { names: [ticket.userName, officer?.fullName, displayName], phones: [officer?.phone], emails: [officer?.email] };
}

/** Relays a staff answer to the asker and records it; idempotent per staff message. */
export async function relayStaffAnswer(
  svc: PosterServices,
  ticket: Ticket,
  staff: { id: string; messageId: string },
  text: string,
): Promise<void> {
  const now = svc.clock.now();
  // In a group the other members read the answer too: the asker's own details stay out of it.
  const shown = ticket.chatKind === "group" ? maskAsker(text, await askerIdentity(svc, ticket)) : text;
  const added = await toAsker(
    svc,
    { channel: ticket.channel, chatId: ticket.chatId, ticketId: ticket.id },
    `ticket:${ticket.id}:staff:${staff.messageId}`,
    { text: t.staffAnswer(ticket.id, shown), choices: [moreChoice(ticket.id)] },
  );
  await tickets.addTicketMessageOnce(svc.store, { ticketId: ticket.id, author: "staff", authorId: staff.id, text, at: now }, !added);
  await tickets.markFirstResponse(svc.store, ticket.id, staff.id, now);
}

/**
 * Tells officers whose question the new FAQ entry now answers: askers of other open tickets and
 * of recently declined questions (one notice per person and chat). `faq` is the entry as stored
 * (already free of the asker's personal data). Returns how many were queued.
 */
export async function notifySimilar(
  svc: PosterServices & Pick<TicketServices, "kb">,
  ticket: Pick<Ticket, "id" | "channel" | "chatId" | "userId">,
  faq: { id: number; question: string; answer: string },
): Promise<number> {
  const faqId = faq.id;
  let queued = 0;
  const notified = new Set<string>([`${ticket.channel}:${ticket.chatId}:${ticket.userId}`]);
  const open = await tickets.otherOpenTickets(svc.store, ticket.id, 500);
  for (const other of open) {
    const person = `${other.channel}:${other.chatId}:${other.userId}`;
    if (notified.has(person) || !answeredByFaq(await svc.kb.answer(other.question), faqId)) continue;
    notified.add(person);
    const added = await toAsker(
      svc,
      { channel: other.channel, chatId: other.chatId, ticketId: other.id },
      `faq:${faqId}:ticket:${other.id}`,
      { text: t.similarAnswered(faq.question, faq.answer, other.id), choices: [moreChoice(other.id)] },
    );
    if (added) queued++;
  }
  const since = new Date(svc.clock.now().getTime() - FAQ_NOTIFY_DAYS * 86_400_000);
  const declined = await tickets.recentDeclinedQuestions(svc.store, since, 1000);
  for (const log of declined) {
    const person = `${log.channel}:${log.chatId}:${log.userId}`;
    if (notified.has(person) || !answeredByFaq(await svc.kb.answer(log.question), faqId)) continue;
    notified.add(person);
    const added = await toAsker(
      svc,
      { channel: log.channel, chatId: log.chatId },
      `faq:${faqId}:ask:${person}`,
      { text: t.similarAnswered(faq.question, faq.answer) },
      KIND_FAQ,
    );
    if (added) queued++;
  }
  return queued;
}
