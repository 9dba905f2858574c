// The weekly support report: tickets opened and closed, the median time to the first staff reply,
// the average rating, by province; and the "common difficulties" — questions the bot declined and
// questions sent to staff, grouped by similarity, most frequent first. As text and as XLSX.
// No names or contact details: only numbers, provinces, units and question texts.
// exceljs itself is loaded on first use: it costs ~20 MB at start-up.
import type ExcelJS from "exceljs";
import type { AppDeps } from "../../bot/context.js";
import type { ReplyFile } from "../../bot/types.js";
import { tickets as t } from "../../messages/index.js";
import { groupQuestions, type QuestionGroup } from "./similarity.js";
import { ticketsReportRows } from "../../store/tickets.js";
import { displayFormatters } from "../../time.js";

const r = t.report;
const DEFAULT_DAYS = 7;
const MAX_DAYS = 90;
const TEXT_DIFFICULTIES = 10;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** "/baocao_tuan", "/baocao_tuan 14": the period in days, or undefined when not understood. */
export function reportDays(args: string | undefined): number | undefined {
  const a = (args ?? "").trim();
  if (!a) return DEFAULT_DAYS;
  if (!/^\d{1,3}$/.test(a)) return undefined;
  const n = Number(a);
  return n >= 1 && n <= MAX_DAYS ? n : undefined;
}

export interface ProvinceStats {
  province: string;
  opened: number;
  closed: number;
  medianMinutes?: number;
  avgRating?: number;
  ratings: number;
}

export interface TicketRow {
  id: number;
  createdAt: Date;
  province?: string;
  unit?: string;
  status: string;
  firstResponseMinutes?: number;
  closedAt?: Date;
  rating?: number;
  question: string;
}

