// Announcements: one /thongbao to every province and commune group (3,355 chats: 34 Sở groups and
// 3,321 commune groups), queued by the announcement service (the path /thongbao and the console
// use) and delivered like the broadcast section (bench/lib/outbox-delivery.ts: the real outbox
// sender and Telegram adapter against a local Bot API enforcing Telegram's limits).
// rate_ratio = achieved rate ÷ 30/s.
import { systemClock } from "../../src/clock.js";
import { createAnnouncementService } from "../../src/flows/announcements/service.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { benchOutboxDelivery } from "../lib/outbox-delivery.js";
import { scaled, type Section } from "../lib/section.js";
import { round } from "../lib/stats.js";

const COMMUNES = 3321;

export const announcements: Section = {
  name: "announcements",
  title: "Thông báo tới mọi nhóm / One announcement to every group",
  labels: {
    recipients: "chats",
    seconds: "time to deliver all (s)",
    rate_per_s: "achieved rate (msg/s)",
    binding_limit_per_s: "binding limit (msg/s)",
    rate_ratio: "rate ÷ binding limit",
    count_429: "429 answers",
    duplicates: "messages delivered twice",
    missing: "chats not reached",
    queue_ms: "queue 1 announcement (ms)",
  },
  run(opts) {
    // Smoke: every province group and a few communes, two seconds of sending at the pace.
    const communes = scaled(opts, { full: COMMUNES, quick: 150, smoke: 26 });
    return benchOutboxDelivery({
      tempPrefix: "bench-announce-",
      async queue({ store, log }) {
        const groups = [
          ...PROVINCES.map((p, i) => ({ id: String(-1001000000 - i), province: p, audience: "so" })),
          ...Array.from({ length: communes }, (_, i) => ({ id: String(-1002000000 - i), province: PROVINCES[i % PROVINCES.length]!, audience: "xa" })),
        ];
        for (let i = 0; i < groups.length; i += 500) {
          await store.chat.createMany({
            data: groups.slice(i, i + 500).map((g) => ({ channel: "telegram", externalId: g.id, kind: "group", title: g.id, province: g.province, audience: g.audience })),
          });
        }
        const service = createAnnouncementService({ store, clock: systemClock, log });
        const q0 = performance.now();
        const created = await service.create({ text: "Hạn gửi danh sách cán bộ đầu mối được gia hạn đến 23/01.", audience: "all", provinces: [] }, "bench");
        const queueMs = performance.now() - q0;
        if (!created.ok) throw new Error(`announcement not queued: ${created.reason}`);
        return { chats: groups.map((g) => g.id), figures: { queue_ms: round(queueMs, 0) } };
      },
    });
  },
};
