// The ministry's tools, in an admin's private chat only: export, completeness report, nudges to
// the linked groups, removal and replacement of a registration. Every change is audited.
import type { CommandSpec, Ctx } from "../../bot/context.js";
import type { Outbox } from "../../bot/outbox.js";
import type { Channel, Reply } from "../../bot/types.js";
import { common, registration as t } from "../../messages/index.js";
import { canonicalProvince, matchProvince, PROVINCES } from "../../reference/provinces.js";
import type { Form } from "../forms/engine.js";
import { FEATURE, type RegData } from "./form.js";
import { unitCodeChoice, unitCodesCommand } from "./codes-admin.js";
import { notifyHolder } from "./notify.js";
import { adminLine } from "./rules.js";
import {
  completeness,
  completenessReport,
  loadRoster,
  missingCsv,
  provinceReport,
  rosterCsv,
  rosterXlsx,
  soIncomplete,
  type ProvinceStatus,
} from "./roster.js";
import { localDateTime, localDay, showIsoDate } from "./time.js";
import { isCommune, isUnitKind } from "./units.js";
import { recordAudit } from "../../store/audit.js";
import { linkedOfficerGroups, type LinkedGroup } from "../../store/group-links.js";
import { activeOfficer, activeOfficersOfProvince, removeRegistration, type Officer } from "../../store/officers.js";

const PICK_LIMIT = 10;

export const actorOf = (ctx: Ctx) => `${ctx.in.channel}:${ctx.in.sender.id}`;

/** Refusal for non-admins and for groups (the roster holds personal data). */
export function adminRefusal(ctx: Ctx): Reply[] | undefined {
  if (!ctx.isAdmin) return [{ text: common.adminOnly }];
  if (ctx.in.chat.kind !== "private") return [{ text: common.privateOnly }];
  return undefined;
}

async function audit(ctx: Ctx, action: string, target: string | null, details: Record<string, unknown>): Promise<void> {
  await recordAudit(ctx.deps.store, { actor: actorOf(ctx), action, ...(target !== null ? { target } : {}), details, at: ctx.deps.clock.now() });
}

