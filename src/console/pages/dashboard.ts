// Tổng quan: the map of the 34 provinces coloured by registration completeness, a bar chart, Sở
// and commune units registered against expected, tickets per week with the median first response,
// the questions declined most this week, and reminder delivery for the next sessions.
// Province detail: its Sở, its communes and the units still missing.
import type { FastifyInstance } from "fastify";
import { completeness, type ProvinceStatus } from "../../flows/registration/roster.js";
import { provincesOf } from "../../flows/reminders/sessions.js";
import { median } from "../../flows/tickets/report.js";
import { groupQuestions } from "../../flows/tickets/similarity.js";
import { consoleText as t, registration } from "../../messages/index.js";
import { PROVINCES } from "../../reference/provinces.js";
import {
  declinedQuestionsSince,
  deliveryBySession,
  registrationStatusRows,
  ticketTimesSince,
  upcomingSessions,
  type TicketTimes,
} from "../../store/console.js";
import { formatters } from "../format.js";
import { html, jsonAttr, type Html } from "../html.js";
import type { ConsoleApp, ConsoleDeps } from "../server.js";

const DAY_MS = 86_400_000;
const WEEKS = 8;
const DECLINED_SHOWN = 10;
const SESSIONS_SHOWN = 6;
/** Colour bands of the map and the legend (percent of commune units registered). */
export const BANDS = [
  { gte: 0, lt: 25, color: "#d73027" },
  { gte: 25, lt: 50, color: "#fc8d59" },
  { gte: 50, lt: 75, color: "#fee08b" },
  { gte: 75, lt: 100, color: "#91cf60" },
  { gte: 100, color: "#1a9850" },
] as const;

export const rateOf = (s: Pick<ProvinceStatus, "registered" | "expected">) => (s.expected > 0 ? s.registered / s.expected : 0);
const pct = (s: ProvinceStatus) => Math.floor(rateOf(s) * 1000) / 10;

export interface WeekRow {
  from: Date;
  opened: number;
  closed: number;
  waiting: number;
}

/** Opened, closed and still waiting at each week's end, for the last `weeks` weeks to `now`. */
export function ticketWeeks(tickets: TicketTimes[], now: Date, weeks = WEEKS): WeekRow[] {
  const rows: WeekRow[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const to = now.getTime() - i * 7 * DAY_MS;
    const from = to - 7 * DAY_MS;
    const inWeek = (d: Date | null) => !!d && d.getTime() > from && d.getTime() <= to;
    rows.push({
      from: new Date(from),
      opened: tickets.filter((x) => inWeek(x.createdAt)).length,
      closed: tickets.filter((x) => inWeek(x.closedAt)).length,
      waiting: tickets.filter((x) => x.createdAt.getTime() <= to && (!x.closedAt || x.closedAt.getTime() > to)).length,
    });
  }
  return rows;
}

export function firstResponseMedian(tickets: TicketTimes[], since: Date): number | undefined {
  return median(
    tickets
      .filter((x) => x.firstResponseAt && x.createdAt >= since)
      .map((x) => (x.firstResponseAt!.getTime() - x.createdAt.getTime()) / 60_000),
  );
}

export interface DashboardData {
  status: ProvinceStatus[];
  officers: number;
  late: number;
  weeks: WeekRow[];
  medianMinutes?: number;
  declined: { question: string; count: number }[];
  sessions: { id: string; startsAt: Date; endsAt: Date; provinces: string[]; sent: number; pending: number; problems: number }[];
}

export async function dashboardData(deps: Pick<ConsoleDeps, "store" | "clock">): Promise<DashboardData> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - WEEKS * 7 * DAY_MS);
  const [roster, tickets, declined, sessions] = await Promise.all([
    registrationStatusRows(deps.store),
    ticketTimesSince(deps.store, since),
    declinedQuestionsSince(deps.store, new Date(now.getTime() - 7 * DAY_MS)),
    upcomingSessions(deps.store, now, SESSIONS_SHOWN),
  ]);
  const delivery = await deliveryBySession(deps.store, sessions.map((s) => s.sessionId));
  return {
    status: completeness(roster),
    officers: roster.length,
    late: roster.filter((r) => r.late).length,
    weeks: ticketWeeks(tickets, now),
    medianMinutes: firstResponseMedian(tickets, since),
    declined: groupQuestions(declined).slice(0, DECLINED_SHOWN).map((g) => ({ question: g.question, count: g.count })),
    sessions: sessions.map((s) => ({
      id: s.sessionId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      provinces: provincesOf(s),
      ...(delivery.get(s.sessionId) ?? { sent: 0, pending: 0, problems: 0 }),
    })),
  };
}

