// Cán bộ đầu mối (admins only: phones and e-mails): the roster with search and filters (province,
// unit kind, late, missing), the units of a province not yet registered, the XLSX download in the
// Phụ lục 3 order (the same file as /dangky_xuat), and the audit history of a registration.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { completeness, loadRoster, rosterXlsx, type RosterRow } from "../../flows/registration/roster.js";
import { localDay } from "../../flows/registration/time.js";
import { kindLabel, UNIT_KINDS } from "../../flows/registration/units.js";
import { consoleText as t, registration } from "../../messages/index.js";
import { PROVINCES } from "../../reference/provinces.js";
import { recordAudit } from "../../store/audit.js";
import { auditOf, officerById } from "../../store/console.js";
import { fold } from "../../text.js";
import { formatters, pageNumber } from "../format.js";
import { html, type Html } from "../html.js";
import type { ConsoleApp } from "../server.js";

export const ROSTER_PAGE = 100;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const querySchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  province: z.string().refine((p) => PROVINCES.includes(p)).optional().catch(undefined),
  kind: z.enum(UNIT_KINDS).optional().catch(undefined),
  late: z.literal("1").optional().catch(undefined),
  missing: z.literal("1").optional().catch(undefined),
  page: z.string().optional(),
});
export type RosterQuery = z.infer<typeof querySchema>;

/** The rows a query selects, in the roster's (Phụ lục 3) order. */
export function filterRoster(rows: RosterRow[], q: RosterQuery): RosterRow[] {
  const words = q.q ? fold(q.q).split(/\s+/).filter(Boolean) : [];
  return rows.filter((r) => {
    if (q.province && r.province !== q.province) return false;
    if (q.kind && r.unitKind !== q.kind) return false;
    if (q.late && !r.late) return false;
    if (words.length === 0) return true;
    const hay = fold(`${r.fullName} ${r.unitName} ${r.position} ${r.phone} ${r.email} ${r.unitCode ?? ""}`);
    return words.every((w) => hay.includes(w));
  });
}

const qs = (q: RosterQuery, page?: number) => {
  const p = new URLSearchParams();
  for (const k of ["q", "province", "kind", "late", "missing"] as const) if (q[k]) p.set(k, q[k]!);
  if (page && page > 1) p.set("page", String(page));
  return p.toString();
};

const option = (value: string, label: string, selected: boolean) => html`<option value="${value}" ${selected ? html`selected` : ""}>${label}</option>`;

function filters(q: RosterQuery): Html {
  const r = t.roster;
  return html`<form class="filters" method="get" action="/console/roster" role="search">
<div><label for="r-q">${r.search}</label><input type="search" id="r-q" name="q" value="${q.q ?? ""}"></div>
<div><label for="r-province">${r.province}</label><select id="r-province" name="province">${option("", t.all, !q.province)}${PROVINCES.map((p) => option(p, p, q.province === p))}</select></div>
<div><label for="r-kind">${r.kind}</label><select id="r-kind" name="kind">${option("", t.all, !q.kind)}${UNIT_KINDS.map((k) => option(k, kindLabel(k), q.kind === k))}</select></div>
<div><label><input type="checkbox" name="late" value="1" ${q.late ? html`checked` : ""}> ${r.late}</label>
<label><input type="checkbox" name="missing" value="1" ${q.missing ? html`checked` : ""}> ${r.missing}</label></div>
<div><button type="submit">${t.filter}</button> <a class="button secondary" href="/console/roster">${t.clear}</a></div>
</form>
<p><a class="button secondary" href="/console/roster.xlsx" download>${r.download}</a></p>`;
}

function missingSection(rows: RosterRow[], q: RosterQuery): Html {
  if (!q.missing) return html``;
  if (!q.province) return html`<p class="notice">${t.roster.missingNeedsProvince}</p>`;
  const s = completeness(rows).find((x) => x.province === q.province)!;
  const mc = t.province.missingColumns;
  return html`<h2>${t.province.missingTitle(s.missing.length)}</h2>
${s.missing.length === 0
    ? html`<p>${t.province.missingNone}</p>`
    : html`<div class="table-wrap"><table id="missing-units"><thead><tr><th scope="col">${mc.code}</th><th scope="col">${mc.name}</th><th scope="col">${mc.kind}</th></tr></thead>
<tbody>${s.missing.map((u) => html`<tr><td>${u.code}</td><td>${u.name}</td><td>${u.kind}</td></tr>`)}</tbody></table></div>`}`;
}

