// The reminder planner: every minute (the job runner's "reminder_planner" job, src/bot-jobs.ts, on
// one instance at a time), at start-up and after each import it derives the
// reminder rows due soon from the durable state — active sessions, linked groups, registered
// officers — and inserts the missing ones into the outbox. Planning is idempotent (unique keys),
// so restarts, repeated ticks and a second instance cannot double a reminder, and a group or
// officer linked after an earlier tick is picked up by the next one.
import { createOutbox, type Outbox } from "../../bot/outbox.js";
import type { Clock } from "../../clock.js";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import { reminders as t } from "../../messages/reminders.js";
import type { Store } from "../../store/db.js";
import {
  liveChangeNoticesOf,
  reminderRowsOf,
  reviveCancelledReminder,
  sessionsStartingBetween,
  setAsidePendingRow,
  type PlannedRow,
  type TrainingSession,
} from "../../store/schedule.js";
import { findRecipients, recipientKey, sessionStamp, sessionView, type Recipient } from "./sessions.js";
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
}

export const reminderKey = (stamp: string, offsetId: string, channel: string, chatId: string) =>
  `reminder:${stamp}:${offsetId}:${channel}:${chatId}`;

/** What planning one session needs besides the session. */
interface PlanContext {
  store: Store;
  outbox: Outbox;
  tz: string;
  offsets: readonly ReminderOffset[];
  nowMs: number;
  horizon: number;
}

/** Reminders of the session already in the outbox, keyed `<offset id>|<channel>:<chat id>`. */
async function plannedRows(store: Store, sessionId: string, stamp: string): Promise<Map<string, PlannedRow>> {
  // Rows are matched on their current chat id, not the one in the key: a group that became a
  // supergroup keeps its row (the sender rewrote chatId) and must not get a second one.
  const byIdentity = new Map<string, PlannedRow>();
  for (const row of await reminderRowsOf(store, sessionId)) {
    const [, rowStamp, offsetId] = row.dedupeKey.split(":");
    if (rowStamp === stamp) byIdentity.set(`${offsetId}|${recipientKey(row)}`, row);
  }
  return byIdentity;
}

/**
 * When each recipient was last sent a change notice for this occurrence of the session: it told
 * them everything a reminder due before it would say, so such reminders are not sent as well.
 */
async function noticeTimes(store: Store, sessionId: string, stamp: string): Promise<Map<string, number>> {
  const noticedAt = new Map<string, number>();
  for (const n of await liveChangeNoticesOf(store, sessionId)) {
    if (!n.dedupeKey.split(":")[1]?.startsWith(`${stamp}~`)) continue;
    noticedAt.set(recipientKey(n), Math.max(noticedAt.get(recipientKey(n)) ?? 0, n.createdAt.getTime()));
  }
  return noticedAt;
}

interface Slot {
  offset: ReminderOffset;
  at: Date;
  text: string;
  /** A later reminder is already due: this one would only be noise. */
  superseded: boolean;
}

/** One reminder for one recipient: queue it, revive it, or set it aside. */
async function planReminder(c: PlanContext, s: TrainingSession, slot: Slot, r: Recipient, row: PlannedRow | undefined, covered: boolean, res: PlanResult): Promise<void> {
  if (slot.superseded || covered) {
    if (row?.status === "pending") {
      const reason = slot.superseded ? "superseded by a later reminder" : "covered by the schedule change notice";
      if (await setAsidePendingRow(c.store, row.id, "skipped", reason)) res.superseded++;
    }
    return;
  }
  if (!row) {
    const added = await c.outbox.enqueue({
      dedupeKey: reminderKey(sessionStamp(s, c.tz), slot.offset.id, r.channel, r.chatId),
      channel: r.channel,
      chatId: r.chatId,
      reply: { text: slot.text },
      kind: "reminder",
      refId: s.sessionId,
      notBefore: slot.at,
      expiresAt: s.startsAt,
    });
    if (added) res.queued++;
  } else if (row.status === "cancelled") {
    // Withdrawn earlier (schedule edit, unlinked group) and wanted again: plan it afresh.
    if (await reviveCancelledReminder(c.store, row.id, { payload: JSON.stringify({ text: slot.text }), notBefore: slot.at, expiresAt: s.startsAt })) res.revived++;
  }
}

/** Plans the session's reminders due within the horizon; false when none is. */
async function planSession(c: PlanContext, s: TrainingSession, res: PlanResult): Promise<boolean> {
  const times = c.offsets
    .map((offset) => ({ offset, at: reminderTime(offset, s.startsAt, c.tz) }))
    .filter((x) => x.at < s.startsAt)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const inWindow = times.filter((x) => x.at.getTime() <= c.nowMs + c.horizon);
  if (inWindow.length === 0) return false;
  const latestDue = times.filter((x) => x.at.getTime() <= c.nowMs).at(-1);
  const stamp = sessionStamp(s, c.tz);
  const recipients = await findRecipients(c.store, s);
  const wanted = new Set(recipients.map(recipientKey));
  const byIdentity = await plannedRows(c.store, s.sessionId, stamp);
  const noticedAt = await noticeTimes(c.store, s.sessionId, stamp);

  const view = sessionView(s, c.tz);
  for (const { offset, at } of inWindow) {
    // Two reminders at once after an outage would only be noise: the latest due one is enough.
    const superseded = latestDue !== undefined && at < latestDue.at;
    const soon = offset.kind === "before" && offset.minutes * 60_000 <= SOON_MS;
    const slot: Slot = { offset, at, text: t.reminder(view, soon), superseded };
    for (const r of recipients) {
      const covered = (noticedAt.get(recipientKey(r)) ?? 0) >= at.getTime();
      await planReminder(c, s, slot, r, byIdentity.get(`${offset.id}|${recipientKey(r)}`), covered, res);
    }
  }
  for (const row of byIdentity.values()) {
    if (row.status !== "pending" || wanted.has(recipientKey(row))) continue;
    if (await setAsidePendingRow(c.store, row.id, "cancelled", "recipient no longer linked")) res.withdrawn++;
  }
  return true;
}

export function createReminderPlanner(o: ReminderPlannerOptions): ReminderPlanner {
  const { store, clock, log } = o;
  const tz = o.config.TZ;
  // Throws at start-up on a bad REMINDER_OFFSETS rather than silently sending nothing.
  const offsets = parseReminderOffsets(o.config.REMINDER_OFFSETS);
  const outbox = o.outbox ?? createOutbox(store, clock);
  const horizon = o.horizonMs ?? DEFAULT_HORIZON_MS;
  const lead = maxLeadMs(offsets);
  let chain: Promise<unknown> = Promise.resolve();

  async function planOnce(): Promise<PlanResult> {
    const now = clock.now();
    const res: PlanResult = { sessions: 0, queued: 0, revived: 0, superseded: 0, withdrawn: 0 };
    const c: PlanContext = { store, outbox, tz, offsets, nowMs: now.getTime(), horizon };
    for (const s of await sessionsStartingBetween(store, now, new Date(c.nowMs + lead + horizon))) {
      if (await planSession(c, s, res)) res.sessions++;
    }
    if (res.queued || res.revived || res.superseded || res.withdrawn) log.info({ ...res }, "reminders planned");
    return res;
  }

  function tick(): Promise<PlanResult> {
    const run = chain.then(planOnce);
    chain = run.catch(() => undefined);
    return run;
  }

  return { offsets, tick };
}
