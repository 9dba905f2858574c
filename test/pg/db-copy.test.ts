// npm run db:copy: a populated SQLite deployment moves to PostgreSQL with equal row counts, every
// value keeps its type, and the bot carries on there (its people known, new rows numbered after
// the copied ones).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { modelsOfSchema } from "../../src/store/copy.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { ROOT, tempDir } from "../helpers/bot-process.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import { postgresForSuite, scratchPgDatabase } from "../helpers/test-db.js";
import { chatFor, LAN, lastText, newRouter, register } from "../registration/helpers.js";

const reachable = await postgresForSuite("test/pg/db-copy");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function harnessOn(url: string): Promise<Harness> {
  const base = await createHarness({ ADMIN_IDS: "telegram:boss" });
  const store = await openMigratedStore(url, { poolMax: 3, idleMs: 500 });
  cleanups.push(() => store.$disconnect());
  return { ...base, store, deps: { ...base.deps, store } };
}

/** Fills every table with at least one row, through the flows where that is quick. */
async function populate(h: Harness): Promise<void> {
  const { store } = h;
  const now = h.clock.now();
  expect(lastText(await register(chatFor(newRouter(h), { userId: "lan", name: "Lan" }), LAN))).toMatch(/Đã ghi nhận|đã đăng ký|Cảm ơn/i);
  const doc = await store.document.create({ data: { slug: "ke-hoach-140", fileName: "140.pdf", title: "Kế hoạch tập huấn", contentHash: "abc", ocrConfidence: 0.93, ocrPages: 2 } });
  await store.passage.createMany({ data: [1, 2, 3].map((ordinal) => ({ documentId: doc.id, ordinal, heading: `Mục ${ordinal}`, text: `Nội dung mục ${ordinal}` })) });
  await store.documentRelation.create({ data: { fromSlug: doc.slug, kind: "replaces", toNumber: "12/BVHTTDL", source: "text" } });
  await store.faqEntry.create({ data: { question: "Quên mật khẩu?", answer: "Vào mục Quên mật khẩu." } });
  await store.trainingSession.create({ data: { sessionId: "S1", startsAt: now, endsAt: new Date(now.getTime() + 3_600_000), provinces: "Nghệ An", audience: "xa", mode: "online", location: "Zoom", topic: "Tập huấn" } });
  const ticket = await store.ticket.create({ data: { channel: "telegram", chatId: "lan", chatKind: "private", userId: "lan", question: "Quên mật khẩu", firstResponseAt: now } });
  await store.ticketMessage.create({ data: { ticketId: ticket.id, author: "officer", authorId: "lan", text: "Chi tiết" } });
  await store.outbox.create({ data: { dedupeKey: "k1", channel: "telegram", chatId: "lan", payload: "{\"text\":\"x\"}", kind: "reminder", status: "sent", sentAt: now } });
  await store.answerLog.create({ data: { channel: "telegram", chatId: "lan", chatKind: "private", userId: "lan", question: "q", answered: true, confidence: 0.875 } });
  await store.choiceMenu.create({ data: { channel: "zalo", chatId: "z1", choices: "[]" } });
  await store.processedUpdate.create({ data: { key: "zalo:1" } });
  await store.announcement.create({ data: { text: "Thông báo", audience: "all", scheduledAt: now, createdBy: "boss" } });
  // The registration above already counted lan's messages (RateLimit); a group's count as well.
  await store.rateLimit.create({ data: { key: "chat:telegram:-100", windowStart: now, count: 3 } });
  await store.conversationContext.create({ data: { channel: "telegram", chatId: "lan", userId: "lan", question: "q", expiresAt: now } });
  await store.flowState.create({ data: { channel: "telegram", chatId: "c9", userId: "u9", flow: "registration", step: "province", data: "{}", expiresAt: now } });
  await store.job.create({ data: { name: "housekeeping", lastStartedAt: now } });
  await store.auditLog.create({ data: { actor: "telegram:boss", action: "officer.export" } });
  await store.sharedValue.create({ data: { key: "kb", value: 9_007_199_254_740_993n } });
}

const delegateOf = (store: Store, model: string) =>
  (store as unknown as Record<string, { count(): Promise<number> }>)[model[0]!.toLowerCase() + model.slice(1)]!;

describe.skipIf(!reachable)("npm run db:copy", () => {
  it("moves a populated SQLite database to PostgreSQL with equal row counts, and the bot carries on", async () => {
    const sqliteUrl = `file:${path.join(tempDir("db-copy-"), "bot.db")}`;
    const source = await harnessOn(sqliteUrl);
    await populate(source);
    const target = await scratchPgDatabase();
    cleanups.push(target.drop);

    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/db-copy.ts", "--from", sqliteUrl, "--to", target.url], { cwd: ROOT });
    expect(stdout).toMatch(/số dòng khớp \/ counts equal/);

    const pg = await harnessOn(target.url);
    let populated = 0;
    for (const m of modelsOfSchema()) {
      const n = await delegateOf(source.store, m.name).count();
      if (n > 0) populated++;
      expect(await delegateOf(pg.store, m.name).count(), m.name).toBe(n);
    }
    // Every table populate() knows had rows (a table added later is copied, and compared, too).
    expect(populated).toBeGreaterThanOrEqual(21);
    // Values keep their types.
    expect(await pg.store.sharedValue.findUnique({ where: { key: "kb" } })).toMatchObject({ value: 9_007_199_254_740_993n });
    expect(await pg.store.answerLog.findFirst()).toMatchObject({ answered: true, confidence: 0.875 });
    expect(await pg.store.officer.findFirst({ where: { externalUserId: "lan" } })).toEqual(
      await source.store.officer.findFirst({ where: { externalUserId: "lan" } }),
    );

    // The bot carries on: Lan's registration is hers on PostgreSQL, and new rows get new ids.
    const lan = chatFor(newRouter(pg), { userId: "lan", name: "Lan" });
    expect(lastText(await lan.say("/hoso"))).toMatch(/Nguyễn Thị Lan/);
    const maxId = (await pg.store.outbox.aggregate({ _max: { id: true } }))._max.id!;
    const added = await pg.store.outbox.create({ data: { dedupeKey: "after-copy", channel: "telegram", chatId: "lan", payload: "{}", kind: "nudge" } });
    expect(added.id).toBeGreaterThan(maxId);

    // A second copy into the same database is refused: it holds data now.
    await expect(promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/db-copy.ts", "--from", sqliteUrl, "--to", target.url], { cwd: ROOT })).rejects.toMatchObject({
      stderr: expect.stringMatching(/already holds data/),
    });
  }, 120_000);
});
