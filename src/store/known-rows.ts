// What this process last wrote to a few small, hot rows (chats, people, unfinished forms), so the
// router need not write or read them again for every message. The store forgets an entry whenever
// anything else writes to that row — or to the model without naming a row, and on any raw write —
// so the cache can only ever skip a query whose result it already knows. It assumes one bot
// process per database, as the platforms do (one receiver per token).

/** Unique key fields per cached model, as in prisma/schema.prisma. */
export const KEY_FIELDS = {
  Chat: ["channel", "externalId"],
  Person: ["channel", "externalId"],
  FlowState: ["channel", "chatId", "userId"],
} as const;

export type CachedModel = keyof typeof KEY_FIELDS;

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
const RAW_WRITES = new Set(["$executeRaw", "$executeRawUnsafe"]);
/** Enough for every officer and group of the country; the oldest entries go first beyond it. */
const MAX_ENTRIES = 50_000;

const CACHED_TABLES = /\b(Chat|Person|FlowState)\b/;

/**
 * Marks a raw statement whose author keeps this cache right by hand (the store module that issues
 * it forgets or sets the one row it writes, or it only removes rows the cache already treats as
 * gone). Such a statement does not make the cache forget everything.
 */
export const CACHE_SAFE = "/* cache-safe */";

/** A raw statement touches a cached table unless its text shows it does not. */
function mayTouchCached(args: unknown): boolean {
  const a = args as { strings?: unknown; sql?: unknown } | unknown[] | undefined;
  let text: unknown;
  if (Array.isArray(a)) text = Array.isArray(a[0]) ? (a[0] as unknown[]).join("?") : a[0];
  else if (a && typeof a === "object") text = Array.isArray(a.strings) ? a.strings.join("?") : a.sql;
  if (typeof text !== "string") return true;
  return !text.startsWith(CACHE_SAFE) && CACHED_TABLES.test(text);
}

export class KnownRows {
  private readonly maps = new Map<CachedModel, Map<string, unknown>>();

  static keyOf(model: CachedModel, values: Record<string, unknown>): string | undefined {
    const parts: string[] = [];
    for (const f of KEY_FIELDS[model]) {
      const v = values[f];
      if (typeof v !== "string") return undefined;
      parts.push(v);
    }
    return parts.join("\u0000");
  }

  get(model: CachedModel, key: string): unknown {
    return this.maps.get(model)?.get(key);
  }

  has(model: CachedModel, key: string): boolean {
    return this.maps.get(model)?.has(key) ?? false;
  }

  set(model: CachedModel, key: string, value: unknown): void {
    let m = this.maps.get(model);
    if (!m) this.maps.set(model, (m = new Map()));
    m.delete(key);
    m.set(key, value);
    if (m.size > MAX_ENTRIES) m.delete(m.keys().next().value!);
  }

  forget(model: CachedModel, key: string): void {
    this.maps.get(model)?.delete(key);
  }

  /** Called by the store around every operation: writes make it forget what they may change. */
  onOperation(model: string | undefined, operation: string, args: unknown): void {
    if (model === undefined) {
      if (RAW_WRITES.has(operation) && mayTouchCached(args)) this.maps.clear();
      return;
    }
    if (!(model in KEY_FIELDS) || !WRITES.has(operation)) return;
    const m = model as CachedModel;
    const a = (args ?? {}) as { where?: Record<string, unknown>; data?: unknown };
    const where = a.where ?? {};
    const compound = where[KEY_FIELDS[m].join("_")];
    const key =
      (compound && typeof compound === "object" ? KnownRows.keyOf(m, compound as Record<string, unknown>) : undefined) ??
      KnownRows.keyOf(m, where) ??
      (operation === "create" && a.data && typeof a.data === "object" ? KnownRows.keyOf(m, a.data as Record<string, unknown>) : undefined);
    if (key === undefined) this.maps.delete(m);
    else this.forget(m, key);
  }
}
