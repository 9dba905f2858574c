// The reminder planner: every minute (and at start-up and after each import) it derives the
// reminder rows due soon from the durable state — active sessions, linked groups, registered
// officers — and inserts the missing ones into the outbox. Planning is idempotent (unique keys),
// so restarts, repeated ticks and a second instance cannot double a reminder, and a group or
// officer linked after an earlier tick is picked up by the next one.
import cron, { type ScheduledTask } from "node-cron";
import { createOutbox, type Outbox } from "../../bot/outbox.js";
import type { Clock } from "../../clock.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import type { BotMetrics } from "../../metrics.js";
import { reminders as t } from "../../messages/reminders.js";
import type { Store } from "../../store/db.js";
import { findRecipients, recipientKey, sessionStamp, sessionView } from "./sessions.js";
import { maxLeadMs, parseReminderOffsets, reminderTime, type ReminderOffset } from "./time.js";

/** Rows are inserted this long before they are due: a missed tick or two changes nothing. */
export const DEFAULT_HORIZON_MS = 15 * 60_000;
/** "60m" reads as "starting soon"; a longer lead is an ordinary reminder. */
const SOON_MS = 3 * 60 * 60_000;

export interface ReminderPlannerOptions {
  store: Store;
  clock: Clock;
  config: Pick<Config, "TZ" | "REMINDER_OFFSETS">;
  log: Logger;
  /** Defaults to the outbox on `store`. */
  outbox?: Outbox;
  horizonMs?: number;
  /** Records each finished pass (job lag on GET /metrics). */
  metrics?: Pick<BotMetrics, "jobRan">;
}

export interface PlanResult {
  /** Sessions with a reminder due within the horizon. */
  sessions: number;
  queued: number;
  revived: number;
  /** Reminders made redundant by a later one or by a change notice (recorded as skipped). */
  superseded: number;
  /** Pending reminders of recipients no longer concerned (unlinked, removed). */
  withdrawn: number;
}

