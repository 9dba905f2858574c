// Linking a group to a province and audience (/lienket, /huylienket): who receives group reminders.
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { reminders as t, type AudienceCode } from "../../messages/reminders.js";
import { matchProvince } from "../../reference/provinces.js";
import { recordAudit } from "../../store/audit.js";
import { groupLink, linkGroup, unlinkGroup } from "../../store/group-links.js";
import { withdrawPendingRemindersOfChat } from "../../store/schedule.js";
import { fold } from "../../text.js";
import { provinceAt, provinceChoice } from "./lookup.js";
import { AUDIENCES } from "./sessions.js";

export interface LinkHooks {
  /** Called after a change so reminders due soon include (or drop) the group at once. */
  afterChange?(): Promise<unknown>;
}

function parseAudienceWord(word: string): AudienceCode | undefined {
  const f = fold(word);
  if (f === "so") return "so";
  if (f === "xa" || f === "phuong") return "xa";
  if (f === "all" || f === "tat ca") return "all";
  return undefined;
}

/** "Huế xa" → province text "Huế", audience "xa"; without an audience word, all. */
export function parseLinkArgs(args: string): { provinceText: string; audience: AudienceCode } {
  const words = args.trim().split(/\s+/).filter(Boolean);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const audience = parseAudienceWord(words.slice(-n).join(" "));
    if (audience) return { provinceText: words.slice(0, -n).join(" "), audience };
  }
  return { provinceText: words.join(" "), audience: "all" };
}

async function audit(ctx: Ctx, action: string, details: Record<string, unknown>): Promise<void> {
  await recordAudit(ctx.deps.store, {
    actor: `${ctx.in.channel}:${ctx.in.sender.id}`,
    action,
    target: `${ctx.in.channel}:${ctx.in.chat.id}`,
    details,
    at: ctx.deps.clock.now(),
  });
}

async function setLink(ctx: Ctx, hooks: LinkHooks, province: string, audience: AudienceCode, former?: string): Promise<Reply[]> {
  await linkGroup(ctx.deps.store, ctx.in.channel, ctx.in.chat.id, { province, audience });
  await audit(ctx, "schedule.link", { province, audience });
  await hooks.afterChange?.();
  return [{ text: t.linkDone(province, audience, former) }];
}

/** /lienket [tỉnh] [so|xa|all] — admins only (the router checks), in a group. */
export async function linkCommand(ctx: Ctx, hooks: LinkHooks): Promise<Reply[]> {
  if (ctx.in.chat.kind !== "group") return [{ text: t.linkGroupOnly }];
  const args = ctx.in.args?.trim() ?? "";
  if (!args) {
    const chat = await groupLink(ctx.deps.store, ctx.in.channel, ctx.in.chat.id);
    if (!chat?.province) return [{ text: t.linkNone }];
    const audience = (AUDIENCES as readonly string[]).includes(chat.audience ?? "") ? (chat.audience as AudienceCode) : "all";
    return [{ text: t.linkShow(chat.province, audience) }];
  }
  const { provinceText, audience } = parseLinkArgs(args);
  const m = matchProvince(provinceText);
  if (m.kind === "exact") return setLink(ctx, hooks, m.province, audience);
  if (m.kind === "former") return setLink(ctx, hooks, m.province, audience, m.former);
  if (m.kind === "ambiguous") {
    return [{ text: t.linkChooseProvince, choices: m.candidates.map((p) => provinceChoice("sched:link:", p, `:${audience}`)) }];
  }
  return [{ text: t.linkUnknownProvince(provinceText, m.suggestions) }];
}

/** A province chosen from the /lienket choices: `sched:link:<index>:<audience>`. */
export async function linkChoice(choice: string, ctx: Ctx, hooks: LinkHooks, adminOnlyText: string): Promise<Reply[] | undefined> {
  const [, , index = "", aud = ""] = choice.split(":");
  const province = provinceAt(index);
  const audience = (AUDIENCES as readonly string[]).includes(aud) ? (aud as AudienceCode) : undefined;
  if (!province || !audience) return undefined;
  // A button press is not a command: the router has not checked the role.
  if (!ctx.isAdmin) return [{ text: adminOnlyText }];
  if (ctx.in.chat.kind !== "group") return [{ text: t.linkGroupOnly }];
  return setLink(ctx, hooks, province, audience);
}

/** /huylienket — removes the link and withdraws the group's pending reminders. */
export async function unlinkCommand(ctx: Ctx, hooks: LinkHooks): Promise<Reply[]> {
  if (ctx.in.chat.kind !== "group") return [{ text: t.linkGroupOnly }];
  const { store } = ctx.deps;
  const { channel, chat: where } = ctx.in;
  const chat = await groupLink(store, channel, where.id);
  if (!chat?.province) return [{ text: t.linkNone }];
  await unlinkGroup(store, channel, where.id);
  await withdrawPendingRemindersOfChat(store, channel, where.id, "group unlinked");
  await audit(ctx, "schedule.unlink", { province: chat.province });
  await hooks.afterChange?.();
  return [{ text: t.linkRemoved(chat.province) }];
}
