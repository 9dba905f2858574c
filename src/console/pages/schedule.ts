// Lịch tập huấn (admins): the sessions with their reminder delivery, delivery per group for one
// session, and the schedule upload: every row is validated and problems are shown against their
// rows; nothing is saved until the admin confirms. The checked rows wait in the database meanwhile
// (src/store/schedule.ts), so the confirmation may reach any instance behind the load balancer.
import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  applySchedule,
  MAX_IMPORT_BYTES,
  previewSchedule,
  readScheduleFile,
  scheduleFileKind,
  validateSchedule,
  type RawRow,
  type ScheduleRow,
} from "../../flows/reminders/schedule-import.js";
import { provincesOf } from "../../flows/reminders/sessions.js";
import { consoleText as t, reminders } from "../../messages/index.js";
import { recordAudit } from "../../store/audit.js";
import { allSessions, deliveryBySession, sessionById, sessionDeliveries } from "../../store/console.js";
import { savePendingUpload, takePendingUpload } from "../../store/schedule.js";
import { formatters } from "../format.js";
import { html, type Html } from "../html.js";
import { csrfField } from "../layout.js";
import type { ConsoleApp } from "../server.js";
import { uploadedFile } from "./kb.js";

/** A checked file waits this long for its confirmation. */
const PENDING_TTL_MS = 30 * 60_000;

/** What a confirmation applies. */
interface CheckedUpload {
  fileName: string;
  rows: ScheduleRow[];
}

/** Each row's own problems (the file's duplicates included), in file order. */
export function rowProblems(raw: RawRow[]): { row: RawRow; problems: string | undefined }[] {
  const first = new Map<string, number>();
  return raw.map((row) => {
    const own = validateSchedule([row]);
    const lines = own.ok ? [] : [...own.lines];
    const id = row.cells.session_id.trim().toLowerCase();
    const dup = id ? first.get(id) : undefined;
    if (dup !== undefined) lines.push(reminders.err.duplicate(dup));
    else if (id) first.set(id, row.row);
    return { row, problems: lines.length ? lines.join("; ") : undefined };
  });
}

async function sessionsTable(app: ConsoleApp): Promise<Html> {
  const sessions = await allSessions(app.deps.store);
  if (sessions.length === 0) return html`<p>${t.schedule.empty}</p>`;
  const delivery = await deliveryBySession(app.deps.store);
  const f = formatters(app.deps.config.TZ);
  const c = t.schedule.columns;
  return html`<div class="table-wrap"><table id="sessions"><thead><tr><th scope="col">${c.session}</th><th scope="col">${c.when}</th><th scope="col">${c.provinces}</th><th scope="col">${c.audience}</th><th scope="col">${c.mode}</th><th scope="col">${c.status}</th><th scope="col" class="num">${c.sent}</th><th scope="col" class="num">${c.pending}</th><th scope="col" class="num">${c.problems}</th></tr></thead>
<tbody>${sessions.map((s) => {
    const d = delivery.get(s.sessionId) ?? { sent: 0, pending: 0, problems: 0 };
    return html`<tr data-session="${s.sessionId}"><td><a href="/console/schedule/${encodeURIComponent(s.sessionId)}">${s.sessionId}</a></td><td>${f.dateTime(s.startsAt)}</td>
<td>${provincesOf(s).join(", ")}</td><td>${t.schedule.audiences[s.audience] ?? s.audience}</td><td>${t.schedule.modes[s.mode] ?? s.mode}</td>
<td>${s.status === "cancelled" ? t.schedule.cancelled : t.schedule.active}</td><td class="num">${d.sent}</td><td class="num">${d.pending}</td><td class="num">${d.problems}</td></tr>`;
  })}</tbody></table></div>`;
}

function uploadForm(csrf: string): Html {
  return html`<h2>${t.schedule.uploadTitle}</h2><p class="muted">${t.schedule.uploadHint}</p>
<form method="post" action="/console/schedule/upload" enctype="multipart/form-data">${csrfField(csrf)}
<div class="field"><label for="schedule-file">${t.schedule.file}</label><input type="file" id="schedule-file" name="file" accept=".csv,.xlsx" required></div>
<button type="submit">${t.schedule.check}</button></form>`;
}

function rowsReport(checked: ReturnType<typeof rowProblems>): Html {
  const c = t.schedule.rowColumns;
  return html`<div class="table-wrap"><table id="upload-rows"><thead><tr><th scope="col">${c.row}</th><th scope="col">${c.session}</th><th scope="col">${c.date}</th><th scope="col">${c.time}</th><th scope="col">${c.provinces}</th><th scope="col">${c.problems}</th></tr></thead>
<tbody>${checked.map(
    ({ row, problems }) => html`<tr class="${problems ? "bad" : ""}" data-row="${row.row}"><td>${row.row}</td><td>${row.cells.session_id}</td><td>${row.cells.date}</td><td>${row.cells.start}–${row.cells.end}</td><td>${row.cells.provinces}</td><td>${problems ?? t.schedule.rowOk}</td></tr>`,
  )}</tbody></table></div>`;
}

type Notice = { kind: "ok" | "error" | "info"; text: string };
type Show = (req: FastifyRequest, reply: FastifyReply, extra: Html, notice?: Notice, status?: number) => Promise<FastifyReply>;

