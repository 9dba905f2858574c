// The quota holds when officers confirm at the same moment for the last places of a unit: the
// check and the write are one transaction holding the unit's QuotaLock row. The "instances" here
// are routers sharing one store. On PostgreSQL its connection pool runs their transactions at the
// same time (the store-level test fails there without the lock); on SQLite one process has one
// writer (a second connection in the same process would block the event loop in its busy wait).
import { expect, it } from "vitest";
import type { Reply } from "../../src/bot/types.js";
import { quotaLockKey, withQuotaLock } from "../../src/store/officers.js";
import type { Harness } from "../helpers/harness.js";
import { chatFor, fillToSummary, LAN, lastText, newRouter, setup, type Answers } from "./helpers.js";

/** `n` bot instances (routers with their own caches and outboxes) on one database. */
async function instances(n: number): Promise<Harness[]> {
  const h = await setup();
  return Array.from({ length: n }, () => h);
}

const person = (i: number, a: Partial<Answers>): Answers => ({
  ...LAN,
  fullName: `nguyễn văn ${["an", "bình", "cường"][i]}`,
  phone: `0912${i}45678`,
  email: `cb${i}@example.gov.vn`,
  ...a,
});

/** Each officer fills the form on their own instance, then all confirm at once. */
async function race(bots: Harness[], answers: Answers[], round = 0): Promise<string[]> {
  const chats = bots.map((h, i) => chatFor(newRouter(h), { userId: `racer${round}-${i}` }));
  const summaries: Reply[][] = [];
  for (let i = 0; i < chats.length; i++) summaries.push(await fillToSummary(chats[i]!, answers[i]!));
  const done = await Promise.all(chats.map((c, i) => c.choose(summaries[i]!, "Xác nhận")));
  return done.map(lastText);
}

it("three officers confirming at once for a Sở's two places: two are saved, one is told it is full", async () => {
  const bots = await instances(3);
  const so = { kind: "Sở Văn hóa, Thể thao và Du lịch", unitName: undefined };
  const results = await race(bots, [0, 1, 2].map((i) => person(i, so)));
  expect(results.filter((r) => /Đã ghi nhận/.test(r)), results.join("\n====\n")).toHaveLength(2);
  expect(results.filter((r) => /đã đủ 2 cán bộ đầu mối/.test(r))).toHaveLength(1);
  expect(await bots[0]!.store.officer.count({ where: { unitKind: "so_vhttdl", status: "active" } })).toBe(2);
});

it("two officers confirming at once for a commune's one place: exactly one succeeds, five times over", async () => {
  const bots = await instances(2);
  const communes = ["xã tân an", "xã hưng nguyên", "xã nghi lộc", "xã diễn châu", "xã yên thành"];
  for (const [round, commune] of communes.entries()) {
    const results = await race(bots, [0, 1].map((i) => person(i, { unitName: commune, phone: `0913${round}${i}5678` })), round);
    expect(results.filter((r) => /Đã ghi nhận/.test(r)), commune).toHaveLength(1);
    expect(results.filter((r) => /đã có cán bộ quản trị hệ thống/.test(r)), commune).toHaveLength(1);
  }
  expect(await bots[0]!.store.officer.count()).toBe(5);
});

it("the quota lock makes a second check-then-insert for the same unit wait for the first (store level)", async () => {
  const h = await setup();
  const key = quotaLockKey("Nghệ An", "so_dl", true);
  const unit = { province: "Nghệ An", unitKind: "so_dl", status: "active" };
  // Check, pause (widening the window a concurrent writer could slip through), then insert.
  const attempt = (i: number) =>
    withQuotaLock(h.store, key, h.clock.now(), async (tx) => {
      const holders = await tx.officer.count({ where: unit });
      await new Promise((r) => setTimeout(r, 50));
      if (holders >= 2) return false;
      await tx.officer.create({
        data: { ...unit, channel: "telegram", externalUserId: `lock${i}`, unitName: "Sở Du lịch tỉnh Nghệ An", fullName: `Cán bộ ${i}`,
          position: "Chuyên viên", phone: `09888000${i}0`, email: `lock${i}@example.vn`, role: "phoi_hop", consentAt: h.clock.now() },
      });
      return true;
    });
  const saved = await Promise.all([0, 1, 2, 3].map(attempt));
  expect(saved.filter(Boolean)).toHaveLength(2);
  expect(await h.store.officer.count({ where: unit })).toBe(2);
});
