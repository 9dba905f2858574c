// The knowledge base's version, shared by the instances: every change to letters, relations or
// FAQ entries bumps it, and each instance reloads its index when it sees a version it did not make.
import type { Store } from "./db.js";

const KEY = "kb";

/** The current version (0 before the first change). */
export async function readKbVersion(store: Store): Promise<bigint> {
  return (await store.sharedValue.findUnique({ where: { key: KEY } }))?.value ?? 0n;
}

/** Bumps the version atomically; returns the new one. */
export async function bumpKbVersion(store: Store, at: Date): Promise<bigint> {
  const row = await store.sharedValue.upsert({
    where: { key: KEY },
    create: { key: KEY, value: 1n, updatedAt: at },
    update: { value: { increment: 1n }, updatedAt: at },
  });
  return row.value;
}
