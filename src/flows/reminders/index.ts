// Training schedule and reminders: schedule import (file sent privately by an admin), group links,
// look-up, and the admin report. Reminders themselves are planned by the planner (planner.ts) and
// delivered by the durable outbox.
import type { Ctx, Feature, FlowStateValue } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { common } from "../../messages/index.js";
import { reminders as t } from "../../messages/reminders.js";
import { fold } from "../../text.js";
import { recordAudit } from "../../store/audit.js";
import { linkChoice, linkCommand, unlinkCommand, type LinkHooks } from "./links.js";
import { answerProvince, ASK_PROVINCE_STEP, lookup, provinceAt, scheduleReplies } from "./lookup.js";
import type { ReminderPlanner } from "./planner.js";
import { buildReport } from "./report.js";
import {
  applySchedule,
  MAX_IMPORT_BYTES,
  previewSchedule,
  readScheduleFile,
  rejectionText,
  summarize,
  validateSchedule,
  type RawRow,
} from "./schedule-import.js";
import { sessionView } from "./sessions.js";

export { createReminderPlanner, reminderKey, type PlanResult, type ReminderPlanner, type ReminderPlannerOptions } from "./planner.js";
export { applySchedule, previewSchedule, readScheduleFile, validateSchedule, type ImportSummary } from "./schedule-import.js";

export interface RemindersFeatureDeps {
  /** Run right after an import or a link change, so reminders due soon reflect it at once. */
  planner?: Pick<ReminderPlanner, "tick">;
  /** Largest schedule file accepted; default 2 MB. */
  maxFileBytes?: number;
}

const CONFIRM_STEP = "confirmImport";
const YES = new Set(["co", "dong y", "xac nhan", "xac nhan nhap", "ok", "yes"]);
const NO = new Set(["khong", "huy", "khong nhap", "no"]);
const MEDIA_MIME = /^(image|video|audio)\//;

interface ConfirmData {
  fileName: string;
  rows: RawRow[];
  savedAt: number;
}

/** A confirmation much later would apply a file the admin has likely forgotten about. */
const CONFIRM_TTL_MS = 60 * 60_000;

/** What every handler of the feature works with. */
interface Parts {
  deps: RemindersFeatureDeps;
  maxBytes: number;
  hooks: LinkHooks;
}

async function afterImport(p: Parts, ctx: Ctx): Promise<void> {
  try {
    await p.deps.planner?.tick();
  } catch (err) {
    // The import is committed; the next minute's tick plans what this one could not.
    ctx.deps.log.error({ err }, "reminder planning after import failed");
  }
}

async function importRows(p: Parts, ctx: Ctx, fileName: string, raw: RawRow[]): Promise<Reply[]> {
  const { store, clock, config, log } = ctx.deps;
  const v = validateSchedule(raw);
  if (!v.ok) return [{ text: rejectionText(v) }];
  const summary = await applySchedule(store, v.rows, { now: clock.now(), tz: config.TZ, log });
  await recordAudit(store, { actor: `${ctx.in.channel}:${ctx.in.sender.id}`, action: "schedule.import", target: fileName, details: { ...summary }, at: clock.now() });
  await afterImport(p, ctx);
  return [{ text: t.importDone(summary) }];
}

/** The file's bytes, or the reply refusing it (size and type are checked before downloading). */
async function downloadSchedule(p: Parts, ctx: Ctx): Promise<{ bytes: Buffer } | { refused: Reply[] }> {
  const doc = ctx.in.document!;
  if (doc.size !== undefined && doc.size > p.maxBytes) return { refused: [{ text: t.importTooLarge(Math.round(p.maxBytes / 1024)) }] };
  if (doc.mimeType && MEDIA_MIME.test(doc.mimeType)) return { refused: [{ text: t.importWrongType }] };
  let bytes: Buffer;
  try {
    bytes = await doc.download();
  } catch (err) {
    ctx.deps.log.warn({ err }, "schedule download failed");
    return { refused: [{ text: t.importDownloadFailed }] };
  }
  if (bytes.length > p.maxBytes) return { refused: [{ text: t.importTooLarge(Math.round(p.maxBytes / 1024)) }] };
  return { bytes };
}

