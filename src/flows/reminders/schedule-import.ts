// Schedule import: read a CSV or XLSX file (exceljs for both), validate every row (zod), and apply
// it to the sessions in one transaction, queueing change and cancellation notices in the same
// transaction so a crash can neither lose nor repeat them.
import { Readable } from "node:stream";
// exceljs itself is loaded on first use: it costs ~20 MB at start-up.
import type ExcelJS from "exceljs";
import { countInEntry, inspectZip, ZipGuardError, type ZipEntry } from "../../kb/zip-guard.js";
import { z } from "zod";
import type { Logger } from "../../log.js";
import { reminders as t, type AudienceCode, type ImportSummaryView, type ModeCode } from "../../messages/reminders.js";
import { matchProvince } from "../../reference/provinces.js";
import type { Store } from "../../store/db.js";
import {
  addSessions,
  cancelSession,
  inScheduleTransaction,
  queueSessionMessageOnce,
  rewriteSession,
  trainingSessions,
  withdrawPendingSessionMessages,
  type ScheduleDb,
  type SessionRecord,
  type TrainingSession,
} from "../../store/schedule.js";
import { fold } from "../../text.js";
import { findRecipients, sessionStamp, sessionView } from "./sessions.js";
import { isValidDate, zonedToUtc, type LocalDate, type LocalTime } from "../../time.js";

export const SCHEDULE_COLUMNS = [
  "session_id",
  "date",
  "start",
  "end",
  "provinces",
  "audience",
  "mode",
  "location",
  "topic",
  "contact",
] as const;
export type ScheduleColumn = (typeof SCHEDULE_COLUMNS)[number];
const REQUIRED: ScheduleColumn[] = SCHEDULE_COLUMNS.filter((c) => c !== "contact");

/** A schedule is a few dozen rows; anything much bigger is the wrong file. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
/** Unpacked size and entries of an .xlsx, checked before exceljs unpacks it (zip bombs). */
const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 500;
/** Row elements, empty ones included, that a sheet may hold before exceljs builds them all. */
const MAX_SHEET_ROW_ELEMENTS = 5 * MAX_IMPORT_ROWS;

/** Refuses an .xlsx that would unpack into far more than a schedule before any parser sees it. */
function xlsxPreflight(bytes: Buffer): string | undefined {
  let entries: ZipEntry[];
  try {
    entries = inspectZip(bytes, { maxEntries: MAX_XLSX_ENTRIES, maxUnpackedBytes: MAX_XLSX_UNPACKED_BYTES });
  } catch (err) {
    if (!(err instanceof ZipGuardError)) throw err;
    const k = err.problem.kind;
    return k === "too_large" || k === "too_many_entries" ? t.importUnpackedTooLarge : t.importUnreadable;
  }
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    if (countInEntry(bytes, e.name, "<row", MAX_SHEET_ROW_ELEMENTS) > MAX_SHEET_ROW_ELEMENTS) return t.importTooManyRows(MAX_IMPORT_ROWS);
  }
  return undefined;
}

export type ScheduleFileKind = "csv" | "xlsx";

export function scheduleFileKind(fileName: string): ScheduleFileKind | undefined {
  const ext = (fileName.match(/\.[^.]+$/)?.[0] ?? "").toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".xlsx" ? "xlsx" : undefined;
}

export interface RawRow {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Record<ScheduleColumn, string>;
}

export type ReadResult = { ok: true; rows: RawRow[] } | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------
// Reading

const pad = (n: number) => String(n).padStart(2, "0");
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** One cell as text. exceljs gives dates as UTC midnight and times as days since 1899-12-30. */
function cellText(value: ExcelJS.CellValue | undefined, column: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    if (column === "start" || column === "end") return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === "number") {
    if (column === "start" || column === "end") {
      const minutes = Math.round((value - Math.floor(value)) * 1440) % 1440;
      return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    if (column === "date" && value > 20000 && value < 80000) return cellText(new Date(EXCEL_EPOCH_MS + Math.round(value) * 86_400_000), column);
    return String(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) {
    const text = typeof value.text === "string" ? value.text : "";
    // A link cell in the location column: the address is what people need.
    return column === "location" && !/^https?:\/\//i.test(text.trim()) ? value.hyperlink : text || value.hyperlink;
  }
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result, column);
  return "";
}

function headerKey(value: ExcelJS.CellValue | undefined): string {
  return cellText(value, "").replace(/^\ufeff/, "").trim().toLowerCase();
}

