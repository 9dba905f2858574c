// Kho tri thức (admins): the letters with their relations (corrects, replaces, amends, repeals)
// and OCR confidence, upload of a new letter and removal of one. The same knowledge-base calls as
// the chat commands (a sent file, /kb_xoa); a bad file changes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { MultipartFile } from "@fastify/multipart";
import { LOW_OCR_CONFIDENCE, MAX_UPLOAD_MB } from "../../flows/kb-admin/index.js";
import { KbIngestError, type DocumentSummary } from "../../kb/knowledge-base.js";
import { consoleText as t, kb as kbText } from "../../messages/index.js";
import { recordAudit } from "../../store/audit.js";
import { documentsWithRelations, faqCount } from "../../store/console.js";
import { csrfMatches } from "../auth.js";
import { html, type Html } from "../html.js";
import { csrfField } from "../layout.js";
import type { ConsoleApp } from "../server.js";

/** A scan read by OCR may take minutes: the page answers after this and the reading goes on. */
const WAIT_FOR_INGEST_MS = 20_000;

type Notice = { kind: "ok" | "error" | "info"; text: string };

async function renderKb(app: ConsoleApp, csrf: string): Promise<Html> {
  const { documents, relations } = await documentsWithRelations(app.deps.store);
  const faqs = await faqCount(app.deps.store);
  const c = t.kb.columns;
  const rel = (slug: string) =>
    relations
      .filter((r) => r.fromSlug === slug)
      .map((r) => t.kb.relationLine(t.kb.relationKinds[r.kind] ?? r.kind, r.toSlug ?? r.toNumber));
  const rows = documents.map(
    (d) => html`<tr data-doc="${d.slug}"><td>${d.slug}</td><td>${d.title}</td><td>${d.number ?? t.dash}</td><td>${d.year ?? t.dash}</td>
<td class="num">${d._count.passages}</td>
<td class="${d.ocrConfidence !== null && d.ocrConfidence < LOW_OCR_CONFIDENCE ? "bad" : ""}">${d.ocrConfidence !== null ? t.kb.ocrValue(d.ocrConfidence, d.ocrPages ?? 0) : t.dash}</td>
<td>${rel(d.slug).join("; ") || t.dash}</td>
<td><form method="post" action="/console/kb/${encodeURIComponent(d.slug)}/remove" data-confirm="${t.kb.removeConfirm(d.slug)}">${csrfField(csrf)}<button class="danger" type="submit" aria-label="${t.kb.remove} ${d.slug}">${t.kb.remove}</button></form></td></tr>`,
  );
  return html`<p class="muted">${t.kb.faqCount(faqs)} <a href="/console/gaps">${t.nav.gaps}</a></p>
<div class="table-wrap"><table id="documents"><thead><tr><th scope="col">${c.slug}</th><th scope="col">${c.title}</th><th scope="col">${c.number}</th><th scope="col">${c.year}</th><th scope="col" class="num">${c.passages}</th><th scope="col">${c.ocr}</th><th scope="col">${c.relations}</th><th scope="col"><span class="muted">${t.kb.remove}</span></th></tr></thead>
<tbody>${documents.length ? rows : html`<tr><td colspan="8">${t.kb.empty}</td></tr>`}</tbody></table></div>
<h2>${t.kb.uploadTitle}</h2>
<form method="post" action="/console/kb/upload" enctype="multipart/form-data">${csrfField(csrf)}
<div class="field"><label for="kb-file">${t.kb.file}</label><input type="file" id="kb-file" name="file" accept=".pdf,.docx,.txt" required></div>
<button type="submit">${t.kb.upload}</button></form>`;
}

/** Reads the one uploaded file of a multipart form after checking the form's CSRF field. */
export async function uploadedFile(
  req: FastifyRequest,
  maxBytes: number,
): Promise<{ ok: true; file: MultipartFile; data: Buffer } | { ok: false; reason: "csrf" | "none" | "tooLarge" }> {
  // Not a form with a file (or an unreadable one): refused as forged unless the header carries the token.
  const headerOk = !!req.session && csrfMatches(req.session, req.headers["x-csrf-token"]);
  let file: MultipartFile | undefined;
  try {
    file = req.isMultipart() ? await req.file({ limits: { fileSize: maxBytes } }) : undefined;
  } catch {
    file = undefined;
  }
  if (!file) return { ok: false, reason: headerOk ? "none" : "csrf" };
  const field = file.fields._csrf;
  const given = field && !Array.isArray(field) && field.type === "field" ? field.value : undefined;
  if (!req.session || !csrfMatches(req.session, given)) {
    file.file.resume();
    return { ok: false, reason: "csrf" };
  }
  try {
    const data = await file.toBuffer();
    if (!file.filename) return { ok: false, reason: "none" };
    return { ok: true, file, data };
  } catch {
    return { ok: false, reason: "tooLarge" };
  }
}

export function registerKb(scope: FastifyInstance, app: ConsoleApp): void {
  const admin = { roles: ["admin" as const] };
  const show = async (req: FastifyRequest, reply: FastifyReply, notice?: Notice, status = 200) =>
    app.page(req, reply, { title: t.kb.title, section: "kb", notice }, await renderKb(app, app.csrf(req)), status);

  scope.get("/kb", { config: admin }, async (req, reply) => show(req, reply));

  scope.post("/kb/upload", { config: { ...admin, csrf: "multipart" } }, async (req, reply) => {
    const up = await uploadedFile(req, MAX_UPLOAD_MB * 1024 * 1024);
    if (!up.ok) {
      if (up.reason === "csrf") return show(req, reply, { kind: "error", text: t.errors.csrf }, 403);
      return show(req, reply, { kind: "error", text: up.reason === "tooLarge" ? t.schedule.tooLarge(MAX_UPLOAD_MB) : t.schedule.noFile }, 400);
    }
    const { store, clock, log, kb } = app.deps;
    const actor = app.viewer(req).actor;
    const job = kb.ingestFile(up.file.filename, up.data).then(async (added: DocumentSummary) => {
      await recordAudit(store, { actor, action: "kb.ingest", target: added.slug, details: { passages: added.passages, via: "web" }, at: clock.now() });
      return added;
    });
    job.catch((err: unknown) => {
      if (!(err instanceof KbIngestError)) log.warn({ err }, "console: letter upload failed");
    });
    const timer = new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), WAIT_FOR_INGEST_MS).unref());
    try {
      const outcome = await Promise.race([job, timer]);
      if (outcome === "waiting") return show(req, reply, { kind: "info", text: t.kb.reading });
      return show(req, reply, { kind: "ok", text: t.kb.uploaded(outcome.title, outcome.passages) });
    } catch (err) {
      return show(req, reply, { kind: "error", text: err instanceof KbIngestError ? kbText.ingestError(err) : t.kb.uploadFailed }, 400);
    }
  });

  scope.post<{ Params: { slug: string } }>("/kb/:slug/remove", { config: admin }, async (req, reply) => {
    const slug = req.params.slug;
    const removed = /^[\p{L}\p{N}._-]{1,200}$/u.test(slug) && (await app.deps.kb.removeDocument(slug));
    if (!removed) return show(req, reply, { kind: "error", text: t.kb.unknown(slug) }, 404);
    await recordAudit(app.deps.store, { actor: app.viewer(req).actor, action: "kb.remove", target: slug, details: { via: "web" }, at: app.deps.clock.now() });
    return show(req, reply, { kind: "ok", text: t.kb.removed(slug) });
  });
}
