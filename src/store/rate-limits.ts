// Per-person and per-chat limits that went over: stored so a restart does not lift them before
// their window ends. Counting itself happens in memory (src/bot/fairness.ts).
import type { Store } from "./db.js";

export interface StoredLimit {
  key: string;
  windowStart: Date;
  count: number;
}

/** Limits whose window began after `since`; older ones are deleted. */
export async function runningLimits(db: Pick<Store, "rateLimit">, since: Date): Promise<StoredLimit[]> {
  const rows = await db.rateLimit.findMany({ where: { windowStart: { gt: since } } });
  await db.rateLimit.deleteMany({ where: { windowStart: { lte: since } } });
  return rows.map((r) => ({ key: r.key, windowStart: r.windowStart, count: r.count }));
}

export async function saveLimit(db: Pick<Store, "rateLimit">, limit: StoredLimit): Promise<void> {
  const data = { windowStart: limit.windowStart, count: limit.count };
  await db.rateLimit.upsert({ where: { key: limit.key }, create: { key: limit.key, ...data }, update: data });
}