export interface AdminDeps {
  outbox: Outbox;
  replaceForm: Form<RegData>;
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** /dangky_xuat: the roster as XLSX and CSV, and the units still missing as CSV. */
async function exportRoster(ctx: Ctx): Promise<Reply[]> {
  const { store, clock, config } = ctx.deps;
  const rows = await loadRoster(store);
  if (!rows.length) return [{ text: t.admin.exportEmpty }];
  const day = localDay(clock.now(), config.TZ).replace(/-/g, "");
  const base = `${t.admin.fileBase}-${day}`;
  const xlsx = await rosterXlsx(rows, config.TZ);
  const csv = rosterCsv(rows, config.TZ);
  const missingCount = completeness(rows).reduce((n, s) => n + s.missing.length, 0);
  await audit(ctx, "registration.export", null, { rows: rows.length });
  ctx.deps.log.info({ rows: rows.length }, "roster exported");
  return [
    {
      text: t.admin.exportCaption(rows.length, localDateTime(clock.now(), config.TZ)),
      file: { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, data: xlsx },
      privateOnly: true,
    },
    { text: t.admin.exportCsvCaption, file: { fileName: `${base}.csv`, mimeType: "text/csv", data: csv }, privateOnly: true },
    {
      text: t.admin.exportMissingCsvCaption(missingCount),
      file: { fileName: `${t.admin.missingFileBase}-${day}.csv`, mimeType: "text/csv", data: missingCsv(rows) },
      privateOnly: true,
    },
  ];
}

/** /dangky_baocao [province]: the whole country, or one province with its missing units. */
async function report(ctx: Ctx): Promise<Reply[]> {
  const { store, clock, config } = ctx.deps;
  const args = (ctx.in.args ?? "").trim();
  const at = localDateTime(clock.now(), config.TZ);
  const deadline = showIsoDate(config.REGISTRATION_DEADLINE);
  if (!args) return [{ text: completenessReport(await loadRoster(store), at, deadline) }];
  const m = matchProvince(args);
  if (m.kind !== "exact" && m.kind !== "former") return [{ text: t.admin.reportProvinceUnknown(args.slice(0, 40)) }];
  return [{ text: provinceReport(await loadRoster(store), m.province, at, deadline) }];
}

/** The nudge a linked group gets: its province's missing Sở places or communes, as its audience covers. */
function nudgeFor(chat: LinkedGroup, status: Map<string, ProvinceStatus>, deadline: string): { province: string; text: string } | undefined {
  const province = canonicalProvince(chat.province ?? "");
  const s = province ? status.get(province) : undefined;
  if (!province || !s) return undefined;
  const audience = chat.audience ?? "all";
  const soPart = audience !== "xa" && soIncomplete(s);
  const communePart = audience !== "so" && s.missing.length > 0;
  if (!soPart && !communePart) return undefined;
  const best = s.so.reduce((m, x) => Math.max(m, x.filled), 0);
  const text = t.admin.nudgeText({
    province,
    so: audience !== "xa" ? { filled: best, quota: 2 } : undefined,
    communes: communePart ? { expected: s.expected, registered: s.registered, missing: s.missing.map((u) => u.name) } : undefined,
    deadline,
  });
  return { province, text };
}

/** /dangky_nhac: each linked group whose province is incomplete is nudged, once a day. */
async function nudge(deps: AdminDeps, ctx: Ctx): Promise<Reply[]> {
  const { store, clock, config } = ctx.deps;
  const chats = await linkedOfficerGroups(store);
  if (!chats.length) return [{ text: t.admin.nudgeNoGroups }];
  const status = new Map(completeness(await loadRoster(store)).map((s) => [s.province, s]));
  const day = localDay(clock.now(), config.TZ);
  const deadline = showIsoDate(config.REGISTRATION_DEADLINE);
  let queued = 0;
  let already = 0;
  const provinces = new Set<string>();
  for (const chat of chats) {
    const n = nudgeFor(chat, status, deadline);
    if (!n) continue;
    provinces.add(n.province);
    const added = await deps.outbox.enqueue({
      dedupeKey: `reg-nudge:${PROVINCES.indexOf(n.province)}:${chat.channel}:${chat.externalId}:${day}`,
      channel: chat.channel as Channel,
      chatId: chat.externalId,
      reply: { text: n.text },
      kind: "nudge",
      refId: `registration:${n.province}`,
    });
    if (added) queued++;
    else already++;
  }
  if (!provinces.size) return [{ text: t.admin.nudgeNothing }];
  await audit(ctx, "registration.nudge", null, { queued, already, provinces: provinces.size });
  return [{ text: t.admin.nudgeDone(queued, already, provinces.size) }];
}

/** `<id>` → that registration; `<province>` → its registrations with buttons. */
async function pick(ctx: Ctx, cmd: string, act: "ap" | "at", onOne: (o: Officer) => Promise<Reply[]>): Promise<Reply[]> {
  const args = (ctx.in.args ?? "").trim();
  const idMatch = args.match(/^#?(\d{1,9})$/);
  if (idMatch) {
    const o = await activeOfficer(ctx.deps.store, Number(idMatch[1]));
    return o ? onOne(o) : [{ text: t.admin.notFound(Number(idMatch[1])) }];
  }
  const m = args ? matchProvince(args) : undefined;
  if (!m || (m.kind !== "exact" && m.kind !== "former")) return [{ text: t.admin.pickUsage(cmd) }];
  const list = await activeOfficersOfProvince(ctx.deps.store, m.province);
  if (!list.length) return [{ text: t.admin.pickNone(m.province) }];
  const label = act === "ap" ? t.admin.removeLabel : t.admin.replaceLabel;
  return [
    {
      text: [t.admin.pickList(m.province), ...list.map(adminLine)].join("\n"),
      choices: list.slice(0, PICK_LIMIT).map((o) => ({ id: `${FEATURE}:${act}:${o.id}`, label: label(o.id) })),
    },
  ];
}

const removePrompt = async (o: Officer): Promise<Reply[]> => [
  {
    text: t.admin.removeConfirm(adminLine(o)),
    choices: [
      { id: `${FEATURE}:ax:${o.id}`, label: t.admin.removeYes },
      { id: `${FEATURE}:an`, label: t.admin.removeNo },
    ],
  },
];

async function remove(deps: AdminDeps, ctx: Ctx, id: number): Promise<Reply[]> {
  const removed = await removeRegistration(ctx.deps.store, id, { actor: actorOf(ctx), at: ctx.deps.clock.now() });
  if (!removed) return [{ text: t.admin.notFound(id) }];
  ctx.deps.log.info({ officerId: id, province: removed.province }, "registration removed by an admin");
  await notifyHolder(ctx, deps.outbox, removed, "removed");
  return [{ text: t.admin.removed(id) }];
}

async function startReplace(deps: AdminDeps, ctx: Ctx, o: Officer): Promise<Reply[]> {
  const kind = isUnitKind(o.unitKind) ? o.unitKind : undefined;
  const initial: RegData = {
    province: o.province,
    unitKind: kind,
    unitName: isCommune(o.unitKind) ? o.unitName : undefined,
    officerId: o.id,
    replacing: adminLine(o),
  };
  return deps.replaceForm.start(ctx, initial, { intro: [{ text: t.admin.replaceIntro(adminLine(o)) }] });
}

/** Admin choices: ap (ask to remove), ax (remove), an (keep), at (start replacing), cc (set a unit code). */
async function onChoice(deps: AdminDeps, action: string, arg: string, ctx: Ctx): Promise<Reply[] | undefined> {
  if (!["ap", "ax", "an", "at", "cc"].includes(action)) return undefined;
  const refused = adminRefusal(ctx);
  if (refused) return refused;
  if (action === "cc") return unitCodeChoice(ctx, arg, actorOf(ctx));
  if (action === "an") return [{ text: t.admin.removeKept }];
  const id = Number(arg);
  if (!Number.isInteger(id)) return [{ text: t.admin.pickUsage(action === "at" ? "dangky_thay" : "dangky_xoa") }];
  if (action === "ax") return remove(deps, ctx, id);
  const o = await activeOfficer(ctx.deps.store, id);
  if (!o) return [{ text: t.admin.notFound(id) }];
  return action === "ap" ? removePrompt(o) : startReplace(deps, ctx, o);
}

const guarded =
  (fn: (ctx: Ctx) => Promise<Reply[]>) =>
  async (ctx: Ctx): Promise<Reply[]> =>
    adminRefusal(ctx) ?? fn(ctx);

export interface AdminTools {
  commands: CommandSpec[];
  onChoice(action: string, arg: string, ctx: Ctx): Promise<Reply[] | undefined>;
}

export function createAdminTools(deps: AdminDeps): AdminTools {
  const commands: CommandSpec[] = [
    { command: "dangky_xuat", description: t.commands.xuat, audience: "admin", handle: guarded(exportRoster) },
    { command: "dangky_baocao", description: t.commands.baocao, audience: "admin", handle: guarded(report) },
    { command: "dangky_nhac", description: t.commands.nhac, audience: "admin", handle: guarded((ctx) => nudge(deps, ctx)) },
    { command: "dangky_xoa", description: t.commands.xoa, audience: "admin", handle: guarded((ctx) => pick(ctx, "dangky_xoa", "ap", removePrompt)) },
    {
      command: "dangky_chuanhoa",
      description: t.commands.chuanhoa,
      audience: "admin",
      handle: guarded((ctx) => unitCodesCommand(ctx, actorOf(ctx))),
    },
    {
      command: "dangky_thay",
      description: t.commands.thay,
      audience: "admin",
      handle: guarded((ctx) => pick(ctx, "dangky_thay", "at", (o) => startReplace(deps, ctx, o))),
    },
  ];
  return { commands, onChoice: (action, arg, ctx) => onChoice(deps, action, arg, ctx) };
}
