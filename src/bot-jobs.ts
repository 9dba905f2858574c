// The bot's periodic jobs, in one list: main.ts runs it on the job runner, and so do the restart
// tests' worker process and the bench, so they exercise exactly the production wiring.
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { SharedKnowledgeBase } from "./bot/kb-sync.js";
import { createOutboxSender, type OutboxSender, type OutboxSenderOptions } from "./bot/outbox.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { ReminderPlanner } from "./flows/reminders/index.js";
import type { TicketWorker } from "./flows/tickets/index.js";
import type { Logger } from "./log.js";
import type { Store } from "./store/db.js";
import { cleanUp } from "./store/housekeeping.js";
import { createJobRunner, type JobRunner, type JobRunnerOptions, type JobSpec } from "./store/jobs-runner.js";

export interface BotJobParts {
  store: Store;
  clock: Clock;
  log: Logger;
  outboxSender: Pick<OutboxSender, "drainOnce" | "renewLeases">;
  /** The parts below are always given by main.ts; a test or bench process without one has no such job. */
  kb?: Pick<SharedKnowledgeBase, "poll">;
  ticketWorker?: Pick<TicketWorker, "tick">;
  planner?: Pick<ReminderPlanner, "tick">;
}

/** This instance's name on the rows and jobs it holds a lease on. */
export function instanceOwner(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** This instance's outbox sender: it claims rows under the instance's name for LEASE_SECONDS. */
export function createInstanceSender(
  config: Pick<Config, "LEASE_SECONDS" | "OUTBOX_MAX_ATTEMPTS">,
  o: Omit<OutboxSenderOptions, "owner" | "leaseMs" | "maxAttempts">,
): { outboxSender: OutboxSender; owner: string; leaseMs: number } {
  const owner = instanceOwner();
  const leaseMs = config.LEASE_SECONDS * 1000;
  return { owner, leaseMs, outboxSender: createOutboxSender({ ...o, owner, leaseMs, maxAttempts: config.OUTBOX_MAX_ATTEMPTS }) };
}

/**
 * Every periodic job: the outbox sender runs on each instance (rows are claimed one by one); the
 * others on whichever instance holds their lease.
 */
export function botJobs(p: BotJobParts): JobSpec[] {
  const { kb, ticketWorker, planner } = p;
  const jobs: JobSpec[] = [
    {
      name: "outbox_sender",
      scope: "each",
      everyMs: 500,
      run: async () => (await p.outboxSender.drainOnce()) > 0,
      heartbeat: () => p.outboxSender.renewLeases(),
    },
  ];
  if (kb) jobs.push({ name: "kb_sync", scope: "each", everyMs: 2_000, run: async () => void (await kb.poll()) });
  if (ticketWorker) jobs.push({ name: "ticket_worker", scope: "one", everyMs: 5_000, run: async () => void (await ticketWorker.tick()) });
  if (planner) jobs.push({ name: "reminder_planner", scope: "one", everyMs: 60_000, run: async () => void (await planner.tick()) });
  jobs.push({
    name: "housekeeping",
    scope: "one",
    everyMs: 3_600_000,
    run: async () => void p.log.debug(await cleanUp(p.store, p.clock), "housekeeping done"),
  });
  return jobs;
}

/** A job runner with every job of botJobs() added (start() runs them). */
export function createBotJobRunner(runner: JobRunnerOptions, parts: BotJobParts): JobRunner {
  const jobs = createJobRunner(runner);
  for (const job of botJobs(parts)) jobs.add(job);
  return jobs;
}
