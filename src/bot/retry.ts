// Retries with exponential backoff and jitter, for start-up calls that must eventually succeed
// (getMe, setWebhook, setMyCommands) while the platform is down.

export interface RetryOptions {
  initialMs?: number;
  maxMs: number;
  /** Stops retrying (resolves to undefined) once aborted. */
  signal?: AbortSignal;
  onFailure?(err: unknown, attempt: number, nextDelayMs: number): void;
}

/** Runs `fn` until it succeeds or `signal` aborts; undefined when aborted. */
export async function retryUntilDone<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T | undefined> {
  const initial = opts.initialMs ?? Math.min(500, opts.maxMs);
  for (let attempt = 1; !opts.signal?.aborted; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (opts.signal?.aborted) return undefined;
      const base = Math.min(opts.maxMs, initial * 2 ** Math.min(attempt - 1, 20));
      // Jitter spreads the retries of several instances.
      const delay = Math.round(base * (0.75 + Math.random() * 0.25));
      opts.onFailure?.(err, attempt, delay);
      await abortableSleep(delay, opts.signal);
    }
  }
  return undefined;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
