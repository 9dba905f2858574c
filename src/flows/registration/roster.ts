// The roster for the ministry: the Phụ lục 3 export (XLSX and CSV) and the completeness report.
import { Writable } from "node:stream";
import { registration as t } from "../../messages/index.js";
import type { ReportLine } from "../../messages/registration.js";
import { communesOf, type CommuneUnit } from "../../reference/communes.js";
import { PROVINCES } from "../../reference/provinces.js";
import type { Store } from "../../store/db.js";
import { activeRosterRows, type RosterRow } from "../../store/officers.js";
import { fold } from "../../text.js";
import { localDate } from "./time.js";
import { isCommune, quotaOf, roleLabel, SO_KINDS, UNIT_KINDS } from "./units.js";

export type { RosterRow };

/** The same ordering as String#localeCompare(…, "vi"), without building a collator per call. */
const VI = new Intl.Collator("vi");

const order = (list: readonly string[], v: string) => {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
};

/** Active registrations in the template's order: province, Sở before communes, unit name. */
export async function loadRoster(store: Store): Promise<RosterRow[]> {
  const rows = await activeRosterRows(store);
  // Sort keys computed once per row (folding and collating per comparison took seconds at 10,000 rows).
  const keyed = rows.map((r) => ({
    r,
    province: order(PROVINCES, r.province),
    commune: Number(isCommune(r.unitKind)),
    unit: fold(r.unitName),
    kind: order(UNIT_KINDS, r.unitKind),
  }));
  keyed.sort(
    (a, b) =>
      a.province - b.province ||
      VI.compare(a.r.province, b.r.province) ||
      a.commune - b.commune ||
      VI.compare(a.unit, b.unit) ||
      a.kind - b.kind ||
      a.r.createdAt.getTime() - b.r.createdAt.getTime() ||
      a.r.id - b.r.id,
  );
  return keyed.map((k) => k.r);
}

/** One row of cells in the column order of Phụ lục 3. */
function cells(r: RosterRow, i: number, tz: string): (string | number)[] {
  return [
    i + 1,
    r.province,
    r.unitName,
    r.fullName,
    r.position,
    r.phone,
    r.email,
    roleLabel(r.role),
    localDate(r.createdAt, tz),
    r.late ? t.admin.lateNote : "",
    r.unitCode ?? "",
  ];
}

/** One row per unit of the list without a registration, with its code. */
function missingCells(status: ProvinceStatus[]): (string | number)[][] {
  return status.flatMap((s) => s.missing.map((u) => [s.province, u.code, u.name, u.kind])).map((row, i) => [i + 1, ...row]);
}

/**
 * The roster (Phụ lục 3) and, on a second sheet, the units still missing a registration. Written
 * with ExcelJS's streaming writer, row by row: the document model of 10,000 rows held several
 * hundred MB at once.
 */
export async function rosterXlsx(rows: RosterRow[], tz: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => out.on("finish", resolve).on("error", reject));
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.created = new Date(0);
  const frozen = { views: [{ state: "frozen" as const, ySplit: 1 }] };
  // Phone numbers and unit codes as text so their leading 0 survives.
  const text = { numFmt: "@" };
  const ws = wb.addWorksheet(t.admin.sheetName, frozen);
  ws.columns = [6, 24, 40, 26, 28, 14, 30, 28, 14, 16, 12].map((width, i) => ({ width, ...(i === 5 || i === 10 ? { style: text } : {}) }));
  const header = ws.addRow([...t.admin.columns]);
  header.font = { bold: true };
  header.commit();
  rows.forEach((r, i) => ws.addRow(cells(r, i, tz)).commit());
  ws.commit();

  const missing = wb.addWorksheet(t.admin.missingSheetName, frozen);
  missing.columns = [6, 24, 12, 32, 12].map((width, i) => ({ width, ...(i === 2 ? { style: text } : {}) }));
  const missingHeader = missing.addRow([...t.admin.missingColumns]);
  missingHeader.font = { bold: true };
  missingHeader.commit();
  for (const row of missingCells(completeness(rows))) missing.addRow(row).commit();
  missing.commit();
  await wb.commit();
  await finished;
  return Buffer.concat(chunks);
}

