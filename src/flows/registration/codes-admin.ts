// /dangky_chuanhoa: an admin confirms or fixes the unit of registrations the list could not place
// with certainty (free text from before the list, or a unit that left the list).
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { registration as t } from "../../messages/index.js";
import { matchCommune, type CommuneUnit } from "../../reference/communes.js";
import { FEATURE } from "./form.js";
import { pendingCodes, setUnitCode, type PendingCode } from "./codes.js";
import { isCommune } from "./units.js";
import { recordAudit } from "../../store/audit.js";
import { activeOfficer } from "../../store/officers.js";

/** Registrations shown per /dangky_chuanhoa, each with its own buttons. */
const SHOWN = 5;
const BUTTONS = 4;

const choiceFor = (id: number, u: CommuneUnit) => ({ id: `${FEATURE}:cc:${id}-${u.code}`, label: t.admin.codes.pickLabel(id, u.name) });

function itemReply(p: PendingCode): Reply {
  const where = [...new Set(p.elsewhere.map((u) => u.province))];
  const text = t.admin.codes.item(p.officer.id, p.officer.province, p.officer.unitName, t.admin.codes.reasons[p.reason] ?? p.reason, where);
  const choices = p.suggestions.slice(0, BUTTONS).map((u) => choiceFor(p.officer.id, u));
  return choices.length ? { text, choices } : { text };
}

async function listPending(ctx: Ctx): Promise<Reply[]> {
  const pending = await pendingCodes(ctx.deps.store);
  if (!pending.length) return [{ text: t.admin.codes.none }];
  const shown = pending.slice(0, SHOWN);
  return [{ text: t.admin.codes.header(pending.length, shown.length) }, ...shown.map(itemReply)];
}

/** Applies a unit to a registration and says what happened. */
export async function confirmCode(ctx: Ctx, officerId: number, code: string, actor: string): Promise<Reply[]> {
  const { store, clock, log } = ctx.deps;
  const r = await setUnitCode(store, officerId, code);
  switch (r.kind) {
    case "gone":
      return [{ text: t.admin.notFound(officerId) }];
    case "wrongProvince":
      return [{ text: t.admin.codes.wrongProvince(r.unit.name, r.unit.province) }];
    case "taken":
      return [{ text: t.admin.codes.taken(r.unit.name, r.holderId) }];
    case "fixed": {
      await recordAudit(store, { actor, action: "registration.unit_code", target: `officer:${officerId}`, details: { code }, at: clock.now() });
      log.info({ officerId, code }, "registration unit code set by an admin");
      const left = (await pendingCodes(store)).length;
      return [{ text: t.admin.codes.fixed(officerId, r.unit.name, r.unit.code, left) }];
    }
  }
}

/** `/dangky_chuanhoa <id> <name>`: the name is matched within the registration's province. */
async function fixTyped(ctx: Ctx, id: number, typed: string, actor: string): Promise<Reply[]> {
  const o = await activeOfficer(ctx.deps.store, id);
  if (!o) return [{ text: t.admin.notFound(id) }];
  if (!isCommune(o.unitKind)) return [{ text: t.admin.codes.notCommune(id) }];
  const m = matchCommune(o.province, typed);
  if (m.kind === "exact") return confirmCode(ctx, id, m.unit.code, actor);
  const units = m.kind === "former" ? [m.unit] : m.kind === "choices" ? m.candidates : m.suggestions;
  if (!units.length) return [{ text: t.admin.codes.noMatch(typed.slice(0, 40), o.province) }];
  return [{ text: t.admin.codes.pickFor(id, typed.slice(0, 40)), choices: units.slice(0, BUTTONS).map((u) => choiceFor(id, u)) }];
}

export async function unitCodesCommand(ctx: Ctx, actor: string): Promise<Reply[]> {
  const args = (ctx.in.args ?? "").trim();
  if (!args) return listPending(ctx);
  const m = args.match(/^#?(\d{1,9})\s+(.{2,80})$/s);
  if (!m) return [{ text: t.admin.codes.usage }];
  return fixTyped(ctx, Number(m[1]), m[2]!.trim(), actor);
}

/** Button "#12 là Xã Bố Trạch": arg is "<officer id>-<unit code>". */
export async function unitCodeChoice(ctx: Ctx, arg: string, actor: string): Promise<Reply[]> {
  const m = arg.match(/^(\d{1,9})-(\d{5})$/);
  if (!m) return [{ text: t.admin.codes.usage }];
  return confirmCode(ctx, Number(m[1]), m[2]!, actor);
}
