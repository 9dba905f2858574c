// Phiếu hỗ trợ: the inbox with filters (status, province, age) that refreshes itself, a ticket's
// thread in order, and the staff actions (reply through the outbox, claim, close, reopen, FAQ).
// Admins see the asker's phone and e-mail; support staff do not.
import { randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import type { Ticket, TicketMessage } from "../../store/tickets.js";
import { consoleText as t } from "../../messages/index.js";
import { PROVINCES } from "../../reference/provinces.js";
import { displayNames, officerOfUser, TICKET_PAGE, ticketPage, ticketWithThread, type TicketFilter } from "../../store/console.js";
import { hasWords } from "../../text.js";
import { formatters, pageNumber } from "../format.js";
import { html, type Html } from "../html.js";
import { csrfField } from "../layout.js";
import type { ConsoleApp } from "../server.js";
import { claimFromWeb, closeFromWeb, promoteFromWeb, reopenFromWeb, replyFromWeb, ticketById, type TicketServicesForWeb } from "../ticket-actions.js";

const AGES: Record<string, number> = { "1h": 1, "8h": 8, "24h": 24, "72h": 72 };
const STATUSES = ["active", "open", "assigned", "closed"] as const;
export const MAX_REPLY_CHARS = 3000;

const filterSchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  province: z.string().refine((p) => PROVINCES.includes(p)).optional().catch(undefined),
  age: z.string().refine((a) => a in AGES).optional().catch(undefined),
  page: z.string().optional(),
});
type FilterQuery = z.infer<typeof filterSchema>;

const toFilter = (q: FilterQuery): TicketFilter => ({
  status: q.status,
  province: q.province,
  olderThanHours: q.age ? AGES[q.age] : undefined,
});

const queryString = (q: FilterQuery, page?: number) => {
  const p = new URLSearchParams();
  if (q.status) p.set("status", q.status);
  if (q.province) p.set("province", q.province);
  if (q.age) p.set("age", q.age);
  if (page && page > 1) p.set("page", String(page));
  return p.toString();
};

const option = (value: string, label: string, selected: boolean) => html`<option value="${value}" ${selected ? html`selected` : ""}>${label}</option>`;

function filters(q: FilterQuery): Html {
  const tt = t.tickets;
  return html`<form class="filters" method="get" action="/console/tickets">
<div><label for="f-status">${tt.status}</label><select id="f-status" name="status">${option("", t.all, !q.status)}${STATUSES.map((s) => option(s, tt.statuses[s]!, q.status === s))}</select></div>
<div><label for="f-province">${tt.province}</label><select id="f-province" name="province">${option("", t.all, !q.province)}${PROVINCES.map((p) => option(p, p, q.province === p))}</select></div>
<div><label for="f-age">${tt.age}</label><select id="f-age" name="age">${option("", t.all, !q.age)}${Object.keys(AGES).map((a) => option(a, tt.ages[a]!, q.age === a))}</select></div>
<div><button type="submit">${t.filter}</button> <a class="button secondary" href="/console/tickets">${t.clear}</a></div>
</form>`;
}

type Row = Awaited<ReturnType<typeof ticketPage>>["rows"][number];

interface RowsView {
  rows: Row[];
  names: Map<string, string>;
  now: Date;
  slaHours: number;
  total: number;
  page: number;
  pollSeconds: number;
}

function rowsFragment(q: FilterQuery, v: RowsView): Html {
  const { rows, names, now, slaHours, total, page } = v;
  const tt = t.tickets;
  const pages = Math.max(1, Math.ceil(total / TICKET_PAGE));
  const body = rows.length
    ? rows.map((r) => {
        const minutes = Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / 60_000));
        const overdue = r.status !== "closed" && !r.firstResponseAt && minutes >= slaHours * 60;
        return html`<tr data-ticket="${r.id}" class="${overdue ? "bad" : ""}"><td><a href="/console/tickets/${r.id}">#${r.id}</a></td>
<td>${r.question.length > 140 ? `${r.question.slice(0, 139)}…` : r.question}</td><td>${r.province ?? t.dash}</td>
<td>${tt.statuses[r.status] ?? r.status}</td><td class="num">${tt.ageText(minutes)}${overdue ? html` <span class="badge bad">${tt.overdue}</span>` : ""}</td>
<td>${r.assignee ? (names.get(r.assignee) ?? r.assignee) : t.dash}</td></tr>`;
      })
    : html`<tr><td colspan="6">${tt.empty}</td></tr>`;
  const qs = queryString(q, page);
  return html`<tbody id="ticket-rows" hx-get="/console/tickets/rows${qs ? `?${qs}` : ""}" hx-trigger="every ${v.pollSeconds}s" hx-swap="outerHTML" data-total="${total}">${body}
<tr class="pager-row"><td colspan="6" class="muted">${t.shown(rows.length, total)} · ${t.pageOf(page, pages)}
${page > 1 ? html` · <a href="/console/tickets?${queryString(q, page - 1)}">${t.prev}</a>` : ""}${page < pages ? html` · <a href="/console/tickets?${queryString(q, page + 1)}">${t.next}</a>` : ""}</td></tr></tbody>`;
}

