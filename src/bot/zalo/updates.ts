// Zalo update payloads: validated with zod where they enter, then translated into the neutral
// `Incoming`. Schemas are loose (unknown fields pass) because the payload shape has drifted over
// time and is only partly documented.
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { parseCommand } from "../commands.js";
import type { ChatKind, Incoming } from "../types.js";

export const ZALO_EVENTS = {
  text: "message.text.received",
  image: "message.image.received",
  sticker: "message.sticker.received",
  voice: "message.voice.received",
  unsupported: "message.unsupported.received",
} as const;

// Ids are opaque strings, but numbers have been seen: keep them as strings everywhere.
const idSchema = z.union([z.string().min(1), z.number()]).transform((v) => String(v));

const fromSchema = z.looseObject({
  id: idSchema,
  display_name: z.string().optional(),
  name: z.string().optional(),
  first_name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

const chatSchema = z.looseObject({
  id: idSchema,
  chat_type: z.string().optional(),
});

const messageSchema = z.looseObject({
  message_id: idSchema,
  from: fromSchema,
  chat: chatSchema,
  date: z.union([z.number(), z.string()]).optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  photo_url: z.string().optional(),
  photo: z.string().optional(),
  sticker: z.string().optional(),
  url: z.string().optional(),
  voice_url: z.string().optional(),
});

export const zaloUpdateSchema = z.looseObject({
  event_name: z.string().min(1),
  // Optional so that an unknown event without a message still parses (and is then ignored).
  message: messageSchema.optional(),
});

export type ZaloUpdate = z.infer<typeof zaloUpdateSchema>;
export type ZaloMessage = z.infer<typeof messageSchema>;

export type ParseResult = { ok: true; update: ZaloUpdate } | { ok: false; error: string };

/** Webhook bodies come both raw and wrapped as `{ ok: true, result }`. */
export function unwrapEnvelope(body: unknown): unknown {
  if (typeof body === "object" && body !== null && (body as { ok?: unknown }).ok === true) {
    const result = (body as { result?: unknown }).result;
    if (result !== undefined && result !== null) return result;
  }
  return body;
}

/**
 * Validates one update (raw or wrapped). The error names only paths and issue codes, never
 * values, so it is safe to log.
 */
export function parseUpdate(body: unknown): ParseResult {
  const parsed = zaloUpdateSchema.safeParse(unwrapEnvelope(body));
  if (parsed.success) return { ok: true, update: parsed.data };
  const error = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.code}`)
    .join("; ");
  return { ok: false, error };
}

/**
 * Dedupe key: retries and duplicates carry the same event name and message id. No channel prefix:
 * a shared store namespaces keys per channel itself.
 */
export function updateDedupeKey(update: ZaloUpdate): string | undefined {
  if (!update.message) return undefined;
  return `${update.event_name}:${update.message.message_id}`;
}

/**
 * Unknown or missing chat types count as groups: wrongly treating a group as private could post
 * personal data to the whole group, the reverse only costs a detour.
 */
export function chatKindOf(message: ZaloMessage): ChatKind {
  return message.chat.chat_type?.toUpperCase() === "PRIVATE" ? "private" : "group";
}

export function displayNameOf(message: ZaloMessage): string {
  const f = message.from;
  return (f.display_name ?? f.name ?? f.first_name ?? "").normalize("NFC").trim();
}

/** The text the user wrote, for the events that carry one; undefined for the rest. */
export function textOf(update: ZaloUpdate): string | undefined {
  const m = update.message;
  if (!m) return undefined;
  if (update.event_name === ZALO_EVENTS.text) return m.text ?? "";
  // A screenshot with a question as caption is still a question.
  if (update.event_name === ZALO_EVENTS.image && m.caption?.trim()) return m.caption;
  return undefined;
}

/** Removes a leading "@Bot Name" if it names the bot (case-insensitive). */
export function stripLeadingMention(text: string, botNames: readonly string[]): { text: string; stripped: boolean } {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("@")) return { text, stripped: false };
  const lower = trimmed.toLocaleLowerCase("vi");
  // Longest name first so "@Trợ lý GQTTHC" wins over "@Trợ lý".
  const names = [...botNames].map((n) => n.normalize("NFC").trim()).filter(Boolean).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const candidate = `@${name}`.toLocaleLowerCase("vi");
    if (!lower.startsWith(candidate)) continue;
    const rest = trimmed.slice(candidate.length);
    // Only a whole-name match: "@Botty" must not match the name "Bot".
    if (rest === "" || /^[\s,:;.!?-]/.test(rest)) {
      return { text: rest.replace(/^[\s,:;.!?-]+/, ""), stripped: true };
    }
  }
  return { text, stripped: false };
}

export interface ToIncomingOptions {
  /** Names the bot may be @mentioned by (getMe account_name, configured display name). */
  botNames?: readonly string[];
  receivedAt?: Date;
}

/** Translates a text-bearing update into `Incoming`; undefined for events the bot does not read. */
export function toIncoming(update: ZaloUpdate, opts: ToIncomingOptions = {}): Incoming | undefined {
  const message = update.message;
  const raw = textOf(update);
  if (!message || raw === undefined) return undefined;

  const kind = chatKindOf(message);
  const rawText = raw.normalize("NFC");
  let body = rawText.trim();
  if (kind === "group") body = stripLeadingMention(body, opts.botNames ?? []).text.trim();
  const command = parseCommand(body);

  const incoming: Incoming = {
    channel: "zalo",
    chat: { id: message.chat.id, kind },
    sender: { id: message.from.id, displayName: displayNameOf(message), isBot: message.from.is_bot ?? false },
    messageId: message.message_id,
    text: command ? command.args : body,
    rawText,
    // Zalo delivers group messages to a bot only when they mention it or quote-reply it.
    mentioned: kind === "group",
    // The payload does not say whether a message quotes the bot.
    repliedToBot: false,
    receivedAt: opts.receivedAt ?? new Date(),
  };
  if (command) {
    incoming.command = command.command;
    incoming.args = command.args;
  }
  return incoming;
}

/** Constant-time comparison of the webhook secret header with the configured secret. */
export function secretMatches(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== "string" || expected.length === 0) return false;
  const a = Buffer.from(received, "utf8");
  const b = Buffer.from(expected, "utf8");
  // timingSafeEqual throws on unequal lengths; the length itself is not the secret.
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
