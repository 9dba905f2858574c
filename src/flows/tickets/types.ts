// What the tickets feature needs from the rest of the bot. The knowledge base is described
// structurally (the parts used here), so the facade can grow without touching this feature.
import type { Outbox } from "../../bot/outbox.js";
import type { Channel } from "../../bot/types.js";
import type { Clock } from "../../clock.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import type { Store } from "../../store/db.js";

export interface TicketKbSource {
  doc: string;
  title?: string;
  text?: string;
  score?: number;
  /** The letter cited, or the citation a FAQ entry was saved with (worded with messages/kb). */
  letter?: { issuer?: string; title: string; number?: string; dateText?: string; year?: number };
  note?: string;
}

export interface TicketKbAnswer {
  answered: boolean;
  confidence: number;
  answer: string;
  sources: TicketKbSource[];
  /** Set when a FAQ entry answered; may be the DB id or a key such as "db:12". */
  faqId?: number | string;
}

export interface TicketKb {
  answer(question: string): TicketKbAnswer | Promise<TicketKbAnswer>;
  addFaq(entry: { question: string; answer: string; docSlug?: string; citation?: string; ticketId?: number }): Promise<number>;
}

/** Opens a forum topic in `chatId` and returns its thread id (Telegram's createForumTopic). */
export type CreateTopic = (channel: Channel, chatId: string, name: string) => Promise<string>;

export interface TicketsDeps {
  kb: TicketKb;
  outbox: Outbox;
  /** Given when the support chat's channel can open topics; without it tickets are plain posts. */
  createTopic?: CreateTopic;
}

/** The services every ticket operation uses (feature handlers and the background worker). */
export interface TicketServices extends TicketsDeps {
  store: Store;
  clock: Clock;
  config: Config;
  log: Logger;
}

/** Ticket.candidates: what the KB considered, kept short. */
export interface TicketCandidate {
  doc: string;
  title?: string;
  citation: string;
  score?: number;
  text?: string;
}

/** Outbox kinds this feature writes: into the support chat, to the asker, FAQ notices. */
export const KIND_SUPPORT = "ticket";
export const KIND_RELAY = "relay";
export const KIND_FAQ = "faq";

export { TICKET_OPEN_STATUSES } from "../../store/tickets.js";
