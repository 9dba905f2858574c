// Copies every table of one database into another, e.g. an SQLite deployment into a new PostgreSQL
// one (npm run db:copy). Rows go through the Prisma client of each side, so every value keeps its
// type (dates, booleans, big integers) whatever the dialect; ids are kept, and PostgreSQL's id
// sequences are moved past the copied ids so the bot carries on inserting.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dialectOf, type Store } from "./db.js";

const SCHEMA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/schema.prisma");
const PAGE = 500;

export interface ModelInfo {
  name: string;
  /** Primary key field (pages are read in its order). */
  id: string;
  autoincrement: boolean;
}

/** The models of prisma/schema.prisma in their order there (parents before the rows that refer to them). */
export function modelsOfSchema(schema = fs.readFileSync(SCHEMA, "utf8")): ModelInfo[] {
  const out: ModelInfo[] = [];
  for (const m of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const idLine = m[2]!.split("\n").find((l) => /\s@id\b/.test(l));
    if (!idLine) throw new Error(`model ${m[1]}: no @id field`);
    out.push({ name: m[1]!, id: idLine.trim().split(/\s+/)[0]!, autoincrement: idLine.includes("autoincrement()") });
  }
  return out;
}

interface Delegate {
  count(): Promise<number>;
  findMany(args: { orderBy: Record<string, "asc">; skip: number; take: number }): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
}

function delegate(store: Store, model: string): Delegate {
  const d = (store as unknown as Record<string, Delegate | undefined>)[model[0]!.toLowerCase() + model.slice(1)];
  if (!d) throw new Error(`no Prisma model ${model}`);
  return d;
}

export interface TableCount {
  table: string;
  source: number;
  target: number;
}

/** Refuses a target that holds any row: a copy never mixes two deployments' data. */
export async function assertEmpty(store: Store, models = modelsOfSchema()): Promise<void> {
  for (const m of models) {
    const n = await delegate(store, m.name).count();
    if (n > 0) throw new Error(`the target already holds data (${m.name}: ${n} rows)`);
  }
}

/** Copies every model's rows from `source` into the (migrated, empty) `target`; returns the counts. */
export async function copyDatabase(source: Store, target: Store, onTable?: (t: TableCount) => void): Promise<TableCount[]> {
  const models = modelsOfSchema();
  await assertEmpty(target, models);
  const counts: TableCount[] = [];
  for (const m of models) {
    const from = delegate(source, m.name);
    const to = delegate(target, m.name);
    for (let skip = 0; ; skip += PAGE) {
      const rows = await from.findMany({ orderBy: { [m.id]: "asc" }, skip, take: PAGE });
      if (rows.length > 0) await to.createMany({ data: rows });
      if (rows.length < PAGE) break;
    }
    if (m.autoincrement && dialectOf(target) === "postgres") {
      // The next id the database hands out comes after the copied ones.
      await target.$executeRawUnsafe(
        `SELECT setval(pg_get_serial_sequence('"${m.name}"', '${m.id}'), COALESCE(MAX("${m.id}"), 1), MAX("${m.id}") IS NOT NULL) FROM "${m.name}"`,
      );
    }
    const t = { table: m.name, source: await from.count(), target: await to.count() };
    counts.push(t);
    onTable?.(t);
  }
  return counts;
}
