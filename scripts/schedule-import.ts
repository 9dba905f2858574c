// Imports a training schedule (CSV or XLSX) into the bot's database:
//   npm run schedule:import -- FILE [--yes] [--dry-run]
// Same validation and all-or-nothing transaction as sending the file to the bot. When the file
// would cancel upcoming sessions (and notify their groups) it stops unless --yes is given.
// A running bot picks the changes up at its next minute tick; this script also plans once.
import fs from "node:fs";
import path from "node:path";
import { systemClock } from "../src/clock.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { createReminderPlanner } from "../src/flows/reminders/planner.js";
import {
  applySchedule,
  MAX_IMPORT_BYTES,
  previewSchedule,
  readScheduleFile,
  rejectionText,
  summarize,
  validateSchedule,
} from "../src/flows/reminders/schedule-import.js";
import { sessionView } from "../src/flows/reminders/sessions.js";
import { createLogger } from "../src/log.js";
import { reminders as t } from "../src/messages/reminders.js";
import { openMigratedStore } from "../src/store/db.js";

const USAGE = "Cách dùng / usage: npm run schedule:import -- FILE.csv|FILE.xlsx [--yes] [--dry-run]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const files = args.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => f !== "--yes" && f !== "--dry-run");
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = path.resolve(files[0]!);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    process.stderr.write(`Không tìm thấy tệp / file not found: ${file}\n`);
    return 2;
  }
  if (stat.size > MAX_IMPORT_BYTES) {
    process.stderr.write(`${t.importTooLarge(MAX_IMPORT_BYTES / 1024)}\n`);
    return 1;
  }

  const config = loadConfig();
  const read = await readScheduleFile(fs.readFileSync(file), path.basename(file));
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 1;
  }
  const v = validateSchedule(read.rows);
  if (!v.ok) {
    process.stderr.write(`${rejectionText(v, 1000)}\n`);
    return 1;
  }

  const log = createLogger(process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn", (await import("pino")).default.destination({ fd: 2, sync: true }));
  const store = await openMigratedStore(config.DATABASE_URL);
  try {
    const plan = await previewSchedule(store, v.rows, systemClock.now(), config.TZ);
    if (plan.cancel.length > 0 && !flags.has("--yes")) {
      process.stdout.write(`${t.importConfirm(plan.cancel.map((s) => sessionView(s, config.TZ)), summarize(plan, v.rows.length))}\n`);
      process.stdout.write("Chạy lại với --yes để xác nhận / run again with --yes to confirm.\n");
      return 1;
    }
    if (flags.has("--dry-run")) {
      process.stdout.write(
        `Tệp hợp lệ (${v.rows.length} buổi): ${plan.create.length} mới, ${plan.update.length} thay đổi, ${plan.unchanged} giữ nguyên, ${plan.cancel.length} huỷ. Chưa ghi gì (--dry-run).\n`,
      );
      return 0;
    }
    const summary = await applySchedule(store, v.rows, { now: systemClock.now(), tz: config.TZ, log });
    await store.auditLog.create({
      data: { actor: "cli", action: "schedule.import", target: path.basename(file), details: JSON.stringify(summary) },
    });
    await createReminderPlanner({ store, clock: systemClock, config, log }).tick();
    process.stdout.write(`${t.importDone(summary)}\n`);
    return 0;
  } finally {
    await store.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const msg = err instanceof ConfigError ? err.message : `Lỗi / error: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`${msg}\n`);
    process.exit(1);
  },
);
