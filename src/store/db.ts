// Prisma client factory and migrations. The embedded default is an SQLite file; migrations are
// applied by the application itself (the same code path PostgreSQL will need, see README).
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { KnownRows } from "./known-rows.js";

export type Store = PrismaClient;

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

/**
 * Opens the database at `url` (`file:./data/bot.db` or `file::memory:`), creating its folder.
 *
 * The better-sqlite3 adapter runs every query on one connection, so a query issued while an
 * interactive transaction is open would run *inside* it and be rolled back with it. Queries from
 * outside a transaction therefore wait until the open one finishes, and transactions run one at a
 * time (SQLite has a single writer anyway).
 */
export function openStore(url: string): Store {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:" && !file.startsWith(":")) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const adapter = new PrismaBetterSQLite3({ url });
  const base = new PrismaClient({ adapter });
  const insideTransaction = new AsyncLocalStorage<true>();
  let openTransaction: Promise<unknown> = Promise.resolve();
  const known = new KnownRows();

  const guarded = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (!insideTransaction.getStore()) await openTransaction.catch(() => undefined);
        // Forget before (readers from now on go to the database) and after (an entry set while
        // the write was in flight may be stale).
        known.onOperation(model, operation, args);
        try {
          return await query(args);
        } finally {
          known.onOperation(model, operation, args);
        }
      },
    },
  });
  const runTransaction = guarded.$transaction.bind(guarded) as (...a: unknown[]) => Promise<unknown>;
  const serialised = (...a: unknown[]): Promise<unknown> => {
    if (insideTransaction.getStore()) return runTransaction(...a);
    const run = openTransaction
      .catch(() => undefined)
      .then(() => insideTransaction.run(true, () => runTransaction(...a)));
    openTransaction = run;
    return run;
  };
  const store = new Proxy(guarded, {
    get(target, prop, receiver) {
      if (prop === "$transaction") return serialised;
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as Store;
  knownRowsOf.set(store, known);
  return store;
}

const knownRowsOf = new WeakMap<Store, KnownRows>();

/** The store's cache of hot rows (see known-rows.ts); undefined for a store not made by openStore. */
export function knownRows(store: Store): KnownRows | undefined {
  return knownRowsOf.get(store);
}

/** Splits a migration file into statements (Prisma's generated SQL has one statement per `;`-ended block). */
function statements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter((s) => s.length > 0);
}

/** Applies every migration folder not yet applied, in order, each in one transaction. */
export async function migrate(store: Store, dir = MIGRATIONS_DIR): Promise<string[]> {
  await store.$executeRawUnsafe(
    'CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)',
  );
  const done = new Set(
    (await store.$queryRawUnsafe<{ name: string }[]>('SELECT "name" FROM "_app_migrations"')).map((r) => r.name),
  );
  const pending = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !done.has(d.name))
    .map((d) => d.name)
    .sort();
  for (const name of pending) {
    const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    await store.$transaction([
      ...statements(sql).map((s) => store.$executeRawUnsafe(s)),
      // Tagged template: Prisma writes the placeholders each database expects.
      store.$executeRaw`INSERT INTO "_app_migrations" ("name", "appliedAt") VALUES (${name}, ${new Date().toISOString()})`,
    ]);
  }
  return pending;
}

/**
 * SQLite settings for a busy bot: write-ahead logging lets reads go on during a write, and
 * synchronous=NORMAL syncs the log at checkpoints instead of at every commit. A crash of the
 * process loses nothing committed; only a power loss may lose the last moments' commits. Without
 * this every message's few small writes each waited for a disk sync (measured with npm run bench).
 */
export async function tuneSqlite(store: Store): Promise<void> {
  await store.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await store.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
}

/** Opens and migrates: what the application and most tests want. */
export async function openMigratedStore(url: string): Promise<Store> {
  const store = openStore(url);
  await tuneSqlite(store);
  await migrate(store);
  return store;
}
