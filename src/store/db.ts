// Prisma client factory and migrations. The embedded default is an SQLite file; migrations are
// applied by the application itself (the same code path PostgreSQL will need, see README).
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";

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

  const guarded = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        if (!insideTransaction.getStore()) await openTransaction.catch(() => undefined);
        return query(args);
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
  return new Proxy(guarded, {
    get(target, prop, receiver) {
      if (prop === "$transaction") return serialised;
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as Store;
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

/** Opens and migrates: what the application and most tests want. */
export async function openMigratedStore(url: string): Promise<Store> {
  const store = openStore(url);
  await migrate(store);
  return store;
}
