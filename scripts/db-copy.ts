// Moves a deployment's data to another database, e.g. SQLite to PostgreSQL:
//   npm run db:copy -- --from file:./data/bot.db --to postgresql://bot:…@localhost:5432/bot
// Both are migrated first (as the bot would at start); the target must hold no rows yet. Prints
// each table's row counts on both sides and exits with 1 unless every pair is equal. Stop the bot
// before copying, so nothing is written meanwhile.
import { parseArgs } from "node:util";
import { z } from "zod";
import { copyDatabase } from "../src/store/copy.js";
import { openMigratedStore } from "../src/store/db.js";

const databaseUrl = z.string().regex(/^(file:.+|postgres(ql)?:\/\/.+)/, "file:… (SQLite) or postgresql://… (PostgreSQL)");
const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const args = z.object({ from: databaseUrl, to: databaseUrl }).safeParse(values);
if (!args.success) {
  process.stderr.write(
    "Cách dùng / usage: npm run db:copy -- --from file:./data/bot.db --to postgresql://user:pass@host:5432/bot\n" +
      args.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`).join("\n") +
      "\n",
  );
  process.exit(2);
}
const { from, to } = args.data;
if (from === to) {
  process.stderr.write("--from và --to phải khác nhau / must differ\n");
  process.exit(2);
}
const source = await openMigratedStore(from);
const target = await openMigratedStore(to);
try {
  const counts = await copyDatabase(source, target, (t) =>
    process.stdout.write(`${t.table.padEnd(22)} ${String(t.source).padStart(8)} → ${String(t.target).padStart(8)}${t.source === t.target ? "" : "  ≠"}\n`),
  );
  const bad = counts.filter((c) => c.source !== c.target);
  const rows = counts.reduce((n, c) => n + c.target, 0);
  if (bad.length > 0) {
    process.stderr.write(`Số dòng không khớp / row counts differ: ${bad.map((b) => b.table).join(", ")}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`Đã sao chép / copied ${rows} dòng / rows, ${counts.length} bảng / tables: số dòng khớp / counts equal\n`);
  }
} catch (err) {
  process.stderr.write(`Không sao chép được / copy failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await source.$disconnect();
  await target.$disconnect();
}
