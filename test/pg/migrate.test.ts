// The application's own migration runner on PostgreSQL: instances starting together apply each
// migration once, and a failing migration leaves nothing behind.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, migrationNames, openMigratedStore, openStore, type Store } from "../../src/store/db.js";
import { tempDir } from "../helpers/bot-process.js";
import { postgresForSuite, scratchPgDatabase } from "../helpers/test-db.js";

const reachable = await postgresForSuite("test/pg/migrate");
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function emptyDatabase(): Promise<string> {
  const db = await scratchPgDatabase();
  cleanups.push(db.drop);
  return db.url;
}
function open(url: string): Store {
  const store = openStore(url, { poolMax: 2, idleMs: 500 });
  cleanups.push(() => store.$disconnect());
  return store;
}

describe.skipIf(!reachable)("migrations on PostgreSQL", () => {
  it("three instances starting together apply every migration exactly once", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([open(url), open(url), open(url)].map((s) => migrate(s)));
    expect(results.flat().sort()).toEqual(migrationNames("postgres"));
    const store = open(url);
    expect(await migrate(store)).toEqual([]);
    // The schema is usable: a row goes in and comes back.
    await store.chat.create({ data: { channel: "telegram", externalId: "-100", kind: "group" } });
    expect(await store.chat.count()).toBe(1);
  });

  it("a failing migration is rolled back whole and not recorded", async () => {
    const url = await emptyDatabase();
    const dir = tempDir("pg-migrations-");
    const write = (name: string, sql: string) => {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };
    write("0001_one", 'CREATE TABLE "One" ("id" INTEGER PRIMARY KEY);\n');
    write("0002_broken", 'CREATE TABLE "Two" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "Nowhere" VALUES (1);\n');
    const store = open(url);
    await expect(migrate(store, dir)).rejects.toThrow();
    const tables = await store.$queryRaw<{ t: string }[]>`SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`;
    expect(tables.map((r) => r.t)).toEqual(["One", "_app_migrations"]);
    const done = await store.$queryRaw<{ name: string }[]>`SELECT "name" FROM "_app_migrations"`;
    expect(done.map((r) => r.name)).toEqual(["0001_one"]);
  });

  it("openMigratedStore gives a ready store on a new database", async () => {
    const url = await emptyDatabase();
    const store = await openMigratedStore(url, { poolMax: 2, idleMs: 500 });
    cleanups.push(() => store.$disconnect());
    expect(await store.outbox.count()).toBe(0);
  });
});
