// Main-thread side of document extraction: one worker thread (spawned on demand, reused, ended
// when idle) with a heap cap and a wall-clock cap per file. A file that blows either limit costs
// the worker, never the bot: the worker is ended and the next file gets a fresh one.
import { Worker } from "node:worker_threads";
import { ExtractError } from "./extract-errors.js";
import type { SourceFormat } from "./extract.js";
import type { ExtractJob, ParsedFile, WorkerMessage } from "./extract-worker.js";
import { DEFAULT_LIMITS, type ExtractLimits } from "./limits.js";

export type { ParsedFile };
export type ProgressFn = (page: number, pages: number) => void;

const BOOT = new URL("./extract-worker-boot.mjs", import.meta.url);
/** An idle worker is ended after this long (the OCR engine holds ~100 MB while it lives). */
const IDLE_MS = 30_000;

export class Extractor {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(readonly limits: ExtractLimits = DEFAULT_LIMITS) {}

  /** Parses one file in the worker; jobs run one at a time. Throws ExtractError. */
  parse(format: SourceFormat, data: Buffer, onProgress?: ProgressFn): Promise<ParsedFile> {
    const run = this.queue.then(
      () => this.runJob(format, data, onProgress),
      () => this.runJob(format, data, onProgress),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the worker (tests, shutdown). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private spawn(): Worker {
    clearTimeout(this.idleTimer);
    if (this.worker) return this.worker;
    const worker = new Worker(BOOT, {
      execArgv: [],
      // Old generation only: a young-generation cap above it makes V8 abort the whole process on OOM.
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, stackSizeMb: 8 },
    });
    worker.on("exit", () => {
      if (this.worker === worker) this.worker = undefined;
    });
    // Errors are handled per job; an idle worker's error just ends it.
    worker.on("error", () => undefined);
    this.worker = worker;
    return worker;
  }

  private runJob(format: SourceFormat, data: Buffer, onProgress?: ProgressFn): Promise<ParsedFile> {
    const worker = this.spawn();
    worker.ref();
    const id = ++this.nextId;
    return new Promise<ParsedFile>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      const fail = (err: ExtractError, kill: boolean) => {
        cleanup();
        if (kill) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        reject(err);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.id !== id) return;
        if (m.type === "progress") {
          onProgress?.(m.page, m.pages);
          return;
        }
        cleanup();
        this.idle(worker);
        if (m.type === "done") resolve(m.result);
        else reject(new ExtractError(m.code, m.details));
      };
      // ERR_WORKER_OUT_OF_MEMORY and the like: the file needs more than a letter ever does.
      const onError = () => fail(new ExtractError("too_complex"), true);
      const onExit = () => fail(new ExtractError("too_complex"), false);
      const timer = setTimeout(
        () => fail(new ExtractError("timeout", { seconds: Math.round(this.limits.timeoutMs / 1000) }), true),
        this.limits.timeoutMs,
      );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      const job: ExtractJob = { id, format, data: new Uint8Array(data), limits: this.limits };
      worker.postMessage(job);
    });
  }

  /** Lets the process exit while no job runs, and ends the worker after a while. */
  private idle(worker: Worker): void {
    worker.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker) {
        this.worker = undefined;
        void worker.terminate();
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

const shared = new Map<string, Extractor>();

/** One extractor per set of limits, shared by the knowledge bases of a process. */
export function extractorFor(limits: ExtractLimits = DEFAULT_LIMITS): Extractor {
  const key = JSON.stringify(limits);
  let e = shared.get(key);
  if (!e) shared.set(key, (e = new Extractor(limits)));
  return e;
}
