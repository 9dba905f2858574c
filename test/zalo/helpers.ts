// Shared bits for the Zalo channel tests.
import { Writable } from "node:stream";
import pino from "pino";
import type { Incoming } from "../../src/bot/types.js";

/** A debug-level logger whose lines the test can read. */
export function captureLogger(): { log: pino.Logger; lines: string[]; records: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const log = pino({ level: "debug" }, stream);
  return { log, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** Collects every Incoming; `next(n)` resolves once n have arrived. */
export function incomingRecorder(handler?: (incoming: Incoming) => Promise<void>) {
  const received: Incoming[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    received,
    hooks: {
      async onIncoming(incoming: Incoming) {
        received.push(incoming);
        for (const w of waiters.filter((x) => received.length >= x.count)) w.resolve();
        if (handler) await handler(incoming);
      },
    },
    waitFor(count: number, timeoutMs = 3_000): Promise<Incoming[]> {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} incoming, got ${received.length}`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(received);
          },
        });
      });
    },
  };
}

export function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
