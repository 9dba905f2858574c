// The registration form (officers) and the replacement form (ministry admins), as steps of the
// shared form engine.
import type { Ctx } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import type { Outbox } from "../../bot/outbox.js";
import { registration as t } from "../../messages/index.js";
import type { CardFields } from "../../messages/registration.js";
import { communeByCode, matchCommune, type CommuneUnit } from "../../reference/communes.js";
import { matchProvince, PROVINCES } from "../../reference/provinces.js";
import { cleanInput } from "../../text.js";
import { createForm, type Check, type Form, type FormStep, type Option, type Parsed } from "../forms/engine.js";
import { parseEmail, parsePersonName, parseShortText, parseVnMobile, parseYesNo } from "../forms/parsers.js";
import { cardOf, unitFull, unitNameOf, type UnitRef } from "./rules.js";
import { isLate, showIsoDate } from "./time.js";
import { isCommune, isSo, isUnitKind, kindLabel, kindOfUnit, matchUnitKind, roleLabel, roleOf, UNIT_KINDS, type UnitKind } from "./units.js";
import { notifyHolder } from "./notify.js";
import { activeByPhone,
  createRegistration,
  ownRegistration,
  quotaLockKey,
  replaceRegistration,
  updateRegistration,
  withQuotaLock,
  type RegistrationFields, type Officer } from "../../store/officers.js";

export interface RegData {
  province?: string;
  unitKind?: UnitKind;
  /** Communes only: a Sở's name is derived from its kind and province. */
  unitName?: string;
  /** Communes only: the official code of the unit picked from the list. */
  unitCode?: string;
  fullName?: string;
  position?: string;
  phone?: string;
  email?: string;
  /** ISO time the person (or, for a replacement, the admin) confirmed consent. */
  consentAt?: string;
  /** The registration this form updates (own) or replaces (admin). */
  officerId?: number;
  /** An answer that matched this person's earlier registration, waiting for "update that one?". */
  pending?: { step: string; value: unknown };
  /** Replacement: the line describing the officer being replaced. */
  replacing?: string;
}

export const FEATURE = "reg";
const MAX_ECHO = 40;

const owner = (ctx: Ctx) => ({ channel: ctx.in.channel, userId: ctx.in.sender.id });
const deadlineShown = (ctx: Ctx) => showIsoDate(ctx.deps.config.REGISTRATION_DEADLINE);

export function regCard(d: RegData): CardFields {
  const kind = d.unitKind;
  return {
    province: d.province ?? "",
    unitName: d.province && kind ? unitNameOf({ province: d.province, unitKind: kind, unitName: d.unitName }) : "",
    fullName: d.fullName ?? "",
    position: d.position ?? "",
    phone: d.phone ?? "",
    email: d.email ?? "",
    role: kind ? roleLabel(roleOf(kind)) : "",
  };
}

export function dataFromOfficer(o: Officer): RegData {
  return {
    province: o.province,
    unitKind: isUnitKind(o.unitKind) ? o.unitKind : undefined,
    unitName: isCommune(o.unitKind) ? o.unitName : undefined,
    unitCode: isCommune(o.unitKind) ? (o.unitCode ?? undefined) : undefined,
    fullName: o.fullName,
    position: o.position,
    phone: o.phone,
    email: o.email,
    consentAt: o.consentAt.toISOString(),
    officerId: o.id,
  };
}

const ownedBy = (o: Officer, ctx: Ctx) => o.channel === ctx.in.channel && o.externalUserId === ctx.in.sender.id;

/** "You registered this before (#id): update that registration with these answers?" */
function offerOwnUpdate(own: Officer, text: string, otherLabel: string, step: string, value: unknown): Check<RegData> {
  return {
    ask: {
      text,
      options: [
        { value: `u${own.id}`, label: t.updateThat },
        { value: "n", label: otherLabel },
      ],
    },
    patch: { pending: { step, value } },
  };
}

/**
 * Quota check for the unit these answers describe, ignoring the registration being updated. When
 * the unit is full because of this person's own earlier registration, they may update that one.
 */
async function quotaCheck(d: RegData, ctx: Ctx, step: string, value: unknown): Promise<Check<RegData>> {
  if (!d.province || !d.unitKind) return undefined;
  const full = await unitFull(ctx.deps.store, { province: d.province, unitKind: d.unitKind, unitName: d.unitName, unitCode: d.unitCode }, d.officerId);
  if (!full) return undefined;
  const own = d.officerId === undefined ? full.holders.find((h) => ownedBy(h, ctx)) : undefined;
  if (own) {
    return offerOwnUpdate(own, t.ownUnitDuplicate(cardOf(own), own.id), t.otherUnit, step, value);
  }
  return { error: `${full.message}\n\n${t.fullPickAnother}` };
}

