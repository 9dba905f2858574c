// Shared set-up for the reminder tests: the app's router with the reminders feature, the planner
// and the durable outbox sender on one fake clock, and fake platforms that record when each
// message arrived.
import fs from "node:fs";
import type { Feature } from "../../src/bot/context.js";
import { createOutboxSender, TELEGRAM_PACING, zaloPacing, type OutboxSender } from "../../src/bot/outbox.js";
import { createRouter, type Router } from "../../src/bot/router.js";
import { SendError, type Channel, type ChannelSender, type Incoming, type Reply } from "../../src/bot/types.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";
import { createReminderPlanner, createRemindersFeature, type ReminderPlanner } from "../../src/flows/reminders/index.js";
import { Conversation, createHarness, message, type Harness, type MessageOptions } from "../helpers/harness.js";

export const FIXTURE_CSV = "/work/shared/fixtures/training-schedule.csv";
export const ADMIN = { channel: "telegram" as const, id: "900" };

export function fixtureCsv(): Buffer {
  return fs.readFileSync(FIXTURE_CSV);
}

/** The fixture with some lines changed: `edit` gets and returns the data lines (no header). */
export function editedCsv(edit: (lines: string[]) => string[]): Buffer {
  const [header, ...lines] = fixtureCsv().toString("utf8").trimEnd().split("\n");
  return Buffer.from([header, ...edit(lines)].join("\n") + "\n", "utf8");
}

export interface Delivery {
  channel: Channel;
  chatId: string;
  text: string;
  at: string;
}

/** A platform that records the fake-clock time of every message and can fail chosen chats. */
export class TimedSender implements ChannelSender {
  constructor(
    readonly channel: Channel,
    private readonly log: Delivery[],
    private readonly now: () => Date,
  ) {}
  failFor = new Map<string, SendError>();
  private n = 0;
  async send(chatId: string, reply: Reply) {
    const failure = this.failFor.get(chatId);
    if (failure) throw failure;
    this.log.push({ channel: this.channel, chatId, text: reply.text, at: this.now().toISOString() });
    return { messageId: `${this.channel}-${++this.n}` };
  }
}

export interface World {
  h: Harness;
  router: Router;
  planner: ReminderPlanner;
  sender: OutboxSender;
  deliveries: Delivery[];
  telegram: TimedSender;
  zalo: TimedSender;
  admin: Conversation;
  /** A new sender on the same database, as after a restart (pacing state lost). */
  restartSender(): Promise<void>;
  /** One planner tick and one drain, as the running bot does every minute. */
  step(): Promise<void>;
  /** Steps minute by minute from the clock's time up to `iso` (inclusive). */
  runUntil(iso: string): Promise<void>;
  /** Deliveries to a chat, as [local reminder-kind text head, ISO time]. */
  to(chatId: string): Delivery[];
}

export async function createWorld(env: Record<string, string> = {}, start = "2026-01-10T02:00:00Z"): Promise<World> {
  const h = await createHarness({ ADMIN_IDS: `telegram:${ADMIN.id},zalo:${ADMIN.id}`, ...env }, start);
  const deliveries: Delivery[] = [];
  const telegram = new TimedSender("telegram", deliveries, () => h.clock.now());
  const zalo = new TimedSender("zalo", deliveries, () => h.clock.now());
  const planner = createReminderPlanner({ store: h.store, clock: h.clock, config: h.config, log: h.deps.log });
  const features: Feature[] = [];
  features.push(createOnboardingFeature(() => features));
  features.push(createRemindersFeature({ planner }));
  const router = createRouter(h.deps, features);
  const makeSender = () =>
    createOutboxSender({
      store: h.store,
      clock: h.clock,
      log: h.deps.log,
      senders: new Map<Channel, ChannelSender>([
        ["telegram", telegram],
        ["zalo", zalo],
      ]),
      pacing: { telegram: TELEGRAM_PACING, zalo: zaloPacing(5) },
      maxAttempts: 3,
      // Pacing waits move the fake clock, as real waits move the real one.
      sleep: async (ms) => h.clock.advance(Math.max(ms, 1)),
    });
  const world: World = {
    h,
    router,
    planner,
    sender: makeSender(),
    deliveries,
    telegram,
    zalo,
    admin: new Conversation(router, { userId: ADMIN.id, name: "Quản trị" }),
    async restartSender() {
      world.sender = makeSender();
      await world.sender.recover();
    },
    async step() {
      await planner.tick();
      await world.sender.drain();
    },
    async runUntil(iso) {
      const end = new Date(iso).getTime();
      for (;;) {
        await world.step();
        const next = Math.floor(h.clock.now().getTime() / 60_000) * 60_000 + 60_000;
        if (next > end) break;
        h.clock.set(new Date(next));
      }
    },
    to: (chatId) => deliveries.filter((d) => d.chatId === chatId),
  };
  return world;
}

/** A document message as an adapter builds it. */
export function documentMessage(fileName: string, bytes: Buffer, o: MessageOptions & { size?: number; mimeType?: string; onDownload?: () => void } = {}): Incoming {
  return message("", {
    ...o,
    document: {
      fileName,
      ...(o.mimeType ? { mimeType: o.mimeType } : {}),
      size: o.size ?? bytes.length,
      download: async () => {
        o.onDownload?.();
        return bytes;
      },
    },
  });
}

/** Sends a file to the bot and returns the reply texts addressed to the sender's chat. */
export async function sendFile(w: World, fileName: string, bytes: Buffer, o: Parameters<typeof documentMessage>[2] = {}): Promise<Reply[]> {
  const out = await w.router.handle(documentMessage(fileName, bytes, { userId: ADMIN.id, ...o }));
  return out.map((x) => x.reply);
}

/** Imports as the admin, confirming cancellations when asked. */
export async function importAsAdmin(w: World, bytes: Buffer, fileName = "lich.csv"): Promise<string> {
  let [reply] = await sendFile(w, fileName, bytes);
  if (reply?.choices?.some((c) => c.id === "sched:import:yes")) {
    [reply] = await w.admin.say("", { choice: "sched:import:yes" });
  }
  return reply?.text ?? "";
}

/** Links a group as the admin with /lienket. */
export async function linkGroup(w: World, chatId: string, args: string, channel: Channel = "telegram", title = `Nhóm ${chatId}`): Promise<string> {
  const out = await w.router.handle({
    ...message(`/lienket ${args}`, { channel, chatId, chatKind: "group", userId: ADMIN.id }),
    chat: { id: chatId, kind: "group", title },
  });
  return out[0]?.reply.text ?? "";
}

/** A registered officer; with `privateChatId` the person has written to the bot privately. */
export async function registerOfficer(
  w: World,
  o: { channel?: Channel; userId: string; province: string; unitKind: string; privateChatId?: string; status?: string },
): Promise<void> {
  const channel = o.channel ?? "telegram";
  await w.h.store.person.create({
    data: { channel, externalId: o.userId, displayName: `Cán bộ ${o.userId}`, privateChatId: o.privateChatId ?? null },
  });
  await w.h.store.officer.create({
    data: {
      channel,
      externalUserId: o.userId,
      province: o.province,
      unitKind: o.unitKind,
      unitName: "Đơn vị thử",
      fullName: `Cán bộ ${o.userId}`,
      position: "Chuyên viên",
      phone: "0900000000",
      email: "canbo@example.org",
      role: o.unitKind.startsWith("so") ? "phoi_hop" : "quan_tri",
      status: o.status ?? "active",
      consentAt: w.h.clock.now(),
    },
  });
}
