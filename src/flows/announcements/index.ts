// Announcements from the ministry: /thongbao (guided form, preview, confirm) and /thongbao_ds
// (states, counts, failed chats, XLSX, edit/cancel/stop), for admins in their private chat. The
// chat commands only word and route: every operation is in the service (shared with the console).
import type { Ctx, Feature, FlowStateValue } from "../../bot/context.js";
import type { Reply, ReplyChoice } from "../../bot/types.js";
import { announcements as t, common } from "../../messages/index.js";
import { letterIdBySlug, letterToAnnounce } from "../../store/announcements.js";
import type { Form } from "../forms/engine.js";
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

/** What every handler of the feature works with. */
interface Parts {
  service: AnnouncementService;
  form: Form<AnnData>;
}

const tzOf = (ctx: Ctx) => ctx.deps.config.TZ;
const shownAt = (a: AnnouncementSummary, ctx: Ctx) => whenShown(a.at.toISOString(), tzOf(ctx));

/** /thongbao: a new form, or the draft in progress. */
async function start(p: Parts, ctx: Ctx): Promise<Reply[]> {
  const refused = refusal(ctx);
  if (refused) return refused;
  const state = await ctx.flow.get();
  if (state && p.form.owns(state)) return [p.form.current(state, ctx)];
  return p.form.start(ctx, {}, { intro: [{ text: t.intro }] });
}