async function listRows(app: ConsoleApp, q: FilterQuery): Promise<Html> {
  const { store, clock, config } = app.deps;
  const page = pageNumber(q.page);
  const now = clock.now();
  const { total, rows } = await ticketPage(store, toFilter(q), now, page);
  const assignees = [...new Set(rows.map((r) => r.assignee).filter((a): a is string => !!a))];
  const names = await displayNames(store, config.supportChat?.channel ?? "telegram", assignees);
  return rowsFragment(q, { rows, names, now, slaHours: config.TICKET_SLA_HOURS, total, page, pollSeconds: app.deps.ticketPollSeconds ?? 10 });
}

function listPage(q: FilterQuery, rows: Html, pollSeconds: number): Html {
  const c = t.tickets.columns;
  return html`${filters(q)}<p class="muted">${t.tickets.live(pollSeconds)}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">${c.id}</th><th scope="col">${c.question}</th><th scope="col">${c.province}</th><th scope="col">${c.status}</th><th scope="col" class="num">${c.age}</th><th scope="col">${c.assignee}</th></tr></thead>
${rows}</table></div>`;
}

type Thread = Ticket & { messages: TicketMessage[] };

function threadList(ticket: Thread, tz: string): Html {
  const f = formatters(tz);
  const tt = t.tickets;
  return html`<ol class="thread" id="thread">
<li class="officer"><div class="meta">${tt.question} · ${f.dateTime(ticket.createdAt)}</div><div class="text">${ticket.question}</div></li>
${ticket.messages.map(
  (m) => html`<li class="${m.author === "staff" ? "staff" : "officer"}"><div class="meta">${m.author === "staff" ? tt.staffSaid : tt.officerSaid} · ${f.dateTime(m.createdAt)}</div><div class="text">${m.text}</div></li>`,
)}</ol>`;
}

function actions(ticket: Ticket, csrf: string): Html {
  const tt = t.tickets;
  const button = (action: string, label: string, cls = "") =>
    html`<form method="post" action="/console/tickets/${ticket.id}/${action}">${csrfField(csrf)}<button type="submit" class="${cls}">${label}</button></form>`;
  const nonce = randomBytes(12).toString("base64url");
  return html`<div class="actions">${ticket.status === "closed" ? button("reopen", tt.reopen, "secondary") : html`${button("claim", tt.claim, "secondary")}${button("close", tt.close, "secondary")}`}</div>
<form method="post" action="/console/tickets/${ticket.id}/reply">${csrfField(csrf)}<input type="hidden" name="nonce" value="${nonce}">
<div class="field"><label for="reply-text">${tt.replyLabel}</label><textarea id="reply-text" name="text" maxlength="${MAX_REPLY_CHARS}" required></textarea></div>
<p class="muted">${tt.replyHint}</p><button type="submit">${tt.replyButton}</button></form>
<h2>${tt.promoteLabel}</h2>
<form method="post" action="/console/tickets/${ticket.id}/promote">${csrfField(csrf)}
<div class="field"><label for="faq-answer">${tt.promoteHint}</label><textarea id="faq-answer" name="answer" maxlength="${MAX_REPLY_CHARS}"></textarea></div>
<button type="submit" class="secondary">${tt.promoteButton}</button></form>`;
}

async function detailPage(app: ConsoleApp, ticket: Thread, admin: boolean, csrf: string): Promise<Html> {
  const { store, config, clock } = app.deps;
  const f = formatters(config.TZ);
  const tt = t.tickets;
  const officer = admin ? await officerOfUser(store, ticket.channel, ticket.userId) : null;
  const minutes = Math.max(0, Math.floor((clock.now().getTime() - ticket.createdAt.getTime()) / 60_000));
  return html`<dl class="facts">
<dt>${tt.status}</dt><dd data-status="${ticket.status}">${tt.statuses[ticket.status] ?? ticket.status}</dd>
<dt>${tt.asker}</dt><dd>${ticket.userName ?? t.dash}</dd>
<dt>${tt.province}</dt><dd>${ticket.province ?? t.dash}</dd>
<dt>${tt.unit}</dt><dd>${ticket.unitName ?? t.dash}</dd>
${officer ? html`<dt>${tt.contact}</dt><dd data-contact>${officer.phone} · ${officer.email}</dd>` : ""}
<dt>${tt.channel}</dt><dd>${ticket.channel}</dd>
<dt>${tt.openedAt}</dt><dd>${f.dateTime(ticket.createdAt)} (${tt.ageText(minutes)})</dd>
<dt>${tt.firstResponse}</dt><dd>${ticket.firstResponseAt ? f.dateTime(ticket.firstResponseAt) : t.dash}</dd>
${ticket.rating ? html`<dt>${tt.rating}</dt><dd>${ticket.rating}/5</dd>` : ""}
</dl>
<h2>${tt.thread}</h2>${threadList(ticket, config.TZ)}${actions(ticket, csrf)}`;
}

