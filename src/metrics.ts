// Prometheus metrics (prom-client) for GET /metrics. Events are counted where they happen, through
// the small `BotMetrics` object passed in the dependencies (no global registry); figures that live
// in the database (outbox depth and age, open tickets) are read with cheap counts at scrape time.
// Labels are closed sets (channel, decision, result, job): no ids, names or text ever reach here.
import { Counter, Gauge, Registry } from "prom-client";
import type { Channel } from "./bot/types.js";
import type { Clock } from "./clock.js";
import type { Store } from "./store/db.js";
import type { JobName } from "./store/jobs-runner.js";
import { countPendingOutbox, oldestDueOutboxAt } from "./store/outbox.js";
import { countUnclosedTickets } from "./store/tickets.js";

export type AnswerDecision = "answered" | "declined";
/** How one outbox send ended: sent, expired before sending, or the SendError kind. */
export type SendResult = "sent" | "expired" | "rate_limited" | "migrated" | "timeout" | "permanent" | "transient";
export type { JobName };

/** What flows and workers report; each method is cheap and never throws. */
export interface BotMetrics {
  updateHandled(channel: Channel): void;
  answerGiven(decision: AnswerDecision): void;
  sendFinished(channel: Channel, result: SendResult): void;
  jobRan(job: JobName): void;
}

export interface MetricsRegistry extends BotMetrics {
  registry: Registry;
  /** The exposition text (Prometheus text format 0.0.4). */
  render(): Promise<string>;
  contentType: string;
}

export function createMetrics(o: { store: Store; clock: Clock }): MetricsRegistry {
  const { store, clock } = o;
  const registry = new Registry();
  const updates = new Counter({ name: "bot_updates_handled_total", help: "Incoming updates dispatched to the router, by channel.", labelNames: ["channel"], registers: [registry] });
  const answers = new Counter({ name: "bot_answers_total", help: "Questions answered from the letters or declined.", labelNames: ["decision"], registers: [registry] });
  const sends = new Counter({ name: "bot_outbox_sends_total", help: "Outbox send attempts by how they ended.", labelNames: ["channel", "result"], registers: [registry] });
  const lastRun = new Map<JobName, number>();

  new Gauge({
    name: "bot_outbox_pending",
    help: "Outbox rows waiting to be sent (including those scheduled for later).",
    registers: [registry],
    async collect() {
      this.set(await countPendingOutbox(store));
    },
  });
  new Gauge({
    name: "bot_outbox_oldest_due_age_seconds",
    help: "How long the oldest pending row has been due (0 when nothing is due).",
    registers: [registry],
    async collect() {
      const now = clock.now();
      const oldest = await oldestDueOutboxAt(store, now);
      this.set(oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: "bot_tickets_open",
    help: "Support tickets not yet closed (open or assigned).",
    registers: [registry],
    async collect() {
      this.set(await countUnclosedTickets(store));
    },
  });
  new Gauge({
    name: "bot_job_last_run_age_seconds",
    help: "Seconds since each background job last finished a pass (absent before its first).",
    labelNames: ["job"],
    registers: [registry],
    collect() {
      const now = clock.now().getTime();
      for (const [job, at] of lastRun) this.set({ job }, Math.max(0, (now - at) / 1000));
    },
  });

  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    updateHandled: (channel) => updates.inc({ channel }),
    answerGiven: (decision) => answers.inc({ decision }),
    sendFinished: (channel, result) => sends.inc({ channel, result }),
    jobRan: (job) => void lastRun.set(job, clock.now().getTime()),
  };
}