export function renderRoster(all: RosterRow[], q: RosterQuery, tz: string): Html {
  const f = formatters(tz);
  const c = t.roster.columns;
  const selected = filterRoster(all, q);
  const page = Math.min(pageNumber(q.page), Math.max(1, Math.ceil(selected.length / ROSTER_PAGE)));
  const pages = Math.max(1, Math.ceil(selected.length / ROSTER_PAGE));
  const shown = selected.slice((page - 1) * ROSTER_PAGE, page * ROSTER_PAGE);
  const body = shown.length
    ? shown.map(
        (r) => html`<tr data-officer="${r.id}"><td>${r.province}</td><td>${r.unitName}</td><td>${r.fullName}</td><td>${r.position}</td>
<td>${r.phone}</td><td>${r.email}</td><td>${f.date(r.createdAt)}</td><td>${r.late ? html`<span class="badge bad">${t.roster.lateMark}</span>` : ""}</td>
<td><a href="/console/roster/${r.id}/history" aria-label="${t.roster.columns.history}: ${r.fullName}">${t.roster.historyLink}</a></td></tr>`,
      )
    : html`<tr><td colspan="9">${t.roster.empty}</td></tr>`;
  return html`${filters(q)}${missingSection(all, q)}
<h2>${t.roster.title}</h2>
<div class="table-wrap"><table id="roster"><thead><tr><th scope="col">${c.province}</th><th scope="col">${c.unit}</th><th scope="col">${c.name}</th><th scope="col">${c.position}</th><th scope="col">${c.phone}</th><th scope="col">${c.email}</th><th scope="col">${c.registeredAt}</th><th scope="col">${c.late}</th><th scope="col">${c.history}</th></tr></thead>
<tbody>${body}</tbody></table></div>
<div class="pager"><span class="muted" data-count="${selected.length}">${t.shown(shown.length, selected.length)} · ${t.pageOf(page, pages)}</span>
${page > 1 ? html`<a href="/console/roster?${qs(q, page - 1)}">${t.prev}</a>` : ""}${page < pages ? html`<a href="/console/roster?${qs(q, page + 1)}">${t.next}</a>` : ""}</div>`;
}

export function registerRoster(scope: FastifyInstance, app: ConsoleApp): void {
  const admin = { config: { roles: ["admin" as const] } };
  scope.get<{ Querystring: Record<string, string> }>("/roster", admin, async (req, reply) => {
    const q = querySchema.parse(req.query);
    const rows = await loadRoster(app.deps.store);
    return app.page(req, reply, { title: t.roster.title, section: "roster" }, renderRoster(rows, q, app.deps.config.TZ));
  });

  scope.get("/roster.xlsx", admin, async (req, reply) => {
    const { store, clock, config } = app.deps;
    const rows = await loadRoster(store);
    const file = await rosterXlsx(rows, config.TZ);
    await recordAudit(store, { actor: app.viewer(req).actor, action: "registration.export", details: { rows: rows.length, via: "web" }, at: clock.now() });
    const name = `${registration.admin.fileBase}-${localDay(clock.now(), config.TZ).replace(/-/g, "")}.xlsx`;
    return reply.header("content-type", XLSX_MIME).header("content-disposition", `attachment; filename="${name}"`).send(file);
  });

  scope.get<{ Params: { id: string } }>("/roster/:id/history", admin, async (req, reply) => {
    const officer = await officerById(app.deps.store, Number(req.params.id));
    if (!officer) return reply.callNotFound();
    const f = formatters(app.deps.config.TZ);
    const entries = await auditOf(app.deps.store, `officer:${officer.id}`);
    const hc = t.roster.historyColumns;
    const body = html`<dl class="facts"><dt>${t.roster.columns.unit}</dt><dd>${officer.unitName} (${officer.province})</dd>
<dt>${t.roster.columns.phone}</dt><dd>${officer.phone}</dd><dt>${t.roster.columns.email}</dt><dd>${officer.email}</dd>
<dt>${t.roster.columns.registeredAt}</dt><dd>${f.dateTime(officer.createdAt)}</dd></dl>
${entries.length === 0
  ? html`<p>${t.roster.historyEmpty}</p>`
  : html`<div class="table-wrap"><table id="history"><thead><tr><th scope="col">${hc.at}</th><th scope="col">${hc.actor}</th><th scope="col">${hc.action}</th><th scope="col">${hc.details}</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${f.dateTime(e.createdAt)}</td><td>${e.actor}</td><td>${t.roster.actions[e.action] ?? e.action}</td><td>${e.details ?? ""}</td></tr>`)}</tbody></table></div>`}`;
    return app.page(req, reply, { title: t.roster.historyTitle(officer.fullName), section: "roster" }, body);
  });
}
