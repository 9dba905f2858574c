// Per-person and per-chat message counts in fixed one-minute windows, shared through the database
// so that every instance behind a load balancer counts the same messages and a restart does not
// lift a limit before its window ends. One portable statement per message (SQLite and PostgreSQL
// both take INSERT … ON CONFLICT DO UPDATE … RETURNING): the increment is atomic, so exactly one
// message sees the count that first goes over a limit, whichever instance handles it.
import { Prisma } from "../generated/prisma/client.js";
import { hotSql, type Store } from "./db.js";

export interface WindowCount {
  key: string;
  windowStart: Date;
  /** Messages in the current window, this one included. */
  count: number;
}

/** Counts one message against each key; a key whose window has ended starts a new one. */
export async function countMessage(db: Pick<Store, "$queryRaw" | "$executeRaw">, keys: string[], now: Date, windowMs: number): Promise<WindowCount[]> {
  if (keys.length === 0) return [];
  const windowEnded = new Date(now.getTime() - windowMs);
  const values = Prisma.join(keys.map((key) => Prisma.sql`(${key}, ${now}, 1, ${now})`));
  const rows = await hotSql(db).query<{ key: string; windowStart: Date | string; count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "updatedAt") VALUES ${values}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowEnded} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowEnded} THEN excluded."windowStart" ELSE "RateLimit"."windowStart" END,
      "updatedAt" = excluded."updatedAt"
    RETURNING "key", "windowStart", "count"`;
  return rows.map((r) => ({ key: r.key, windowStart: new Date(r.windowStart), count: Number(r.count) }));
}

/** Drops counts whose window ended before `before` (housekeeping). */
export async function dropEndedWindows(db: Pick<Store, "rateLimit">, before: Date): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}
