// The console in a real headless Chromium (Debian's package, driven by playwright-core): sign-in by
// link, the dashboard's figures and the map's colours, a new ticket appearing without a reload, a
// web reply reaching the officer on Telegram (the in-process Telegram API recorder), a roster
// filter and the XLSX download, a schedule upload with a bad row then corrected, a declined
// question turned into a FAQ, a phone-sized screen and the keyboard. Screenshots of each page go
// to test-artifacts/screenshots (git-ignored). Skipped, with a line saying so, when chromium is
// missing, unless REQUIRE_BROWSER=1.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboxSender, type OutboxSender } from "../../src/bot/outbox.js";
import { createTelegramChannel } from "../../src/bot/telegram/adapter.js";
import { issueLink } from "../../src/console/auth.js";
import { completeness, loadRoster } from "../../src/flows/registration/roster.js";
import { Conversation } from "../helpers/harness.js";
import { TelegramRecorder, TEST_TOKEN } from "../helpers/telegram-recorder.js";
import { ADMIN, createConsoleHarness, registerProvince, type ConsoleHarness } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = fs.existsSync(CHROMIUM);
const SHOTS = path.resolve(__dirname, "../../test-artifacts/screenshots");
if (!available) {
  if (process.env.REQUIRE_BROWSER === "1") throw new Error(`REQUIRE_BROWSER=1 but no chromium at ${CHROMIUM}`);
  console.log(`browser tests skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
}

let c: ConsoleHarness;
let browser: Browser;
let page: Page;
let base: string;
let recorder: TelegramRecorder;
let sender: OutboxSender;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

describe.skipIf(!available)("console in a browser", () => {
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    c = await createConsoleHarness({}, undefined, { ticketPollSeconds: 1 });
    await c.server.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(c.server.server.address() as { port: number }).port}`;
    c.deps.config.PUBLIC_URL = base;
    recorder = new TelegramRecorder();
    const telegram = createTelegramChannel({
      token: TEST_TOKEN, log: c.h.deps.log, commands: [], botInfo: recorder.botInfo, transformers: [recorder.transformer], autoRetry: false,
      hooks: { onIncoming: async () => undefined },
    });
    sender = createOutboxSender({ store: c.h.store, clock: c.h.clock, log: c.h.deps.log, senders: new Map([["telegram", telegram]]), pacing: {}, maxAttempts: 3 });
    await registerProvince(c, "Hưng Yên");
    await registerProvince(c, "Nghệ An", 10);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await c?.close();
  });

  it("signs in by link, shows the store's figures and colours the map by completeness", async () => {
    const link = await issueLink(c.deps, { channel: "telegram", id: ADMIN.split(":")[1]! });
    await page.goto(link!);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${base}/console`);
    const status = completeness(await loadRoster(c.h.store));
    const registered = status.reduce((a, s) => a + s.registered, 0);
    const expected = status.reduce((a, s) => a + s.expected, 0);
    expect(await page.locator('[data-stat="communes"]').textContent()).toBe(`${registered.toLocaleString("vi-VN")}/${expected.toLocaleString("vi-VN")}`);
    await page.waitForSelector('#province-map[data-rendered="1"]', { timeout: 20_000 });
    const fills = await page.evaluate(() => {
      type Data = { indexOfName(n: string): number; getItemVisual(i: number, k: string): { fill: string } };
      const w = window as unknown as { echarts: { getInstanceByDom(el: Element): { getModel(): { getSeriesByIndex(i: number): { getData(): Data } } } } };
      const data = w.echarts.getInstanceByDom(document.getElementById("province-map")!).getModel().getSeriesByIndex(0).getData();
      const fill = (name: string) => data.getItemVisual(data.indexOfName(name), "style").fill;
      return { full: fill("Hưng Yên"), some: fill("Nghệ An"), none: fill("Hà Tĩnh") };
    });
    expect(fills).toEqual({ full: "#1a9850", some: "#d73027", none: "#d73027" });
    await shot("01-tong-quan");
    // Clicking a province on the map opens its detail.
    const point = await page.evaluate(() => {
      const w = window as unknown as { echarts: { getInstanceByDom(el: Element): { convertToPixel(f: object, v: number[]): number[] } } };
      return w.echarts.getInstanceByDom(document.getElementById("province-map")!).convertToPixel({ seriesIndex: 0 }, [106.05, 20.8]);
    });
    const box = (await page.locator("#province-map").boundingBox())!;
    await page.mouse.click(box.x + point[0]!, box.y + point[1]!);
    await page.waitForURL(`${base}/console/province/${encodeURIComponent("Hưng Yên")}`);
    expect(await page.locator("h1").textContent()).toBe("Chi tiết: Hưng Yên");
    await page.goBack();
    await page.waitForSelector('#province-map[data-rendered="1"]');
    // Keyboard alone: the skip link comes first, and a province opens from the table with Enter.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
    await page.locator('tr[data-province="Nghệ An"] a').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/console\/province\//);
    await shot("02-tinh");
  }, 60_000);

  it("shows a new ticket without a reload and delivers a web reply to the officer on Telegram", async () => {
    await page.goto(`${base}/console/tickets`);
    await shot("03-phieu-trong");
    const ticket = await c.h.store.ticket.create({
      data: { channel: "telegram", chatId: "10003", chatKind: "private", userId: "10003", userName: "Cán bộ 4", question: "Không thấy menu tiếp nhận hồ sơ", province: "Hưng Yên", createdAt: c.h.clock.now() },
    });
    await page.locator(`tr[data-ticket="${ticket.id}"]`).waitFor({ timeout: 10_000 });
    await page.locator(`tr[data-ticket="${ticket.id}"] a`).click();
    await page.getByLabel("Trả lời người hỏi").fill("Anh/chị được cấp quyền tiếp nhận rồi, vui lòng đăng xuất và đăng nhập lại.");
    await page.getByRole("button", { name: "Gửi trả lời" }).click();
    await page.getByText(`Đã gửi câu trả lời cho người hỏi phiếu #${ticket.id}.`).waitFor();
    await shot("04-phieu");
    await sender.drain();
    const sent = recorder.callsTo("sendMessage").find((m) => m.payload.chat_id === "10003" || m.payload.chat_id === 10003);
    expect(String(sent?.payload.text)).toContain("vui lòng đăng xuất và đăng nhập lại");
  }, 60_000);

  it("filters the roster and downloads the XLSX", async () => {
    await page.goto(`${base}/console/roster`);
    await page.getByLabel("Tỉnh", { exact: true }).selectOption("Nghệ An");
    await page.getByRole("button", { name: "Lọc" }).click();
    await page.waitForURL(/province=/);
    expect(await page.locator("#roster tbody tr").count()).toBe(11);
    await shot("05-can-bo");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Tải danh sách/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^danh-sach-can-bo-dau-moi-\d{8}\.xlsx$/);
    expect(fs.statSync((await download.path())!).size).toBeGreaterThan(5000);
  }, 60_000);

  it("shows a schedule's bad row, then applies the corrected file", async () => {
    const header = "session_id,date,start,end,provinces,audience,mode,location,topic,contact";
    const line = (id: string, date: string) => `${id},${date},08:30,11:30,Nghệ An,so,online,https://meet.example.org/${id},Tập huấn,`;
    await page.goto(`${base}/console/schedule`);
    await page.setInputFiles("#schedule-file", { name: "lich.csv", mimeType: "text/csv", buffer: Buffer.from([header, line("B-01", "2026-02-02"), line("B-02", "2026-13-02")].join("\n")) });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await page.locator('tr.bad[data-row="3"]').waitFor();
    await shot("06-lich-loi");
    await page.setInputFiles("#schedule-file", { name: "lich.csv", mimeType: "text/csv", buffer: Buffer.from([header, line("B-01", "2026-02-02"), line("B-02", "2026-02-03")].join("\n")) });
    await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
    await page.getByRole("button", { name: "Xác nhận áp dụng lịch" }).click();
    await page.getByText("Đã áp dụng lịch: thêm 2").waitFor();
    expect(await c.h.store.trainingSession.count()).toBe(2);
    await shot("07-lich");
  }, 60_000);

  it("turns a declined question into a FAQ the bot then answers, on a 360 px screen", async () => {
    const question = "Phần mềm báo lỗi chữ ký số hết hạn thì gia hạn ở đâu?";
    await new Conversation(c.app.router, { userId: "777" }).say(question);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/console/gaps`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator("details.faq summary").first().click();
    await page.getByLabel("Câu trả lời").first().fill("Anh/chị liên hệ nhà cung cấp chữ ký số để gia hạn chứng thư số.");
    await page.getByRole("button", { name: "Lưu vào FAQ và báo người đã hỏi" }).first().click();
    await page.getByText("Đã lưu câu hỏi đáp").waitFor();
    await shot("08-cau-hoi-chua-tra-loi");
    const replies = await new Conversation(c.app.router, { userId: "778" }).say(question);
    expect(replies.map((r) => r.text).join("\n")).toContain("gia hạn chứng thư số");
    await page.goto(`${base}/console/kb`);
    await shot("09-kho-tri-thuc");
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);
});
