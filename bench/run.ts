// npm run bench [-- --json] [--quick | --smoke] [--jobs N] [--only retrieval,throughput] [--docs DIR]
// Runs every section of bench/sections/index.ts, each in a fresh child process, and prints either
// a readable table or (with --json) exactly one JSON object: { <section>: { <figure>: number }, meta }.
// --quick is a small scale for checks by hand; --smoke, smaller still, is what test/bench runs: it
// proves every section works and yields its figures, in a fraction of the time. --jobs N runs N
// sections at once: faster, but their timings then disturb each other, so figures worth quoting
// come from the default of one at a time.
import { fork } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from "./lib/runtime.js";
import type { Figures } from "./lib/section.js";
import { SECTIONS, type SectionEntry } from "./sections/index.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    smoke: { type: "boolean", default: false },
    jobs: { type: "string", default: "1" },
    only: { type: "string" },
    docs: { type: "string" },
  },
});

interface ChildReply {
  ok: boolean;
  title?: string;
  labels?: Record<string, string>;
  figures?: Figures;
  error?: string;
}

// Smoke implies quick, so a section without a smoke scale of its own runs at its quick scale.
const quick = values.quick || values.smoke;
const scaleName = values.smoke ? "smoke" : quick ? "quick" : "full";

function runSection(name: string): Promise<ChildReply> {
  const args = [name, ...(quick ? ["--quick"] : []), ...(values.smoke ? ["--smoke"] : []), ...(values.docs ? ["--docs", values.docs] : [])];
  return new Promise((resolve) => {
    // The child's stdout goes to our stderr: only the runner writes to stdout.
    // Every section runs with the production runtime settings (bench/lib/runtime.ts).
    const child = fork(path.join(HERE, "child.ts"), args, {
      execArgv: ["--expose-gc", ...PRODUCTION_NODE_FLAGS, "--import", "tsx"],
      env: { ...process.env, ...PRODUCTION_ENV },
      stdio: ["ignore", 2, "inherit", "ipc"],
    });
    let reply: ChildReply | undefined;
    child.on("message", (m) => (reply = m as ChildReply));
    child.on("exit", (code, signal) => resolve(reply ?? { ok: false, error: `section ${name} exited (${code ?? signal}) without figures` }));
  });
}

function table(results: Map<string, ChildReply>): string {
  const lines: string[] = [];
  for (const [name, r] of results) {
    lines.push("", `== ${r.title ?? name} [${name}]`);
    if (!r.ok) {
      lines.push(`   FAILED: ${r.error?.split("\n")[0]}`);
      continue;
    }
    const rows = Object.entries(r.figures ?? {}).map(([k, v]) => [r.labels?.[k] ?? k, `${k}`, String(v)] as const);
    const w = Math.max(...rows.map((x) => x[0].length), 10);
    for (const [label, key, value] of rows) lines.push(`   ${label.padEnd(w)}  ${value.padStart(10)}   ${key}`);
  }
  return lines.join("\n") + "\n";
}

/** Runs the sections `jobs` at a time, each in its own child; results keep the sections' order. */
async function runAll(chosen: readonly SectionEntry[], jobs: number): Promise<Map<string, ChildReply>> {
  // In parallel the long ones start first, so the run does not end with one of them alone.
  const queue = jobs > 1 ? [...chosen.filter((s) => s.long), ...chosen.filter((s) => !s.long)] : [...chosen];
  const replies = new Map<string, ChildReply>();
  const lane = async (): Promise<void> => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      if (!values.json) process.stderr.write(`running ${s.name}…\n`);
      replies.set(s.name, await runSection(s.name));
    }
  };
  await Promise.all(Array.from({ length: jobs }, lane));
  return new Map(chosen.map((s) => [s.name, replies.get(s.name)!]));
}

async function main(): Promise<void> {
  const only = values.only?.split(",").map((s) => s.trim());
  const chosen = SECTIONS.filter((s) => !only || only.includes(s.name));
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs wants a whole number ≥ 1, not ${values.jobs}`);
  const started = new Date();
  const results = await runAll(chosen, jobs);
  const meta = {
    quick,
    // Only when set, so quick and full runs one at a time print the same meta as before.
    ...(values.smoke ? { smoke: true } : {}),
    ...(jobs > 1 ? { jobs } : {}),
    started: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 100) / 10,
    node: process.version,
    cpus: os.cpus().length,
    // The machine may be shared: the load average says how busy it was.
    loadavg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
  };
  const failed = [...results].filter(([, r]) => !r.ok);
  if (values.json) {
    const out: Record<string, unknown> = {};
    for (const [name, r] of results) out[name] = r.ok ? r.figures : { error: r.error?.split("\n")[0] };
    out.meta = meta;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(table(results));
    process.stdout.write(`\n${scaleName} scale, ${meta.seconds} s, node ${meta.node}, ${meta.cpus} CPUs, load ${meta.loadavg_1m}\n`);
  }
  for (const [name, r] of failed) process.stderr.write(`section ${name} failed:\n${r.error}\n`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

void main();
