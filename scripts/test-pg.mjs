// Second pass of `npm test`: the test files that touch the store, again on PostgreSQL
// (TEST_DB=postgres). A test file touches the store when it imports, directly or through test/
// helpers, src/store/db.ts, test/helpers/harness.ts, test/helpers/test-db.ts or
// test/helpers/bot-process.ts (real bot processes). test/pg/** always runs on PostgreSQL already.
// A file whose text contains "pg-pass: skip" is left out (say why next to it).
// No server at TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres): the pass is
// skipped with a line saying so, or fails under REQUIRE_PG=1.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ADMIN = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const STORE_MARKERS = ["src/store/db.ts", "test/helpers/harness.ts", "test/helpers/test-db.ts", "test/helpers/bot-process.ts"].map((f) => path.join(ROOT, f));

function localImports(file) {
  const text = fs.readFileSync(file, "utf8");
  const out = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)) {
    const target = path.resolve(path.dirname(file), m[1]).replace(/\.js$/, ".ts");
    if (fs.existsSync(target)) out.push(target);
  }
  return out;
}

/** Whether `file` reaches one of the store markers through imports inside test/. */
function touchesStore(file, seen = new Set()) {
  if (STORE_MARKERS.includes(file)) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  return localImports(file).some((f) => STORE_MARKERS.includes(f) || (f.startsWith(path.join(ROOT, "test")) && touchesStore(f, seen)));
}

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return testFiles(p);
    return d.name.endsWith(".test.ts") ? [p] : [];
  });
}

export function postgresTestFiles() {
  return testFiles(path.join(ROOT, "test"))
    .filter((f) => !f.startsWith(path.join(ROOT, "test/pg/")) && touchesStore(f) && !fs.readFileSync(f, "utf8").includes("pg-pass: skip"))
    .map((f) => path.relative(ROOT, f))
    .sort();
}

async function reachable() {
  const client = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

if (process.argv.includes("--list")) {
  console.log(postgresTestFiles().join("\n"));
} else if (!(await reachable())) {
  const host = new URL(ADMIN).host;
  if (process.env.REQUIRE_PG === "1") {
    console.error(`PostgreSQL not reachable at ${host}, and REQUIRE_PG=1: the PostgreSQL pass fails.`);
    process.exit(1);
  }
  console.log(`PostgreSQL not reachable at ${host}: the PostgreSQL pass of the tests is skipped (set TEST_PG_URL, or REQUIRE_PG=1 to fail).`);
} else {
  const files = postgresTestFiles();
  console.log(`PostgreSQL pass: ${files.length} test files that touch the store, TEST_DB=postgres`);
  const vitest = path.join(ROOT, "node_modules/vitest/vitest.mjs");
  const r = spawnSync(process.execPath, [vitest, "run", ...files, ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TEST_DB: "postgres" },
  });
  process.exit(r.status ?? 1);
}