/** A schedule file sent privately by an admin: checked, then applied or held for confirmation. */
async function onDocument(p: Parts, ctx: Ctx): Promise<Reply[]> {
  if (!ctx.isAdmin) return [{ text: common.adminOnly }];
  if (ctx.in.chat.kind !== "private") return [{ text: t.importPrivateOnly }];
  const doc = ctx.in.document!;
  const file = await downloadSchedule(p, ctx);
  if ("refused" in file) return file.refused;
  const read = await readScheduleFile(file.bytes, doc.fileName);
  if (!read.ok) return [{ text: read.message }];
  const v = validateSchedule(read.rows);
  if (!v.ok) return [{ text: rejectionText(v) }];

  const { store, clock, config } = ctx.deps;
  const plan = await previewSchedule(store, v.rows, clock.now(), config.TZ);
  if (plan.cancel.length > 0) {
    // Cancelling sends notices to many groups: a partial file sent by mistake must not do that.
    const data: ConfirmData = { fileName: doc.fileName, rows: read.rows, savedAt: clock.now().getTime() };
    await ctx.flow.save({ flow: "sched", step: CONFIRM_STEP, data: data as unknown as Record<string, unknown> });
    return [confirmReply(plan.cancel.map((s) => sessionView(s, config.TZ)), summarize(plan, v.rows.length))];
  }
  return importRows(p, ctx, doc.fileName, read.rows);
}

const confirmChoices = () => [
  { id: "sched:import:yes", label: t.importConfirmYes },
  { id: "sched:import:no", label: t.importConfirmNo },
];

function confirmReply(cancelled: ReturnType<typeof sessionView>[], summary: ReturnType<typeof summarize>): Reply {
  return { text: t.importConfirm(cancelled, summary), choices: confirmChoices() };
}

async function confirmImport(p: Parts, ctx: Ctx, yes: boolean): Promise<Reply[]> {
  const state = await ctx.flow.get();
  if (state?.flow !== "sched" || state.step !== CONFIRM_STEP) return [{ text: t.importNothingToConfirm }];
  await ctx.flow.clear();
  if (!ctx.isAdmin) return [{ text: common.adminOnly }];
  if (!yes) return [{ text: t.importAborted }];
  const data = state.data as unknown as ConfirmData;
  if (!(ctx.deps.clock.now().getTime() - data.savedAt <= CONFIRM_TTL_MS)) return [{ text: t.importConfirmExpired }];
  return importRows(p, ctx, data.fileName, data.rows);
}

async function onFlowInput(p: Parts, state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined> {
  if (state.step === ASK_PROVINCE_STEP) return answerProvince(ctx);
  if (state.step === CONFIRM_STEP) {
    const answer = fold(ctx.in.text).replace(/[.!]+$/, "");
    if (YES.has(answer)) return confirmImport(p, ctx, true);
    if (NO.has(answer)) return confirmImport(p, ctx, false);
    return undefined;
  }
  await ctx.flow.clear();
  return undefined;
}

async function onChoice(p: Parts, choice: string, ctx: Ctx): Promise<Reply[] | undefined> {
  if (choice === "sched:import:yes") return confirmImport(p, ctx, true);
  if (choice === "sched:import:no") return confirmImport(p, ctx, false);
  if (choice.startsWith("sched:link:")) return linkChoice(choice, ctx, p.hooks, common.adminOnly);
  if (choice.startsWith("sched:prov:")) {
    const province = provinceAt(choice.slice("sched:prov:".length));
    if (!province) return undefined;
    const state = await ctx.flow.get();
    if (state?.flow === "sched" && state.step === ASK_PROVINCE_STEP) await ctx.flow.clear();
    return scheduleReplies(ctx, [{ province }]);
  }
  return undefined;
}

/** /nhacnho_baocao [session] */
async function report(ctx: Ctx): Promise<Reply[]> {
  const { store, clock, config } = ctx.deps;
  // Lists chats and errors: for the admin's eyes, not the group's.
  return [{ text: await buildReport(store, clock.now(), config.TZ, ctx.in.args || undefined), privateOnly: true }];
}

export function createRemindersFeature(deps: RemindersFeatureDeps = {}): Feature {
  const hooks: LinkHooks = {
    afterChange: async () => {
      await deps.planner?.tick();
    },
  };
  const p: Parts = { deps, maxBytes: deps.maxFileBytes ?? MAX_IMPORT_BYTES, hooks };
  return {
    name: "sched",
    commands: [
      { command: "lichtaphuan", description: t.commands.lichtaphuan, handle: (ctx) => lookup(ctx, ctx.in.args) },
      { command: "lienket", description: t.commands.lienket, audience: "admin", handle: (ctx) => linkCommand(ctx, hooks) },
      { command: "huylienket", description: t.commands.huylienket, audience: "admin", handle: (ctx) => unlinkCommand(ctx, hooks) },
      { command: "nhacnho_baocao", description: t.commands.baocao, audience: "admin", handle: report },
    ],
    documentTypes: [".csv", ".xlsx"],
    onDocument: (ctx) => onDocument(p, ctx),
    onFlowInput: (state, ctx) => onFlowInput(p, state, ctx),
    onChoice: (choice, ctx) => onChoice(p, choice, ctx),
    resumePrompt(state) {
      if (state.step !== CONFIRM_STEP) return undefined;
      return { text: t.importPendingPrompt, choices: confirmChoices() };
    },
    menu: { key: "schedule", handle: (ctx) => lookup(ctx) },
  };
}
