// Web console page renders (issue 14) with 10,000 officers and 5,000 tickets (quick: 2,000 and
// 1,000): each page fetched through the real HTTP server (fastify inject, no socket) as a signed-in
// admin, timed from request to the last byte. Target: every page under 1 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOutbox } from "../../src/bot/outbox.js";
import { FakeClock } from "../../src/clock.js";
import { loadConfig } from "../../src/config.js";
import { issueLink } from "../../src/console/auth.js";
import { registerConsole, SESSION_COOKIE } from "../../src/console/server.js";
import { createHttpServer } from "../../src/http.js";
import { loadKnowledgeBase } from "../../src/kb/knowledge-base.js";
import { createLogger } from "../../src/log.js";
import { communeIndex } from "../../src/reference/communes.js";
import { PROVINCES } from "../../src/reference/provinces.js";
import { openMigratedStore, type Store } from "../../src/store/db.js";
import { scaled, type Section } from "../lib/section.js";
import { percentile, round, seededRandom } from "../lib/stats.js";

const KIND: Record<string, string> = { xã: "xa", phường: "phuong", "đặc khu": "dac_khu" };

async function seed(store: Store, officers: number, tickets: number, now: Date): Promise<void> {
  const rnd = seededRandom(14);
  const units = communeIndex().list.provinces.flatMap((p) => p.units.map((u) => ({ ...u, province: p.province })));
  const rows = Array.from({ length: officers }, (_, i) => {
    const u = units[i % units.length]!;
    return {
      channel: "telegram", externalUserId: String(100_000 + i), province: u.province, unitKind: KIND[u.kind] ?? "xa", unitName: u.name,
      unitCode: i < units.length ? u.code : null, fullName: `Cán bộ ${i}`, position: "Chuyên viên", phone: `09${String(i).padStart(8, "0")}`,
      email: `cb${i}@example.vn`, role: "quan_tri", late: rnd() < 0.1, consentAt: now, createdAt: new Date(now.getTime() - Math.floor(rnd() * 60) * 86_400_000),
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await store.officer.createMany({ data: rows.slice(i, i + 1000) });
  const statuses = ["open", "assigned", "closed", "closed"];
  const ticketRows = Array.from({ length: tickets }, (_, i) => {
    const createdAt = new Date(now.getTime() - Math.floor(rnd() * 56 * 86_400_000));
    const status = statuses[i % statuses.length]!;
    return {
      channel: "telegram", chatId: String(100_000 + i), chatKind: "private", userId: String(100_000 + i), userName: `Cán bộ ${i}`,
      question: `Câu hỏi số ${i} về tài khoản một cửa và hồ sơ trực tuyến`, province: PROVINCES[i % PROVINCES.length]!, status,
      assignee: status === "open" ? null : "7001", createdAt,
      firstResponseAt: status === "open" ? null : new Date(createdAt.getTime() + 30 * 60_000),
      closedAt: status === "closed" ? new Date(createdAt.getTime() + 3 * 3_600_000) : null,
    };
  });
  for (let i = 0; i < ticketRows.length; i += 1000) await store.ticket.createMany({ data: ticketRows.slice(i, i + 1000) });
  await store.answerLog.createMany({
    data: Array.from({ length: 2000 }, (_, i) => ({
      channel: "telegram", chatId: "1", chatKind: "private", userId: String(i), question: `Câu hỏi chưa trả lời số ${i % 200} về máy in`,
      answered: false, confidence: 0.1, createdAt: new Date(now.getTime() - (i % 7) * 86_400_000),
    })),
  });
}

export const consolePages: Section = {
  name: "console",
  title: "Trang quản trị web / Web console page renders",
  labels: {
    officers: "officers",
    tickets: "tickets",
    seed_ms: "seeding (ms)",
    dashboard_ms: "Tổng quan p50 (ms)",
    tickets_ms: "ticket inbox p50 (ms)",
    ticket_ms: "one ticket p50 (ms)",
    roster_ms: "roster p50 (ms)",
    roster_search_ms: "roster search p50 (ms)",
    schedule_ms: "schedule p50 (ms)",
    gaps_ms: "KB gaps p50 (ms)",
    kb_ms: "letters p50 (ms)",
    slowest_ms: "slowest page p50 (ms)",
    roster_xlsx_ms: "roster XLSX download p50 (ms, not a page)",
  },
  async run(opts) {
    // Smoke: enough rows that every page has lists to render and paginate.
    const officers = scaled(opts, { full: 10_000, quick: 1000, smoke: 300 });
    const tickets = scaled(opts, { full: 5000, quick: 500, smoke: 150 });
    const now = new Date("2026-03-02T03:00:00Z");
    const clock = new FakeClock(now.toISOString());
    const config = loadConfig({ ADMIN_IDS: "telegram:1", LOG_LEVEL: "silent" });
    const log = createLogger("silent");
    const store = await openMigratedStore("file::memory:");
    let t0 = performance.now();
    await seed(store, officers, tickets, now);
    const seedMs = performance.now() - t0;
    const docsDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-console-"));
    const kb = await loadKnowledgeBase({ store, docsDir, log });
    const deps = { store, clock, config, log, kb, outbox: createOutbox(store, clock) };
    const server = await createHttpServer({ log, health: () => ({ status: "ok" }), webhooks: [], rateLimitPerMinute: 1e9, extensions: [(a) => registerConsole(a, deps)] });
    await server.ready();
    const link = await issueLink(deps, { channel: "telegram", id: "1" });
    const login = await server.inject({ method: "POST", url: "/console/login", payload: { token: new URL(link!).searchParams.get("token")! } });
    const session = login.cookies.find((k) => k.name === SESSION_COOKIE)!.value;
    const pages: Record<string, string> = {
      dashboard: "/console",
      tickets: "/console/tickets?status=active",
      ticket: `/console/tickets/${Math.floor(tickets / 2)}`,
      roster: "/console/roster",
      roster_search: `/console/roster?q=${encodeURIComponent("can bo 99")}`,
      schedule: "/console/schedule",
      gaps: "/console/gaps",
      kb: "/console/kb",
    };
    const figures: Record<string, number> = { officers, tickets, seed_ms: round(seedMs) };
    const rounds = scaled(opts, { full: 5, quick: 2, smoke: 2 });
    let slowest = 0;
    for (const [name, url] of Object.entries(pages)) {
      const times: number[] = [];
      for (let i = 0; i < rounds; i++) {
        t0 = performance.now();
        const res = await server.inject({ method: "GET", url, headers: { cookie: `${SESSION_COOKIE}=${session}` } });
        times.push(performance.now() - t0);
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
      }
      const p50 = percentile(times, 50);
      figures[`${name}_ms`] = round(p50);
      slowest = Math.max(slowest, p50);
    }
    figures.slowest_ms = round(slowest);
    // The Phụ lục 3 file (exceljs) is a download, not a page: timed apart.
    const xlsx: number[] = [];
    for (let i = 0; i < rounds; i++) {
      t0 = performance.now();
      await server.inject({ method: "GET", url: "/console/roster.xlsx", headers: { cookie: `${SESSION_COOKIE}=${session}` } });
      xlsx.push(performance.now() - t0);
    }
    figures.roster_xlsx_ms = round(percentile(xlsx, 50));
    await server.close();
    await store.$disconnect();
    return figures;
  },
};
