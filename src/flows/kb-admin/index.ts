// Keeping the knowledge base current: an admin sends a letter privately and it is answerable at
// once; /kb lists the letters and /kb_xoa removes one. A bad file changes nothing.
import type { Ctx, Feature } from "../../bot/context.js";
import type { Reply, ReplyChoice } from "../../bot/types.js";
import { KbIngestError, type KnowledgeBase } from "../../kb/knowledge-base.js";
import { common, kb as t } from "../../messages/index.js";

/** Bigger files are refused before downloading (letters are a few hundred kB). */
export const MAX_UPLOAD_MB = 20;

export interface KbAdminDeps {
  kb: KnowledgeBase;
  /** Offers "announce this new letter" after an upload (the announcements feature). */
  offerAnnouncement?(slug: string, ctx: Ctx): Promise<ReplyChoice | undefined>;
}

export function createKbAdminFeature(deps: KbAdminDeps): Feature {
  function list(): Reply[] {
    const docs = deps.kb.listDocuments();
    if (docs.length === 0) return [{ text: t.admin.listEmpty }];
    const lines = docs.map((d) => t.admin.listItem(d.slug, d.title, d.passages));
    return [{ text: [t.admin.listTitle(docs.length), ...lines, "", t.admin.listFooter].join("\n") }];
  }

  async function remove(ctx: Ctx): Promise<Reply[]> {
    const slug = (ctx.in.args ?? "").trim();
    if (!slug) return [{ text: t.admin.removeUsage }];
    const removed = await deps.kb.removeDocument(slug);
    if (!removed) return [{ text: t.unknownDocument(slug) }];
    await ctx.deps.store.auditLog.create({
      data: { actor: `${ctx.in.channel}:${ctx.in.sender.id}`, action: "kb.remove", target: slug, createdAt: ctx.deps.clock.now() },
    });
    return [{ text: t.removed(slug) }];
  }

  async function upload(ctx: Ctx): Promise<Reply[]> {
    const doc = ctx.in.document!;
    if (!ctx.isAdmin) return ctx.in.chat.kind === "private" ? [{ text: t.admin.uploadAdminsOnly }] : [];
    if (ctx.in.chat.kind !== "private") return [{ text: t.admin.uploadPrivateOnly }];
    if (doc.size !== undefined && doc.size > MAX_UPLOAD_MB * 1024 * 1024) {
      return [{ text: t.ingestErrors.tooLarge(doc.fileName, MAX_UPLOAD_MB) }];
    }
    try {
      const data = await doc.download();
      const added = await deps.kb.ingestFile(doc.fileName, data);
      await ctx.deps.store.auditLog.create({
        data: {
          actor: `${ctx.in.channel}:${ctx.in.sender.id}`,
          action: "kb.ingest",
          target: added.slug,
          details: JSON.stringify({ passages: added.passages }),
          createdAt: ctx.deps.clock.now(),
        },
      });
      const offer = await deps.offerAnnouncement?.(added.slug, ctx);
      return [{ text: t.admin.ingested(added.title, added.passages), ...(offer ? { choices: [offer] } : {}) }];
    } catch (err) {
      if (err instanceof KbIngestError) return [{ text: err.userMessage }];
      ctx.deps.log.warn({ err }, "kb: upload failed");
      return [{ text: t.ingestErrors.unreadable(doc.fileName) }];
    }
  }

  return {
    name: "kb",
    documentTypes: [".pdf", ".docx", ".txt", ".md", ".doc", ".png", ".jpg", ".jpeg"],
    commands: [
      { command: "kb", description: t.admin.commands.kb, audience: "admin", handle: async (ctx) => (ctx.in.chat.kind === "private" ? list() : [{ text: common.privateOnly }]) },
      { command: "kb_xoa", description: t.admin.commands.kbRemove, audience: "admin", handle: async (ctx) => (ctx.in.chat.kind === "private" ? remove(ctx) : [{ text: common.privateOnly }]) },
    ],
    onDocument: upload,
  };
}
