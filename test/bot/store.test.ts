import { describe, expect, it } from "vitest";
import { openMigratedStore } from "../../src/store/db.js";
import { freshDatabaseUrl, TEST_STORE_OPTIONS } from "../helpers/test-db.js";

describe("store", () => {
  it("keeps a write made outside a transaction when that transaction rolls back", async () => {
    const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
    const failing = store
      .$transaction(async (tx) => {
        await tx.chat.create({ data: { channel: "shell", externalId: "inside", kind: "private" } });
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("rollback");
      })
      .catch(() => "rolled back");
    await new Promise((r) => setTimeout(r, 10));
    await store.chat.create({ data: { channel: "shell", externalId: "outside", kind: "private" } });
    expect(await failing).toBe("rolled back");
    expect((await store.chat.findMany()).map((c) => c.externalId)).toEqual(["outside"]);
  });

  it("applies migrations once", async () => {
    const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
    const { migrate } = await import("../../src/store/db.js");
    expect(await migrate(store)).toEqual([]);
  });
});

describe("chats and update keys", () => {
  it("moves a group that became a supergroup to its new id with its unsent messages; rows being sent stay with their sender", async () => {
    const { moveChatToNewId } = await import("../../src/store/chats-people.js");
    const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
    await store.chat.create({ data: { channel: "telegram", externalId: "-100", kind: "group", province: "Hà Nội" } });
    const row = (key: string, status: string) => ({ dedupeKey: key, channel: "telegram", chatId: "-100", payload: "{}", kind: "nudge", status });
    await store.outbox.createMany({ data: [row("a", "pending"), row("b", "sending"), row("c", "sent")] });
    await moveChatToNewId(store, "telegram", "-100", "-100200");
    expect(await store.chat.findMany({ select: { externalId: true, province: true } })).toEqual([{ externalId: "-100200", province: "Hà Nội" }]);
    const rows = await store.outbox.findMany({ orderBy: { dedupeKey: "asc" }, select: { dedupeKey: true, chatId: true } });
    expect(rows).toEqual([
      { dedupeKey: "a", chatId: "-100200" },
      { dedupeKey: "b", chatId: "-100" },
      { dedupeKey: "c", chatId: "-100" },
    ]);
  });

  it("keeps the record the new id already has when the bot saw the supergroup first", async () => {
    const { moveChatToNewId } = await import("../../src/store/chats-people.js");
    const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
    await store.chat.createMany({
      data: [
        { channel: "telegram", externalId: "-100", kind: "group", title: "old" },
        { channel: "telegram", externalId: "-100200", kind: "group", title: "new" },
      ],
    });
    await moveChatToNewId(store, "telegram", "-100", "-100200");
    const chats = await store.chat.findMany({ orderBy: { externalId: "asc" }, select: { externalId: true, title: true } });
    expect(chats).toEqual([
      { externalId: "-100", title: "old" },
      { externalId: "-100200", title: "new" },
    ]);
  });

  it("accepts an update key the first time only (a redelivered update is not handled twice)", async () => {
    const { rememberUpdateKey } = await import("../../src/store/processed-updates.js");
    const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
    expect(await rememberUpdateKey(store, "zalo:1")).toBe(true);
    expect(await rememberUpdateKey(store, "zalo:1")).toBe(false);
    expect(await rememberUpdateKey(store, "zalo:2")).toBe(true);
  });
});

describe("housekeeping", () => {
  it("forgets old update keys, expired forms, stale menus and conversation contexts, and keeps current ones", async () => {
    const { cleanUp } = await import("../../src/store/housekeeping.js");
    const { FakeClock } = await import("../../src/clock.js");
    const store = await openMigratedStore(await freshDatabaseUrl(), TEST_STORE_OPTIONS);
    const clock = new FakeClock("2026-01-10T00:00:00Z");
    const old = new Date("2026-01-01T00:00:00Z");
    await store.processedUpdate.createMany({ data: [{ key: "old", createdAt: old }, { key: "new", createdAt: clock.now() }] });
    await store.flowState.createMany({
      data: [
        { channel: "zalo", chatId: "1", userId: "1", flow: "reg", step: "s", data: "{}", expiresAt: old },
        { channel: "zalo", chatId: "2", userId: "2", flow: "reg", step: "s", data: "{}", expiresAt: new Date("2026-01-12T00:00:00Z") },
      ],
    });
    await store.choiceMenu.create({ data: { channel: "zalo", chatId: "1", choices: "[]", createdAt: old } });
    await store.conversationContext.createMany({
      data: [
        { channel: "zalo", chatId: "1", userId: "1", question: "q", expiresAt: old },
        { channel: "zalo", chatId: "2", userId: "2", question: "q", expiresAt: new Date("2026-01-10T00:10:00Z") },
      ],
    });
    await store.rateLimit.createMany({
      data: [
        { key: "user:zalo:1", windowStart: old, count: 9 },
        { key: "user:zalo:2", windowStart: clock.now(), count: 3 },
      ],
    });
    expect(await cleanUp(store, clock)).toEqual({ updates: 1, forms: 1, menus: 1, contexts: 1, limits: 1 });
    expect((await store.rateLimit.findMany()).map((r) => r.key)).toEqual(["user:zalo:2"]);
    expect(await store.conversationContext.count()).toBe(1);
    expect((await store.processedUpdate.findMany()).map((u) => u.key)).toEqual(["new"]);
    expect(await store.flowState.count()).toBe(1);
  });
});
