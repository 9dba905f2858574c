// Unfinished forms (FlowState): one row per person and chat. This is read on almost every message
// and written at every form step, so the three hot statements are portable raw SQL (the same text
// runs on SQLite and PostgreSQL): a Prisma model query costs 2–4 ms of CPU here, these about 0.5 ms
// (measured with npm run bench -- --only throughput). The last state this process read or wrote is
// kept in the store's hot-row cache (known-rows.ts), which these functions keep right by hand.
import { Prisma } from "../generated/prisma/client.js";
import { hotSql, knownRows, type Store } from "./db.js";
import { CACHE_SAFE, KnownRows } from "./known-rows.js";

const CACHE_SAFE_SQL = Prisma.raw(CACHE_SAFE);

export interface FlowKey {
  channel: string;
  chatId: string;
  userId: string;
}

export interface StoredFlow {
  flow: string;
  step: string;
  /** JSON object of the answers so far. */
  data: string;
  expiresAt: Date;
}

const cacheKeyOf = (key: FlowKey) => KnownRows.keyOf("FlowState", { ...key })!;

/** The person's unfinished form in this chat, expired or not (the caller decides), or null. */
export async function loadFlowState(db: Store, key: FlowKey): Promise<StoredFlow | null> {
  const known = knownRows(db);
  const cacheKey = cacheKeyOf(key);
  const cached = known?.get("FlowState", cacheKey) as StoredFlow | null | undefined;
  if (cached !== undefined) return cached;
  const rows = await hotSql(db).query<StoredFlow[]>`SELECT "flow", "step", "data", "expiresAt" FROM "FlowState"
    WHERE "channel" = ${key.channel} AND "chatId" = ${key.chatId} AND "userId" = ${key.userId}`;
  const row = rows[0] ? { flow: rows[0].flow, step: rows[0].step, data: rows[0].data, expiresAt: new Date(rows[0].expiresAt) } : null;
  known?.set("FlowState", cacheKey, row);
  return row;
}

/** Saves the form's step and answers (one statement: insert, or update the person's row). */
export async function saveFlowState(db: Store, key: FlowKey, state: StoredFlow, now: Date): Promise<void> {
  const known = knownRows(db);
  const cacheKey = cacheKeyOf(key);
  known?.forget("FlowState", cacheKey);
  await hotSql(db).execute`${CACHE_SAFE_SQL}INSERT INTO "FlowState" ("channel", "chatId", "userId", "flow", "step", "data", "expiresAt", "updatedAt")
    VALUES (${key.channel}, ${key.chatId}, ${key.userId}, ${state.flow}, ${state.step}, ${state.data}, ${state.expiresAt}, ${now})
    ON CONFLICT ("channel", "chatId", "userId") DO UPDATE SET "flow" = excluded."flow", "step" = excluded."step",
      "data" = excluded."data", "expiresAt" = excluded."expiresAt", "updatedAt" = excluded."updatedAt"`;
  known?.set("FlowState", cacheKey, { ...state });
}

/** Closes the person's form in this chat (only if it is `flow`, when given). */
export async function clearFlowState(db: Pick<Store, "$queryRaw" | "$executeRaw">, key: FlowKey, flow?: string): Promise<void> {
  const known = knownRows(db as Store);
  const cacheKey = cacheKeyOf(key);
  const onlyFlow = flow ? Prisma.sql` AND "flow" = ${flow}` : Prisma.empty;
  // Forgotten before and after: a read while the delete waits must not leave the old form cached.
  known?.forget("FlowState", cacheKey);
  await hotSql(db).execute`${CACHE_SAFE_SQL}DELETE FROM "FlowState"
    WHERE "channel" = ${key.channel} AND "chatId" = ${key.chatId} AND "userId" = ${key.userId}${onlyFlow}`;
  known?.forget("FlowState", cacheKey);
  if (!flow) known?.set("FlowState", cacheKey, null);
}

/**
 * Drops every expired unfinished `flow` form: they hold personal data. Rows the cache still holds
 * are expired too, and an expired cached form is treated as gone (and deleted) when next read.
 */
export async function sweepExpiredForms(db: Store, flow: string, now: Date): Promise<number> {
  return hotSql(db).execute`${CACHE_SAFE_SQL}DELETE FROM "FlowState" WHERE "flow" = ${flow} AND "expiresAt" <= ${now}`;
}
