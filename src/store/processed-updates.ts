// Keys of inbound updates already handled: a platform that redelivers an update (a webhook retried,
// a poll repeated after a restart) is answered once. Old keys are dropped by housekeeping.ts.
import type { Store } from "./db.js";

/** Records an update key; true the first time it is seen (on any instance, across restarts). */
export async function rememberUpdateKey(db: Pick<Store, "processedUpdate">, key: string): Promise<boolean> {
  try {
    await db.processedUpdate.create({ data: { key } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return false;
    throw err;
  }
}