async function sessionDetail(app: ConsoleApp, req: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply): Promise<FastifyReply | void> {
  const session = await sessionById(app.deps.store, req.params.id);
  if (!session) return reply.callNotFound();
  const rows = await sessionDeliveries(app.deps.store, session.sessionId);
  const f = formatters(app.deps.config.TZ);
  const c = t.schedule.detailColumns;
  const body = rows.length
    ? html`<div class="table-wrap"><table id="deliveries"><thead><tr><th scope="col">${c.chat}</th><th scope="col">${c.kind}</th><th scope="col">${c.status}</th><th scope="col">${c.at}</th><th scope="col">${c.error}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr class="${["failed", "skipped", "ambiguous"].includes(r.status) ? "bad" : ""}"><td>${r.chat?.kind === "group" ? (r.chat.title ?? r.chatId) : t.schedule.privateChat} <span class="muted">(${r.channel})</span></td>
<td>${t.schedule.kinds[r.kind] ?? r.kind}</td><td>${t.schedule.statuses[r.status] ?? r.status}</td><td>${r.sentAt ? f.dateTime(r.sentAt) : t.dash}</td><td>${r.lastError ?? ""}</td></tr>`)}</tbody></table></div>`
    : html`<p>${t.schedule.detailEmpty}</p>`;
  return app.page(req, reply, { title: t.schedule.detailTitle(session.sessionId), section: "schedule" }, body);
}

/** Checks an uploaded file row by row; a good one is kept for confirmation and previewed. */
async function checkUpload(app: ConsoleApp, show: Show, req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const up = await uploadedFile(req, MAX_IMPORT_BYTES);
  if (!up.ok) {
    if (up.reason === "csrf") return show(req, reply, html``, { kind: "error", text: t.errors.csrf }, 403);
    return show(req, reply, html``, { kind: "error", text: up.reason === "tooLarge" ? t.schedule.tooLarge(MAX_IMPORT_BYTES / 1024 / 1024) : t.schedule.noFile }, 400);
  }
  const fileName = up.file.filename;
  if (!scheduleFileKind(fileName)) return show(req, reply, html``, { kind: "error", text: t.schedule.wrongType }, 400);
  const read = await readScheduleFile(up.data, fileName);
  if (!read.ok) return show(req, reply, html``, { kind: "error", text: read.message }, 400);
  const v = validateSchedule(read.rows);
  if (!v.ok) {
    return show(req, reply, rowsReport(rowProblems(read.rows)), { kind: "error", text: t.schedule.rowErrorsTitle(v.errorRows) }, 400);
  }
  const { store, clock, config } = app.deps;
  const plan = await previewSchedule(store, v.rows, clock.now(), config.TZ);
  const id = randomBytes(16).toString("base64url");
  const checked: CheckedUpload = { fileName, rows: v.rows };
  const now = clock.now();
  await savePendingUpload(store, { id, actor: app.viewer(req).actor, data: JSON.stringify(checked), expiresAt: new Date(now.getTime() + PENDING_TTL_MS) }, now);
  const csrf = app.csrf(req);
  const preview = html`<p>${t.schedule.previewLine(plan.create.length, plan.update.length, plan.cancel.length, plan.unchanged)}</p>
<div class="actions"><form method="post" action="/console/schedule/confirm">${csrfField(csrf)}<input type="hidden" name="importId" value="${id}"><button type="submit">${t.schedule.confirm}</button></form>
<a class="button secondary" href="/console/schedule">${t.schedule.discard}</a></div>${rowsReport(rowProblems(read.rows))}`;
  return show(req, reply, preview, { kind: "info", text: t.schedule.previewTitle });
}

/** Applies the checked file the admin confirms (once, on whichever instance gets the POST). */
async function confirmUpload(app: ConsoleApp, show: Show, req: FastifyRequest<{ Body: unknown }>, reply: FastifyReply): Promise<FastifyReply> {
  const form = z.object({ importId: z.string().max(64) }).safeParse(req.body);
  const id = form.success ? form.data.importId : "";
  const viewer = app.viewer(req);
  const { store, clock, config, log, planner } = app.deps;
  const data = id ? await takePendingUpload(store, id, viewer.actor, clock.now()) : undefined;
  if (!data) return show(req, reply, html``, { kind: "error", text: t.schedule.expired }, 410);
  const p = JSON.parse(data) as CheckedUpload;
  const summary = await applySchedule(store, p.rows, { now: clock.now(), tz: config.TZ, log });
  await recordAudit(store, { actor: viewer.actor, action: "schedule.import", target: p.fileName, details: { ...summary, via: "web" }, at: clock.now() });
  try {
    await planner?.tick();
  } catch (err) {
    log.error({ err }, "console: reminder planning after import failed");
  }
  return show(req, reply, html``, { kind: "ok", text: t.schedule.applied(summary.created, summary.updated, summary.cancelled, summary.notices) });
}

export function registerSchedule(scope: FastifyInstance, app: ConsoleApp): void {
  const admin = { roles: ["admin" as const] };
  const show: Show = async (req, reply, extra, notice, status = 200) =>
    app.page(req, reply, { title: t.schedule.title, section: "schedule", notice }, html`${extra}${await sessionsTable(app)}${uploadForm(app.csrf(req))}`, status);

  scope.get<{ Querystring: { applied?: string } }>("/schedule", { config: admin }, async (req, reply) => show(req, reply, html``));
  scope.get<{ Params: { id: string } }>("/schedule/:id", { config: admin }, async (req, reply) => sessionDetail(app, req, reply));
  scope.post("/schedule/upload", { config: { ...admin, csrf: "multipart" } }, async (req, reply) => checkUpload(app, show, req, reply));
  scope.post<{ Body: unknown }>("/schedule/confirm", { config: admin }, async (req, reply) => confirmUpload(app, show, req, reply));
}
