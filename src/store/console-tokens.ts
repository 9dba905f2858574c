// Web console sign-in rows (ConsoleToken): one-time links and sessions, kept as SHA-256 hashes.
import type { Store } from "./db.js";

export type ConsoleTokenKind = "link" | "session";

export async function insertToken(
  store: Store,
  row: { tokenHash: string; kind: ConsoleTokenKind; actor: string; expiresAt: Date; now: Date },
): Promise<void> {
  await store.consoleToken.create({
    data: { tokenHash: row.tokenHash, kind: row.kind, actor: row.actor, expiresAt: row.expiresAt, createdAt: row.now },
  });
}

/** Marks an unused, unexpired link as used; true only for the one caller that did. */
export async function useLink(store: Store, tokenHash: string, now: Date): Promise<string | undefined> {
  const row = await store.consoleToken.findUnique({ where: { tokenHash } });
  if (!row || row.kind !== "link" || row.usedAt || row.expiresAt <= now) return undefined;
  const used = await store.consoleToken.updateMany({
    where: { tokenHash, kind: "link", usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return used.count === 1 ? row.actor : undefined;
}

export async function findSession(store: Store, tokenHash: string, now: Date): Promise<{ actor: string; expiresAt: Date } | undefined> {
  const row = await store.consoleToken.findUnique({ where: { tokenHash }, select: { kind: true, actor: true, expiresAt: true } });
  if (!row || row.kind !== "session" || row.expiresAt <= now) return undefined;
  return { actor: row.actor, expiresAt: row.expiresAt };
}

export async function extendSession(store: Store, tokenHash: string, expiresAt: Date): Promise<void> {
  await store.consoleToken.updateMany({ where: { tokenHash, kind: "session" }, data: { expiresAt } });
}

export async function deleteToken(store: Store, tokenHash: string): Promise<void> {
  await store.consoleToken.deleteMany({ where: { tokenHash } });
}

/** Ends every link and session of one person; returns how many sessions were open. */
export async function deleteTokensOf(store: Store, actor: string, now: Date): Promise<number> {
  const open = await store.consoleToken.count({ where: { actor, kind: "session", expiresAt: { gt: now } } });
  await store.consoleToken.deleteMany({ where: { actor } });
  return open;
}

export async function deleteExpiredTokens(store: Store, now: Date): Promise<number> {
  const removed = await store.consoleToken.deleteMany({ where: { expiresAt: { lte: now } } });
  return removed.count;
}
