// The announcement service: one set of operations for the chat commands (/thongbao, /thongbao_ds)
// and, later, the web console. It validates input (returning reason codes), resolves the audience,
// and queues one durable outbox row per chat at the start time: the outbox sender paces them, a
// restart resumes them, and withdrawing is one update of the rows not yet sent. Nothing here
// words a sentence except the message itself (header + text, from the catalog).
import type { Channel } from "../../bot/types.js";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import { announcements as t } from "../../messages/index.js";
import type { AudienceCode, CountsView, ReachView, StateCode } from "../../messages/announcements.js";
import { matchProvince } from "../../reference/provinces.js";
import {
  announcementById,
  announcementRef,
  announcementRowCounts,
  announcementRows,
  createAnnouncement,
  recentAnnouncements,
  reviseAnnouncement,
  withdrawPendingAnnouncement,
  type Announcement,
} from "../../store/announcements.js";
import { recordAudit } from "../../store/audit.js";
import type { Store } from "../../store/db.js";
import { chatsByExternalId } from "../../store/group-links.js";
import { resolveAudience, type AudienceSpec, type Resolved, type Target } from "./audience.js";

/** Zalo's limit for one text message: the whole announcement (header included) must fit. */
export const ZALO_TEXT_LIMIT = 2000;
export const MAX_TEXT = ZALO_TEXT_LIMIT - t.header.length - 2;

export type TextCheck = { ok: true; text: string } | { ok: false; reason: "empty" } | { ok: false; reason: "tooLong"; length: number; max: number };

/** Trims the text; keeps inner line breaks. The message goes out as plain text (no parse mode),
 * so Telegram never rejects it for bad markup and what the preview shows is what arrives. */
export function checkText(raw: string): TextCheck {
  const text = raw.replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: "empty" };
  if (text.length > MAX_TEXT) return { ok: false, reason: "tooLong", length: text.length, max: MAX_TEXT };
  return { ok: true, text };
}

/** The message exactly as every chat receives it. */
export const renderMessage = (text: string) => `${t.header}\n\n${text}`;

