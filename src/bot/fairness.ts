// Fairness under floods: a fixed one-minute window per person and per chat. The counts live in
// the database (src/store/rate-limits.ts), one atomic statement per message, so several instances
// share them and a restart does not lift a limit before its window ends. The notice is sent by the
// one message that first goes over the limit; later ones in the window get silence.
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/db.js";
import { countMessage, type WindowCount } from "../store/rate-limits.js";
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

export interface Fairness {
  check(inc: Incoming): Promise<Verdict>;
}

export function createFairness(o: { store: Store; clock: Clock; log: Logger; limits: FairnessLimits }): Fairness {
  function overLimit(counts: WindowCount[], userKey: string, chatKey: string): [WindowCount, "user" | "chat", number] | undefined {
    const user = counts.find((c) => c.key === userKey);
    const chat = counts.find((c) => c.key === chatKey);
    if (user && user.count > o.limits.perUser) return [user, "user", o.limits.perUser];
    if (chat && chat.count > o.limits.perChat) return [chat, "chat", o.limits.perChat];
    return undefined;
  }

  return {
    async check(inc) {
      const now = o.clock.now();
      const userKey = `user:${inc.channel}:${inc.sender.id}`;
      const chatKey = `chat:${inc.channel}:${inc.chat.id}`;
      // A private chat is one person: the per-person limit is the one that matters.
      const keys = inc.chat.kind === "group" ? [userKey, chatKey] : [userKey];
      let counts: WindowCount[];
      try {
        counts = await countMessage(o.store, keys, now, WINDOW_MS);
      } catch (err) {
        // A limit that cannot be counted must not silence the bot: serve the message.
        o.log.warn({ err }, "fairness: message not counted");
        return { allowed: true };
      }
      const over = overLimit(counts, userKey, chatKey);
      if (!over) return { allowed: true };
      const [c, scope, limit] = over;
      const notice = c.count === limit + 1;
      if (notice) o.log.info({ scope, channel: inc.channel, chat: inc.chat.id }, "fairness: limit reached");
      return { allowed: false, scope, notice, retryInSeconds: Math.max(1, Math.ceil((c.windowStart.getTime() + WINDOW_MS - now.getTime()) / 1000)) };
    },
  };
}
