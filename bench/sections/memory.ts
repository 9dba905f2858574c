// Memory: peak resident set size of a bot process with 10,000 passages in its knowledge base and
// 10,000 registered officers in its store, after it has answered questions, shown profiles and
// exported the whole roster. The store is seeded first; a fresh process (memory-probe.ts) then
// starts the bot on it, so seeding never counts towards the peak. The probe runs twice on copies
// of the same store: with the runtime settings of `npm start` (the figures the target is about)
// and with Node's defaults, to show what those settings save.
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROVINCES } from "../../src/reference/provinces.js";
import { saveDocument } from "../../src/store/knowledge.js";
import { openMigratedStore } from "../../src/store/db.js";
import { findDocsDir, loadFaqs, loadSeedDocuments, syntheticDocuments } from "../lib/corpus.js";
import { PRODUCTION_ENV, PRODUCTION_NODE_FLAGS } from "../lib/runtime.js";
import { scaled, type Section, type SectionOptions } from "../lib/section.js";
import { round } from "../lib/stats.js";

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface ProbeResult {
  peakRssMb: number;
  rssAfterLoadMb: number;
  rssAfterQuestionsMb: number;
  heapUsedMb: number;
  passages: number;
  officers: number;
  updates: number;
  exportBytes: number;
}

async function seed(dbFile: string, passages: number, officers: number, docsDir: string | undefined): Promise<void> {
  const store = await openMigratedStore(`file:${dbFile}`);
  const docs = syntheticDocuments(await loadSeedDocuments(docsDir), await loadFaqs(), passages);
  for (const d of docs) await saveDocument(store, d);
  const now = new Date();
  const rows = Array.from({ length: officers }, (_, i) => ({
    channel: "telegram",
    externalUserId: String(50_000_000 + i),
    province: PROVINCES[i % PROVINCES.length]!,
    unitKind: i % 10 === 0 ? "so_vhttdl" : "xa",
    unitName: i % 10 === 0 ? "Sở Văn hóa, Thể thao và Du lịch" : `Xã Số ${i}`,
    fullName: `Nguyễn Văn Cán Bộ ${i}`,
    position: "Chuyên viên",
    phone: `09${String(10_000_000 + i).slice(-8)}`,
    email: `canbo${i}@example.gov.vn`,
    role: i % 10 === 0 ? "phoi_hop" : "quan_tri",
    consentAt: now,
  }));
  for (let i = 0; i < rows.length; i += 1000) await store.officer.createMany({ data: rows.slice(i, i + 1000) });
  await store.$disconnect();
}

/** Runs the probe as `npm start` runs the bot (bench/lib/runtime.ts), or with Node's defaults. */
function probe(dbFile: string, opts: SectionOptions, runtime: "production" | "node-defaults"): Promise<ProbeResult> {
  const production = runtime === "production";
  return new Promise((resolve, reject) => {
    const scale = opts.smoke ? ["--smoke"] : opts.quick ? ["--quick"] : [];
    const child = fork(path.join(HERE, "memory-probe.ts"), [dbFile, ...scale], {
      execArgv: [...(production ? PRODUCTION_NODE_FLAGS : []), "--import", "tsx"],
      env: { ...process.env, ...(production ? PRODUCTION_ENV : {}) },
      stdio: ["ignore", 2, "inherit", "ipc"],
    });
    let result: ProbeResult | undefined;
    child.on("message", (m) => (result = m as ProbeResult));
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`memory probe exited with ${code}`))));
  });
}

export const memory: Section = {
  name: "memory",
  title: "Bộ nhớ / Memory",
  labels: {
    passages: "passages in the knowledge base",
    officers: "registered officers",
    updates: "updates handled",
    peak_rss_mb: "peak RSS (MB)",
    rss_after_load_mb: "RSS after start-up (MB)",
    rss_after_questions_mb: "RSS after the questions (MB)",
    heap_used_mb: "heap used at the end (MB)",
    export_kb: "roster export size (kB)",
    peak_rss_mb_node_defaults: "peak RSS with Node's default settings (MB)",
    rss_after_load_mb_node_defaults: "RSS after start-up with Node's defaults (MB)",
  },
  async run(opts) {
    // Smoke: a store small enough to seed in a moment, still a roster and a KB to load and export.
    const scale = scaled(opts, {
      full: { passages: 10_000, officers: 10_000 },
      quick: { passages: 1000, officers: 1000 },
      smoke: { passages: 200, officers: 200 },
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-memory-"));
    try {
      const dbFile = path.join(dir, "bot.db");
      const baselineFile = path.join(dir, "baseline.db");
      await seed(dbFile, scale.passages, scale.officers, findDocsDir(opts.docsDir));
      // The same seeded store for both runs: each probe logs its questions.
      fs.copyFileSync(dbFile, baselineFile);
      const r = await probe(dbFile, opts, "production");
      const baseline = await probe(baselineFile, opts, "node-defaults");
      return {
        passages: r.passages,
        officers: r.officers,
        updates: r.updates,
        peak_rss_mb: round(r.peakRssMb, 1),
        rss_after_load_mb: round(r.rssAfterLoadMb, 1),
        rss_after_questions_mb: round(r.rssAfterQuestionsMb, 1),
        heap_used_mb: round(r.heapUsedMb, 1),
        export_kb: round(r.exportBytes / 1024, 0),
        peak_rss_mb_node_defaults: round(baseline.peakRssMb, 1),
        rss_after_load_mb_node_defaults: round(baseline.rssAfterLoadMb, 1),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
