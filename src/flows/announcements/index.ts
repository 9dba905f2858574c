// Announcements from the ministry: /thongbao (guided form, preview, confirm) and /thongbao_ds
// (states, counts, failed chats, XLSX, edit/cancel/stop), for admins in their private chat. The
// chat commands only word and route: every operation is in the service (shared with the console).
import type { Ctx, Feature } from "../../bot/context.js";
import type { Reply, ReplyChoice } from "../../bot/types.js";
import { announcements as t, common } from "../../messages/index.js";
import { localDay } from "../registration/time.js";
import { createAnnouncementForm, FEATURE, whenShown, actorOf, type AnnData } from "./form.js";
import { reasonOf, type AnnouncementService, type AnnouncementSummary } from "./service.js";

export { createAnnouncementService, type AnnouncementService } from "./service.js";

const MAX_FAILED_SHOWN = 20;
const EXCERPT = 60;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface AnnouncementsFeature extends Feature {
  /** The "announce this new letter" button offered after an admin uploads a letter. */
  offerForLetter(slug: string, ctx: Ctx): Promise<ReplyChoice | undefined>;
}

/** Admins only, and only privately: the lists show chat ids and the flow sends in the ministry's name. */
function refusal(ctx: Ctx): Reply[] | undefined {
  if (!ctx.isAdmin) return [{ text: common.adminOnly }];
  if (ctx.in.chat.kind !== "private") return [{ text: common.privateOnly }];
  return undefined;
}