type Own<V> = { v: V; updateId?: number };

/**
 * Lets a step answer "update my earlier registration" (option u<id>) after its validation found one:
 * the pending answer is applied and the form from then on updates that registration.
 */
function ownUpdatable<V>(inner: FormStep<RegData, V>): FormStep<RegData, Own<V>> {
  return {
    ...inner,
    parse(input, d, ctx): Parsed<Own<V>> {
      const pending = d.pending?.step === inner.id ? d.pending : undefined;
      const update = input.option?.match(/^u(\d+)$/);
      if (update && pending) return { ok: true, value: { v: pending.value as V, updateId: Number(update[1]) } };
      if (input.option === "n" && pending) return { ok: false, ask: inner.prompt(d, ctx) };
      const r = inner.parse(input, d, ctx);
      return r.ok ? { ok: true, value: { v: r.value } } : r;
    },
    async validate(w, d, ctx) {
      if (w.updateId === undefined) return inner.validate?.(w.v, d, ctx);
      const mine = await ownRegistration(ctx.deps.store, owner(ctx), w.updateId);
      if (!mine) return { error: t.notYours, patch: { pending: undefined } };
      return inner.validate?.(w.v, { ...d, officerId: w.updateId }, ctx);
    },
    apply: (w, d, ctx) => inner.apply(w.v, { ...d, pending: undefined, ...(w.updateId !== undefined ? { officerId: w.updateId } : {}) }, ctx),
  };
}

// ── Steps ────────────────────────────────────────────────────────────────────────────────────

const provinceOption = (p: string): Option => ({ value: `p${PROVINCES.indexOf(p)}`, label: p });

/** A commune picked for another province does not move with it: it is asked again. */
function withProvince(d: RegData, province: string): RegData {
  const keep = !d.unitCode || communeByCode(d.unitCode)?.province === province;
  return keep ? { ...d, province } : { ...d, province, unitName: undefined, unitCode: undefined };
}

const provinceStep: FormStep<RegData, string> = {
  id: "pv",
  label: t.fields.province,
  answered: (d) => !!d.province,
  current: (d) => d.province,
  prompt: () => ({ text: t.prompts.province }),
  parse(input): Parsed<string> {
    if (input.option === "o") return { ok: false, ask: { text: t.prompts.provinceAgain } };
    const picked = input.option?.match(/^p(\d{1,2})$/);
    if (picked) {
      const p = PROVINCES[Number(picked[1])];
      if (p) return { ok: true, value: p };
    }
    const typed = cleanInput(input.text);
    if (!typed) return { ok: false, error: t.errors.provinceEmpty };
    const m = matchProvince(typed);
    const echo = typed.slice(0, MAX_ECHO);
    switch (m.kind) {
      case "exact":
        return { ok: true, value: m.province };
      case "former":
        return {
          ok: false,
          ask: {
            text: t.prompts.formerProvince(m.former, m.province),
            options: [{ value: provinceOption(m.province).value, label: t.prompts.formerYes(m.province) }, { value: "o", label: t.prompts.otherProvince }],
          },
        };
      case "ambiguous":
        return { ok: false, ask: { text: t.prompts.pickProvince(echo), options: m.candidates.slice(0, 8).map(provinceOption) } };
      case "none":
        return m.suggestions.length
          ? { ok: false, error: t.errors.provinceUnknown(echo, true), options: m.suggestions.map(provinceOption) }
          : { ok: false, error: `${t.errors.provinceUnknown(echo, false)} ${t.prompts.provinceAgain}` };
    }
  },
  validate: (province, d, ctx) => quotaCheck(withProvince(d, province), ctx, "pv", province),
  apply: (province, d) => withProvince(d, province),
};

/** The commune is kept while the answer stays "a commune" (its own kind comes from the list). */
function withKind(d: RegData, kind: UnitKind): RegData {
  const keep = isCommune(kind) && !!d.unitKind && isCommune(d.unitKind);
  return keep ? { ...d } : { ...d, unitKind: kind, unitName: undefined, unitCode: undefined };
}

