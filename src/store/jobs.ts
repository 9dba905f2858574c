// Leases of periodic jobs, shared by every instance on one database. A job that must run on one
// instance at a time belongs to whoever holds its lease; the holder renews it while alive, and when
// an instance dies its lease simply runs out and another instance takes the job over.
import type { Store } from "./db.js";

function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string }).code === "P2002";
}

/** Makes sure the job's row exists (two instances may try at once). */
export async function registerJob(store: Store, name: string): Promise<void> {
  try {
    await store.job.upsert({ where: { name }, create: { name }, update: {} });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}

/**
 * Takes or renews the job's lease until `until`: one conditional UPDATE, so of two instances
 * asking at once exactly one gets a lease that is free, expired or already its own.
 */
export async function holdJobLease(store: Store, name: string, owner: string, now: Date, until: Date): Promise<boolean> {
  const r = await store.job.updateMany({
    where: { name, OR: [{ owner }, { owner: null }, { leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { owner, leaseUntil: until },
  });
  return r.count === 1;
}

/** Gives the lease back (on a clean stop), so another instance need not wait for it to expire. */
export async function releaseJobLease(store: Store, name: string, owner: string): Promise<void> {
  await store.job.updateMany({ where: { name, owner }, data: { owner: null, leaseUntil: null } });
}

export async function jobStarted(store: Store, name: string, at: Date): Promise<void> {
  await store.job.update({ where: { name }, data: { lastStartedAt: at } });
}

export async function jobFinished(store: Store, name: string, at: Date, error?: string): Promise<void> {
  await store.job.update({ where: { name }, data: { lastFinishedAt: at, lastError: error ?? null } });
}

/** When the job last started, on any instance. */
export async function jobLastStarted(store: Store, name: string): Promise<Date | undefined> {
  return (await store.job.findUnique({ where: { name }, select: { lastStartedAt: true } }))?.lastStartedAt ?? undefined;
}