export interface ReportData {
  days: number;
  from: Date;
  to: Date;
  opened: number;
  closed: number;
  openNow: number;
  medianMinutes?: number;
  avgRating?: number;
  ratings: number;
  declined: number;
  provinces: ProvinceStats[];
  difficulties: QuestionGroup[];
  tickets: TicketRow[];
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const average = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

export async function computeReport(deps: Pick<AppDeps, "store" | "clock">, days: number): Promise<ReportData> {
  const { store } = deps;
  const to = deps.clock.now();
  const from = new Date(to.getTime() - days * 86_400_000);
  const { opened, closed, stillOpen: openNow, declined: declinedLogs } = await ticketsReportRows(store, from, to);

  const responseMinutes = (list: typeof opened) =>
    list.filter((x) => x.firstResponseAt).map((x) => minutesBetween(x.createdAt, x.firstResponseAt!));
  const ratingsOf = (list: typeof closed) => list.map((x) => x.rating).filter((x): x is number => typeof x === "number");

  const provinceNames = new Set([...opened, ...closed].map((x) => x.province ?? r.noProvince));
  const provinces: ProvinceStats[] = [...provinceNames]
    .map((province) => {
      const o = opened.filter((x) => (x.province ?? r.noProvince) === province);
      const c = closed.filter((x) => (x.province ?? r.noProvince) === province);
      const ratings = ratingsOf(c);
      return { province, opened: o.length, closed: c.length, medianMinutes: median(responseMinutes(o)), avgRating: average(ratings), ratings: ratings.length };
    })
    .sort((a, b) => b.opened - a.opened || b.closed - a.closed || a.province.localeCompare(b.province, "vi"));

  // A declined question that became a ticket is counted once, as the declined question.
  const fromLogs = new Set(declinedLogs.map((l) => l.ticketId).filter((id): id is number => id !== null));
  const questions = [...declinedLogs.map((l) => l.question), ...opened.filter((x) => !fromLogs.has(x.id)).map((x) => x.question)];
  const ratings = ratingsOf(closed);

  return {
    days,
    from,
    to,
    opened: opened.length,
    closed: closed.length,
    openNow,
    medianMinutes: median(responseMinutes(opened)),
    avgRating: average(ratings),
    ratings: ratings.length,
    declined: declinedLogs.length,
    provinces,
    difficulties: groupQuestions(questions),
    tickets: opened.map((x) => ({
      id: x.id,
      createdAt: x.createdAt,
      province: x.province ?? undefined,
      unit: x.unitName ?? undefined,
      status: x.status,
      firstResponseMinutes: x.firstResponseAt ? Math.round(minutesBetween(x.createdAt, x.firstResponseAt)) : undefined,
      closedAt: x.closedAt ?? undefined,
      rating: x.rating ?? undefined,
      question: x.question,
    })),
  };
}


export function renderReportText(data: ReportData, tz: string, withFile: boolean): string {
  const f = displayFormatters(tz);
  const duration = (m?: number) => (m === undefined ? r.none : r.duration(m));
  const rating = (avg?: number) => (avg === undefined ? r.none : `${f.decimal(avg)}/5`);
  const lines = [
    r.title(data.days, f.date(data.from), f.date(data.to)),
    r.counts(data.opened, data.closed, data.openNow),
    r.median(duration(data.medianMinutes)),
    r.rating(rating(data.avgRating), data.ratings),
  ];
  if (data.provinces.length) {
    lines.push("", r.byProvince);
    for (const p of data.provinces) {
      lines.push(r.provinceLine({ province: p.province, opened: p.opened, closed: p.closed, median: duration(p.medianMinutes), rating: rating(p.avgRating) }));
    }
  }
  lines.push("", r.difficulties);
  if (data.difficulties.length === 0) lines.push(r.noDifficulties);
  data.difficulties.slice(0, TEXT_DIFFICULTIES).forEach((g, i) => lines.push(r.difficultyLine(i + 1, g.count, g.question)));
  if (withFile) lines.push("", r.fileNote);
  return lines.join("\n");
}

export async function renderReportXlsx(data: ReportData, tz: string): Promise<Buffer> {
  const f = displayFormatters(tz);
  const c = r.columns;
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  wb.created = data.to;
  const round1 = (n?: number) => (n === undefined ? null : Math.round(n * 10) / 10);
  const bold = (ws: ExcelJS.Worksheet) => {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
  };

  const summary = wb.addWorksheet(r.sheets.summary);
  summary.columns = [
    { header: c.item, key: "item", width: 40 },
    { header: c.value, key: "value", width: 30 },
  ];
  summary.addRows([
    { item: r.rows.period, value: `${f.date(data.from)} – ${f.date(data.to)}` },
    { item: r.rows.opened, value: data.opened },
    { item: r.rows.closed, value: data.closed },
    { item: r.rows.open, value: data.openNow },
    { item: r.rows.median, value: round1(data.medianMinutes) },
    { item: r.rows.rating, value: round1(data.avgRating) },
    { item: r.rows.ratings, value: data.ratings },
    { item: r.rows.declined, value: data.declined },
  ]);
  bold(summary);

  const provinces = wb.addWorksheet(r.sheets.provinces);
  provinces.columns = [
    { header: c.province, key: "province", width: 24 },
    { header: c.opened, key: "opened", width: 12 },
    { header: c.closed, key: "closed", width: 12 },
    { header: c.medianMinutes, key: "median", width: 20 },
    { header: c.avgRating, key: "rating", width: 14 },
    { header: c.ratings, key: "ratings", width: 14 },
  ];
  for (const p of data.provinces) {
    provinces.addRow({ province: p.province, opened: p.opened, closed: p.closed, median: round1(p.medianMinutes), rating: round1(p.avgRating), ratings: p.ratings });
  }
  bold(provinces);

  const difficulties = wb.addWorksheet(r.sheets.difficulties);
  difficulties.columns = [
    { header: c.rank, key: "rank", width: 6 },
    { header: c.count, key: "count", width: 10 },
    { header: c.question, key: "question", width: 70 },
    { header: c.examples, key: "examples", width: 70 },
  ];
  data.difficulties.forEach((g, i) => difficulties.addRow({ rank: i + 1, count: g.count, question: g.question, examples: g.examples.join("\n") }));
  bold(difficulties);

  const list = wb.addWorksheet(r.sheets.tickets);
  list.columns = [
    { header: c.ticket, key: "id", width: 10 },
    { header: c.createdAt, key: "createdAt", width: 18 },
    { header: c.province, key: "province", width: 20 },
    { header: c.unit, key: "unit", width: 28 },
    { header: c.status, key: "status", width: 12 },
    { header: c.firstResponseMinutes, key: "first", width: 16 },
    { header: c.closedAt, key: "closedAt", width: 18 },
    { header: c.rating, key: "rating", width: 10 },
    { header: c.question, key: "question", width: 70 },
  ];
  for (const x of data.tickets) {
    list.addRow({
      id: x.id,
      createdAt: f.dateTime(x.createdAt),
      province: x.province ?? r.noProvince,
      unit: x.unit ?? "",
      status: r.statuses[x.status] ?? x.status,
      first: x.firstResponseMinutes ?? null,
      closedAt: x.closedAt ? f.dateTime(x.closedAt) : "",
      rating: x.rating ?? null,
      question: x.question,
    });
  }
  bold(list);

  return Buffer.from((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

export async function buildReport(deps: Pick<AppDeps, "store" | "clock" | "config">, days: number, withFile: boolean): Promise<{ text: string; file?: ReplyFile }> {
  const data = await computeReport(deps, days);
  const tz = deps.config.TZ;
  const text = renderReportText(data, tz, withFile);
  if (!withFile) return { text };
  const to = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(data.to);
  return { text, file: { fileName: r.fileName(to), mimeType: XLSX_MIME, data: await renderReportXlsx(data, tz) } };
}
