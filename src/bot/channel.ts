// The contract between a platform adapter and the rest of the bot.
import type { ChannelSender, Incoming } from "./types.js";

export interface ChannelHooks {
  /** Every accepted, de-duplicated update, already translated. The adapter awaits it. */
  onIncoming(incoming: Incoming): Promise<void>;
  /** A group became a supergroup (Telegram) and changed id. */
  onChatMigrated?(oldChatId: string, newChatId: string): Promise<void>;
}

export interface ChannelAdapter extends ChannelSender {
  /** Starts long polling (or registers the webhook). Resolves once updates are being taken. */
  start(): Promise<void>;
  /** Stops taking updates; resolves when the update in hand is finished. */
  stop(): Promise<void>;
  /** Opens a forum topic (Telegram supergroups) and returns its thread id. */
  createTopic?(chatId: string, name: string): Promise<string>;
}

/** A platform's webhook, as an adapter offers it: no HTTP types, just a parsed body in. */
export interface WebhookEndpoint {
  /** Channel name, for logs. */
  name: string;
  /** URL path the platform posts to (the path of the configured webhook URL). */
  path: string;
  /** Header the platform echoes the secret in (lower case). */
  secretHeader: string;
  /** Constant-time comparison with the configured secret. */
  secretMatches(received: string | string[] | undefined): boolean;
  /** Takes one parsed JSON body; resolves to the HTTP status to answer. */
  receive(body: unknown): Promise<number>;
}
