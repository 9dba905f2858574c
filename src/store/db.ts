// Prisma client factory and migrations. The embedded default is an SQLite file; DATABASE_URL
// postgresql://… runs on PostgreSQL through the pg driver adapter. Both dialects' migrations are
// applied by the application itself (prisma migrate deploy cannot run offline on PostgreSQL).
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.js";
import { KnownRows } from "./known-rows.js";

/** The store API. Both generated clients have the same models; the SQLite one names the type. */
export type Store = PrismaClient;
export type Dialect = "sqlite" | "postgres";

const PRISMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma");
const MIGRATIONS_DIR: Record<Dialect, string> = {
  sqlite: path.join(PRISMA_DIR, "migrations"),
  postgres: path.join(PRISMA_DIR, "postgres/migrations"),
};

export function dialectOfUrl(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

const dialectOfStore = new WeakMap<object, Dialect>();

/** The dialect a store speaks (SQLite for a store not made by openStore). */
export function dialectOf(store: object): Dialect {
  return dialectOfStore.get(store) ?? "sqlite";
}

export interface StoreOptions {
  /** PostgreSQL: connections in the pool (default 10). */
  poolMax?: number;
  /** PostgreSQL: close a connection idle this long (default 10 s). */
  idleMs?: number;
}

/**
 * Opens the database at `url`: `file:./data/bot.db`, `file::memory:` or `postgresql://…`.
 * PostgreSQL gets a plain client on a connection pool: real transactions, several instances.
 */
export function openStore(url: string, options: StoreOptions = {}): Store {
  if (dialectOfUrl(url) === "postgres") return openPostgres(url, options);
  return openSqlite(url);
}

function openPostgres(url: string, options: StoreOptions): Store {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.poolMax ?? 10,
    idleTimeoutMillis: options.idleMs ?? 10_000,
    allowExitOnIdle: true,
  });
  const store = new PgPrismaClient({ adapter }) as unknown as Store;
  dialectOfStore.set(store, "postgres");
  return store;
}

function openSqlite(url: string): Store {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:" && !file.startsWith(":")) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const link: SqliteConnection = { connection: undefined, statements: new Map() };
  const adapter = new (class extends PrismaBetterSQLite3 {
    // Prisma's own connection, kept for the hot statements (hotSql below).
    override async connect() {
      const opened = await super.connect();
      link.connection = (opened as unknown as { client: BetterSqlite3.Database }).client;
      link.statements.clear();
      return opened;
    }
  })({ url });
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
  dialectOfStore.set(store, "sqlite");
  fastPaths.set(store, {
    link,
    known,
    async ready() {
      if (!insideTransaction.getStore()) await openTransaction.catch(() => undefined);
      return link.connection?.open ? link.connection : undefined;
    },
  });
  return store;
}

/** Prisma's SQLite connection once it is open, with the statements prepared on it by SQL text. */
interface SqliteConnection {
  connection: BetterSqlite3.Database | undefined;
  statements: Map<string, BetterSqlite3.Statement>;
}

/** What hotSql needs of an SQLite store. */
interface SqliteFastPath {
  link: SqliteConnection;
  /** Waits, as Prisma's queries do, for another caller's open transaction; the connection, once open. */
  ready(): Promise<BetterSqlite3.Database | undefined>;
  known: KnownRows;
}
const fastPaths = new WeakMap<object, SqliteFastPath>();
const MAX_PREPARED = 200;

/** A value as Prisma's SQLite adapter binds it (dates as ISO 8601 text, booleans as 0/1). */
function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v === undefined ? null : v;
}

function runOnSqlite(fast: SqliteFastPath, connection: BetterSqlite3.Database, q: Prisma.Sql, write: boolean): unknown {
  const { statements } = fast.link;
  let stmt = statements.get(q.sql);
  if (!stmt) {
    if (statements.size >= MAX_PREPARED) statements.clear();
    stmt = connection.prepare(q.sql).safeIntegers(false);
    statements.set(q.sql, stmt);
  }
  // As the Prisma client extension does for raw statements: forget cached rows they may change.
  const operation = write ? "$executeRaw" : "$queryRaw";
  fast.known.onOperation(undefined, operation, q);
  try {
    const params = q.values.map(sqliteValue);
    return stmt.reader ? stmt.all(...params) : stmt.run(...params).changes;
  } finally {
    fast.known.onOperation(undefined, operation, q);
  }
}