function mapOption(status: ProvinceStatus[]) {
  return {
    tooltip: { trigger: "item", formatter: "{b}: {c}%" },
    visualMap: { type: "piecewise", show: false, dimension: 0, pieces: BANDS.map((b) => ({ ...b })) },
    series: [
      {
        type: "map",
        map: "vn34",
        nameProperty: "province",
        roam: false,
        aspectScale: 1,
        // The outlines include the far islands; centred on the mainland the provinces stay legible.
        center: [106.3, 16.2],
        zoom: 1.25,
        selectedMode: false,
        emphasis: { label: { show: true }, itemStyle: { areaColor: "#6baed6" } },
        data: status.map((s) => ({ name: s.province, value: pct(s) })),
      },
    ],
  };
}

function barOption(status: ProvinceStatus[]) {
  const sorted = [...status].sort((a, b) => rateOf(a) - rateOf(b));
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: null },
    xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: sorted.map((s) => s.province), axisLabel: { fontSize: 11 } },
    visualMap: { type: "piecewise", show: false, dimension: 0, pieces: BANDS.map((b) => ({ ...b })) },
    series: [{ type: "bar", data: sorted.map((s) => pct(s)), barMaxWidth: 14 }],
  };
}

function stat(label: string, value: string, key: string, note?: string): Html {
  return html`<div class="card"><div class="label">${label}</div><div class="value" data-stat="${key}">${value}</div>${note ? html`<div class="muted">${note}</div>` : ""}</div>`;
}

