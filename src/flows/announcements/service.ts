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
import { Prisma } from "../../generated/prisma/client.js";
import type { Store } from "../../store/db.js";
import { resolveAudience, type AudienceSpec, type Target } from "./audience.js";

/** Zalo's limit for one text message: the whole announcement (header included) must fit. */
export const ZALO_TEXT_LIMIT = 2000;
export const MAX_TEXT = ZALO_TEXT_LIMIT - t.header.length - 2;
export const OUTBOX_KIND = "announcement";
export const refOf = (id: number) => `ann:${id}`;
/** Rows are written in chunks: SQLite binds at most ~32k parameters per statement (11 per row). */
const INSERT_CHUNK = 500;

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

export function createAnnouncementService(deps: ServiceDeps): AnnouncementService {
  const { store, clock, log } = deps;

  async function audit(actor: string, action: string, id: number, details: Record<string, unknown>): Promise<void> {
    await store.auditLog.create({ data: { actor, action, target: refOf(id), details: JSON.stringify(details), createdAt: clock.now() } });
  }

  /** Validates a draft; undefined when it may be queued. */
  function problem(d: Draft): "empty" | "tooLong" | "past" | undefined {
    const text = checkText(d.text);
    if (!text.ok) return text.reason;
    if (d.at && d.at.getTime() <= clock.now().getTime()) return "past";
    return undefined;
  }

  /** Writes the announcement's outbox rows (due at `at`) inside a transaction. */
  async function queueRows(
    tx: Parameters<Parameters<Store["$transaction"]>[0]>[0],
    id: number,
    revision: number,
    message: string,
    at: Date,
    resolved: Awaited<ReturnType<typeof resolveAudience>>,
  ): Promise<void> {
    const now = clock.now();
    const payload = JSON.stringify({ text: message });
    const row = (x: Target, status = "pending", lastError: string | null = null) =>
      Prisma.sql`(${`${refOf(id)}:r${revision}:${x.channel}:${x.chatId}`}, ${x.channel}, ${x.chatId}, ${payload}, ${OUTBOX_KIND}, ${refOf(id)}, ${status}, ${lastError}, ${at}, ${now}, ${now})`;
    const rows = [
      ...resolved.targets.map((x) => row(x)),
      // Recorded with the reason, so the report lists them, but never sent.
      ...resolved.unreachable.map((x) => row(x, "skipped", `unreachable: ${x.error}`.slice(0, 500))),
    ];
    // One multi-row INSERT per chunk (portable SQL, parameters bound by Prisma): createMany spent
    // ~1 ms of CPU per row, which an admin waiting on the confirmation of 3,355 chats would notice.
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.$executeRaw`INSERT INTO "Outbox" ("dedupeKey", "channel", "chatId", "payload", "kind", "refId", "status", "lastError", "notBefore", "createdAt", "updatedAt") VALUES ${Prisma.join(rows.slice(i, i + INSERT_CHUNK))}`;
    }
  }

  async function create(d: Draft, actor: string): Promise<CreateResult> {
    const bad = problem(d);
    if (bad) return { ok: false, reason: bad };
    const text = (checkText(d.text) as { text: string }).text;
    const resolved = await resolveAudience(store, d);
    if (resolved.targets.length === 0) return { ok: false, reason: "noRecipients" };
    const at = d.at ?? clock.now();
    const id = await store.$transaction(async (tx) => {
      const a = await tx.announcement.create({
        data: {
          text,
          audience: d.audience,
          provinces: d.provinces.join(";"),
          scheduledAt: at,
          total: resolved.targets.length,
          unreachable: resolved.unreachable.length,
          source: d.source,
          createdBy: actor,
          createdAt: clock.now(),
        },
      });
      await queueRows(tx, a.id, 0, renderMessage(text), at, resolved);
      return a.id;
    });
    await audit(actor, "announcement.create", id, { audience: d.audience, provinces: d.provinces.length, total: resolved.targets.length, at: at.toISOString() });
    log.info({ announcement: id, total: resolved.targets.length, unreachable: resolved.unreachable.length }, "announcement queued");
    return { ok: true, id, total: resolved.targets.length, unreachable: resolved.unreachable.length, at };
  }

  async function update(id: number, d: Draft, actor: string): Promise<CreateResult> {
    const bad = problem(d);
    if (bad) return { ok: false, reason: bad };
    const text = (checkText(d.text) as { text: string }).text;
    const resolved = await resolveAudience(store, d);
    if (resolved.targets.length === 0) return { ok: false, reason: "noRecipients" };
    const at = d.at ?? clock.now();
    const outcome = await store.$transaction(async (tx) => {
      const a = await tx.announcement.findUnique({ where: { id } });
      if (!a) return "notFound" as const;
      if (a.status !== "scheduled" || a.scheduledAt <= clock.now()) return "started" as const;
      // Nothing of it was sent yet: the old rows go, the new revision's rows replace them.
      const claimed = await tx.outbox.count({ where: { refId: refOf(id), kind: OUTBOX_KIND, status: { notIn: ["pending", "skipped"] } } });
      if (claimed > 0) return "started" as const;
      await tx.outbox.deleteMany({ where: { refId: refOf(id), kind: OUTBOX_KIND } });
      const revision = a.revision + 1;
      await tx.announcement.update({
        where: { id },
        data: { text, audience: d.audience, provinces: d.provinces.join(";"), scheduledAt: at, total: resolved.targets.length, unreachable: resolved.unreachable.length, revision },
      });
      await queueRows(tx, id, revision, renderMessage(text), at, resolved);
      return "ok" as const;
    });
    if (outcome !== "ok") return { ok: false, reason: outcome };
    await audit(actor, "announcement.update", id, { audience: d.audience, provinces: d.provinces.length, total: resolved.targets.length, at: at.toISOString() });
    return { ok: true, id, total: resolved.targets.length, unreachable: resolved.unreachable.length, at };
  }

  async function withdraw(id: number, actor: string): Promise<WithdrawResult> {
    const now = clock.now();
    const res = await store.$transaction(async (tx) => {
      const a = await tx.announcement.findUnique({ where: { id } });
      if (!a) return { ok: false as const, reason: "notFound" as const };
      if (a.status !== "scheduled") return { ok: false as const, reason: "closed" as const };
      const started = a.scheduledAt <= now;
      const pulled = await tx.outbox.updateMany({
        where: { refId: refOf(id), kind: OUTBOX_KIND, status: "pending" },
        data: { status: "cancelled", lastError: started ? "withdrawn: announcement stopped" : "withdrawn: announcement cancelled" },
      });
      if (started && pulled.count === 0) return { ok: false as const, reason: "closed" as const };
      await tx.announcement.update({ where: { id }, data: { status: started ? "stopped" : "cancelled", stoppedAt: now } });
      const sent = await tx.outbox.count({ where: { refId: refOf(id), kind: OUTBOX_KIND, status: { in: ["sent", "sending"] } } });
      return { ok: true as const, kind: started ? ("stopped" as const) : ("cancelled" as const), withdrawn: pulled.count, sent };
    });
    if (res.ok) {
      await audit(actor, `announcement.${res.kind === "stopped" ? "stop" : "cancel"}`, id, { withdrawn: res.withdrawn });
      log.info({ announcement: id, withdrawn: res.withdrawn }, `announcement ${res.kind}`);
    }
    return res;
  }

  async function countsFor(ids: number[]): Promise<Map<string, CountsView>> {
    const groups = await store.outbox.groupBy({
      by: ["refId", "status"],
      where: { kind: OUTBOX_KIND, refId: { in: ids.map(refOf) } },
      _count: { _all: true },
    });
    const out = new Map<string, CountsView>();
    for (const g of groups) {
      if (!g.refId) continue;
      const c = out.get(g.refId) ?? zero();
      const key = COUNT_KEY[g.status];
      if (key) c[key] += g._count._all;
      out.set(g.refId, c);
    }
    return out;
  }

  type Row = NonNullable<Awaited<ReturnType<Store["announcement"]["findUnique"]>>>;
  function summarise(a: Row, counts: CountsView): AnnouncementSummary {
    const now = clock.now();
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

  async function list(limit = 10): Promise<AnnouncementSummary[]> {
    const rows = await store.announcement.findMany({ orderBy: { id: "desc" }, take: limit });
    const counts = await countsFor(rows.map((r) => r.id));
    return rows.map((r) => summarise(r, counts.get(refOf(r.id)) ?? zero()));
  }

  async function get(id: number): Promise<AnnouncementSummary | undefined> {
    const a = await store.announcement.findUnique({ where: { id } });
    if (!a) return undefined;
    return summarise(a, (await countsFor([id])).get(refOf(id)) ?? zero());
  }

  async function deliveries(id: number): Promise<Delivery[]> {
    const rows = await store.outbox.findMany({ where: { refId: refOf(id), kind: OUTBOX_KIND }, orderBy: { id: "asc" } });
    const chats = new Map<string, { kind: string; title: string | null; province: string | null }>();
    const ids = [...new Set(rows.map((r) => r.chatId))];
    for (let i = 0; i < ids.length; i += 500) {
      const found = await store.chat.findMany({
        where: { externalId: { in: ids.slice(i, i + 500) } },
        select: { channel: true, externalId: true, kind: true, title: true, province: true },
      });
      for (const c of found) chats.set(`${c.channel}:${c.externalId}`, c);
    }
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

  async function exportXlsx(id: number, tz: string): Promise<Buffer | undefined> {
    if (!(await store.announcement.findUnique({ where: { id } }))) return undefined;
    return deliveriesXlsx(await deliveries(id), tz);
  }

  return {
    async reach(spec) {
      const r = await resolveAudience(store, spec);
      return reachOf(r.targets, r.unreachable.length);
    },
    create,
    update,
    withdraw,
    list,
    get,
    deliveries,
    exportXlsx,
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
