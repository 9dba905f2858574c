// A scan sent by an admin is read off the message path: the admin gets an immediate reply,
// progress and the result; another officer's questions are answered as usual meanwhile; /kb shows
// the OCR confidence and flags a low one.
// pg-pass: skip — OCR-bound (a minute of CPU); it stores letters exactly as test/flows/kb-admin does, which runs on PostgreSQL.
import { describe, expect, it } from "vitest";
import { createOutbox } from "../../src/bot/outbox.js";
import { createAskFeature } from "../../src/flows/ask/index.js";
import { createKbAdminFeature } from "../../src/flows/kb-admin/index.js";
import { loadKnowledgeBase, type KnowledgeBase } from "../../src/kb/knowledge-base.js";
import { imageOnlyPdf, renderPages } from "../../scripts/lib/scans.js";
import { Conversation, createHarness, routerFor } from "../helpers/harness.js";
import { guidanceCopy } from "../kb/helpers.js";

const QUESTION = "Hạn gửi danh sách cán bộ đầu mối là ngày nào?";

/** Twenty short pages of a training schedule letter, small enough to read quickly. */
function twentyPages(): Buffer[] {
  const pages: Buffer[] = [];
  for (let n = 1; n <= 20; n++) {
    const text = [`Trang ${n}. Lịch tập huấn đợt ${n} cho cán bộ cấp xã`, `Buổi học số ${n} bắt đầu lúc 8 giờ 30 tại hội trường tầng ${(n % 5) + 1}.`].join("\n");
    pages.push(renderPages(text, { dpi: 100, pt: 14 }, 1)[0]!);
  }
  return pages;
}

async function setup() {
  const h = await createHarness({ ADMIN_IDS: "telegram:admin" });
  const kb = await loadKnowledgeBase({ store: h.store, docsDir: await guidanceCopy(["bvhttdl-ke-hoach-tap-huan.txt"]), faqFile: null });
  const outbox = createOutbox(h.store, h.clock);
  const router = routerFor(h, [createKbAdminFeature({ kb, outbox, progressEveryMs: 0 }), createAskFeature({ kb })]);
  return {
    h,
    kb,
    admin: new Conversation(router, { userId: "admin" }),
    officer: new Conversation(router, { userId: "u2" }),
    rows: (kind: string) => h.store.outbox.findMany({ where: { kind }, orderBy: { id: "asc" } }),
  };
}

const file = (fileName: string, data: Buffer) => ({ fileName, size: data.length, download: async () => data });

describe("a scan sent in the chat", () => {
  it("is read in the background with progress while another officer is answered within a second", async () => {
    const { admin, officer, rows, kb } = await setup();
    const pdf = await imageOnlyPdf(twentyPages());
    const [ack] = await admin.say("", { document: file("lich-20-trang.pdf", pdf) });
    expect(ack!.text).toMatch(/bản scan\/ảnh chụp \(20 trang\): tôi đang nhận dạng chữ/);

    const latencies: number[] = [];
    const deadline = Date.now() + 240_000;
    while ((await rows("kb.ingest")).length === 0 && Date.now() < deadline) {
      const t0 = performance.now();
      const [answer] = await officer.say(QUESTION);
      latencies.push(performance.now() - t0);
      expect(answer!.text).toContain("16/01/2026");
      await new Promise((r) => setTimeout(r, 200));
    }
    const [done] = await rows("kb.ingest");
    expect(JSON.parse(done!.payload).text).toMatch(/Đã bổ sung văn bản .*\n.*nhận dạng chữ 20 trang, độ tin cậy \d+%/);
    const progress = (await rows("kb.progress")).map((r) => JSON.parse(r.payload).text);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toMatch(/^Đang nhận dạng trang \d+\/20…$/);

    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(0.95 * latencies.length) - 1]!;
    console.log(`questions during the 20-page OCR: ${latencies.length}, p95 ${p95.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);
    expect(latencies.length).toBeGreaterThan(10);
    expect(p95).toBeLessThanOrEqual(1000);

    const [answer] = await officer.say("Buổi học số 7 bắt đầu lúc mấy giờ, ở tầng mấy?");
    expect(answer!.text).toMatch(/8 giờ 30/);
    const [list] = await admin.say("/kb");
    expect(list!.text).toMatch(/lich-20-trang — .* · bản scan, nhận dạng \d+%/);
    expect(kb.listDocuments()).toHaveLength(2);
  }, 300_000);
});

describe("/kb with scanned letters", () => {
  it("shows the OCR confidence and flags a low one", async () => {
    const h = await createHarness({ ADMIN_IDS: "telegram:admin" });
    const kb = {
      listDocuments: () => [
        { slug: "ro-net", title: "Kế hoạch tập huấn", passages: 8, ocr: { confidence: 93.4, pages: 2 } },
        { slug: "mo", title: "Lịch bảo trì", passages: 3, ocr: { confidence: 58, pages: 1 } },
        { slug: "word", title: "Hướng dẫn", passages: 5 },
      ],
    } as unknown as KnowledgeBase;
    const admin = new Conversation(routerFor(h, [createKbAdminFeature({ kb })]), { userId: "admin" });
    const [list] = await admin.say("/kb");
    const lines = list!.text.split("\n");
    expect(lines.find((l) => l.includes("ro-net"))).toMatch(/bản scan, nhận dạng 93%$/);
    expect(lines.find((l) => l.includes("• mo"))).toMatch(/⚠️ bản scan, nhận dạng chỉ 58%, nên kiểm tra lại$/);
    expect(lines.find((l) => l.includes("word"))).toMatch(/\(5 đoạn\)$/);
  });
});