function provinceTable(status: ProvinceStatus[]): Html {
  const c = t.dashboard.columns;
  return html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${c.province}</th><th scope="col" class="num">${c.so}</th><th scope="col" class="num">${c.communes}</th><th scope="col" class="num">${c.rate}</th><th scope="col" class="num">${c.late}</th></tr></thead>
<tbody>${status.map(
    (s) => html`<tr data-province="${s.province}"><td><a href="/console/province/${encodeURIComponent(s.province)}">${s.province}</a></td>
<td class="num">${s.so.reduce((a, x) => a + x.filled, 0)}</td><td class="num">${t.dashboard.unitsValue(s.registered, s.expected)}</td>
<td class="num" data-rate>${t.percent(rateOf(s))}</td><td class="num">${s.late}</td></tr>`,
  )}</tbody></table></div>`;
}

export function renderDashboard(d: DashboardData, tz: string): Html {
  const f = formatters(tz);
  const expected = d.status.reduce((a, s) => a + s.expected, 0);
  const registered = d.status.reduce((a, s) => a + s.registered, 0);
  const withSo = d.status.filter((s) => s.so.length > 0).length;
  const tc = t.dashboard.ticketColumns;
  const rc = t.dashboard.reminderColumns;
  return html`
<section class="cards" aria-label="${t.dashboard.title}">
${stat(t.dashboard.communeUnits, t.dashboard.unitsValue(registered, expected), "communes")}
${stat(t.dashboard.soUnits, t.dashboard.soUnitsValue(withSo, PROVINCES.length), "so")}
${stat(t.dashboard.officers, t.count(d.officers), "officers", t.dashboard.lateCount(d.late))}
${stat(t.dashboard.medianFirstResponse, d.medianMinutes === undefined ? t.dashboard.noResponseYet : t.duration(d.medianMinutes), "median")}
</section>
<div class="grid2">
<section><h2>${t.dashboard.mapTitle}</h2>
<div id="province-map" class="chart" role="img" aria-label="${t.dashboard.mapTitle}" data-kind="map" data-link="/console/province/" data-chart="${jsonAttr(mapOption(d.status))}"></div>
<ul class="legend">${t.dashboard.legend.map((label, i) => html`<li><span class="sw b${i}"></span>${label}</li>`)}</ul>
<p class="muted">${t.dashboard.mapHint}</p></section>
<section><h2>${t.dashboard.barTitle}</h2>
<div id="province-bars" class="chart tall" role="img" aria-label="${t.dashboard.barTitle}" data-link="/console/province/" data-chart="${jsonAttr(barOption(d.status))}"></div></section>
</div>
<h2>${t.dashboard.provinceTable}</h2>
${provinceTable(d.status)}
<h2>${t.dashboard.ticketsTitle}</h2>
<div class="table-wrap"><table id="ticket-weeks"><thead><tr><th scope="col">${tc.week}</th><th scope="col" class="num">${tc.opened}</th><th scope="col" class="num">${tc.closed}</th><th scope="col" class="num">${tc.waiting}</th></tr></thead>
<tbody>${d.weeks.map((w) => html`<tr><td>${f.date(w.from)}</td><td class="num">${w.opened}</td><td class="num">${w.closed}</td><td class="num">${w.waiting}</td></tr>`)}</tbody></table></div>
<h2>${t.dashboard.declinedTitle}</h2>
${d.declined.length === 0 ? html`<p>${t.dashboard.declinedNone}</p>` : html`<ol id="declined">${d.declined.map((q) => html`<li>${q.question} <span class="badge">${t.dashboard.declinedTimes(q.count)}</span></li>`)}</ol>`}
<h2>${t.dashboard.remindersTitle}</h2>
${d.sessions.length === 0
    ? html`<p>${t.dashboard.remindersNone}</p>`
    : html`<div class="table-wrap"><table><thead><tr><th scope="col">${rc.session}</th><th scope="col">${rc.when}</th><th scope="col">${rc.provinces}</th><th scope="col" class="num">${rc.sent}</th><th scope="col" class="num">${rc.pending}</th><th scope="col" class="num">${rc.failed}</th></tr></thead>
<tbody>${d.sessions.map((s) => html`<tr><td><a href="/console/schedule/${encodeURIComponent(s.id)}">${s.id}</a></td><td>${f.dateTime(s.startsAt)}</td><td>${s.provinces.join(", ")}</td><td class="num">${s.sent}</td><td class="num">${s.pending}</td><td class="num">${s.problems}</td></tr>`)}</tbody></table></div>`}`;
}

function renderProvince(s: ProvinceStatus): Html {
  const p = t.province;
  const mc = p.missingColumns;
  return html`
<h2>${p.so}</h2>
${s.so.length === 0 ? html`<p>${p.noSo}</p>` : html`<ul>${s.so.map((x) => html`<li>${p.soLine(registration.unitKindShort[x.kind] ?? x.kind, x.filled, x.quota)}</li>`)}</ul>`}
<p data-stat="province-communes">${p.communes(s.registered, s.expected)}</p>
${s.unmatched > 0 ? html`<p class="muted">${p.unmatched(s.unmatched)}</p>` : ""}
<p><a href="/console/roster?province=${encodeURIComponent(s.province)}">${p.rosterLink}</a></p>
<h2>${p.missingTitle(s.missing.length)}</h2>
${s.missing.length === 0
    ? html`<p>${p.missingNone}</p>`
    : html`<div class="table-wrap"><table><thead><tr><th scope="col">${mc.code}</th><th scope="col">${mc.name}</th><th scope="col">${mc.kind}</th></tr></thead>
<tbody>${s.missing.map((u) => html`<tr><td>${u.code}</td><td>${u.name}</td><td>${u.kind}</td></tr>`)}</tbody></table></div>`}`;
}

export function registerDashboard(scope: FastifyInstance, app: ConsoleApp): void {
  scope.get("/", async (req, reply) => {
    if (app.viewer(req).role !== "admin") return reply.redirect("/console/tickets", 302);
    const data = await dashboardData(app.deps);
    return app.page(req, reply, { title: t.dashboard.title, section: "dashboard", charts: true }, renderDashboard(data, app.deps.config.TZ));
  });
  scope.get<{ Params: { name: string } }>("/province/:name", { config: { roles: ["admin"] } }, async (req, reply) => {
    const status = completeness(await registrationStatusRows(app.deps.store)).find((s) => s.province === req.params.name);
    if (!status) return reply.callNotFound();
    return app.page(req, reply, { title: t.province.title(status.province), section: "dashboard" }, renderProvince(status));
  });
}
