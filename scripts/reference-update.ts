// Loads a newer official list of commune-level units (same shape as the shipped one):
//   npm run reference:update -- FILE [--dry-run]
// Validates it, reports units added, renamed and gone, lists the registrations that point to a unit
// that is gone (for an admin to fix with /dangky_chuanhoa), carries renames over to registrations,
// and replaces src/reference/communes.json. The bot reads the list at start-up: restart it after.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ACTIVE } from "../src/store/officers.js";
import { kindOfUnit } from "../src/flows/registration/units.js";
import { registration as t } from "../src/messages/index.js";
import { CommuneListError, parseCommuneList, serializeCommuneList, type CommuneList, type CommuneUnit } from "../src/reference/communes.js";
import { openMigratedStore } from "../src/store/db.js";

export const SHIPPED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/reference/communes.json");

export interface UpdateOptions {
  /** The new list. */
  file: string;
  /** The list to replace (the shipped one by default). */
  target?: string;
  /** Database whose registrations are checked; none: the list alone is compared. */
  url?: string;
  dryRun?: boolean;
}

export interface UpdateReport {
  before: number;
  after: number;
  added: CommuneUnit[];
  removed: CommuneUnit[];
  renamed: { before: CommuneUnit; after: CommuneUnit }[];
  /** Active registrations whose unit is gone or moved to another province. */
  affected: { id: number; province: string; unitName: string; unitCode: string }[];
  /** Registrations given the new name of their renamed unit. */
  relabelled: number;
}

const units = (list: CommuneList | undefined) => new Map((list?.provinces ?? []).flatMap((p) => p.units.map((u) => [u.code, u] as const)));

export async function updateReference(o: UpdateOptions): Promise<UpdateReport> {
  const target = o.target ?? SHIPPED;
  const next = parseCommuneList(JSON.parse(fs.readFileSync(o.file, "utf8")));
  const current = fs.existsSync(target) ? parseCommuneList(JSON.parse(fs.readFileSync(target, "utf8"))) : undefined;
  const was = units(current);
  const now = units(next);
  const removed = [...was.values()].filter((u) => now.get(u.code)?.province !== u.province);
  const added = [...now.values()].filter((u) => was.get(u.code)?.province !== u.province);
  const renamed = [...now.values()]
    .map((after) => ({ before: was.get(after.code), after }))
    .filter((r): r is { before: CommuneUnit; after: CommuneUnit } => !!r.before && r.before.province === r.after.province && (r.before.name !== r.after.name || r.before.kind !== r.after.kind));
  const report: UpdateReport = { before: was.size, after: now.size, added, removed, renamed, affected: [], relabelled: 0 };
  if (o.url) await checkRegistrations(o.url, report, !o.dryRun);
  if (!o.dryRun) fs.writeFileSync(target, serializeCommuneList(next));
  return report;
}

async function checkRegistrations(url: string, report: UpdateReport, write: boolean): Promise<void> {
  const store = await openMigratedStore(url);
  try {
    const gone = report.removed.map((u) => u.code);
    report.affected = await store.officer.findMany({
      where: { status: ACTIVE, unitCode: { in: gone } },
      select: { id: true, province: true, unitName: true, unitCode: true },
      orderBy: { id: "asc" },
    }) as UpdateReport["affected"];
    if (!write) return;
    for (const r of report.renamed) {
      const done = await store.officer.updateMany({ where: { unitCode: r.after.code }, data: { unitName: r.after.name, unitKind: kindOfUnit(r.after.kind) } });
      report.relabelled += done.count;
    }
  } finally {
    await store.$disconnect();
  }
}

function print(r: UpdateReport, dryRun: boolean): void {
  const c = t.cli.reference;
  console.log(c.summary(r.before, r.after, r.added.length, r.removed.length, r.renamed.length));
  for (const u of r.removed) console.log(c.removedLine(u.code, u.name, u.province));
  for (const x of r.renamed) console.log(c.renamedLine(x.after.code, x.before.name, x.after.name));
  for (const u of r.added) console.log(c.addedLine(u.code, u.name, u.province));
  if (r.affected.length) {
    console.log(c.affectedTitle(r.affected.length));
    for (const a of r.affected) console.log(c.affectedLine(a.id, a.province, a.unitName, a.unitCode));
  }
  if (r.relabelled) console.log(c.relabelled(r.relabelled));
  console.log(dryRun ? c.dryRun : c.written);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { "dry-run": { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  } catch {
    parsed = undefined;
  }
  const file = parsed?.positionals[0];
  if (!parsed || !file || parsed.positionals.length > 1) {
    console.error(t.cli.reference.usage);
    return 2;
  }
  const dryRun = parsed.values["dry-run"] === true;
  try {
    const report = await updateReference({ file, url: process.env.DATABASE_URL || "file:./data/bot.db", dryRun });
    print(report, dryRun);
    return 0;
  } catch (err) {
    if (err instanceof CommuneListError) console.error(t.cli.reference.invalid(err.problems));
    else console.error(t.cli.reference.failed((err as Error).message));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