export interface ReminderPlanner {
  readonly offsets: readonly ReminderOffset[];
  /** Plans what is due within the horizon; ticks never overlap. */
  tick(): Promise<PlanResult>;
  /** One tick now, then one every minute (node-cron, in the configured time zone). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const reminderKey = (stamp: string, offsetId: string, channel: string, chatId: string) =>
  `reminder:${stamp}:${offsetId}:${channel}:${chatId}`;

export function createReminderPlanner(o: ReminderPlannerOptions): ReminderPlanner {
  const { store, clock, log } = o;
  const tz = o.config.TZ;
  // Throws at start-up on a bad REMINDER_OFFSETS rather than silently sending nothing.
  const offsets = parseReminderOffsets(o.config.REMINDER_OFFSETS);
  const outbox = o.outbox ?? createOutbox(store, clock);
  const horizon = o.horizonMs ?? DEFAULT_HORIZON_MS;
  const lead = maxLeadMs(offsets);
  let chain: Promise<unknown> = Promise.resolve();
  let task: ScheduledTask | undefined;

  async function planOnce(): Promise<PlanResult> {
    const now = clock.now();
    const nowMs = now.getTime();
    const res: PlanResult = { sessions: 0, queued: 0, revived: 0, superseded: 0, withdrawn: 0 };
    const sessions = await store.trainingSession.findMany({
      where: { status: "active", startsAt: { gt: now, lte: new Date(nowMs + lead + horizon) } },
      orderBy: { startsAt: "asc" },
    });
    for (const s of sessions) {
      const times = offsets
        .map((offset) => ({ offset, at: reminderTime(offset, s.startsAt, tz) }))
        .filter((x) => x.at < s.startsAt)
        .sort((a, b) => a.at.getTime() - b.at.getTime());
      const inWindow = times.filter((x) => x.at.getTime() <= nowMs + horizon);
      if (inWindow.length === 0) continue;
      res.sessions++;
      const latestDue = times.filter((x) => x.at.getTime() <= nowMs).at(-1);
      const stamp = sessionStamp(s, tz);
      const recipients = await findRecipients(store, s);
      const wanted = new Set(recipients.map(recipientKey));

      // Rows are matched on their current chat id, not the one in the key: a group that became a
      // supergroup keeps its row (the sender rewrote chatId) and must not get a second one.
      const existing = await store.outbox.findMany({
        where: { kind: "reminder", refId: s.sessionId },
        select: { id: true, dedupeKey: true, status: true, channel: true, chatId: true },
      });
      const byIdentity = new Map<string, (typeof existing)[number]>();
      for (const row of existing) {
        const [, rowStamp, offsetId] = row.dedupeKey.split(":");
        if (rowStamp === stamp) byIdentity.set(`${offsetId}|${recipientKey(row)}`, row);
      }

      // A change notice (moved or restored session) already told the recipient everything a reminder
      // due before it would say: such reminders are not sent as well.
      const notices = await store.outbox.findMany({
        where: { kind: "schedule_change", refId: s.sessionId, status: { in: ["pending", "sending", "sent"] } },
        select: { dedupeKey: true, channel: true, chatId: true, createdAt: true },
      });
      const noticedAt = new Map<string, number>();
      for (const n of notices) {
        if (!n.dedupeKey.split(":")[1]?.startsWith(`${stamp}~`)) continue;
        noticedAt.set(recipientKey(n), Math.max(noticedAt.get(recipientKey(n)) ?? 0, n.createdAt.getTime()));
      }

      const view = sessionView(s, tz);
      for (const { offset, at } of inWindow) {
        // Two reminders at once after an outage would only be noise: the latest due one is enough.
        const superseded = latestDue !== undefined && at < latestDue.at;
        const soon = offset.kind === "before" && offset.minutes * 60_000 <= SOON_MS;
        const text = t.reminder(view, soon);
        for (const r of recipients) {
          const row = byIdentity.get(`${offset.id}|${recipientKey(r)}`);
          const covered = (noticedAt.get(recipientKey(r)) ?? 0) >= at.getTime();
          if (superseded || covered) {
            if (row?.status === "pending") {
              const n = await store.outbox.updateMany({
                where: { id: row.id, status: "pending" },
                data: { status: "skipped", lastError: superseded ? "superseded by a later reminder" : "covered by the schedule change notice" },
              });
              res.superseded += n.count;
            }
            continue;
          }
          if (!row) {
            const added = await outbox.enqueue({
              dedupeKey: reminderKey(stamp, offset.id, r.channel, r.chatId),
              channel: r.channel,
              chatId: r.chatId,
              reply: { text },
              kind: "reminder",
              refId: s.sessionId,
              notBefore: at,
              expiresAt: s.startsAt,
            });
            if (added) res.queued++;
          } else if (row.status === "cancelled") {
            // Withdrawn earlier (schedule edit, unlinked group) and wanted again: plan it afresh.
            const n = await store.outbox.updateMany({
              where: { id: row.id, status: "cancelled" },
              data: { status: "pending", payload: JSON.stringify({ text }), notBefore: at, expiresAt: s.startsAt, attempts: 0, lastError: null },
            });
            res.revived += n.count;
          }
        }
      }
      for (const row of byIdentity.values()) {
        if (row.status !== "pending" || wanted.has(recipientKey(row))) continue;
        const n = await store.outbox.updateMany({
          where: { id: row.id, status: "pending" },
          data: { status: "cancelled", lastError: "recipient no longer linked" },
        });
        res.withdrawn += n.count;
      }
    }
    if (res.queued || res.revived || res.superseded || res.withdrawn) log.info({ ...res }, "reminders planned");
    o.metrics?.jobRan("reminder_planner");
    return res;
  }

  function tick(): Promise<PlanResult> {
    const run = chain.then(planOnce);
    chain = run.catch(() => undefined);
    return run;
  }

  const safeTick = () =>
    tick().catch((err: unknown) => {
      log.error({ err }, "reminder planning failed");
    });

  return {
    offsets,
    tick,
    async start() {
      if (task) return;
      await safeTick();
      task = cron.schedule("* * * * *", safeTick, { timezone: tz, noOverlap: true, name: "reminder-planner" });
    },
    async stop() {
      await task?.stop();
      task = undefined;
      await chain;
    },
  };
}
