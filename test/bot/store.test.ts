import { describe, expect, it } from "vitest";
import { openMigratedStore } from "../../src/store/db.js";

describe("store", () => {
  it("keeps a write made outside a transaction when that transaction rolls back", async () => {
    const store = await openMigratedStore("file::memory:");
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
    const store = await openMigratedStore("file::memory:");
    const { migrate } = await import("../../src/store/db.js");
    expect(await migrate(store)).toEqual([]);
  });
});
