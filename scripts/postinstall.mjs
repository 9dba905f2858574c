// Runs after `npm install`: makes sure the native SQLite module loads (npm 11 may skip
// dependency install scripts) and generates the Prisma clients (SQLite and PostgreSQL) without any engine download.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";

const require = createRequire(import.meta.url);
const npmCli = process.env.npm_execpath;

function sqliteLoads() {
  try {
    const Database = require("better-sqlite3");
    new Database(":memory:").close();
    return true;
  } catch {
    return false;
  }
}

if (!sqliteLoads()) {
  console.log("[postinstall] better-sqlite3 chưa được biên dịch, đang biên dịch từ mã nguồn…");
  const gyp = path.join(path.dirname(npmCli ?? require.resolve("npm")), "..", "node_modules", "node-gyp", "bin", "node-gyp.js");
  execFileSync(process.execPath, [gyp, "rebuild", "--release"], {
    cwd: path.dirname(require.resolve("better-sqlite3/package.json")),
    stdio: "inherit",
  });
  if (!sqliteLoads()) {
    console.error("[postinstall] better-sqlite3 still does not load; install python3, make and g++.");
    process.exit(1);
  }
}

// Two generated clients from one schema source: SQLite (the embedded default) and PostgreSQL.
execFileSync(process.execPath, [path.join(import.meta.dirname, "prisma-dialects.mjs"), "schema"], { stdio: "inherit" });
const generate = [
  { schema: "prisma/schema.prisma", url: "file:./data/bot.db" },
  { schema: "prisma/postgres/schema.prisma", url: "postgresql://localhost/bot" },
];
for (const { schema, url } of generate) {
  execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate", "--schema", schema], {
    stdio: "inherit",
    // The URL is only read, never used: without one the CLI falls back to downloading an engine.
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
