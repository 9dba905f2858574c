// Keeping the knowledge base current: an admin sends a letter privately and it is answerable at
// once; /kb lists the letters and /kb_xoa removes one. A bad file changes nothing. A scan is read
// by OCR in the background: the admin gets progress and the result as messages, and everyone
// else is answered as usual meanwhile.
import type { Ctx, Feature } from "../../bot/context.js";
import type { Outbox } from "../../bot/outbox.js";
import type { IncomingDocument, Reply, ReplyChoice } from "../../bot/types.js";
import { KbIngestError, type DocumentSummary, type KnowledgeBase } from "../../kb/knowledge-base.js";
import { common, kb as t } from "../../messages/index.js";
import { recordAudit } from "../../store/audit.js";

/** Bigger files are refused before downloading (letters are a few hundred kB). */
export const MAX_UPLOAD_MB = 20;
/** Below this mean OCR confidence (0–100) a letter is flagged for checking. */
export const LOW_OCR_CONFIDENCE = 75;
/** At most one progress message per this many milliseconds while a scan is read. */
const PROGRESS_EVERY_MS = 20_000;

export interface KbAdminDeps {
  kb: KnowledgeBase;
  /** Offers "announce this new letter" after an upload (the announcements feature). */
  offerAnnouncement?(slug: string, ctx: Ctx): Promise<ReplyChoice | undefined>;
  /** Carries progress and the result of a scan read in the background. */
  outbox?: Outbox;
  /** Override of PROGRESS_EVERY_MS (tests). */
  progressEveryMs?: number;
}

const actorOf = (ctx: Ctx) => `${ctx.in.channel}:${ctx.in.sender.id}`;

/** /kb: the letters, each with the relations it states and those stated about it. */
function list(kb: KnowledgeBase): Reply[] {
  const docs = kb.listDocuments();
  if (docs.length === 0) return [{ text: t.admin.listEmpty }];
  const relations = kb.listRelations?.() ?? [];
  const lines = docs.flatMap((d) => [
    t.admin.listItem(d.slug, d.title, d.passages) + ocrNote(d),
    ...relations.filter((r) => r.fromSlug === d.slug).map((r) => t.admin.relationOut(r.kind, r.toNumber, r.toSlug)),
    ...relations.filter((r) => r.toSlug === d.slug).map((r) => t.admin.relationIn(r.kind, r.fromSlug)),
  ]);
  return [{ text: [t.admin.listTitle(docs.length), ...lines, "", t.admin.listFooter].join("\n") }];
}

function ocrNote(d: DocumentSummary): string {
  if (!d.ocr) return "";
  const pct = Math.round(d.ocr.confidence);
  return d.ocr.confidence < LOW_OCR_CONFIDENCE ? t.admin.ocrLow(pct) : t.admin.ocrOk(pct);
}

function ingestedText(added: DocumentSummary): string {
  const base = t.admin.ingested(added.title, added.passages);
  if (!added.ocr) return base;
  const pct = Math.round(added.ocr.confidence);
  return `${base}\n${added.ocr.confidence < LOW_OCR_CONFIDENCE ? t.admin.ocrDoneLow(added.ocr.pages, pct) : t.admin.ocrDone(added.ocr.pages, pct)}`;
}

async function auditIngest(ctx: Ctx, added: DocumentSummary): Promise<void> {
  await recordAudit(ctx.deps.store, {
    actor: actorOf(ctx),
    action: "kb.ingest",
    target: added.slug,
    details: { passages: added.passages, ...(added.ocr ? { ocrConfidence: added.ocr.confidence } : {}) },
    at: ctx.deps.clock.now(),
  });
}

function failureText(ctx: Ctx, fileName: string, err: unknown): string {
  if (err instanceof KbIngestError) return t.ingestError(err);
  ctx.deps.log.warn({ err }, "kb: upload failed");
  return t.ingestErrors.unreadable(fileName);
}

/** /kb_xoa <slug> */
async function remove(deps: KbAdminDeps, ctx: Ctx): Promise<Reply[]> {
  const slug = (ctx.in.args ?? "").trim();
  if (!slug) return [{ text: t.admin.removeUsage }];
  const removed = await deps.kb.removeDocument(slug);
  if (!removed) return [{ text: t.unknownDocument(slug) }];
  await recordAudit(ctx.deps.store, { actor: actorOf(ctx), action: "kb.remove", target: slug, at: ctx.deps.clock.now() });
  return [{ text: t.removed(slug) }];
}