function worksheetRows(ws: ExcelJS.Worksheet): ReadResult {
  const header = ws.getRow(1);
  const index = new Map<string, number>();
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    const key = headerKey(cell.value);
    if (key && !index.has(key)) index.set(key, col);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) return { ok: false, message: t.importMissingColumns(missing) };
  const rows: RawRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = {} as Record<ScheduleColumn, string>;
    for (const c of SCHEDULE_COLUMNS) {
      const col = index.get(c);
      cells[c] = col ? cellText(row.getCell(col).value, c).normalize("NFC").trim() : "";
    }
    if (SCHEDULE_COLUMNS.every((c) => cells[c] === "")) continue;
    rows.push({ row: r, cells });
    if (rows.length > MAX_IMPORT_ROWS) return { ok: false, message: t.importTooManyRows(MAX_IMPORT_ROWS) };
  }
  if (rows.length === 0) return { ok: false, message: t.importEmpty };
  return { ok: true, rows };
}

function decodeText(bytes: Buffer): string | undefined {
  try {
    // Excel's "Unicode text" is UTF-16; "CSV UTF-8" starts with a BOM (the decoder drops it).
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Excel in a Vietnamese locale writes CSV with ";" — pick the separator the header line uses. */
function detectDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const candidates = [",", ";", "\t"];
  const counts = candidates.map((d) => first.split(d).length);
  return candidates[counts.indexOf(Math.max(...counts))]!;
}

export async function readScheduleFile(bytes: Buffer, fileName: string): Promise<ReadResult> {
  const kind = scheduleFileKind(fileName);
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (!kind || (kind === "xlsx") !== isZip) return { ok: false, message: t.importWrongType };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, message: t.importTooLarge(MAX_IMPORT_BYTES / 1024) };
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  if (kind === "xlsx") {
    const refused = xlsxPreflight(bytes);
    if (refused) return { ok: false, message: refused };
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      return { ok: false, message: t.importUnreadable };
    }
    const ws = wb.worksheets.find((w) => w.rowCount > 0);
    return ws ? worksheetRows(ws) : { ok: false, message: t.importEmpty };
  }
  const text = decodeText(bytes);
  if (text === undefined) return { ok: false, message: t.importNotUtf8 };
  if (text.includes("\u0000")) return { ok: false, message: t.importWrongType };
  try {
    const ws = await wb.csv.read(Readable.from([text]), {
      // Keep every cell as the text written: exceljs would otherwise turn "2026-01-19" into a Date.
      map: (v: unknown) => v,
      parserOptions: { delimiter: detectDelimiter(text) },
    } as never);
    return worksheetRows(ws);
  } catch {
    return { ok: false, message: t.importUnreadable };
  }
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface ScheduleRow {
  row: number;
  sessionId: string;
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
  provinces: string[];
  audience: AudienceCode;
  mode: ModeCode;
  location: string;
  topic: string;
  contact: string | null;
}

export const SESSION_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export function parseLocalDate(v: string): LocalDate | undefined {
  const iso = v.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const vn = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const d = iso ? { y: +iso[1]!, m: +iso[2]!, d: +iso[3]! } : vn ? { y: +vn[3]!, m: +vn[2]!, d: +vn[1]! } : undefined;
  return d && d.y >= 2000 && d.y <= 2100 && isValidDate(d) ? d : undefined;
}

export function parseLocalTime(v: string): LocalTime | undefined {
  const m = v.match(/^(\d{1,2})[:hH](\d{2})(?::00)?$/);
  if (!m) return undefined;
  const time = { h: +m[1]!, mi: +m[2]! };
  return time.h <= 23 && time.mi <= 59 ? time : undefined;
}

function parseAudience(v: string): AudienceCode | undefined {
  const f = fold(v);
  if (f === "so") return "so";
  if (f === "xa") return "xa";
  if (f === "all" || f === "tat ca") return "all";
  return undefined;
}

function parseMode(v: string): ModeCode | undefined {
  const f = fold(v);
  if (f === "online" || f === "truc tuyen") return "online";
  if (f === "offline" || f === "truc tiep") return "offline";
  return undefined;
}

type Ctx = z.RefinementCtx;
function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

function parseProvinces(v: string, ctx: Ctx): string[] {
  const names = v.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return fail(ctx, t.err.provincesEmpty);
  const out: string[] = [];
  for (const name of names) {
    const m = matchProvince(name);
    if (m.kind === "exact" || m.kind === "former") {
      if (!out.includes(m.province)) out.push(m.province);
    } else if (m.kind === "ambiguous") {
      ctx.addIssue({ code: "custom", message: t.err.provinceAmbiguous(name, m.candidates) });
    } else {
      ctx.addIssue({ code: "custom", message: t.err.provinceUnknown(name, m.suggestions[0]) });
    }
  }
  return out;
}

