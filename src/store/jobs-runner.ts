// One way to run every periodic job (outbox sender, ticket worker, reminder planner,
// housekeeping): a loop per job that waits its interval, runs it, and records the run. A job of
// scope "one" runs only on the instance holding its lease (src/store/jobs.ts); a job of scope
// "each" runs on every instance (the outbox sender: rows are claimed one by one with their own
// leases). While a job runs, a heartbeat renews its lease (and whatever else `heartbeat` renews).
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import { dialectOf, type Store } from "./db.js";
import { holdJobLease, jobFinished, jobLastStarted, jobStarted, registerJob, releaseJobLease } from "./jobs.js";

export type JobName = "outbox_sender" | "kb_sync" | "ticket_worker" | "reminder_planner" | "housekeeping";

export interface JobSpec {
  name: JobName;
  scope: "one" | "each";
  /** Pause between two runs (after a run that found nothing more to do). */
  everyMs: number;
  /** One run; returning true means more work is waiting, so the next run starts at once. */
  run(): Promise<boolean | void>;
  /** Called every leaseMs/3 while the job runs (e.g. renewing the outbox rows it claimed). */
  heartbeat?(): Promise<void>;
}

export interface JobRunnerOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /** This instance's id (host:pid:random). */
  owner: string;
  leaseMs: number;
  /**
   * Several instances may share the database (default: on PostgreSQL). Without, jobs of scope
   * "one" need no lease and no run is written down: one SQLite process runs everything, and its
   * idle loops then never ask for SQLite's write lock.
   */
  shared?: boolean;
  /** Records each finished run (job lag on GET /metrics). */
  onRun?(name: JobName): void;
}

export interface JobRunner {
  add(job: JobSpec): void;
  start(): void;
  /** Ends every loop after its current run and gives the leases back. */
  stop(): Promise<void>;
}

export function createJobRunner(o: JobRunnerOptions): JobRunner {
  const jobs: JobSpec[] = [];
  const loops: Promise<void>[] = [];
  const stopping = new AbortController();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopping.signal.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        stopping.signal.removeEventListener("abort", done);
        resolve();
      }
      stopping.signal.addEventListener("abort", done, { once: true });
    });

  const sharedDb = o.shared ?? dialectOf(o.store) === "postgres";
  const scopeOf = (job: JobSpec): JobSpec["scope"] => (sharedDb ? job.scope : "each");
  const leaseEnd = () => new Date(o.clock.now().getTime() + o.leaseMs);
  const renewEveryMs = Math.max(100, Math.floor(o.leaseMs / 3));

  /** Runs the job once with a heartbeat; errors are logged, never thrown. */
  async function runOnce(job: JobSpec): Promise<boolean> {
    const log = o.log.child({ job: job.name });
    const beat = setInterval(() => {
      const renew = scopeOf(job) === "one" ? holdJobLease(o.store, job.name, o.owner, o.clock.now(), leaseEnd()).then(() => undefined) : Promise.resolve();
      void renew.then(() => job.heartbeat?.()).catch((err: unknown) => log.warn({ err }, "job heartbeat failed"));
    }, renewEveryMs);
    // Runs of a job every instance runs (every half second) are not written down: only the
    // shared jobs' runs are, for the instance that takes one over.
    const shared = scopeOf(job) === "one";
    try {
      if (shared) await jobStarted(o.store, job.name, o.clock.now());
      const more = (await job.run()) === true;
      if (shared) await jobFinished(o.store, job.name, o.clock.now());
      o.onRun?.(job.name);
      return more;
    } catch (err) {
      log.error({ err }, "job run failed");
      if (shared) await jobFinished(o.store, job.name, o.clock.now(), String((err as Error)?.message ?? err).slice(0, 500)).catch(() => undefined);
      return false;
    } finally {
      clearInterval(beat);
    }
  }

  async function loop(job: JobSpec): Promise<void> {
    let held = false;
    let lastStarted = 0;
    while (!stopping.signal.aborted) {
      try {
        if (scopeOf(job) === "one") {
          const had = held;
          held = await holdJobLease(o.store, job.name, o.owner, o.clock.now(), leaseEnd());
          if (!held) {
            await wait(Math.min(job.everyMs, renewEveryMs));
            continue;
          }
          // Taking the job over: it may have run elsewhere a moment ago.
          if (!had) lastStarted = (await jobLastStarted(o.store, job.name))?.getTime() ?? 0;
          const dueIn = lastStarted + job.everyMs - o.clock.now().getTime();
          if (dueIn > 0) {
            await wait(Math.min(dueIn, renewEveryMs));
            continue;
          }
        }
        lastStarted = o.clock.now().getTime();
        const more = await runOnce(job);
        if (!more && scopeOf(job) === "each") await wait(job.everyMs);
      } catch (err) {
        o.log.error({ err, job: job.name }, "job loop failed; retrying");
        held = false;
        await wait(Math.min(job.everyMs, renewEveryMs));
      }
    }
    if (held) await releaseJobLease(o.store, job.name, o.owner).catch(() => undefined);
  }

  return {
    add(job) {
      jobs.push(job);
    },
    start() {
      for (const job of jobs) {
        if (scopeOf(job) === "each") {
          loops.push(loop(job));
          continue;
        }
        loops.push(
          registerJob(o.store, job.name)
            .catch((err: unknown) => o.log.warn({ err, job: job.name }, "job registration failed"))
            .then(() => loop(job)),
        );
      }
    },
    async stop() {
      stopping.abort();
      await Promise.allSettled(loops);
    },
  };
}
