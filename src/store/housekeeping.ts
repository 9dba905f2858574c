// Periodic clean-up of rows that only matter for a while: inbound-update keys kept for dedupe,
// expired unfinished forms, stale numbered menus, expired conversation contexts and message
// counts whose window has ended. Run hourly by
// the job runner (src/store/jobs-runner.ts, job "housekeeping") on one instance at a time.
import type { Clock } from "../clock.js";
import type { Store } from "./db.js";
import { dropEndedWindows } from "./rate-limits.js";

const DAY_MS = 86_400_000;
/** Platforms redeliver within minutes; a week is ample. */
const UPDATE_KEYS_KEPT_MS = 7 * DAY_MS;
const MENUS_KEPT_MS = DAY_MS;

export async function cleanUp(store: Store, clock: Clock): Promise<{ updates: number; forms: number; menus: number; contexts: number; limits: number }> {
  const now = clock.now().getTime();
  const updates = await store.processedUpdate.deleteMany({ where: { createdAt: { lt: new Date(now - UPDATE_KEYS_KEPT_MS) } } });
  const forms = await store.flowState.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  const menus = await store.choiceMenu.deleteMany({ where: { createdAt: { lt: new Date(now - MENUS_KEPT_MS) } } });
  const contexts = await store.conversationContext.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  // Windows last a minute; an hour's margin keeps clocks that differ slightly between instances harmless.
  const limits = await dropEndedWindows(store, new Date(now - 3_600_000));
  return { updates: updates.count, forms: forms.count, menus: menus.count, contexts: contexts.count, limits };
}