const text = (column: string, max: number) => z.string().trim().max(max, { error: t.err.tooLong(column, max) });

/** A required cell parsed by `parse`: empty → "chưa ghi …", unreadable → `bad(value)`. */
const parsed = <T>(parse: (v: string) => T | undefined, what: string, bad: (v: string) => string) =>
  z.string().transform((raw, ctx): T => {
    const v = raw.trim();
    if (!v) return fail(ctx, t.err.missing(what));
    return parse(v) ?? fail(ctx, bad(v));
  });

const rowSchema = z.object({
  session_id: z.string().trim().regex(SESSION_ID_RE, { error: t.err.sessionId }),
  date: parsed(parseLocalDate, t.err.field.date, t.err.date),
  start: parsed(parseLocalTime, t.err.field.start, (v) => t.err.time("start", v)),
  end: parsed(parseLocalTime, t.err.field.end, (v) => t.err.time("end", v)),
  provinces: z.string().transform(parseProvinces),
  audience: parsed(parseAudience, t.err.field.audience, t.err.audience),
  mode: parsed(parseMode, t.err.field.mode, t.err.mode),
  location: text("location", 500).min(1, { error: t.err.location }),
  topic: text("topic", 300).min(1, { error: t.err.topic }),
  contact: text("contact", 200),
});

export type ValidationResult = { ok: true; rows: ScheduleRow[] } | { ok: false; errorRows: number; lines: string[] };

/** Validates every row and reports every problem of every row, not just the first. */
export function validateSchedule(raw: RawRow[]): ValidationResult {
  const rows: ScheduleRow[] = [];
  const lines: string[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of raw) {
    const problems: string[] = [];
    const parsed = rowSchema.safeParse(r.cells);
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
    const id = r.cells.session_id.trim();
    const dup = id ? firstRowOf.get(id.toLowerCase()) : undefined;
    if (dup !== undefined) problems.push(t.err.duplicate(dup));
    else if (id) firstRowOf.set(id.toLowerCase(), r.row);
    // Checked apart from the schema so it is reported together with the other problems.
    const start = parseLocalTime(r.cells.start.trim());
    const end = parseLocalTime(r.cells.end.trim());
    if (start && end && end.h * 60 + end.mi <= start.h * 60 + start.mi) problems.push(t.err.endBeforeStart);
    if (parseMode(r.cells.mode) === "online" && r.cells.location.trim() && !/^https?:\/\/\S+$/i.test(r.cells.location.trim())) {
      problems.push(t.err.onlineLink);
    }
    if (problems.length > 0 || !parsed.success) {
      lines.push(t.rowError(r.row, id || undefined, problems));
      continue;
    }
    const v = parsed.data;
    rows.push({
      row: r.row,
      sessionId: v.session_id,
      date: v.date,
      start: v.start,
      end: v.end,
      provinces: v.provinces,
      audience: v.audience,
      mode: v.mode,
      location: v.location,
      topic: v.topic,
      contact: v.contact || null,
    });
  }
  return lines.length > 0 ? { ok: false, errorRows: lines.length, lines } : { ok: true, rows };
}

// ---------------------------------------------------------------------------------------------
// Applying

function toRecord(r: ScheduleRow, tz: string): SessionRecord {
  return {
    sessionId: r.sessionId,
    startsAt: zonedToUtc(r.date, r.start, tz),
    endsAt: zonedToUtc(r.date, r.end, tz),
    provinces: r.provinces.join(";"),
    audience: r.audience,
    mode: r.mode,
    location: r.location,
    topic: r.topic,
    contact: r.contact,
  };
}

const sameTime = (a: Date, b: Date) => a.getTime() === b.getTime();

export interface ImportPlan {
  create: SessionRecord[];
  update: { before: TrainingSession; after: SessionRecord; notify: boolean }[];
  unchanged: number;
  /** Upcoming active sessions missing from the file. */
  cancel: TrainingSession[];
}

/**
 * What importing `rows` would change. The file is the whole schedule: an upcoming session missing
 * from it is cancelled; a past one is history and is left alone.
 */
