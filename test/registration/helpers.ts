// Shared set-up for the registration tests: a router with onboarding + registration on the
// in-memory harness, and builders for seeded registrations.
import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { Feature } from "../../src/bot/context.js";
import { createOutbox } from "../../src/bot/outbox.js";
import { createRouter, type Router } from "../../src/bot/router.js";
import type { Channel, Reply } from "../../src/bot/types.js";
import { createOnboardingFeature } from "../../src/flows/onboarding/index.js";
import { createRegistrationFeature } from "../../src/flows/registration/index.js";
import type { RegistrationFields } from "../../src/store/officers.js";
import { Conversation, createHarness, type Harness, type MessageOptions } from "../helpers/harness.js";

export const ADMIN = "boss";

export async function setup(env: Record<string, string> = {}, start?: string): Promise<Harness> {
  return createHarness({ ADMIN_IDS: `telegram:${ADMIN},zalo:${ADMIN},shell:${ADMIN}`, ...env }, start);
}

/** A fresh router over the harness's store (a "restart" when called again). */
export function newRouter(h: Harness, extra: Feature[] = []): Router {
  const features: Feature[] = [];
  const outbox = createOutbox(h.store, h.clock);
  features.push(createOnboardingFeature(() => features), createRegistrationFeature({ outbox }), ...extra);
  return createRouter(h.deps, features);
}

export function chatFor(router: Router, o: MessageOptions = {}): Conversation {
  return new Conversation(router, o);
}

export const lastText = (r: Reply[]) => r.map((x) => x.text).join("\n---\n");
export const last = (r: Reply[]) => r[r.length - 1]!;

export interface Answers {
  province: string;
  kind: string;
  unitName?: string;
  fullName: string;
  position: string;
  phone: string;
  email: string;
}

export const LAN: Answers = {
  province: "nghe an",
  kind: "UBND xã",
  unitName: "xã tân an",
  fullName: "nguyễn thị lan",
  position: "Chuyên viên",
  phone: "0912.345.678",
  email: "Lan.NT@Example.gov.vn",
};

/** Walks the whole form to the summary, checking each step's question on the way. */
export async function fillToSummary(chat: Conversation, a: Answers, channel: Channel = "telegram"): Promise<Reply[]> {
  const o = { channel };
  let r = await chat.say("/dangky", o);
  expect(lastText(r)).toMatch(/tỉnh, thành phố nào/);
  r = await chat.say(a.province, o);
  expect(last(r).text).toMatch(/loại đơn vị nào/);
  r = await chat.choose(r, a.kind, o);
  if (a.unitName) {
    expect(last(r).text).toMatch(/Tên đơn vị/);
    r = await chat.say(a.unitName, o);
  }
  expect(last(r).text).toMatch(/Họ và tên/);
  r = await chat.say(a.fullName, o);
  expect(last(r).text).toMatch(/Chức vụ/);
  r = await chat.say(a.position, o);
  expect(last(r).text).toMatch(/điện thoại di động/);
  r = await chat.say(a.phone, o);
  expect(last(r).text).toMatch(/email/i);
  r = await chat.say(a.email, o);
  expect(last(r).text).toMatch(/dữ liệu cá nhân/);
  r = await chat.choose(r, "Tôi đồng ý", o);
  expect(last(r).text).toMatch(/kiểm tra lại thông tin/);
  return r;
}

export async function register(chat: Conversation, a: Answers, channel: Channel = "telegram"): Promise<Reply[]> {
  const r = await fillToSummary(chat, a, channel);
  return chat.choose(r, "Xác nhận", { channel });
}

let phoneSeq = 0;

/** Inserts a registration directly, as if made earlier. */
export async function seedOfficer(
  h: Harness,
  o: Partial<Omit<RegistrationFields, "role"> & { late: boolean; channel: string; externalUserId: string; createdAt: Date }> = {},
) {
  const n = ++phoneSeq;
  const unitKind = o.unitKind ?? "so_vhttdl";
  const isSo = unitKind.startsWith("so_");
  return h.store.officer.create({
    data: {
      channel: o.channel ?? "telegram",
      externalUserId: o.externalUserId ?? `seed${n}`,
      province: o.province ?? "Nghệ An",
      unitKind,
      unitName: o.unitName ?? (isSo ? "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An" : "Xã Tân An"),
      unitCode: o.unitCode ?? null,
      fullName: o.fullName ?? `Cán Bộ Số ${n}`,
      position: o.position ?? "Chuyên viên",
      phone: o.phone ?? `09870${String(n).padStart(5, "0")}`,
      email: o.email ?? `cb${n}@example.vn`,
      role: isSo ? "phoi_hop" : "quan_tri",
      late: o.late ?? false,
      consentAt: h.clock.now(),
      createdAt: o.createdAt ?? h.clock.now(),
    },
  });
}

/** The cells of one sheet of an exported workbook, as text. */
export async function readXlsx(reply: Reply, sheet = 0): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(reply.file!.data as unknown as ArrayBuffer);
  const ws = wb.worksheets[sheet]!;
  const rows: string[][] = [];
  // Array.from: a blank cell is a hole in row.values, which map() would skip.
  ws.eachRow((row) => rows.push(Array.from(row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v)))));
  return rows;
}
