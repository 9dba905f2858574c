// Broadcast: one announcement to 3,355 groups (the 34 provinces and 3,321 communes) through the
// real outbox (rows in an SQLite file) and the real sender and Telegram adapter, against a local
// Bot API that enforces Telegram's limits and answers 429 when they are exceeded
// (bench/lib/outbox-delivery.ts). The messages are queued straight into the outbox.
import { systemClock } from "../../src/clock.js";
import { createOutbox, type OutboxMessage } from "../../src/bot/outbox.js";
import { benchOutboxDelivery } from "../lib/outbox-delivery.js";
import { scaled, type Section } from "../lib/section.js";
import { round } from "../lib/stats.js";

const PROVINCES = 34;
const COMMUNES = 3321;

export const broadcast: Section = {
  name: "broadcast",
  title: "Gửi hàng loạt qua hàng đợi / Broadcast through the outbox",
  labels: {
    recipients: "groups",
    seconds: "time to deliver all (s)",
    rate_per_s: "achieved rate (msg/s)",
    binding_limit_per_s: "binding limit (msg/s)",
    rate_ratio: "rate ÷ binding limit",
    count_429: "429 answers",
    duplicates: "messages delivered twice",
    missing: "groups not reached",
    enqueue_ms: "enqueue all (ms)",
  },
  run(opts) {
    // Smoke: two seconds of sending at the pace, enough to meet the 30/s window more than once.
    const recipients = scaled(opts, { full: PROVINCES + COMMUNES, quick: 180, smoke: 60 });
    return benchOutboxDelivery({
      tempPrefix: "bench-broadcast-",
      async queue({ store }) {
        const chats = Array.from({ length: recipients }, (_, i) => String(-1_000_000_000_000 - i));
        const messages: OutboxMessage[] = chats.map((chatId) => ({
          dedupeKey: `bench:announcement:1:${chatId}`,
          channel: "telegram",
          chatId,
          kind: "announcement",
          reply: { text: "Thông báo: lịch tập huấn HTTT GQTTHC tuần tới đã được cập nhật. Gõ /lichtaphuan để xem chi tiết." },
        }));
        const outbox = createOutbox(store, systemClock);
        const e0 = performance.now();
        await outbox.enqueueMany(messages);
        // Planning twice must not send twice.
        await outbox.enqueueMany(messages.slice(0, 10));
        return { chats, figures: { enqueue_ms: round(performance.now() - e0, 0) } };
      },
    });
  },
};