const kindStep: FormStep<RegData, UnitKind> = {
  id: "kd",
  label: t.fields.unitKind,
  answered: (d) => !!d.unitKind,
  current: (d) => (d.unitKind ? kindLabel(d.unitKind) : undefined),
  prompt: () => ({ text: t.prompts.unitKind, options: UNIT_KINDS.map((k) => ({ value: k, label: t.unitKinds[k] })) }),
  parse(input) {
    const kind = isUnitKind(input.option) ? input.option : matchUnitKind(input.text);
    return kind ? { ok: true, value: kind } : { ok: false, error: t.errors.unitKind };
  },
  // A commune's name is kept only while the kind stays the same; otherwise it is asked again.
  validate: (kind, d, ctx) => quotaCheck(withKind(d, kind), ctx, "kd", kind),
  apply: (kind, d) => withKind(d, kind),
};

const unitNameStepId = "un";
const unitOption = (u: CommuneUnit): Option => ({ value: `c${u.code}`, label: u.name });

/** What the commune step says to a typed name, within the chosen province only. */
function parseCommune(typed: string, province: string): Parsed<string> {
  const m = matchCommune(province, typed);
  const echo = typed.slice(0, MAX_ECHO);
  switch (m.kind) {
    case "exact":
      return { ok: true, value: m.unit.code };
    case "former":
      return {
        ok: false,
        ask: { text: t.prompts.formerCommune(m.former, m.unit.name), options: [unitOption(m.unit), { value: "o", label: t.prompts.otherCommune }] },
      };
    case "choices":
      return { ok: false, ask: { text: t.prompts.pickCommune(echo, province), options: m.candidates.map(unitOption) } };
    case "none": {
      if (m.elsewhere.length) {
        const where = [...new Set(m.elsewhere.map((u) => u.province))];
        // Refused here, but one tap moves the form to the province the unit belongs to.
        const moves = m.elsewhere.slice(0, 4).map((u) => ({ value: `m${u.code}`, label: t.prompts.moveTo(u.name, u.province) }));
        return { ok: false, error: t.errors.communeElsewhere(echo, province, where), options: moves };
      }
      const text = t.errors.communeUnknown(echo, province, m.suggestions.length > 0);
      return m.suggestions.length ? { ok: false, error: text, options: m.suggestions.map(unitOption) } : { ok: false, error: text };
    }
  }
}

/** Name, code and kind from the list; the province too, when the person moved to the unit's own. */
const withUnit = (d: RegData, unit: CommuneUnit): RegData => ({
  ...d,
  province: unit.province,
  unitKind: kindOfUnit(unit.kind),
  unitName: unit.name,
  unitCode: unit.code,
});

const unitNameStep: FormStep<RegData, string> = {
  id: unitNameStepId,
  label: t.fields.unitName,
  skip: (d) => !!d.unitKind && isSo(d.unitKind),
  // A registration from before the list (no code) is asked to pick its unit again.
  answered: (d) => !!d.unitName && !!d.unitCode,
  current: (d) => d.unitName,
  prompt: (d) => ({ text: t.prompts.unitName(d.unitKind ?? "xa", d.province ?? "") }),
  parse(input, d) {
    const province = d.province ?? "";
    if (input.option === "o") return { ok: false, ask: { text: t.prompts.communeAgain(province) } };
    const picked = input.option?.match(/^([cm])(\d{5})$/);
    const unit = picked ? communeByCode(picked[2]!) : undefined;
    if (unit && (unit.province === province || picked![1] === "m")) return { ok: true, value: unit.code };
    const typed = cleanInput(input.text);
    if (!typed) return { ok: false, error: t.errors.unitName.empty! };
    if (typed.length > 80) return { ok: false, error: t.errors.unitName.tooLong! };
    if (/^[\d\s.,-]+$/.test(typed)) return { ok: false, error: t.errors.unitName.digits! };
    return parseCommune(typed, province);
  },
  validate(code, d, ctx) {
    const unit = communeByCode(code)!;
    return quotaCheck(withUnit(d, unit), ctx, unitNameStepId, code);
  },
  apply: (code, d) => withUnit(d, communeByCode(code)!),
};

const fullNameStep: FormStep<RegData, string> = {
  id: "fn",
  label: t.fields.fullName,
  answered: (d) => !!d.fullName,
  current: (d) => d.fullName,
  prompt: () => ({ text: t.prompts.fullName }),
  parse(input) {
    const r = parsePersonName(input.text);
    return r.ok ? r : { ok: false, error: t.errors.fullName[r.reason]! };
  },
  apply: (fullName, d) => ({ ...d, fullName }),
};

