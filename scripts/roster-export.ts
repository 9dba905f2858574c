// Exports the contact-officer roster (Phụ lục 3) and the units still missing a registration:
//   npm run roster:export -- --out danh-sach.xlsx      (two sheets: Phụ lục 3, Chưa đăng ký)
//   npm run roster:export -- --out danh-sach.csv       (danh-sach.csv and danh-sach-chua-dang-ky.csv)
// Opens DATABASE_URL (default file:./data/bot.db), applying pending migrations like the bot does.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { completeness, loadRoster, missingCsv, rosterCsv, rosterXlsx } from "../src/flows/registration/roster.js";
import { registration as t } from "../src/messages/index.js";
import { openMigratedStore } from "../src/store/db.js";

export interface ExportOptions {
  url: string;
  out: string;
  tz: string;
}

export interface ExportResult {
  registrations: number;
  /** Commune-level units of the list without a registration. */
  missing: number;
  files: string[];
}

/** Writes the roster (and the missing units) to `out`; a .csv name writes two CSV files. */
export async function exportRosterFile(o: ExportOptions): Promise<ExportResult> {
  const store = await openMigratedStore(o.url);
  try {
    const rows = await loadRoster(store);
    const missing = completeness(rows).reduce((n, s) => n + s.missing.length, 0);
    fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
    if (!o.out.toLowerCase().endsWith(".csv")) {
      fs.writeFileSync(o.out, await rosterXlsx(rows, o.tz));
      return { registrations: rows.length, missing, files: [o.out] };
    }
    const missingOut = o.out.replace(/\.csv$/i, `-${t.cli.missingSuffix}.csv`);
    fs.writeFileSync(o.out, rosterCsv(rows, o.tz));
    fs.writeFileSync(missingOut, missingCsv(rows));
    return { registrations: rows.length, missing, files: [o.out, missingOut] };
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
    const r = await exportRosterFile({
      url: process.env.DATABASE_URL || "file:./data/bot.db",
      out,
      tz: process.env.TZ || "Asia/Ho_Chi_Minh",
    });
    console.log(t.cli.done(r.registrations, r.missing, r.files));
    return 0;
  } catch (err) {
    console.error(t.cli.failed((err as Error).message));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
