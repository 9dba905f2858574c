// Shared set-up for the announcement tests: the whole app (createApp) on an in-memory store with a
// fake clock, the durable outbox sender on the same clock, and platforms that record when each
// message arrived (and can refuse chosen chats).
import { createApp } from "../../src/app.js";
import { createOutbox, createOutboxSender, TELEGRAM_PACING, zaloPacing, type OutboxSender } from "../../src/bot/outbox.js";
import type { Router } from "../../src/bot/router.js";
import type { Channel, ChannelSender, Reply } from "../../src/bot/types.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { Conversation, createHarness, tempDocsDir, type Harness } from "../helpers/harness.js";
import { TimedSender, type Delivery } from "../reminders/helpers.js";

export const ADMIN_ID = "900";

export interface World {
  h: Harness;
  router: Router;
  kb: KnowledgeBase;
  sender: OutboxSender;
  deliveries: Delivery[];
  telegram: TimedSender;
  zalo: TimedSender;
  admin: Conversation;
  /** Drains due messages minute by minute from now up to `iso` (inclusive), as the running bot would. */
  runUntil(iso: string): Promise<void>;
  to(chatId: string): Delivery[];
}

export async function createWorld(opts: { start?: string; batchSize?: number } = {}): Promise<World> {
  const h = await createHarness({ ADMIN_IDS: `telegram:${ADMIN_ID},zalo:${ADMIN_ID}` }, opts.start ?? "2026-01-18T08:00:00Z");
  const kb = await loadKnowledgeBase({ store: h.store, docsDir: tempDocsDir(), faqFile: null });
  const app = createApp(h.deps, { kb, outbox: createOutbox(h.store, h.clock) });
  const deliveries: Delivery[] = [];
  const telegram = new TimedSender("telegram", deliveries, () => h.clock.now());
  const zalo = new TimedSender("zalo", deliveries, () => h.clock.now());
  const sender = createOutboxSender({
    store: h.store,
    clock: h.clock,
    log: h.deps.log,
    senders: new Map<Channel, ChannelSender>([
      ["telegram", telegram],
      ["zalo", zalo],
    ]),
    pacing: { telegram: TELEGRAM_PACING, zalo: zaloPacing(5) },
    maxAttempts: 3,
    batchSize: opts.batchSize,
    sleep: async (ms) => h.clock.advance(Math.max(ms, 1)),
  });
  return {
    h,
    router: app.router,
    kb,
    sender,
    deliveries,
    telegram,
    zalo,
    admin: new Conversation(app.router, { userId: ADMIN_ID, name: "Quản trị" }),
    async runUntil(iso) {
      const end = new Date(iso).getTime();
      for (;;) {
        await sender.drain();
        const next = Math.floor(h.clock.now().getTime() / 60_000) * 60_000 + 60_000;
        if (next > end) break;
        h.clock.set(new Date(next));
      }
    },
    to: (chatId) => deliveries.filter((d) => d.chatId === chatId),
  };
}

/** A group linked with /lienket <province> <audience>. */
export async function linkedGroup(w: World, chatId: string, province: string, audience: "so" | "xa" | "all", channel: Channel = "telegram"): Promise<void> {
  await w.h.store.chat.create({ data: { channel, externalId: chatId, kind: "group", title: `Nhóm ${chatId}`, province, audience } });
}

/** A registered officer who has written to the bot privately. */
export async function officer(w: World, userId: string, province: string, unitKind: string, channel: Channel = "telegram"): Promise<void> {
  await w.h.store.person.create({ data: { channel, externalId: userId, displayName: `Cán bộ ${userId}`, privateChatId: userId } });
  await w.h.store.officer.create({
    data: {
      channel, externalUserId: userId, province, unitKind, unitName: "Đơn vị thử", fullName: `Cán bộ ${userId}`, position: "Chuyên viên",
      phone: "0900000000", email: "canbo@example.org", role: unitKind.startsWith("so") ? "phoi_hop" : "quan_tri", consentAt: w.h.clock.now(),
    },
  });
}

export const texts = (replies: Reply[]) => replies.map((r) => r.text).join("\n---\n");

/** Runs /thongbao to the preview: text, audience label part, provinces (or "all"), when. */
export async function compose(w: World, o: { text: string; audience: string; provinces: string; when: string }): Promise<Reply[]> {
  await w.admin.say("/thongbao");
  let r = await w.admin.say(o.text);
  r = await w.admin.choose(r, o.audience);
  r = o.provinces === "all" ? await w.admin.choose(r, "Mọi tỉnh") : await w.admin.say(o.provinces);
  return o.when === "now" ? w.admin.choose(r, "Gửi ngay") : w.admin.say(o.when);
}

export const queued = (w: World) => w.h.store.outbox.count({ where: { kind: "announcement" } });