const NOTICES: Record<string, (id: number) => string> = {
  replied: t.tickets.replied,
  claimed: t.tickets.claimed,
  closed: t.tickets.closed,
  alreadyClosed: t.tickets.alreadyClosed,
  reopened: t.tickets.reopened,
  isClosed: t.tickets.isClosed,
  noAnswer: t.tickets.promoteNoAnswer,
};

const replySchema = z.object({ text: z.string().max(MAX_REPLY_CHARS), nonce: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/) });
const promoteSchema = z.object({ answer: z.string().max(MAX_REPLY_CHARS).optional().default("") });

export function registerTickets(scope: FastifyInstance, app: ConsoleApp): void {
  const svc = (): TicketServicesForWeb => ({ ...app.deps, createTopic: undefined });
  const back = (reply: FastifyReply, id: number, done: string, extra = "") => reply.redirect(`/console/tickets/${id}?done=${done}${extra}`, 303);

  scope.get<{ Querystring: Record<string, string> }>("/tickets", async (req, reply) => {
    const q = filterSchema.parse(req.query);
    return app.page(req, reply, { title: t.tickets.title, section: "tickets" }, listPage(q, await listRows(app, q), app.deps.ticketPollSeconds ?? 10));
  });
  scope.get<{ Querystring: Record<string, string> }>("/tickets/rows", { config: { passive: true } }, async (req, reply) => {
    const q = filterSchema.parse(req.query);
    return reply.header("content-type", "text/html; charset=utf-8").send((await listRows(app, q)).value);
  });
  scope.get<{ Params: { id: string }; Querystring: { done?: string; n?: string } }>("/tickets/:id", async (req, reply) => {
    const ticket = await ticketWithThread(app.deps.store, Number(req.params.id));
    if (!ticket) return reply.callNotFound();
    const done = req.query.done;
    const notice =
      done === "promoted" || done === "already"
        ? (done === "promoted" ? t.tickets.promoted : t.tickets.promotedAlready)(ticket.id, Number(req.query.n) || 0)
        : done && NOTICES[done]
          ? NOTICES[done](ticket.id)
          : undefined;
    const isError = done === "isClosed" || done === "noAnswer" || done === "empty";
    const body = await detailPage(app, ticket, app.viewer(req).role === "admin", app.csrf(req));
    return app.page(req, reply, {
      title: t.tickets.ticketTitle(ticket.id),
      section: "tickets",
      notice: done === "empty" ? { kind: "error", text: t.tickets.replyEmpty } : notice ? { kind: isError ? "error" : "ok", text: notice } : undefined,
    }, body);
  });

  scope.post<{ Params: { id: string }; Body: unknown }>("/tickets/:id/reply", async (req, reply) => {
    const ticket = await ticketById(app.deps, Number(req.params.id));
    if (!ticket) return reply.callNotFound();
    const form = replySchema.safeParse(req.body);
    if (!form.success || !hasWords(form.data.text)) return back(reply, ticket.id, "empty");
    await replyFromWeb(svc(), app.viewer(req), ticket, form.data.text.trim(), form.data.nonce);
    app.deps.log.info({ ticketId: ticket.id }, "console: staff answer relayed");
    return back(reply, ticket.id, "replied");
  });
  scope.post<{ Params: { id: string } }>("/tickets/:id/claim", async (req, reply) => {
    const ticket = await ticketById(app.deps, Number(req.params.id));
    if (!ticket) return reply.callNotFound();
    return back(reply, ticket.id, (await claimFromWeb(svc(), app.viewer(req), ticket)) === "closed" ? "isClosed" : "claimed");
  });
  scope.post<{ Params: { id: string } }>("/tickets/:id/close", async (req, reply) => {
    const ticket = await ticketById(app.deps, Number(req.params.id));
    if (!ticket) return reply.callNotFound();
    return back(reply, ticket.id, (await closeFromWeb(svc(), app.viewer(req), ticket)) ? "closed" : "alreadyClosed");
  });
  scope.post<{ Params: { id: string } }>("/tickets/:id/reopen", async (req, reply) => {
    const ticket = await ticketById(app.deps, Number(req.params.id));
    if (!ticket) return reply.callNotFound();
    await reopenFromWeb(svc(), app.viewer(req), ticket);
    return back(reply, ticket.id, "reopened");
  });
  scope.post<{ Params: { id: string }; Body: unknown }>("/tickets/:id/promote", async (req, reply) => {
    const ticket = await ticketById(app.deps, Number(req.params.id));
    if (!ticket) return reply.callNotFound();
    const form = promoteSchema.safeParse(req.body);
    const out = await promoteFromWeb(svc(), app.viewer(req), ticket, form.success ? form.data.answer : "");
    if (out.kind === "noAnswer") return back(reply, ticket.id, "noAnswer");
    return back(reply, ticket.id, out.kind === "added" ? "promoted" : "already", `&n=${out.notified}`);
  });
}
