// Which database the tests run on: SQLite (default) or PostgreSQL (TEST_DB=postgres, see README
// "Tests on both databases"). On PostgreSQL every store a test opens gets its own database, cloned
// from a migrated template that the global setup creates; the global teardown drops them all.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { StoreOptions } from "../../src/store/db.js";

export type TestDb = "sqlite" | "postgres";
export const testDb: TestDb = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";
export const onPostgres = testDb === "postgres";

/** The server the PostgreSQL tests use (a maintenance database on it). */
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Database names of one run start with this; the teardown drops them by it. */
export function runPrefix(run = process.env.TEST_PG_RUN ?? String(process.pid)): string {
  return `bt_${run}_`;
}
export const templateName = (prefix = runPrefix()): string => `${prefix}tmpl`;

/** The URL of database `name` on the test server. */
export function pgUrl(name: string, admin = PG_ADMIN_URL): string {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Small pools that close idle connections soon: many test stores are never disconnected. */
export const TEST_STORE_OPTIONS: StoreOptions = { poolMax: 10, idleMs: 1_000 };

let serial = 0;
function nextName(): string {
  return `${runPrefix()}${process.pid}_${++serial}`;
}

/** Runs one statement on the server's maintenance database. */
export async function adminQuery(sql: string, admin = PG_ADMIN_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers at `admin` within a second. */
export async function pgReachable(admin = PG_ADMIN_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A URL for a fresh, migrated database: `file::memory:` on SQLite (or `file:<dir>/bot.db` when a
 * folder is given, for tests that reopen it or share it with a child process), a new database
 * cloned from the run's template on PostgreSQL.
 */
export async function freshDatabaseUrl(dir?: string): Promise<string> {
  if (!onPostgres) return dir ? `file:${path.join(dir, "bot.db")}` : "file::memory:";
  const name = nextName();
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  return pgUrl(name);
}

/** freshDatabaseUrl for code that cannot wait (starting a child process). */
export function freshDatabaseUrlSync(dir: string): string {
  if (!onPostgres) return `file:${path.join(dir, "bot.db")}`;
  const name = nextName();
  const script = `const pg=require("pg");const c=new pg.Client({connectionString:process.argv[1]});c.connect().then(()=>c.query(process.argv[2])).then(()=>c.end()).catch(e=>{console.error(e.message);process.exit(1)})`;
  execFileSync(process.execPath, ["-e", script, PG_ADMIN_URL, `CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`], {
    cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), "../.."),
    stdio: ["ignore", "ignore", "inherit"],
  });
  return pgUrl(name);
}

/**
 * For suites that need PostgreSQL whatever TEST_DB says: true when it answers. When it does not,
 * says so in one line (the suite is then skipped), or throws under REQUIRE_PG=1 (CI).
 */
export async function postgresForSuite(suite: string): Promise<boolean> {
  if (await pgReachable()) return true;
  const where = new URL(PG_ADMIN_URL).host;
  if (process.env.REQUIRE_PG === "1") throw new Error(`${suite}: PostgreSQL not reachable at ${where}, and REQUIRE_PG=1`);
  console.log(`${suite}: PostgreSQL not reachable at ${where}, its tests are skipped (set TEST_PG_URL, or REQUIRE_PG=1 to fail instead)`);
  return false;
}

/** A new empty database on the test server, and how to drop it. */
export async function scratchPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${runPrefix()}${process.pid}_s${++serial}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  return { url: pgUrl(name), drop: async () => void (await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}
