// One schema source, two dialects. prisma/schema.prisma (SQLite, the embedded default) is the only
// schema anyone edits; this module derives the PostgreSQL schema from it and writes new migrations
// for both dialects by diffing datamodels (no database, no engine download: see README).
//
//   node scripts/prisma-dialects.mjs schema            writes prisma/postgres/schema.prisma
//   node scripts/prisma-dialects.mjs migration <name>  writes a migration folder for both dialects
//   node scripts/prisma-dialects.mjs check             fails when schema.prisma has unmigrated changes
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = path.join(ROOT, "prisma/schema.prisma");
/** The schema as of the newest migration: what a new migration is diffed from. */
const SNAPSHOT = path.join(ROOT, "prisma/migrated-schema.prisma");
const PG_SCHEMA = path.join(ROOT, "prisma/postgres/schema.prisma");
const SQLITE_MIGRATIONS = path.join(ROOT, "prisma/migrations");
const PG_MIGRATIONS = path.join(ROOT, "prisma/postgres/migrations");

/** The PostgreSQL version of a schema written for SQLite. */
export function toPostgres(schema) {
  const out = schema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/src\/generated\/prisma"/, 'output          = "../../src/generated/prisma-pg"');
  if (out === schema || !out.includes("prisma-pg")) throw new Error("prisma/schema.prisma: provider or output not found");
  return `// GENERATED from prisma/schema.prisma by scripts/prisma-dialects.mjs: do not edit.\n${out}`;
}

export function writePostgresSchema() {
  fs.mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
  fs.writeFileSync(PG_SCHEMA, toPostgres(fs.readFileSync(SOURCE, "utf8")));
  return PG_SCHEMA;
}

/** SQL turning datamodel `from` into datamodel `to` (both files), or "" when they are equal. */
function diff(from, to) {
  const sql = execFileSync(
    process.execPath,
    [require.resolve("prisma/build/index.js"), "migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/bot.db", PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
  return /^\s*-- This is an empty migration\.\s*$/.test(sql) ? "" : sql;
}

function changes() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-dialects-"));
  // Datamodel diffs never connect, but the PostgreSQL copies need a postgres-looking URL.
  const pgFrom = path.join(tmp, "from.prisma");
  const pgTo = path.join(tmp, "to.prisma");
  fs.writeFileSync(pgFrom, toPostgres(fs.readFileSync(SNAPSHOT, "utf8")));
  fs.writeFileSync(pgTo, toPostgres(fs.readFileSync(SOURCE, "utf8")));
  try {
    return { sqlite: diff(SNAPSHOT, SOURCE), postgres: diff(pgFrom, pgTo) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function nextName(name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`migration name "${name}": use a-z, 0-9 and _`);
  if (/^\d{4}_/.test(name)) return name;
  const last = fs.readdirSync(SQLITE_MIGRATIONS).filter((d) => /^\d{4}_/.test(d)).sort().at(-1) ?? "0000";
  return `${String(Number(last.slice(0, 4)) + 1).padStart(4, "0")}_${name}`;
}

export function writeMigration(rawName, { allowEmpty = false } = {}) {
  const name = nextName(rawName);
  for (const dir of [SQLITE_MIGRATIONS, PG_MIGRATIONS]) {
    if (fs.existsSync(path.join(dir, name))) throw new Error(`${path.relative(ROOT, dir)}/${name} exists already`);
  }
  const sql = changes();
  if (!sql.sqlite && !sql.postgres && !allowEmpty) {
    throw new Error("prisma/schema.prisma has no change since the last migration (use --empty for a data-only migration)");
  }
  const header = "-- Written by npm run db:migration from prisma/schema.prisma. Data statements may be added by hand,\n-- in BOTH dialects' files.\n";
  for (const [dir, text] of [[SQLITE_MIGRATIONS, sql.sqlite], [PG_MIGRATIONS, sql.postgres]]) {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, "migration.sql"), header + text);
  }
  fs.copyFileSync(SOURCE, SNAPSHOT);
  writePostgresSchema();
  return name;
}

const [cmd, ...args] = process.argv.slice(2);
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (cmd === "schema") console.log(`wrote ${path.relative(ROOT, writePostgresSchema())}`);
    else if (cmd === "migration") {
      const name = args.find((a) => !a.startsWith("--"));
      if (!name) throw new Error("usage: npm run db:migration -- <name> [--empty]");
      const written = writeMigration(name, { allowEmpty: args.includes("--empty") });
      console.log(`wrote prisma/migrations/${written}/ and prisma/postgres/migrations/${written}/`);
    } else if (cmd === "check") {
      const sql = changes();
      if (sql.sqlite || sql.postgres) throw new Error("prisma/schema.prisma changed since the last migration: run npm run db:migration -- <name>");
      console.log("schema and migrations agree");
    } else throw new Error("usage: prisma-dialects.mjs schema | migration <name> [--empty] | check");
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