const positionStep: FormStep<RegData, string> = {
  id: "po",
  label: t.fields.position,
  answered: (d) => !!d.position,
  current: (d) => d.position,
  prompt: () => ({ text: t.prompts.position }),
  parse(input) {
    const r = parseShortText(input.text, 2, 100);
    return r.ok ? r : { ok: false, error: t.errors.position[r.reason]! };
  },
  apply: (position, d) => ({ ...d, position }),
};

/** The phone step; officers are offered to update their own earlier registration with that number. */
function phoneStep(offerOwn: boolean): FormStep<RegData, string> {
  return {
    id: "ph",
    label: t.fields.phone,
    answered: (d) => !!d.phone,
    current: (d) => d.phone,
    prompt: () => ({ text: t.prompts.phone }),
    parse(input) {
      const r = parseVnMobile(input.text);
      return r.ok ? r : { ok: false, error: t.errors.phone[r.reason]! };
    },
    async validate(phone, d, ctx) {
      const others = await activeByPhone(ctx.deps.store, phone, d.officerId);
      if (!others.length) return undefined;
      const own = offerOwn && d.officerId === undefined ? others.find((o) => ownedBy(o, ctx)) : undefined;
      if (!own) return { error: t.errors.phoneTaken };
      return offerOwnUpdate(own, t.phoneOwnDuplicate(cardOf(own), own.id), t.otherPhone, "ph", phone);
    },
    apply: (phone, d) => ({ ...d, phone }),
  };
}

const emailStep: FormStep<RegData, string> = {
  id: "em",
  label: t.fields.email,
  answered: (d) => !!d.email,
  current: (d) => d.email,
  prompt: () => ({ text: t.prompts.email }),
  parse(input) {
    const r = parseEmail(input.text);
    return r.ok ? r : { ok: false, error: t.errors.email };
  },
  apply: (email, d) => ({ ...d, email }),
};

function consentStep(texts: { prompt: (ctx: Ctx) => string; yes: string; no: string; declined: string }): FormStep<RegData, true> {
  return {
    id: "cs",
    label: t.fields.consent,
    editable: false,
    answered: (d) => !!d.consentAt,
    // Given once, consent covers later updates of the same registration.
    skip: (d) => !!d.consentAt && d.officerId !== undefined,
    prompt: (_d, ctx) => ({ text: texts.prompt(ctx), options: [{ value: "y", label: texts.yes }, { value: "n", label: texts.no }] }),
    parse(input) {
      const yes = input.option === "y" ? true : input.option === "n" ? false : parseYesNo(input.text);
      if (yes === true) return { ok: true, value: true };
      if (yes === false) return { ok: false, stop: texts.declined };
      return { ok: false, error: t.errors.consent };
    },
    apply: (_v, d, ctx) => ({ ...d, consentAt: ctx.deps.clock.now().toISOString() }),
  };
}

// ── Saving ───────────────────────────────────────────────────────────────────────────────────

type SaveOutcome =
  | { kind: "created"; id: number; late: boolean }
  | { kind: "updated"; id: number }
  | { kind: "full"; message: string }
  | { kind: "phone" };

async function saveRegistration(d: RegData, ctx: Ctx): Promise<SaveOutcome> {
  const { store } = ctx.deps;
  const kind = d.unitKind!;
  const unit = { province: d.province!, unitKind: kind, unitName: d.unitName, unitCode: isCommune(kind) ? d.unitCode : undefined };
  const fields: RegistrationFields = {
    province: unit.province,
    unitKind: kind,
    unitName: unitNameOf(unit),
    unitCode: unit.unitCode ?? null,
    fullName: d.fullName!,
    position: d.position!,
    phone: d.phone!,
    email: d.email!,
    role: roleOf(kind),
  };
  try {
    return await saveChecked(d, ctx, unit, fields);
  } catch (err) {
    // The unique unit code: another process filled the commune between the check and the write.
    if ((err as { code?: string }).code !== "P2002") throw err;
    const full = await unitFull(store, unit, d.officerId);
    if (full) return { kind: "full", message: full.message };
    throw err;
  }
}

