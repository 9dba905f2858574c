// Fuzzing at benchmark scale: the fast-check properties of test/fuzz (HTTP edge, both webhooks,
// both adapters, the router, then a store consistency check) with 10,000 inputs per property
// (the CI test runs 30). Runs vitest in a child so the figures come from the same test code.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scaled, type Section } from "../lib/section.js";
import { round } from "../lib/stats.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { title: string; status: string; failureMessages?: string[] }[] }[];
}

function runVitest(runs: number, outputFile: string): Promise<void> {
  const bin = path.join(ROOT, "node_modules", ".bin", "vitest");
  return new Promise((resolve) => {
    execFile(
      bin,
      ["run", "test/fuzz", "--reporter=json", `--outputFile=${outputFile}`],
      { cwd: ROOT, env: { ...process.env, FUZZ_RUNS: String(runs), LOG_LEVEL: "silent" }, maxBuffer: 64 * 1024 * 1024 },
      // A failing property exits non-zero; the report still says which one.
      () => resolve(),
    );
  });
}

export const fuzz: Section = {
  name: "fuzz",
  title: "Kiểm thử ngẫu nhiên (fast-check) / Fuzzing",
  labels: {
    inputs_per_property: "random inputs per property",
    properties: "properties (edge, webhooks, adapters, router)",
    inputs_total: "random inputs in all",
    failed: "failed checks (crash, limit, store)",
    seconds: "run time (s)",
  },
  async run(opts) {
    const runs = scaled(opts, { full: 10_000, quick: 10, smoke: 3 });
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-fuzz-")), "report.json");
    const t0 = performance.now();
    await runVitest(runs, out);
    const seconds = (performance.now() - t0) / 1000;
    if (!fs.existsSync(out)) throw new Error("vitest wrote no report for test/fuzz");
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as VitestReport;
    const results = report.testResults.flatMap((f) => f.assertionResults);
    // The last check reads the store after all properties; the others each draw `runs` inputs.
    const properties = results.filter((r) => !/^afterwards/.test(r.title)).length;
    const failed = results.filter((r) => r.status !== "passed");
    for (const f of failed) process.stderr.write(`fuzz: FAILED ${f.title}\n${(f.failureMessages ?? []).join("\n").slice(0, 2000)}\n`);
    return {
      inputs_per_property: runs,
      properties,
      inputs_total: runs * properties,
      failed: failed.length,
      seconds: round(seconds, 1),
    };
  },
};
