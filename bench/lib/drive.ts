// The load both throughput sections put on a bot: simulated officers (bench/lib/officers.ts), a few
// updates in flight at a time (as webhook deliveries overlap), each officer strictly one after the
// other (their next message depends on the bot's answer to the last).
import type { Update } from "grammy/types";
import type { FakeTelegramApi } from "./fake-telegram.js";
import { Officer } from "./officers.js";

/** Updates in flight at once (overlapping webhook deliveries). */
export const CONCURRENCY = 4;
const TIMED_FIRST_ID = 30_000_000;
const WARMUP_FIRST_ID = 40_000_000;

export interface RunResult {
  perSecond: number;
  latencies: number[];
  /** CPU time per update of the process doing the work: unlike the rate, barely moved by other load on the machine. */
  cpuMs: number;
}

/** This process's CPU time so far (ms). */
export function ownCpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Timed officers, or warm-up ones with ids and units of their own, so the timed ones meet no unit already full. */
export function officersFor(n: number, questions: readonly string[], warmup = false): Officer[] {
  const firstIndex = warmup ? 100_000 : 0;
  const firstId = warmup ? WARMUP_FIRST_ID : TIMED_FIRST_ID;
  return Array.from({ length: n }, (_, i) => new Officer(firstIndex + i, firstId + i, questions));
}

/**
 * Feeds officers' updates to `handle`, CONCURRENCY at a time. Returns the rate, each latency and
 * the CPU per update measured by `cpuMs` (this process by default).
 */
export async function drive(
  officers: Officer[],
  total: number,
  api: FakeTelegramApi,
  handle: (u: Update) => Promise<void>,
  cpuMs: () => number = ownCpuMs,
): Promise<RunResult> {
  const busy = new Set<number>();
  const latencies: number[] = [];
  let started = 0;
  let cursor = 0;
  const nextOfficer = (): Officer => {
    for (;;) {
      const o = officers[cursor++ % officers.length]!;
      if (!busy.has(o.userId)) return o;
    }
  };
  async function lane(): Promise<void> {
    while (started < total) {
      started++;
      const o = nextOfficer();
      busy.add(o.userId);
      const update = o.next(api.last.get(String(o.userId)));
      const s = performance.now();
      await handle(update);
      latencies.push(performance.now() - s);
      busy.delete(o.userId);
    }
  }
  const t0 = performance.now();
  const cpu0 = cpuMs();
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  const cpu = cpuMs() - cpu0;
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: latencies.length / seconds, latencies, cpuMs: cpu / latencies.length };
}