export interface HotSql {
  /** A statement that returns rows (SELECT, or a write with RETURNING), typed as $queryRaw's `T` (an array). Dates come back as text. */
  query<T extends unknown[]>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
  /** A write; the number of rows it changed. */
  execute(strings: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

/**
 * The statements run for nearly every update (message counts, form state, conversation context,
 * chat and person rows). On SQLite they run straight on Prisma's own better-sqlite3 connection as
 * prepared statements: through Prisma each raw statement cost ~0.3 ms of CPU (request encoding,
 * its query compiler, the adapter re-preparing the SQL), about half of an update's CPU (profile in
 * the README). Same connection, same transaction gate, same cache bookkeeping, so nothing else
 * changes. A transaction client, or PostgreSQL, goes through Prisma as before.
 */
export function hotSql(db: Pick<Store, "$queryRaw" | "$executeRaw">): HotSql {
  const fast = fastPaths.get(db);
  return {
    async query<T extends unknown[]>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> {
      const q = Prisma.sql(strings, ...values);
      const connection = fast && (await fast.ready());
      return connection ? (runOnSqlite(fast, connection, q, false) as T) : db.$queryRaw<T>(q);
    },
    async execute(strings: TemplateStringsArray, ...values: unknown[]): Promise<number> {
      const q = Prisma.sql(strings, ...values);
      const connection = fast && (await fast.ready());
      return connection ? (runOnSqlite(fast, connection, q, true) as number) : db.$executeRaw(q);
    },
  };
}

const knownRowsOf = new WeakMap<Store, KnownRows>();

/**
 * The store's cache of hot rows (see known-rows.ts); undefined for a store not made by openStore,
 * and on PostgreSQL, where other instances write the same rows.
 */
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

/** Any constant: the advisory lock PostgreSQL instances take while migrating. */
const MIGRATION_LOCK = 80_012;

/**
 * Runs `work` in one transaction that, on PostgreSQL, first takes the migration advisory lock
 * (released at commit), so instances starting together apply each migration once. SQLite
 * serialises writers itself.
 */
async function underMigrationLock<T>(store: Store, work: (tx: Store) => Promise<T>): Promise<T> {
  return store.$transaction(
    async (tx) => {
      if (dialectOf(store) === "postgres") await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})::text AS "locked"`);
      return work(tx as Store);
    },
    { timeout: 10 * 60_000, maxWait: 10 * 60_000 },
  );
}

/** Migration folder names of a dialect, in order. */
export function migrationNames(dialect: Dialect, dir = MIGRATIONS_DIR[dialect]): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * Applies every migration folder of the store's dialect not yet applied, in order, each in one
 * transaction together with its record in "_app_migrations". Returns the names it applied.
 */
export async function migrate(store: Store, dir?: string): Promise<string[]> {
  const folder = dir ?? MIGRATIONS_DIR[dialectOf(store)];
  await underMigrationLock(store, (tx) =>
    tx.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)'),
  );
  const done = new Set(
    (await store.$queryRawUnsafe<{ name: string }[]>('SELECT "name" FROM "_app_migrations"')).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const name of migrationNames(dialectOf(store), folder).filter((n) => !done.has(n))) {
    const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
    const didApply = await underMigrationLock(store, async (tx) => {
      // Another instance may have applied it while this one waited for the lock.
      const seen = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "_app_migrations" WHERE "name" = ${name}`;
      if (seen.length > 0) return false;
      for (const statement of statements(sql)) await tx.$executeRawUnsafe(statement);
      // Tagged template: Prisma writes the placeholders each database expects.
      await tx.$executeRaw`INSERT INTO "_app_migrations" ("name", "appliedAt") VALUES (${name}, ${new Date().toISOString()})`;
      return true;
    });
    if (didApply) applied.push(name);
  }
  return applied;
}

/** The application's tables (not the migration record), by name, in either dialect. */
export async function tableNames(store: Store): Promise<string[]> {
  const rows =
    dialectOf(store) === "postgres"
      ? await store.$queryRaw<{ name: string }[]>`SELECT tablename::text AS "name" FROM pg_tables WHERE schemaname = current_schema()`
      : await store.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;
  return rows
    .map((r) => r.name)
    .filter((n) => n !== "_app_migrations")
    .sort();
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

/** The store as far as a liveness check needs it. */
export type PingableStore = Pick<Store, "$queryRaw">;

/** Resolves when the database answers a trivial query; rejects when it refuses. */
export async function pingDatabase(db: PingableStore): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** Opens and migrates: what the application and most tests want. */
export async function openMigratedStore(url: string, options: StoreOptions = {}): Promise<Store> {
  const store = openStore(url, options);
  if (dialectOf(store) === "sqlite") await tuneSqlite(store);
  await migrate(store);
  return store;
}