async function saveChecked(d: RegData, ctx: Ctx, unit: UnitRef, fields: RegistrationFields): Promise<SaveOutcome> {
  const { store, clock, config } = ctx.deps;
  const now = clock.now();
  // One transaction holding the unit's quota lock: the quota and duplicate checks hold at the
  // moment of writing, on every instance.
  return withQuotaLock(store, quotaLockKey(unit.province, unit.unitKind, isSo(unit.unitKind)), now, async (tx): Promise<SaveOutcome> => {
    const full = await unitFull(tx, unit, d.officerId);
    if (full) return { kind: "full", message: full.message };
    if ((await activeByPhone(tx, fields.phone, d.officerId)).length) return { kind: "phone" };
    const existing = d.officerId !== undefined ? await ownRegistration(tx, owner(ctx), d.officerId) : null;
    if (existing) {
      // consentAt: the original one for an edit, a fresh one when this form asked for consent again.
      await updateRegistration(tx, existing.id, fields, d.consentAt ? new Date(d.consentAt) : undefined);
      return { kind: "updated", id: existing.id };
    }
    const late = isLate(now, config.REGISTRATION_DEADLINE, config.TZ);
    const id = await createRegistration(tx, {
      ...fields,
      channel: ctx.in.channel,
      externalUserId: ctx.in.sender.id,
      late,
      consentAt: d.consentAt ? new Date(d.consentAt) : now,
      createdAt: now,
    });
    return { kind: "created", id, late };
  });
}

function summaryOf(d: RegData, ctx: Ctx): string {
  const { config, clock } = ctx.deps;
  const late = d.officerId === undefined && isLate(clock.now(), config.REGISTRATION_DEADLINE, config.TZ);
  return t.summary(regCard(d), late ? t.summaryLate(deadlineShown(ctx)) : undefined);
}

export function createRegistrationForm(): Form<RegData> {
  return createForm<RegData>({
    feature: FEATURE,
    id: "r",
    texts: t.form,
    steps: [
      ownUpdatable(provinceStep),
      ownUpdatable(kindStep),
      ownUpdatable(unitNameStep),
      fullNameStep,
      positionStep,
      ownUpdatable(phoneStep(true)),
      emailStep,
      consentStep({ prompt: (ctx) => t.prompts.consent(deadlineShown(ctx)), yes: t.prompts.consentYes, no: t.prompts.consentNo, declined: t.consentDeclined }),
    ],
    summary: summaryOf,
    async submit(d, ctx) {
      const r = await saveRegistration(d, ctx);
      const log = ctx.deps.log;
      switch (r.kind) {
        case "full":
          return { done: false, replies: [{ text: r.message }] };
        case "phone":
          return { done: false, replies: [{ text: t.errors.phoneTaken }] };
        case "updated":
          log.info({ officerId: r.id, province: d.province, unitKind: d.unitKind }, "registration updated");
          return { done: true, replies: [{ text: t.updated(r.id) }] };
        case "created": {
          log.info({ officerId: r.id, province: d.province, unitKind: d.unitKind, late: r.late }, "registration created");
          const replies: Reply[] = [{ text: t.saved(r.id, roleLabel(roleOf(d.unitKind!))) }];
          if (r.late) replies.push({ text: t.savedLate(deadlineShown(ctx)) });
          return { done: true, replies };
        }
      }
    },
  });
}

/** An admin puts the replacement named in the unit's letter in place of an existing registration. */
export function createReplacementForm(deps: { outbox: Outbox }): Form<RegData> {
  return createForm<RegData>({
    feature: FEATURE,
    id: "t",
    texts: t.form,
    steps: [
      fullNameStep,
      positionStep,
      phoneStep(false),
      emailStep,
      consentStep({
        prompt: () => t.admin.replaceConsent,
        yes: t.admin.replaceConsentYes,
        no: t.admin.replaceConsentNo,
        declined: t.admin.replaceDeclined,
      }),
    ],
    summary: (d) => t.admin.replaceSummary(d.replacing ?? "", regCard(d)),
    async submit(d, ctx) {
      const { store, clock, log } = ctx.deps;
      const id = d.officerId!;
      const actor = `${ctx.in.channel}:${ctx.in.sender.id}`;
      const replacement = {
        fullName: d.fullName!,
        position: d.position!,
        phone: d.phone!,
        email: d.email!,
        consentAt: d.consentAt ? new Date(d.consentAt) : clock.now(),
      };
      const result = await replaceRegistration(store, id, replacement, { actor, at: clock.now() });
      if (result.kind === "gone") return { done: true, replies: [{ text: t.admin.replaceGone }] };
      if (result.kind === "phone") return { done: false, replies: [{ text: t.errors.phoneTaken }] };
      log.info({ officerId: id, province: result.old.province }, "registration replaced by an admin");
      await notifyHolder(ctx, deps.outbox, result.old, "replaced");
      return { done: true, replies: [{ text: t.admin.replaced(id) }] };
    },
  });
}

