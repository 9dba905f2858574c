// Platform-neutral message types. Adapters translate platform updates into `Incoming` and render
// `Reply` back; flows see nothing else.

export type Channel = "telegram" | "zalo" | "shell";
export type ChatKind = "private" | "group";

export interface IncomingDocument {
  fileName: string;
  mimeType?: string;
  size?: number;
  /** Downloads the file's bytes from the platform. */
  download(): Promise<Buffer>;
}

export interface Incoming {
  channel: Channel;
  chat: { id: string; kind: ChatKind; title?: string; isForum?: boolean };
  sender: { id: string; displayName: string; isBot?: boolean };
  /** Platform id of this message (for dedupe and replies). */
  messageId: string;
  /** Text with the bot mention and command removed and whitespace trimmed. */
  text: string;
  /** Raw text as received (after NFC). */
  rawText: string;
  /** Command name without the slash and bot suffix, lower-case: "start", "hoi". */
  command?: string;
  /** Text after the command. */
  args?: string;
  /** Id of the option chosen with a button (Telegram callback data). */
  choice?: string;
  /** The bot was @mentioned. */
  mentioned: boolean;
  /** The message replies to one of the bot's messages. */
  repliedToBot: boolean;
  /** Platform id of the bot message replied to, if any. */
  replyToMessageId?: string;
  /** Forum topic (Telegram message_thread_id), if any. */
  threadId?: string;
  document?: IncomingDocument;
  /** The bot was just added to this group. */
  joinedGroup?: boolean;
  receivedAt: Date;
}

export interface ReplyChoice {
  /** Stable id, at most 48 bytes (fits Telegram callback data with a prefix). */
  id: string;
  label: string;
}

export interface ReplyFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

export interface Reply {
  text: string;
  choices?: ReplyChoice[];
  file?: ReplyFile;
  /** Contains personal data: send to the person's private chat rather than into a group. */
  privateOnly?: boolean;
  /** Target a forum topic. */
  threadId?: string;
  /** Reply to this platform message id. */
  replyToMessageId?: string;
}

/** What an adapter returns after sending: the platform id of the last message sent. */
export interface SentMessage {
  messageId: string;
}

/** Outbound side of a channel, used by the router's replies and by the outbox sender. */
export interface ChannelSender {
  readonly channel: Channel;
  send(chatId: string, reply: Reply): Promise<SentMessage>;
}

/** A channel error the outbox sender understands. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly kind: "rate_limited" | "transient" | "timeout" | "permanent" | "migrated",
    readonly retryAfterSeconds?: number,
    readonly migrateToChatId?: string,
  ) {
    super(message);
    this.name = "SendError";
  }
}
