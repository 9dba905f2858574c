// Fairness under floods: a fixed one-minute window per person and per chat. Counting happens in
// memory (no store work per message); a key that goes over its limit is written to the store, so a
// restart does not lift the limit before its window ends.
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/db.js";
import { runningLimits, saveLimit } from "../store/rate-limits.js";
import type { Incoming } from "./types.js";

export const WINDOW_MS = 60_000;

export interface FairnessLimits {
  perUser: number;
  perChat: number;
}

export type Verdict =
  | { allowed: true }
  /** Over the limit: `notice` is set the first time in the window (then silence). */
  | { allowed: false; scope: "user" | "chat"; notice: boolean; retryInSeconds: number };

interface Counter {
  windowStart: number;
  count: number;
  noticed: boolean;
}

export interface Fairness {
  check(inc: Incoming): Promise<Verdict>;
}

export function createFairness(o: { store: Store; clock: Clock; log: Logger; limits: FairnessLimits }): Fairness {
  const counters = new Map<string, Counter>();
  let loaded: Promise<void> | undefined;

  /** Limits still running from before a restart. */
  async function load(): Promise<void> {
    try {
      const since = new Date(o.clock.now().getTime() - WINDOW_MS);
      for (const r of await runningLimits(o.store, since)) {
        counters.set(r.key, { windowStart: r.windowStart.getTime(), count: r.count, noticed: true });
      }
    } catch (err) {
      o.log.warn({ err }, "fairness: stored limits could not be read; starting fresh");
    }
  }

  function bump(key: string, now: number): Counter {
    let c = counters.get(key);
    if (!c || now - c.windowStart >= WINDOW_MS) {
      c = { windowStart: now, count: 0, noticed: false };
      counters.set(key, c);
    }
    c.count += 1;
    return c;
  }

  function sweep(now: number): void {
    if (counters.size < 5_000) return;
    for (const [k, c] of counters) if (now - c.windowStart >= WINDOW_MS) counters.delete(k);
  }

  async function persist(key: string, c: Counter): Promise<void> {
    try {
      await saveLimit(o.store, { key, windowStart: new Date(c.windowStart), count: c.count });
    } catch (err) {
      o.log.warn({ err }, "fairness: limit not stored");
    }
  }

  return {
    async check(inc) {
      loaded ??= load();
      await loaded;
      const now = o.clock.now().getTime();
      sweep(now);
      const userKey = `user:${inc.channel}:${inc.sender.id}`;
      const chatKey = `chat:${inc.channel}:${inc.chat.id}`;
      const user = bump(userKey, now);
      // A private chat is one person: the per-person limit is the one that matters.
      const chat = inc.chat.kind === "group" ? bump(chatKey, now) : undefined;
      const over: [string, Counter, "user" | "chat"] | undefined =
        user.count > o.limits.perUser ? [userKey, user, "user"] : chat && chat.count > o.limits.perChat ? [chatKey, chat, "chat"] : undefined;
      if (!over) return { allowed: true };
      const [key, c, scope] = over;
      const notice = !c.noticed;
      if (notice) {
        c.noticed = true;
        await persist(key, c);
        o.log.info({ scope, channel: inc.channel, chat: inc.chat.id }, "fairness: limit reached");
      }
      return { allowed: false, scope, notice, retryInSeconds: Math.max(1, Math.ceil((c.windowStart + WINDOW_MS - now) / 1000)) };
    },
  };
}
