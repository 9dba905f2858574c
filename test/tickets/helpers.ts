// Shared set-up for the ticket tests: a bot "instance" (router with onboarding, tickets and the
// question answerer on a real knowledge base, the outbox sender, the ticket worker) on a store that
// survives restarts, fake channels that record what was sent, and builders for messages.
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import type { AppDeps, Feature } from "../../src/bot/context.js";
import { createOutbox, createOutboxSender, SHELL_PACING, type Outbox, type OutboxSender } from "../../src/bot/outbox.js";
import { createRouter, type Router } from "../../src/bot/router.js";
import type { Channel, ChannelSender, Incoming, Reply, SentMessage } from "../../src/bot/types.js";
import { FakeClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { createAskFeature } from "../../src/flows/ask/index.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";
import { createTicketsFeature, createTicketWorker, supportChoiceId, type CreateTopic, type TicketWorker } from "../../src/flows/tickets/index.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { tempDir } from "../helpers/bot-process.js";
import { message, type MessageOptions } from "../helpers/harness.js";
import { freshDatabaseUrlSync } from "../helpers/test-db.js";

export const GUIDANCE_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../shared/guidance");
/** Questions the guidance letters do not answer (checked in the tests that use them). */
export const UNANSWERED = "Quên mật khẩu tài khoản quản trị của xã thì lấy lại ở đâu?";
export const UNANSWERED_2 = "Máy in ở bộ phận một cửa bị kẹt giấy thì xử lý thế nào?";

export const SUPPORT_CHAT = "-1009000";
export const STAFF = "7001";
export const STAFF_2 = "7002";
export const OFFICER = "501";
export const OFFICER_B = "502";
export const OFFICER_GROUP = "-4001";

export { tempDir };

/** A small docs folder: two of the real guidance letters and their manifest. */
export function docsDir(): string {
  const dir = tempDir("tickets-docs-");
  for (const f of ["bvhttdl-ke-hoach-tap-huan.txt", "cds-vhttdl-tich-hop-qlvb.txt", "manifest.json"]) {
    fs.copyFileSync(path.join(GUIDANCE_DIR, f), path.join(dir, f));
  }
  return dir;
}

export interface Sent {
  channel: Channel;
  chatId: string;
  reply: Reply;
  messageId: string;
}

/** A channel that records what it sends and can open "forum topics". */
export class FakeChannel implements ChannelSender {
  readonly sent: Sent[] = [];
  readonly topics: { chatId: string; name: string; threadId: string }[] = [];
  /** Make the next createTopic calls fail with these errors. */
  topicFailures: Error[] = [];
  /** While set, send() never resolves (a process dying mid-send). */
  hang = false;
  /** Sends caught by `hang` (in flight forever). */
  hung = 0;
  constructor(readonly channel: Channel, private readonly counter = { n: 1000 }) {}
  async send(chatId: string, reply: Reply): Promise<SentMessage> {
    if (this.hang) {
      this.hung++;
      return new Promise<SentMessage>(() => undefined);
    }
    const messageId = String(++this.counter.n);
    this.sent.push({ channel: this.channel, chatId, reply, messageId });
    return { messageId };
  }
  readonly createTopic: CreateTopic = async (_channel, chatId, name) => {
    const failure = this.topicFailures.shift();
    if (failure) throw failure;
    const threadId = String(++this.counter.n);
    this.topics.push({ chatId, name, threadId });
    return threadId;
  };
  to(chatId: string): Sent[] {
    return this.sent.filter((s) => s.chatId === chatId);
  }
  last(chatId: string): Sent {
    const all = this.to(chatId);
    if (!all.length) throw new Error(`nothing sent to ${chatId}; sent: ${JSON.stringify(this.sent.map((s) => [s.chatId, s.reply.text.slice(0, 60)]))}`);
    return all[all.length - 1]!;
  }
}

export interface World {
  dir: string;
  dbUrl: string;
  docs: string;
  clock: FakeClock;
  env: Record<string, string>;
  logLines: string[];
  /** One fake channel per platform, shared across restarts (the platform outlives the bot). */
  channels: Map<Channel, FakeChannel>;
}

export function createWorld(env: Record<string, string> = {}, start = "2026-01-12T02:00:00Z"): World {
  const dir = tempDir();
  const counter = { n: 1000 };
  return {
    dir,
    dbUrl: freshDatabaseUrlSync(dir),
    docs: docsDir(),
    clock: new FakeClock(start),
    env: {
      SUPPORT_CHAT: `telegram:${SUPPORT_CHAT}`,
      SUPPORT_STAFF_IDS: `telegram:${STAFF},telegram:${STAFF_2},zalo:${STAFF}`,
      ADMIN_IDS: "telegram:9001",
      TICKET_SLA_HOURS: "8",
      ...env,
    },
    logLines: [],
    channels: new Map([
      ["telegram", new FakeChannel("telegram", counter)],
      ["zalo", new FakeChannel("zalo", counter)],
    ]),
  };
}

export interface Bot {
  deps: AppDeps;
  store: Store;
  kb: KnowledgeBase;
  outbox: Outbox;
  router: Router;
  features: Feature[];
  sender: OutboxSender;
  worker: TicketWorker;
  /** Sends through the router; returns the direct replies (to any chat). */
  send(incoming: Incoming): Promise<{ chatId: string; reply: Reply }[]>;
  /** Delivers what the outbox holds; returns what was delivered. */
  drain(): Promise<Sent[]>;
  close(): Promise<void>;
}

/** Starts a bot instance on the world's store: what a process start does. */
export async function boot(
  world: World,
  opts: { topics?: boolean; senders?: Map<Channel, ChannelSender>; createTopic?: CreateTopic } = {},
): Promise<Bot> {
  const sink = new Writable({
    write(chunk, _enc, cb) {
      world.logLines.push(String(chunk));
      cb();
    },
  });
  const config = loadConfig({ LOG_LEVEL: "debug", USER_MESSAGES_PER_MINUTE: "100000", CHAT_MESSAGES_PER_MINUTE: "100000", ...world.env });
  const store = await openMigratedStore(world.dbUrl);
  const log = createLogger("debug", sink);
  const deps: AppDeps = { store, clock: world.clock, config, log };
  const kb = await loadKnowledgeBase({ store, docsDir: world.docs, faqFile: null });
  const outbox = createOutbox(store, world.clock);
  const createTopic: CreateTopic | undefined =
    opts.topics === false
      ? undefined
      : (opts.createTopic ?? ((channel, chatId, name) => world.channels.get(channel)!.createTopic(channel, chatId, name)));
  const features: Feature[] = [];
  features.push(
    createOnboardingFeature(() => features),
    createTicketsFeature({ kb, outbox, ...(createTopic ? { createTopic } : {}) }),
    createAskFeature({ kb, supportChoiceId }),
  );
  const router = createRouter(deps, features);
  const sender = createOutboxSender({
    store,
    clock: world.clock,
    log,
    senders: opts.senders ?? new Map<Channel, ChannelSender>([...world.channels.entries()]),
    pacing: { telegram: SHELL_PACING, zalo: SHELL_PACING },
    maxAttempts: 5,
    sleep: async (ms) => world.clock.advance(Math.max(ms, 1)),
  });
  await sender.recover();
  const worker = createTicketWorker({ deps, outbox, ...(createTopic ? { createTopic } : {}) });
  return {
    deps,
    store,
    kb,
    outbox,
    router,
    features,
    sender,
    worker,
    async send(incoming) {
      const out = await router.handle(incoming);
      return out.map((o) => ({ chatId: o.chatId, reply: o.reply }));
    },
    async drain() {
      const before = new Map([...world.channels].map(([k, c]) => [k, c.sent.length]));
      await sender.drain();
      return [...world.channels].flatMap(([k, c]) => c.sent.slice(before.get(k)));
    },
    async close() {
      await store.$disconnect();
    },
  };
}

let seq = 0;

export interface Say extends MessageOptions {
  threadId?: string;
  replyTo?: string;
  isForum?: boolean;
  title?: string;
}

/** An incoming message as an adapter builds it, with topic and reply details. */
export function msg(text: string, o: Say = {}): Incoming {
  const base = message(text, o);
  return {
    ...base,
    messageId: `${o.channel ?? "telegram"}-in-${++seq}`,
    chat: {
      ...base.chat,
      ...(o.title ? { title: o.title } : {}),
      ...(o.isForum !== undefined ? { isForum: o.isForum } : {}),
    },
    ...(o.threadId ? { threadId: o.threadId } : {}),
    ...(o.replyTo ? { replyToMessageId: o.replyTo, repliedToBot: true } : {}),
  };
}

export const officer = (text: string, o: Say = {}) => msg(text, { userId: OFFICER, name: "Lan", ...o });
export const staff = (text: string, o: Say = {}) =>
  msg(text, { userId: STAFF, name: "Cán bộ Minh", chatId: SUPPORT_CHAT, chatKind: "group", title: "Hỗ trợ GQTTHC", ...o });

/** The choice id of the button labelled `label` in the replies. */
export function choiceId(replies: { reply: Reply }[] | Reply[], label: string): string {
  const list = replies.map((r) => ("reply" in r ? r.reply : r));
  for (const r of [...list].reverse()) {
    const c = r.choices?.find((x) => x.label.includes(label));
    if (c) return c.id;
  }
  throw new Error(`no choice "${label}" in ${JSON.stringify(list)}`);
}

export async function registerOfficer(store: Store, o: { userId?: string; channel?: Channel; province?: string; unitName?: string; fullName?: string; phone?: string } = {}) {
  return store.officer.create({
    data: {
      channel: o.channel ?? "telegram",
      externalUserId: o.userId ?? OFFICER,
      province: o.province ?? "Nghệ An",
      unitKind: "xa",
      unitName: o.unitName ?? "UBND xã Hưng Nguyên",
      fullName: o.fullName ?? "Nguyễn Thị Lan",
      position: "Công chức văn phòng",
      phone: o.phone ?? "0912345678",
      email: "lan.nt@nghean.gov.vn",
      role: "quan_tri",
      consentAt: new Date("2026-01-05T02:00:00Z"),
    },
  });
}

export const texts = (list: { reply: Reply }[]) => list.map((x) => x.reply.text).join("\n---\n");