async function list(p: Parts, ctx: Ctx): Promise<Reply[]> {
  const rows = await p.service.list(10);
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

async function failedLines(p: Parts, id: number): Promise<string[]> {
  const failed = (await p.service.deliveries(id)).filter((d) => ["failed", "skipped", "ambiguous"].includes(d.status));
  if (!failed.length) return [];
  const lines = ["", t.failedTitle];
  for (const d of failed.slice(0, MAX_FAILED_SHOWN)) {
    const where = `${d.channel} · ${d.kind === "group" ? t.group(d.title, d.chatId) : t.privateChat(d.chatId)}`;
    lines.push(t.failedLine(where, reasonOf(d.status, d.error)));
  }
  if (failed.length > MAX_FAILED_SHOWN) lines.push(t.failedMore(failed.length - MAX_FAILED_SHOWN));
  return lines;
}

async function detail(p: Parts, ctx: Ctx, id: number): Promise<Reply[]> {
  const a = await p.service.get(id);
  if (!a) return [{ text: t.notFound(String(id)) }];
  const lines = [t.detail({ ...a, when: shownAt(a, ctx) }), ...(await failedLines(p, id))];
  const choices: ReplyChoice[] = [{ id: `${FEATURE}:x:${id}`, label: t.exportButton }];
  if (a.state === "scheduled") {
    choices.push({ id: `${FEATURE}:e:${id}`, label: t.editButton }, { id: `${FEATURE}:c:${id}`, label: t.cancelButton });
  }
  if (a.state === "sending") choices.push({ id: `${FEATURE}:c:${id}`, label: t.stopButton });
  return [{ text: lines.join("\n"), choices }];
}

/** /thongbao_ds [id] */
async function listOrDetail(p: Parts, ctx: Ctx): Promise<Reply[]> {
  const refused = refusal(ctx);
  if (refused) return refused;
  const arg = (ctx.in.args ?? "").trim().replace(/^#/, "");
  if (!arg) return list(p, ctx);
  if (!/^\d{1,9}$/.test(arg)) return [{ text: t.notFound(arg) }];
  return detail(p, ctx, Number(arg));
}

async function exportFile(p: Parts, ctx: Ctx, id: number): Promise<Reply[]> {
  const data = await p.service.exportXlsx(id, tzOf(ctx));
  if (!data) return [{ text: t.notFound(String(id)) }];
  const rows = (await p.service.deliveries(id)).length;
  const day = localDay(ctx.deps.clock.now(), tzOf(ctx)).replace(/-/g, "");
  return [{ text: t.exportCaption(id, rows), file: { fileName: `${t.exportFileBase}-${id}-${day}.xlsx`, mimeType: XLSX_MIME, data }, privateOnly: true }];
}

async function edit(p: Parts, ctx: Ctx, id: number): Promise<Reply[]> {
  const a = await p.service.get(id);
  if (!a) return [{ text: t.notFound(String(id)) }];
  if (a.state !== "scheduled") return [{ text: t.editTooLate(id) }];
  const when = a.at.toISOString();
  const data: AnnData = {
    text: a.text,
    audience: a.audience,
    provinces: a.provinces,
    when,
    whenLabel: whenShown(when, tzOf(ctx)),
    reach: await p.service.reach({ audience: a.audience, provinces: a.provinces }),
    editingId: id,
    source: a.source ?? undefined,
  };
  return p.form.start(ctx, data, { at: "summary" });
}

async function askWithdraw(p: Parts, id: number): Promise<Reply[]> {
  const a = await p.service.get(id);
  if (!a) return [{ text: t.notFound(String(id)) }];
  if (a.state !== "scheduled" && a.state !== "sending") return [{ text: t.alreadyClosed(id) }];
  const text = a.state === "scheduled" ? t.confirmCancel(id) : t.confirmStop(id, a.counts.pending);
  const yes = a.state === "scheduled" ? t.yesCancel : t.yesStop;
  return [{ text, choices: [{ id: `${FEATURE}:cy:${id}`, label: yes }, { id: `${FEATURE}:cn`, label: t.keep }] }];
}

async function withdraw(p: Parts, ctx: Ctx, id: number): Promise<Reply[]> {
  const r = await p.service.withdraw(id, actorOf(ctx));
  if (!r.ok) return [{ text: r.reason === "notFound" ? t.notFound(String(id)) : t.alreadyClosed(id) }];
  return [{ text: r.kind === "cancelled" ? t.cancelledDone(id, r.withdrawn) : t.stoppedDone(id, r.withdrawn, r.sent) }];
}

/** "Announce this new letter": the form opens on the preview, pre-filled for every linked group, now. */
async function announceLetter(p: Parts, ctx: Ctx, docId: number): Promise<Reply[]> {
  const doc = await letterToAnnounce(ctx.deps.store, docId);
  if (!doc) return [{ text: t.newLetterGone }];
  const text = t.newLetterText({ issuer: doc.issuer ?? undefined, number: doc.number ?? undefined, title: doc.title, dateText: doc.dateText ?? undefined });
  const reach = await p.service.reach({ audience: "all", provinces: [] });
  const data: AnnData = { text, source: `kb:${doc.slug}`, when: "now", whenLabel: whenShown("now", tzOf(ctx)) };
  if (reach.total === 0) return p.form.start(ctx, data, { intro: [{ text: t.noRecipients }] });
  return p.form.start(ctx, { ...data, audience: "all", provinces: [], reach }, { at: "summary" });
}

/** The buttons of the list and detail replies: `ann:<action>:<id>`. */
async function onAnnouncementChoice(p: Parts, ctx: Ctx, action: string, id: number): Promise<Reply[] | undefined> {
  switch (action) {
    case "d":
      return detail(p, ctx, id);
    case "x":
      return exportFile(p, ctx, id);
    case "e":
      return edit(p, ctx, id);
    case "c":
      return askWithdraw(p, id);
    case "cy":
      return withdraw(p, ctx, id);
    case "cn":
      return [{ text: t.kept }];
    case "kb":
      return announceLetter(p, ctx, id);
    default:
      return undefined;
  }
}

async function onChoice(p: Parts, choice: string, ctx: Ctx): Promise<Reply[] | undefined> {
  // A button press is not a command: the router has not checked the role.
  const refused = refusal(ctx);
  if (refused) return refused;
  if (p.form.ownsChoice(choice)) {
    const state = await ctx.flow.get();
    if (!state || !p.form.owns(state)) return [{ text: t.draftGone }];
    return p.form.handle(state, ctx, { text: "", choice });
  }
  const [, action = "", arg = ""] = choice.split(":");
  return onAnnouncementChoice(p, ctx, action, Number(arg));
}

async function onFlowInput(p: Parts, state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined> {
  if (!p.form.owns(state)) {
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
  return p.form.handle(state, ctx, { text: ctx.in.text });
}

export function createAnnouncementsFeature(deps: { service: AnnouncementService }): AnnouncementsFeature {
  const p: Parts = { service: deps.service, form: createAnnouncementForm(deps.service) };
  return {
    name: FEATURE,
    commands: [
      { command: "thongbao", description: t.commands.thongbao, audience: "admin", handle: (ctx) => start(p, ctx) },
      { command: "thongbao_ds", description: t.commands.thongbaoDs, audience: "admin", handle: (ctx) => listOrDetail(p, ctx) },
    ],
    onChoice: (choice, ctx) => onChoice(p, choice, ctx),
    onFlowInput: (state, ctx) => onFlowInput(p, state, ctx),
    resumePrompt(state, ctx) {
      if (ctx.in.command === "thongbao") return undefined;
      return p.form.owns(state) ? p.form.resumeOffer(state, ctx) : undefined;
    },
    async offerForLetter(slug, ctx) {
      if (refusal(ctx)) return undefined;
      const id = await letterIdBySlug(ctx.deps.store, slug);
      return id !== undefined ? { id: `${FEATURE}:kb:${id}`, label: t.newLetterButton } : undefined;
    },
  };
}
