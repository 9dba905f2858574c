// The ticket worker: a small periodic pass (job "ticket_worker" on the job runner, src/bot-jobs.ts)
// that posts tickets not yet in the support chat (opening their forum topic first), links each post
// to its sent message id, and raises SLA alerts. The feature already tries to post at once; this
// pass is what makes a failure or a restart harmless.
import type { AppDeps } from "../../bot/context.js";
import type { Outbox } from "../../bot/outbox.js";
import { checkSla, postPending, type PostPassResult, type PosterServices } from "./service.js";
import type { CreateTopic } from "./types.js";

export interface TicketWorkerOptions {
  deps: AppDeps;
  outbox: Outbox;
  createTopic?: CreateTopic;
}

export interface TicketTickResult extends PostPassResult {
  alerted: number;
}

export interface TicketWorker {
  /** One pass: post pending tickets, then SLA alerts. Never runs twice at once. */
  tick(): Promise<TicketTickResult>;
  postPending(): Promise<PostPassResult>;
  checkSla(): Promise<number>;
}

export function createTicketWorker(o: TicketWorkerOptions): TicketWorker {
  const svc: PosterServices = { ...o.deps, outbox: o.outbox, ...(o.createTopic ? { createTopic: o.createTopic } : {}) };
  let current: Promise<TicketTickResult> | undefined;

  async function pass(): Promise<TicketTickResult> {
    const posted = await postPending(svc);
    const alerted = await checkSla(svc);
    return { ...posted, alerted };
  }

  function tick(): Promise<TicketTickResult> {
    // A second caller waits for the pass in progress, then runs its own.
    const run = (current ?? Promise.resolve()).catch(() => undefined).then(pass);
    current = run;
    return run;
  }

  return {
    tick,
    postPending: () => postPending(svc),
    checkSla: () => checkSla(svc),
  };
}