function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows: readonly (readonly (string | number)[])[]): Buffer {
  const lines = rows.map((row) => row.map(csvCell).join(","));
  // BOM: Excel opens UTF-8 CSV with Vietnamese text correctly only with it.
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`, "utf8");
}

export function rosterCsv(rows: RosterRow[], tz: string): Buffer {
  return csv([t.admin.columns, ...rows.map((r, i) => cells(r, i, tz))]);
}

/** The "Chưa đăng ký" sheet as CSV. */
export function missingCsv(rows: RosterRow[]): Buffer {
  return csv([t.admin.missingColumns, ...missingCells(completeness(rows))]);
}

export interface ProvinceStatus {
  province: string;
  /** Places filled per Sở kind that has registrations. */
  so: { kind: string; filled: number; quota: number }[];
  /** Commune-level registrations, with or without a known code. */
  communes: number;
  late: number;
  /** Commune-level units of the province in the official list. */
  expected: number;
  /** Units of the list with an active registration (by code). */
  registered: number;
  /** Units of the list nobody has registered for yet, in the list's order. */
  missing: CommuneUnit[];
  /** Commune registrations whose unit is not (or no longer) in the list: /dangky_chuanhoa. */
  unmatched: number;
}

/** What completeness() reads of a registration. */
export type StatusRow = Pick<RosterRow, "province" | "unitKind" | "unitCode" | "late">;

/** Status of every one of the 34 provinces, in the reference order. */
export function completeness(rows: StatusRow[]): ProvinceStatus[] {
  const byProvince = new Map<string, StatusRow[]>();
  for (const r of rows) {
    const list = byProvince.get(r.province);
    if (list) list.push(r);
    else byProvince.set(r.province, [r]);
  }
  return PROVINCES.map((province) => {
    const mine = byProvince.get(province) ?? [];
    const so = SO_KINDS.map((kind) => ({ kind, filled: mine.filter((r) => r.unitKind === kind).length, quota: quotaOf(kind) })).filter(
      (s) => s.filled > 0,
    );
    const units = communesOf(province);
    const codes = new Set(mine.filter((r) => isCommune(r.unitKind) && r.unitCode).map((r) => r.unitCode!));
    const missing = units.filter((u) => !codes.has(u.code));
    const communes = mine.filter((r) => isCommune(r.unitKind)).length;
    const registered = units.length - missing.length;
    return { province, so, communes, late: mine.filter((r) => r.late).length, expected: units.length, registered, missing, unmatched: communes - registered };
  });
}

export interface MissingUnits {
  province: string;
  /** Units with no registration yet: code, official name, kind. */
  missing: Pick<CommuneUnit, "code" | "name" | "kind">[];
}

/**
 * Commune-level units still missing a registration, per province (only provinces with some
 * missing; all 34 or the ones named). For reports, nudges and announcement audiences.
 */
export async function missingUnitsByProvince(store: Store, provinces?: readonly string[]): Promise<MissingUnits[]> {
  const wanted = provinces ? new Set(provinces) : undefined;
  return completeness(await loadRoster(store))
    .filter((s) => (!wanted || wanted.has(s.province)) && s.missing.length > 0)
    .map((s) => ({ province: s.province, missing: s.missing.map((u) => ({ code: u.code, name: u.name, kind: u.kind })) }));
}

/** No Sở registered yet, or a Sở with a place still free. */
export const soIncomplete = (s: ProvinceStatus) => s.so.length === 0 || s.so.some((x) => x.filled < x.quota);

const REPORT_LIMIT = 4000;

const soLine = (s: ProvinceStatus) => s.so.map((x) => ({ short: t.unitKindShort[x.kind] ?? x.kind, filled: x.filled, quota: x.quota }));

/** /dangky_baocao: every province, registered against expected. */
export function completenessReport(rows: RosterRow[], at: string, deadline: string): string {
  const status = completeness(rows);
  const missing = status.filter((s) => s.so.length === 0).map((s) => s.province);
  const head = [
    t.admin.reportTitle(at, deadline),
    t.admin.reportTotals({
      people: rows.length,
      late: rows.filter((r) => r.late).length,
      communes: rows.filter((r) => isCommune(r.unitKind)).length,
      provincesWithSo: status.length - missing.length,
      provincesSoComplete: status.filter((s) => !soIncomplete(s)).length,
      provinces: status.length,
      unitsExpected: status.reduce((n, s) => n + s.expected, 0),
      unitsRegistered: status.reduce((n, s) => n + s.registered, 0),
      unmatched: status.reduce((n, s) => n + s.unmatched, 0),
    }),
    t.admin.reportMissingSo(missing),
  ];
  const lines = status.map((s) =>
    t.admin.reportLine({
      province: s.province,
      so: soLine(s),
      communes: s.communes,
      late: s.late,
      expected: s.expected,
      registered: s.registered,
    } satisfies ReportLine),
  );
  let text = [...head, [t.admin.reportByProvince, ...lines, t.admin.reportProvinceHint].join("\n")].join("\n\n");
  // Stay within one Telegram message: drop province lines from the end and say how many.
  let kept = lines.length;
  while (text.length > REPORT_LIMIT && kept > 0) {
    kept--;
    text = [...head, [t.admin.reportByProvince, ...lines.slice(0, kept), t.admin.reportMore(lines.length - kept)].join("\n")].join("\n\n");
  }
  return text;
}

/** /dangky_baocao <province>: its Sở, its units registered against the list, and the missing ones by name and code. */
export function provinceReport(rows: RosterRow[], province: string, at: string, deadline: string): string {
  const s = completeness(rows).find((x) => x.province === province)!;
  return t.admin.provinceReport({
    province,
    at,
    deadline,
    so: soLine(s),
    expected: s.expected,
    registered: s.registered,
    unmatched: s.unmatched,
    late: s.late,
    missing: s.missing.map((u) => ({ code: u.code, name: u.name })),
  });
}