/** Characters a reader might expect to format the text; they are shown as typed. */
export const hasMarkup = (text: string) => /[*_`<>[\]~]/.test(text);

export type ProvinceCheck =
  | { ok: true; provinces: string[]; former: { former: string; province: string }[] }
  | { ok: false; reason: "empty" }
  | { ok: false; reason: "unknown"; typed: string; suggestions: string[] }
  | { ok: false; reason: "ambiguous"; typed: string; candidates: string[] };

/** "Hà Nội, Huế; Quảng Nam" → canonical names (former names mapped to the current unit). */
export function parseProvinces(text: string): ProvinceCheck {
  const parts = text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, reason: "empty" };
  const provinces: string[] = [];
  const former: { former: string; province: string }[] = [];
  for (const typed of parts) {
    const m = matchProvince(typed);
    if (m.kind === "none") return { ok: false, reason: "unknown", typed, suggestions: m.suggestions };
    if (m.kind === "ambiguous") return { ok: false, reason: "ambiguous", typed, candidates: m.candidates };
    if (m.kind === "former") former.push({ former: m.former, province: m.province });
    if (!provinces.includes(m.province)) provinces.push(m.province);
  }
  return { ok: true, provinces, former };
}

export interface Draft extends AudienceSpec {
  text: string;
  /** Start time; undefined means now. */
  at?: Date;
  source?: string;
}

export type CreateResult =
  | { ok: true; id: number; total: number; unreachable: number; at: Date }
  | { ok: false; reason: "empty" | "tooLong" | "past" | "noRecipients" | "notFound" | "started" };

export interface AnnouncementSummary {
  id: number;
  text: string;
  message: string;
  audience: AudienceCode;
  provinces: string[];
  at: Date;
  state: StateCode;
  total: number;
  unreachable: number;
  counts: CountsView;
  source: string | null;
}

export interface Delivery {
  channel: string;
  chatId: string;
  kind: "group" | "private";
  title: string | null;
  province: string | null;
  status: string;
  sentAt: Date | null;
  error: string | null;
}

export type WithdrawResult =
  | { ok: true; kind: "cancelled" | "stopped"; withdrawn: number; sent: number }
  | { ok: false; reason: "notFound" | "closed" };

export interface AnnouncementService {
  reach(spec: AudienceSpec): Promise<ReachView>;
  create(draft: Draft, actor: string): Promise<CreateResult>;
  /** Changes text, audience or time of an announcement that has not started. */
  update(id: number, draft: Draft, actor: string): Promise<CreateResult>;
  /** Before the start: cancels. After: stops and withdraws what is not sent yet. */
  withdraw(id: number, actor: string): Promise<WithdrawResult>;
  list(limit?: number): Promise<AnnouncementSummary[]>;
  get(id: number): Promise<AnnouncementSummary | undefined>;
  deliveries(id: number): Promise<Delivery[]>;
  exportXlsx(id: number, tz: string): Promise<Buffer | undefined>;
}

export interface ServiceDeps {
  store: Store;
  clock: Clock;
  log: Logger;
}

const zero = (): CountsView => ({ sent: 0, failed: 0, pending: 0, withdrawn: 0, ambiguous: 0 });
const COUNT_KEY: Record<string, keyof CountsView> = {
  sent: "sent",
  failed: "failed",
  skipped: "failed",
  pending: "pending",
  sending: "pending",
  cancelled: "withdrawn",
  ambiguous: "ambiguous",
};

function reachOf(targets: Target[], unreachable: number): ReachView {
  const by = (c: Channel) => targets.filter((x) => x.channel === c).length;
  return { total: targets.length, telegram: by("telegram"), zalo: by("zalo"), shell: by("shell"), unreachable };
}

async function audit(deps: ServiceDeps, actor: string, action: string, id: number, details: Record<string, unknown>): Promise<void> {
  await recordAudit(deps.store, { actor, action, target: announcementRef(id), details, at: deps.clock.now() });
}

/** Validates a draft; undefined when it may be queued. */
function problem(d: Draft, now: Date): "empty" | "tooLong" | "past" | undefined {
  const text = checkText(d.text);
  if (!text.ok) return text.reason;
  if (d.at && d.at.getTime() <= now.getTime()) return "past";
  return undefined;
}

type Prepared = { ok: true; text: string; at: Date; resolved: Resolved } | { ok: false; reason: "empty" | "tooLong" | "past" | "noRecipients" };

/** Checks a draft and finds its chats: what create and update both need before writing. */
async function prepare(deps: ServiceDeps, d: Draft): Promise<Prepared> {
  const bad = problem(d, deps.clock.now());
  if (bad) return { ok: false, reason: bad };
  const text = (checkText(d.text) as { text: string }).text;
  const resolved = await resolveAudience(deps.store, d);
  if (resolved.targets.length === 0) return { ok: false, reason: "noRecipients" };
  return { ok: true, text, at: d.at ?? deps.clock.now(), resolved };
}

const rowsOf = (p: { text: string; at: Date; resolved: Resolved }) => ({
  message: renderMessage(p.text),
  at: p.at,
  targets: p.resolved.targets,
  unreachable: p.resolved.unreachable,
});

const auditDetails = (d: Draft, p: { at: Date; resolved: Resolved }) => ({
  audience: d.audience,
  provinces: d.provinces.length,
  total: p.resolved.targets.length,
  at: p.at.toISOString(),
});

async function create(deps: ServiceDeps, d: Draft, actor: string): Promise<CreateResult> {
  const p = await prepare(deps, d);
  if (!p.ok) return p;
  const fields = { text: p.text, audience: d.audience, provinces: d.provinces, source: d.source, createdBy: actor };
  const id = await createAnnouncement(deps.store, fields, rowsOf(p), deps.clock.now());
  await audit(deps, actor, "announcement.create", id, auditDetails(d, p));
  deps.log.info({ announcement: id, total: p.resolved.targets.length, unreachable: p.resolved.unreachable.length }, "announcement queued");
  return { ok: true, id, total: p.resolved.targets.length, unreachable: p.resolved.unreachable.length, at: p.at };
}

async function update(deps: ServiceDeps, id: number, d: Draft, actor: string): Promise<CreateResult> {
  const p = await prepare(deps, d);
  if (!p.ok) return p;
  const outcome = await reviseAnnouncement(deps.store, id, { text: p.text, audience: d.audience, provinces: d.provinces }, rowsOf(p), deps.clock.now());
  if (outcome !== "ok") return { ok: false, reason: outcome };
  await audit(deps, actor, "announcement.update", id, auditDetails(d, p));
  return { ok: true, id, total: p.resolved.targets.length, unreachable: p.resolved.unreachable.length, at: p.at };
}

async function withdraw(deps: ServiceDeps, id: number, actor: string): Promise<WithdrawResult> {
  const res = await withdrawPendingAnnouncement(deps.store, id, deps.clock.now());
  if (res.ok) {
    await audit(deps, actor, `announcement.${res.kind === "stopped" ? "stop" : "cancel"}`, id, { withdrawn: res.withdrawn });
    deps.log.info({ announcement: id, withdrawn: res.withdrawn }, `announcement ${res.kind}`);
  }
  return res;
}

async function countsFor(store: Store, ids: number[]): Promise<Map<string, CountsView>> {
  const out = new Map<string, CountsView>();
  for (const g of await announcementRowCounts(store, ids)) {
    const c = out.get(g.refId) ?? zero();
    const key = COUNT_KEY[g.status];
    if (key) c[key] += g.count;
    out.set(g.refId, c);
  }
  return out;
}

function summarise(a: Announcement, counts: CountsView, now: Date): AnnouncementSummary {
  let state: StateCode;
  if (a.status === "cancelled" || a.status === "stopped") state = a.status;
  else if (a.scheduledAt > now) state = "scheduled";
  else state = counts.pending > 0 ? "sending" : "done";
  return {
    id: a.id,
    text: a.text,
    message: renderMessage(a.text),
    audience: a.audience as AudienceCode,
    provinces: a.provinces ? a.provinces.split(";") : [],
    at: a.scheduledAt,
    state,
    total: a.total,
    unreachable: a.unreachable,
    counts,
    source: a.source,
  };
}

async function list(deps: ServiceDeps, limit = 10): Promise<AnnouncementSummary[]> {
  const rows = await recentAnnouncements(deps.store, limit);
  const counts = await countsFor(deps.store, rows.map((r) => r.id));
  const now = deps.clock.now();
  return rows.map((r) => summarise(r, counts.get(announcementRef(r.id)) ?? zero(), now));
}

async function get(deps: ServiceDeps, id: number): Promise<AnnouncementSummary | undefined> {
  const a = await announcementById(deps.store, id);
  if (!a) return undefined;
  return summarise(a, (await countsFor(deps.store, [id])).get(announcementRef(id)) ?? zero(), deps.clock.now());
}

async function deliveries(store: Store, id: number): Promise<Delivery[]> {
  const rows = await announcementRows(store, id);
  const chats = await chatsByExternalId(store, rows.map((r) => r.chatId));
  return rows.map((r) => {
    const c = chats.get(`${r.channel}:${r.chatId}`);
    return {
      channel: r.channel,
      chatId: r.chatId,
      kind: c?.kind === "group" ? "group" : "private",
      title: c?.title ?? null,
      province: c?.province ?? null,
      status: r.status,
      sentAt: r.sentAt,
      error: r.lastError,
    };
  });
}

export function createAnnouncementService(deps: ServiceDeps): AnnouncementService {
  const { store } = deps;
  return {
    async reach(spec) {
      const r = await resolveAudience(store, spec);
      return reachOf(r.targets, r.unreachable.length);
    },
    create: (d, actor) => create(deps, d, actor),
    update: (id, d, actor) => update(deps, id, d, actor),
    withdraw: (id, actor) => withdraw(deps, id, actor),
    list: (limit) => list(deps, limit),
    get: (id) => get(deps, id),
    deliveries: (id) => deliveries(store, id),
    async exportXlsx(id, tz) {
      if (!(await announcementById(store, id))) return undefined;
      return deliveriesXlsx(await deliveries(store, id), tz);
    },
  };
}

/** A failure reason in the admin's words, from the outbox's recorded error. */
export function reasonOf(status: string, error: string | null): string {
  const e = error ?? "";
  if (e.startsWith("unreachable")) return t.reasons.unreachable;
  if (status === "ambiguous") return t.reasons.timeout;
  if (e.startsWith("expired")) return t.reasons.expired;
  if (/chat not found|not exist|deactivated|user not found/i.test(e)) return t.reasons.missing;
  if (/\b403\b|blocked|kicked|not a member|removed from/i.test(e)) return t.reasons.blocked;
  return t.reasons.other(e.replace(/^(permanent|transient): /, "").slice(0, 120) || "—");
}

async function deliveriesXlsx(rows: Delivery[], tz: string): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(t.xlsx.sheet);
  ws.addRow([...t.xlsx.columns]);
  ws.getRow(1).font = { bold: true };
  const stamp = (d: Date | null) => (d ? new Intl.DateTimeFormat("vi-VN", { timeZone: tz, dateStyle: "short", timeStyle: "medium" }).format(d) : "");
  rows.forEach((r, i) =>
    ws.addRow([
      i + 1,
      r.channel,
      r.chatId,
      r.kind === "group" ? t.xlsx.group : t.xlsx.private,
      r.title ?? "",
      r.province ?? "",
      t.xlsx.status[r.status] ?? r.status,
      stamp(r.sentAt),
      ["failed", "skipped", "ambiguous"].includes(r.status) ? reasonOf(r.status, r.error) : "",
    ]),
  );
  ws.columns.forEach((c, i) => (c.width = [6, 10, 18, 14, 30, 24, 12, 20, 50][i] ?? 12));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