export function planImport(existing: TrainingSession[], rows: ScheduleRow[], now: Date, tz: string): ImportPlan {
  const byId = new Map(existing.map((s) => [s.sessionId, s]));
  const plan: ImportPlan = { create: [], update: [], unchanged: 0, cancel: [] };
  const inFile = new Set<string>();
  for (const row of rows) {
    const after = toRecord(row, tz);
    inFile.add(after.sessionId);
    const before = byId.get(after.sessionId);
    if (!before) {
      plan.create.push(after);
      continue;
    }
    const timeOrPlace =
      !sameTime(before.startsAt, after.startsAt) || !sameTime(before.endsAt, after.endsAt) || before.mode !== after.mode || before.location !== after.location;
    const other =
      before.provinces !== after.provinces || before.audience !== after.audience || before.topic !== after.topic || (before.contact ?? null) !== after.contact;
    const restored = before.status !== "active";
    if (!timeOrPlace && !other && !restored) {
      plan.unchanged++;
      continue;
    }
    // People already told the old time or place (or that it was cancelled) must hear of the change.
    const notify = after.startsAt > now && (timeOrPlace || restored);
    plan.update.push({ before, after, notify });
  }
  for (const s of existing) {
    if (!inFile.has(s.sessionId) && s.status === "active" && s.startsAt > now) plan.cancel.push(s);
  }
  return plan;
}

export interface ImportSummary extends ImportSummaryView {
  /** Session ids cancelled by this import. */
  cancelledIds: string[];
}

export function summarize(plan: ImportPlan, total: number, notices = 0): ImportSummary {
  const restored = plan.update.filter((u) => u.before.status !== "active").length;
  return {
    total,
    created: plan.create.length,
    updated: plan.update.length - restored,
    restored,
    unchanged: plan.unchanged,
    cancelled: plan.cancel.length,
    cancelledIds: plan.cancel.map((s) => s.sessionId),
    notices,
  };
}

async function queueNotices(tx: ScheduleDb, s: TrainingSession, kind: "cancellation" | "schedule_change", now: Date, tz: string): Promise<number> {
  const view = sessionView(s, tz);
  const payload = JSON.stringify({ text: kind === "cancellation" ? t.cancellation(view) : t.change(view) });
  // One notice per import: the import time tells this change from an earlier one of the same session.
  const tag = `${sessionStamp(s, tz)}~${now.getTime().toString(36)}`;
  const prefix = kind === "cancellation" ? "cancel" : "change";
  let n = 0;
  for (const r of await findRecipients(tx, s)) {
    const added = await queueSessionMessageOnce(tx, {
      dedupeKey: `${prefix}:${tag}:${r.channel}:${r.chatId}`,
      channel: r.channel,
      chatId: r.chatId,
      payload,
      kind,
      refId: s.sessionId,
      notBefore: now,
      expiresAt: s.startsAt,
      now,
    });
    if (added) n++;
  }
  return n;
}

/** Writes an import's plan inside its transaction; returns the number of notices queued. */
async function applyPlan(tx: ScheduleDb, plan: ImportPlan, now: Date, tz: string): Promise<number> {
  let notices = 0;
  await addSessions(tx, plan.create, now);
  for (const u of plan.update) {
    const updated = await rewriteSession(tx, u.before.id, u.after);
    await withdrawPendingSessionMessages(tx, u.before.sessionId, "schedule changed");
    if (u.notify) notices += await queueNotices(tx, updated, "schedule_change", now, tz);
  }
  for (const s of plan.cancel) {
    const cancelled = await cancelSession(tx, s.id);
    await withdrawPendingSessionMessages(tx, s.sessionId, "session cancelled");
    notices += await queueNotices(tx, cancelled, "cancellation", now, tz);
  }
  return notices;
}

export interface ApplyOptions {
  now: Date;
  tz: string;
  log: Logger;
}

/** Applies a validated schedule in one transaction: sessions, withdrawn reminders and notices. */
export async function applySchedule(store: Store, rows: ScheduleRow[], o: ApplyOptions): Promise<ImportSummary> {
  const { now, tz } = o;
  const summary = await inScheduleTransaction(store, async (tx) => {
    // Planned again inside the transaction: the state may have moved since the preview.
    const plan = planImport(await trainingSessions(tx), rows, now, tz);
    return summarize(plan, rows.length, await applyPlan(tx, plan, now, tz));
  });
  o.log.info(
    { created: summary.created, updated: summary.updated, cancelled: summary.cancelled, restored: summary.restored, notices: summary.notices },
    "schedule imported",
  );
  return summary;
}

/** What an import would do, for the confirmation when it cancels sessions. */
export async function previewSchedule(store: Store, rows: ScheduleRow[], now: Date, tz: string): Promise<ImportPlan> {
  return planImport(await trainingSessions(store), rows, now, tz);
}

/** Lines listing validation errors, capped so a reply stays readable. */
export function rejectionText(result: { errorRows: number; lines: string[] }, maxLines = 25): string {
  return t.importRejected(result.errorRows, result.lines.slice(0, maxLines), Math.max(0, result.lines.length - maxLines));
}

