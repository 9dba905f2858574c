// Prisma client factory and migrations. The embedded default is an SQLite file; migrations are
// applied by the application itself (the same code path PostgreSQL will need, see README).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";

export type Store = PrismaClient;

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

/** Opens the database at `url` (`file:./data/bot.db` or `file::memory:`), creating its folder. */
export function openStore(url: string): Store {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:" && !file.startsWith(":")) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const adapter = new PrismaBetterSQLite3({ url });
  return new PrismaClient({ adapter });
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
      store.$executeRawUnsafe('INSERT INTO "_app_migrations" ("name", "appliedAt") VALUES (?, ?)', name, new Date().toISOString()),
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
