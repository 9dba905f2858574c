// `npm run bench -- --quick --json` prints one JSON object with every figure the README and issue
// 9 promise. Timings are not asserted (the machine is shared); only that each figure exists and is
// a plausible number, so a section that silently breaks or drops a key is caught.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);

/** Figures that must be present, and whether 0 is a sane value for them. */
const REQUIRED: Record<string, Record<string, "positive" | "nonNegative">> = {
  retrieval: {
    p50_ms_10k: "positive",
    p95_ms_10k: "positive",
    build_ms_10k: "nonNegative",
    baseline_p95_ms_10k: "positive",
  },
  throughput: {
    updates_per_s: "positive",
    p50_ms: "positive",
    p99_ms: "positive",
    echo_updates_per_s: "positive",
  },
  broadcast: {
    recipients: "positive",
    seconds: "positive",
    rate_ratio: "positive",
    count_429: "nonNegative",
    duplicates: "nonNegative",
    missing: "nonNegative",
  },
  memory: {
    peak_rss_mb: "positive",
  },
  fuzz: {
    inputs_total: "positive",
    failed: "nonNegative",
  },
  webhook: {
    updates_per_s: "positive",
    echo_updates_per_s: "positive",
    ratio_to_echo: "positive",
    failed: "nonNegative",
  },
  conversation: {
    intent_p95_ms: "positive",
    p95_ms_10k: "positive",
    followup_p95_ms_10k: "positive",
  },
};

describe("npm run bench -- --quick --json", () => {
  it("prints exactly one JSON object with every required figure as a finite number", async () => {
    const { stdout } = await run("npm", ["run", "--silent", "bench", "--", "--quick", "--json"], {
      cwd: ROOT,
      maxBuffer: 10 * 1024 * 1024,
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, Record<string, unknown>>;
    for (const [section, keys] of Object.entries(REQUIRED)) {
      expect(out[section], section).toBeTypeOf("object");
      for (const [key, kind] of Object.entries(keys)) {
        const v = out[section]![key];
        expect(typeof v === "number" && Number.isFinite(v), `${section}.${key} = ${String(v)}`).toBe(true);
        if (kind === "positive") expect(v, `${section}.${key}`).toBeGreaterThan(0);
        else expect(v, `${section}.${key}`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(out.meta?.quick).toBe(true);
    // No random input crashed the bot, broke a platform limit or the store.
    expect(out.fuzz!.failed).toBe(0);
    // Every webhook delivery, to the real bot and to the echo, was answered 200.
    expect(out.webhook!.failed).toBe(0);
    // Relations that hold whatever the machine's speed.
    expect(out.retrieval!.p95_ms_10k as number).toBeGreaterThanOrEqual(out.retrieval!.p50_ms_10k as number);
    expect(out.throughput!.p99_ms as number).toBeGreaterThanOrEqual(out.throughput!.p50_ms as number);
    expect(out.broadcast!.missing as number).toBeLessThanOrEqual(out.broadcast!.recipients as number);
    expect(out.memory!.peak_rss_mb as number).toBeGreaterThanOrEqual(out.memory!.rss_after_load_mb as number);
  }, 300_000);
});
