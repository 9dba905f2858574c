// Exports the contact-officer roster (Phụ lục 3) from the command line:
//   npm run roster:export -- --out danh-sach.xlsx      (a .csv name writes CSV)
// Opens DATABASE_URL (default file:./data/bot.db), applying pending migrations like the bot does.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadRoster, rosterCsv, rosterXlsx } from "../src/flows/registration/roster.js";
import { registration as t } from "../src/messages/index.js";
import { openMigratedStore } from "../src/store/db.js";

export interface ExportOptions {
  url: string;
  out: string;
  tz: string;
}

/** Writes the roster to `out` and returns how many registrations it holds. */
export async function exportRosterFile(o: ExportOptions): Promise<number> {
  const store = await openMigratedStore(o.url);
  try {
    const rows = await loadRoster(store);
    const data = o.out.toLowerCase().endsWith(".csv") ? rosterCsv(rows, o.tz) : await rosterXlsx(rows, o.tz);
    fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
    fs.writeFileSync(o.out, data);
    return rows.length;
  } finally {
    await store.$disconnect();
  }
}

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  try {
    out = parseArgs({ args: argv, options: { out: { type: "string", short: "o" } }, strict: true }).values.out;
  } catch {
    out = undefined;
  }
  if (!out) {
    console.error(t.cli.usage);
    return 2;
  }
  try {
    const n = await exportRosterFile({
      url: process.env.DATABASE_URL || "file:./data/bot.db",
      out,
      tz: process.env.TZ || "Asia/Ho_Chi_Minh",
    });
    console.log(t.cli.done(n, out));
    return 0;
  } catch (err) {
    console.error(t.cli.failed((err as Error).message));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