/** /kb_quanhe <new slug> <đính chính|thay thế|sửa đổi|bãi bỏ> <old slug or number> */
async function relate(deps: KbAdminDeps, ctx: Ctx): Promise<Reply[]> {
  const words = (ctx.in.args ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return [{ text: t.admin.relationUsage }];
  const [fromSlug, ...rest] = words;
  // The kind is one or two words ("bãi bỏ", "dinh chinh"); the rest names the older letter.
  for (const n of [2, 1]) {
    const target = rest.slice(n).join(" ");
    if (!target) continue;
    const saved = await deps.kb.setRelation(fromSlug!, rest.slice(0, n).join(" "), target);
    if (!saved) continue;
    await recordAudit(ctx.deps.store, {
      actor: actorOf(ctx),
      action: "kb.relation",
      target: fromSlug!,
      details: { kind: saved.kind, to: target },
      at: ctx.deps.clock.now(),
    });
    return [{ text: t.admin.relationSaved(saved.fromSlug, saved.kind, target, saved.toSlug !== undefined) }];
  }
  if (!deps.kb.listDocuments().some((d) => d.slug === fromSlug)) return [{ text: t.unknownDocument(fromSlug!) }];
  return [{ text: t.admin.relationUsage }];
}

/** Queues a message to the admin's chat (progress, then the result of a background read). */
async function tell(deps: KbAdminDeps, ctx: Ctx, key: string, kind: string, text: string, choices?: ReplyChoice[]): Promise<void> {
  if (!deps.outbox) return;
  await deps.outbox.enqueue({
    dedupeKey: `kb-upload:${ctx.in.channel}:${ctx.in.chat.id}:${ctx.in.messageId}:${key}`,
    channel: ctx.in.channel,
    chatId: ctx.in.chat.id,
    reply: { text, ...(choices ? { choices } : {}) },
    kind,
    refId: ctx.in.messageId,
  });
}

/** Refusal of an upload before downloading it: non-admins, groups, files too big. */
function uploadRefusal(ctx: Ctx, doc: IncomingDocument): Reply[] | undefined {
  if (!ctx.isAdmin) return ctx.in.chat.kind === "private" ? [{ text: t.admin.uploadAdminsOnly }] : [];
  if (ctx.in.chat.kind !== "private") return [{ text: t.admin.uploadPrivateOnly }];
  if (doc.size !== undefined && doc.size > MAX_UPLOAD_MB * 1024 * 1024) {
    return [{ text: t.ingestErrors.tooLarge(doc.fileName, MAX_UPLOAD_MB) }];
  }
  return undefined;
}

/**
 * Reading progress of one upload: `started` resolves when OCR starts; once the upload goes to the
 * background, progress reaches the admin at most once per `every` milliseconds.
 */
function ocrProgress(deps: KbAdminDeps, ctx: Ctx) {
  let ocrStarted: (pages: number) => void = () => undefined;
  const started = new Promise<{ pages: number }>((resolve) => (ocrStarted = (pages) => resolve({ pages })));
  const every = deps.progressEveryMs ?? PROGRESS_EVERY_MS;
  let lastProgress = 0;
  let background = false;
  const onProgress = (page: number, pages: number) => {
    ocrStarted(pages);
    const now = performance.now();
    if (!background || now - lastProgress < every) return;
    lastProgress = now;
    void tell(deps, ctx, `p${page}`, "kb.progress", t.admin.ocrProgress(page, pages)).catch(() => undefined);
  };
  const toBackground = () => {
    background = true;
    lastProgress = performance.now();
  };
  return { started, onProgress, toBackground };
}

/** The read finished in place: the result is the reply. */
async function answerInPlace(deps: KbAdminDeps, ctx: Ctx, fileName: string, job: Promise<DocumentSummary>): Promise<Reply[]> {
  try {
    const added = await job;
    await auditIngest(ctx, added);
    const offer = await deps.offerAnnouncement?.(added.slug, ctx);
    return [{ text: ingestedText(added), ...(offer ? { choices: [offer] } : {}) }];
  } catch (err) {
    return [{ text: failureText(ctx, fileName, err) }];
  }
}

/** OCR started: the result reaches the admin through the outbox when the read ends. */
function answerLater(deps: KbAdminDeps, ctx: Ctx, fileName: string, job: Promise<DocumentSummary>): void {
  job.then(
    async (added) => {
      await auditIngest(ctx, added);
      const offer = await deps.offerAnnouncement?.(added.slug, ctx);
      await tell(deps, ctx, "done", "kb.ingest", ingestedText(added), offer ? [offer] : undefined);
    },
    (err: unknown) => tell(deps, ctx, "done", "kb.ingest", failureText(ctx, fileName, err)),
  ).catch((err: unknown) => ctx.deps.log.error({ err }, "kb: background upload result not queued"));
}

/** A document sent to the bot: an admin adds a letter. */
async function upload(deps: KbAdminDeps, ctx: Ctx): Promise<Reply[]> {
  const doc = ctx.in.document!;
  const refused = uploadRefusal(ctx, doc);
  if (refused) return refused;
  let data: Buffer;
  try {
    data = await doc.download();
  } catch (err) {
    return [{ text: failureText(ctx, doc.fileName, err) }];
  }
  // Text files finish in the worker within a moment and are answered in place. When OCR starts,
  // the reply goes at once and the rest reaches the admin through the outbox.
  const progress = ocrProgress(deps, ctx);
  const job = deps.kb.ingestFile(doc.fileName, data, { onProgress: progress.onProgress });
  const first = await Promise.race([job.then(() => undefined, () => undefined), progress.started]);
  if (first === undefined || !deps.outbox) return answerInPlace(deps, ctx, doc.fileName, job);
  progress.toBackground();
  answerLater(deps, ctx, doc.fileName, job);
  return [{ text: t.admin.ocrStarted(doc.fileName, first.pages) }];
}

/** Admin commands answer in a private chat only. */
const privately =
  (fn: (ctx: Ctx) => Reply[] | Promise<Reply[]>) =>
  async (ctx: Ctx): Promise<Reply[]> =>
    ctx.in.chat.kind === "private" ? fn(ctx) : [{ text: common.privateOnly }];

export function createKbAdminFeature(deps: KbAdminDeps): Feature {
  return {
    name: "kb",
    documentTypes: [".pdf", ".docx", ".txt", ".md", ".doc", ".png", ".jpg", ".jpeg"],
    commands: [
      { command: "kb", description: t.admin.commands.kb, audience: "admin", handle: privately(() => list(deps.kb)) },
      { command: "kb_xoa", description: t.admin.commands.kbRemove, audience: "admin", handle: privately((ctx) => remove(deps, ctx)) },
      { command: "kb_quanhe", description: t.admin.commands.kbRelation, audience: "admin", handle: privately((ctx) => relate(deps, ctx)) },
    ],
    onDocument: (ctx) => upload(deps, ctx),
  };
}
