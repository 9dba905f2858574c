// `npm run bench -- --smoke --jobs 2 --json` prints one JSON object with every figure the README
// and issue 9 promise, for every section. Timings are not asserted (the machine is shared); only
// that each figure exists and is a plausible number, so a section that silently breaks or drops a
// key is caught. The smoke scale and two sections at a time keep this file well under a minute;
// the figures to quote come from `--quick` or the full scale, one section at a time.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);

type Expected = Record<string, "positive" | "nonNegative">;

/** What a delivery to many chats reports (broadcast and announcements alike). */
const DELIVERY: Expected = {
  recipients: "positive",
  seconds: "positive",
  rate_ratio: "positive",
  count_429: "nonNegative",
  duplicates: "nonNegative",
  missing: "nonNegative",
};

/** Figures that must be present, and whether 0 is a sane value for them. */
const REQUIRED: Record<string, Expected> = {
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
  broadcast: DELIVERY,
  memory: {
    peak_rss_mb: "positive",
    rss_after_load_mb: "positive",
    peak_rss_mb_node_defaults: "positive",
  },
  communes: {
    units: "positive",
    lookups: "positive",
    build_ms: "positive",
    // A look-up of an exact name takes microseconds: rounded, its p50 may read 0.
    p50_ms: "nonNegative",
    p95_ms: "positive",
    other_province_p95_ms: "positive",
    exact_rate: "positive",
  },
  announcements: { ...DELIVERY, queue_ms: "nonNegative" },
  ocr: {
    pages: "positive",
    pages_per_minute: "positive",
    seconds_per_page: "positive",
    confidence: "positive",
    answer_p95_ms_during_ocr: "nonNegative",
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
  console: {
    officers: "positive",
    tickets: "positive",
    dashboard_ms: "positive",
    tickets_ms: "positive",
    ticket_ms: "positive",
    roster_ms: "positive",
    roster_search_ms: "positive",
    schedule_ms: "positive",
    gaps_ms: "positive",
    kb_ms: "positive",
    slowest_ms: "positive",
    roster_xlsx_ms: "positive",
  },
};

/** Console pages whose p50 `slowest_ms` is the largest of. */
const CONSOLE_PAGES = ["dashboard", "tickets", "ticket", "roster", "roster_search", "schedule", "gaps", "kb"];

describe("npm run bench -- --smoke --jobs 2 --json", () => {
  it("prints exactly one JSON object with every required figure as a finite number", async () => {
    const { stdout } = await run("npm", ["run", "--silent", "bench", "--", "--smoke", "--jobs", "2", "--json"], {
      cwd: ROOT,
      maxBuffer: 10 * 1024 * 1024,
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, Record<string, unknown>>;
    // Every section that ran is checked here: a new section needs its figures in REQUIRED.
    expect(Object.keys(out).filter((k) => k !== "meta").sort()).toEqual(Object.keys(REQUIRED).sort());
    for (const [section, keys] of Object.entries(REQUIRED)) {
      expect(out[section], section).toBeTypeOf("object");
      for (const [key, kind] of Object.entries(keys)) {
        const v = out[section]![key];
        expect(typeof v === "number" && Number.isFinite(v), `${section}.${key} = ${String(v)}`).toBe(true);
        if (kind === "positive") expect(v, `${section}.${key}`).toBeGreaterThan(0);
        else expect(v, `${section}.${key}`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(out.meta?.smoke).toBe(true);
    // No random input crashed the bot, broke a platform limit or the store.
    expect(out.fuzz!.failed).toBe(0);
    // Every webhook delivery, to the real bot and to the echo, was answered 200.
    expect(out.webhook!.failed).toBe(0);
    // Relations that hold whatever the machine's speed.
    expect(out.retrieval!.p95_ms_10k as number).toBeGreaterThanOrEqual(out.retrieval!.p50_ms_10k as number);
    expect(out.throughput!.p99_ms as number).toBeGreaterThanOrEqual(out.throughput!.p50_ms as number);
    expect(out.broadcast!.missing as number).toBeLessThanOrEqual(out.broadcast!.recipients as number);
    expect(out.memory!.peak_rss_mb as number).toBeGreaterThanOrEqual(out.memory!.rss_after_load_mb as number);
    expect(out.announcements!.missing as number).toBeLessThanOrEqual(out.announcements!.recipients as number);
    expect(out.communes!.p95_ms as number).toBeGreaterThanOrEqual(out.communes!.p50_ms as number);
    expect(out.communes!.exact_rate as number).toBeLessThanOrEqual(1);
    expect(out.ocr!.confidence as number).toBeLessThanOrEqual(100);
    for (const page of CONSOLE_PAGES) expect(out.console!.slowest_ms as number, page).toBeGreaterThanOrEqual(out.console![`${page}_ms`] as number);
  }, 180_000);
});
