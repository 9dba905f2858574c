// In-process test harness: an app on an in-memory store with a fake clock, a recording sender per
// channel, captured logs, and builders for incoming messages.
import { Writable } from "node:stream";
import type { AppDeps, Feature } from "../../src/bot/context.js";
import { createRouter, type Router } from "../../src/bot/router.js";
import type { Channel, ChannelSender, ChatKind, Incoming, Reply, SentMessage } from "../../src/bot/types.js";
import { FakeClock } from "../../src/clock.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { tempDir } from "./bot-process.js";
import { freshDatabaseUrl, TEST_STORE_OPTIONS } from "./test-db.js";

export class RecordingSender implements ChannelSender {
  sent: { chatId: string; reply: Reply }[] = [];
  private n = 0;
  constructor(readonly channel: Channel) {}
  async send(chatId: string, reply: Reply): Promise<SentMessage> {
    this.sent.push({ chatId, reply });
    return { messageId: `${this.channel}-${++this.n}` };
  }
  take(): { chatId: string; reply: Reply }[] {
    const out = this.sent;
    this.sent = [];
    return out;
  }
}

export interface Harness {
  deps: AppDeps;
  store: Store;
  clock: FakeClock;
  config: Config;
  logLines: string[];
}

export async function createHarness(env: Record<string, string> = {}, start = "2026-01-10T02:00:00Z"): Promise<Harness> {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  // The fake clock stands still, so long scripted conversations would hit the per-minute limits;
  // tests of fairness set their own.
  const config = loadConfig({ LOG_LEVEL: "debug", USER_MESSAGES_PER_MINUTE: "100000", CHAT_MESSAGES_PER_MINUTE: "100000", ...env });
  const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
  const clock = new FakeClock(start);
  const log = createLogger("debug", sink);
  return { deps: { store, clock, config, log }, store, clock, config, logLines };
}

let counter = 0;

export interface MessageOptions {
  channel?: Channel;
  chatId?: string;
  chatKind?: ChatKind;
  userId?: string;
  name?: string;
  mentioned?: boolean;
  repliedToBot?: boolean;
  choice?: string;
  joinedGroup?: boolean;
  document?: Incoming["document"];
}

/** Builds an Incoming as an adapter would, parsing a leading /command. */
export function message(text: string, o: MessageOptions = {}): Incoming {
  const m = text.match(/^\/([A-Za-z0-9_]+)(?:\s+([\s\S]*))?$/);
  const userId = o.userId ?? "u1";
  return {
    channel: o.channel ?? "telegram",
    chat: { id: o.chatId ?? userId, kind: o.chatKind ?? "private" },
    sender: { id: userId, displayName: o.name ?? "Lan" },
    messageId: `m${++counter}`,
    text: m ? (m[2] ?? "").trim() : text,
    rawText: text,
    command: m ? m[1]!.toLowerCase() : undefined,
    args: m ? (m[2] ?? "").trim() : undefined,
    choice: o.choice,
    mentioned: o.mentioned ?? false,
    repliedToBot: o.repliedToBot ?? false,
    joinedGroup: o.joinedGroup,
    document: o.document,
    receivedAt: new Date(),
  };
}

/** A conversation: send texts through the router, read back what the bot said. */
export class Conversation {
  readonly sender: RecordingSender;
  constructor(readonly router: Router, readonly defaults: MessageOptions = {}) {
    this.sender = new RecordingSender(defaults.channel ?? "telegram");
  }
  async say(text: string, o: MessageOptions = {}): Promise<Reply[]> {
    await this.router.dispatch(message(text, { ...this.defaults, ...o }), this.sender);
    return this.sender.take().map((s) => s.reply);
  }
  /** Presses the button (Telegram) or types the number (Zalo, shell) of the choice labelled so. */
  async choose(last: Reply[], labelPart: string, o: MessageOptions = {}): Promise<Reply[]> {
    const withChoices = [...last].reverse().find((r) => r.choices?.length);
    const idx = withChoices?.choices?.findIndex((c) => c.label.includes(labelPart)) ?? -1;
    if (!withChoices || idx < 0) throw new Error(`no choice "${labelPart}" in ${JSON.stringify(last)}`);
    const channel = o.channel ?? this.defaults.channel ?? "telegram";
    if (channel === "telegram") return this.say("", { ...o, choice: withChoices.choices![idx]!.id });
    return this.say(String(idx + 1), o);
  }
}

export function routerFor(h: Harness, features: Feature[]): Router {
  return createRouter(h.deps, features);
}

/** An empty folder for a knowledge base built in a test. */
export const tempDocsDir = (): string => tempDir("kb-docs-");