export function createAnnouncementsFeature(deps: { service: AnnouncementService }): AnnouncementsFeature {
  const { service } = deps;
  const form = createAnnouncementForm(service);
  const tzOf = (ctx: Ctx) => ctx.deps.config.TZ;
  const shownAt = (a: AnnouncementSummary, ctx: Ctx) => whenShown(a.at.toISOString(), tzOf(ctx));

  async function start(ctx: Ctx): Promise<Reply[]> {
    const refused = refusal(ctx);
    if (refused) return refused;
    const state = await ctx.flow.get();
    if (state && form.owns(state)) return [form.current(state, ctx)];
    return form.start(ctx, {}, { intro: [{ text: t.intro }] });
  }

  async function list(ctx: Ctx): Promise<Reply[]> {
    const rows = await service.list(10);
    if (rows.length === 0) return [{ text: t.listEmpty }];
    const items = rows.map((a) => {
      const flat = a.text.replace(/\s+/g, " ");
      const excerpt = flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
      return t.listItem({ id: a.id, state: a.state, when: shownAt(a, ctx), total: a.total, counts: a.counts, excerpt });
    });
    return [
      {
        text: [t.listTitle, ...items, "", t.listFooter].join("\n"),
        choices: rows.slice(0, 5).map((a) => ({ id: `${FEATURE}:d:${a.id}`, label: t.detailButton(a.id) })),
      },
    ];
  }

  async function detail(ctx: Ctx, id: number): Promise<Reply[]> {
    const a = await service.get(id);
    if (!a) return [{ text: t.notFound(String(id)) }];
    const lines = [
      t.detail({ ...a, when: shownAt(a, ctx) }),
    ];
    const failed = (await service.deliveries(id)).filter((d) => ["failed", "skipped", "ambiguous"].includes(d.status));
    if (failed.length) {
      lines.push("", t.failedTitle);
      for (const d of failed.slice(0, MAX_FAILED_SHOWN)) {
        const where = `${d.channel} · ${d.kind === "group" ? t.group(d.title, d.chatId) : t.privateChat(d.chatId)}`;
        lines.push(t.failedLine(where, reasonOf(d.status, d.error)));
      }
      if (failed.length > MAX_FAILED_SHOWN) lines.push(t.failedMore(failed.length - MAX_FAILED_SHOWN));
    }
    const choices: ReplyChoice[] = [{ id: `${FEATURE}:x:${id}`, label: t.exportButton }];
    if (a.state === "scheduled") {
      choices.push({ id: `${FEATURE}:e:${id}`, label: t.editButton }, { id: `${FEATURE}:c:${id}`, label: t.cancelButton });
    }
    if (a.state === "sending") choices.push({ id: `${FEATURE}:c:${id}`, label: t.stopButton });
    return [{ text: lines.join("\n"), choices }];
  }

  async function listOrDetail(ctx: Ctx): Promise<Reply[]> {
    const refused = refusal(ctx);
    if (refused) return refused;
    const arg = (ctx.in.args ?? "").trim().replace(/^#/, "");
    if (!arg) return list(ctx);
    if (!/^\d{1,9}$/.test(arg)) return [{ text: t.notFound(arg) }];
    return detail(ctx, Number(arg));
  }

  async function exportFile(ctx: Ctx, id: number): Promise<Reply[]> {
    const data = await service.exportXlsx(id, tzOf(ctx));
    if (!data) return [{ text: t.notFound(String(id)) }];
    const rows = (await service.deliveries(id)).length;
    const day = localDay(ctx.deps.clock.now(), tzOf(ctx)).replace(/-/g, "");
    return [{ text: t.exportCaption(id, rows), file: { fileName: `${t.exportFileBase}-${id}-${day}.xlsx`, mimeType: XLSX_MIME, data }, privateOnly: true }];
  }

  async function edit(ctx: Ctx, id: number): Promise<Reply[]> {
    const a = await service.get(id);
    if (!a) return [{ text: t.notFound(String(id)) }];
    if (a.state !== "scheduled") return [{ text: t.editTooLate(id) }];
    const when = a.at.toISOString();
    const data: AnnData = {
      text: a.text,
      audience: a.audience,
      provinces: a.provinces,
      when,
      whenLabel: whenShown(when, tzOf(ctx)),
      reach: await service.reach({ audience: a.audience, provinces: a.provinces }),
      editingId: id,
      source: a.source ?? undefined,
    };
    return form.start(ctx, data, { at: "summary" });
  }

  async function askWithdraw(id: number): Promise<Reply[]> {
    const a = await service.get(id);
    if (!a) return [{ text: t.notFound(String(id)) }];
    if (a.state !== "scheduled" && a.state !== "sending") return [{ text: t.alreadyClosed(id) }];
    const text = a.state === "scheduled" ? t.confirmCancel(id) : t.confirmStop(id, a.counts.pending);
    const yes = a.state === "scheduled" ? t.yesCancel : t.yesStop;
    return [{ text, choices: [{ id: `${FEATURE}:cy:${id}`, label: yes }, { id: `${FEATURE}:cn`, label: t.keep }] }];
  }

  async function withdraw(ctx: Ctx, id: number): Promise<Reply[]> {
    const r = await service.withdraw(id, actorOf(ctx));
    if (!r.ok) return [{ text: r.reason === "notFound" ? t.notFound(String(id)) : t.alreadyClosed(id) }];
    return [{ text: r.kind === "cancelled" ? t.cancelledDone(id, r.withdrawn) : t.stoppedDone(id, r.withdrawn, r.sent) }];
  }

  /** "Announce this new letter": the form opens on the preview, pre-filled for every linked group, now. */
  async function announceLetter(ctx: Ctx, docId: number): Promise<Reply[]> {
    const doc = await ctx.deps.store.document.findUnique({ where: { id: docId } });
    if (!doc) return [{ text: t.newLetterGone }];
    const text = t.newLetterText({ issuer: doc.issuer ?? undefined, number: doc.number ?? undefined, title: doc.title, dateText: doc.dateText ?? undefined });
    const reach = await service.reach({ audience: "all", provinces: [] });
    const data: AnnData = { text, source: `kb:${doc.slug}`, when: "now", whenLabel: whenShown("now", tzOf(ctx)) };
    if (reach.total === 0) return form.start(ctx, data, { intro: [{ text: t.noRecipients }] });
    return form.start(ctx, { ...data, audience: "all", provinces: [], reach }, { at: "summary" });
  }

  async function onChoice(choice: string, ctx: Ctx): Promise<Reply[] | undefined> {
    // A button press is not a command: the router has not checked the role.
    const refused = refusal(ctx);
    if (refused) return refused;
    if (form.ownsChoice(choice)) {
      const state = await ctx.flow.get();
      if (!state || !form.owns(state)) return [{ text: t.draftGone }];
      return form.handle(state, ctx, { text: "", choice });
    }
    const [, action = "", arg = ""] = choice.split(":");
    const id = Number(arg);
    switch (action) {
      case "d":
        return detail(ctx, id);
      case "x":
        return exportFile(ctx, id);
      case "e":
        return edit(ctx, id);
      case "c":
        return askWithdraw(id);
      case "cy":
        return withdraw(ctx, id);
      case "cn":
        return [{ text: t.kept }];
      case "kb":
        return announceLetter(ctx, id);
      default:
        return undefined;
    }
  }

  return {
    name: FEATURE,
    commands: [
      { command: "thongbao", description: t.commands.thongbao, audience: "admin", handle: start },
      { command: "thongbao_ds", description: t.commands.thongbaoDs, audience: "admin", handle: listOrDetail },
    ],
    onChoice,
    async onFlowInput(state, ctx) {
      if (!form.owns(state)) {
        await ctx.flow.clear();
        return undefined;
      }
      if (ctx.in.choice) return undefined;
      // Someone no longer an admin cannot finish a draft.
      const refused = refusal(ctx);
      if (refused) {
        await ctx.flow.clear();
        return refused;
      }
      return form.handle(state, ctx, { text: ctx.in.text });
    },
    resumePrompt(state, ctx) {
      if (ctx.in.command === "thongbao") return undefined;
      return form.owns(state) ? form.resumeOffer(state, ctx) : undefined;
    },
    async offerForLetter(slug, ctx) {
      if (refusal(ctx)) return undefined;
      const doc = await ctx.deps.store.document.findUnique({ where: { slug }, select: { id: true } });
      return doc ? { id: `${FEATURE}:kb:${doc.id}`, label: t.newLetterButton } : undefined;
    },
  };
}
