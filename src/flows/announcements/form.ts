// The /thongbao form on the shared form engine: text → audience → provinces → when → preview.
// The number of chats is computed when the audience or provinces are answered (async checks) and
// kept with the answers, so the preview can show it.
import type { Ctx } from "../../bot/context.js";
import { announcements as t } from "../../messages/index.js";
import type { AudienceCode, ReachView } from "../../messages/announcements.js";
import { createForm, type Check, type Form, type FormStep, type Parsed, type SubmitResult } from "../forms/engine.js";
import { AUDIENCE_CODES, isAudience } from "./audience.js";
import { checkText, hasMarkup, MAX_TEXT, parseProvinces, renderMessage, type AnnouncementService } from "./service.js";
import { parseWhen, showLocal } from "./when.js";

export const FEATURE = "ann";

export interface AnnData {
  text?: string;
  audience?: AudienceCode;
  /** Canonical names; [] = every province. */
  provinces?: string[];
  /** Former names typed, mapped to the current unit (shown in the preview). */
  former?: { former: string; province: string }[];
  /** "now" or an ISO instant. */
  when?: string;
  /** The time as shown to the admin, in the business zone. */
  whenLabel?: string;
  reach?: ReachView;
  /** Editing a scheduled announcement instead of creating one. */
  editingId?: number;
  /** E.g. "kb:<slug>" for a new letter. */
  source?: string;
}

export const whenShown = (when: string | undefined, tz: string): string => {
  if (!when || when === "now") return t.nowShown;
  const s = showLocal(new Date(when), tz);
  return t.atShown(s.time, s.date);
};

export const actorOf = (ctx: Ctx) => `${ctx.in.channel}:${ctx.in.sender.id}`;

type Reach = (audience: AudienceCode, provinces: string[]) => Promise<ReachView>;

/** Counts the chats once both parts of the audience are known; 0 is refused at once. */
async function withReach<V extends { reach?: ReachView }>(reachOf: Reach, value: V, audience?: AudienceCode, provinces?: string[]): Promise<Check<AnnData>> {
  if (!audience || !provinces) return undefined;
  const reach = await reachOf(audience, provinces);
  if (reach.total === 0) return { error: t.noRecipients };
  // The value is the step's own parsed answer: `apply` copies the count into the answers.
  value.reach = reach;
  return undefined;
}

const textStep: FormStep<AnnData, string> = {
  id: "t",
  label: t.fields.text,
  answered: (d) => !!d.text,
  current: (d) => d.text,
  prompt: () => ({ text: t.askText(MAX_TEXT) }),
  parse(input): Parsed<string> {
    const r = checkText(input.text);
    if (r.ok) return { ok: true, value: r.text };
    return { ok: false, error: r.reason === "empty" ? t.textEmpty : t.textTooLong(r.length, r.max) };
  },
  apply: (text, d) => ({ ...d, text }),
};

function audienceStep(reachOf: Reach): FormStep<AnnData, { audience: AudienceCode; reach?: ReachView }> {
  const options = AUDIENCE_CODES.map((c) => ({ value: c, label: t.audienceOptions[c] }));
  return {
    id: "a",
    label: t.fields.audience,
    answered: (d) => !!d.audience,
    current: (d) => (d.audience ? t.audienceOptions[d.audience] : undefined),
    prompt: () => ({ text: t.askAudience, options }),
    parse(input) {
      if (isAudience(input.option)) return { ok: true, value: { audience: input.option } };
      return { ok: false, error: t.form.chooseOption, options };
    },
    validate: (v, d) => withReach(reachOf, v, v.audience, d.provinces),
    apply: (v, d) => ({ ...d, audience: v.audience, reach: v.reach ?? d.reach }),
  };
}

type ProvinceValue = { provinces: string[]; former: AnnData["former"]; reach?: ReachView };

function provincesStep(reachOf: Reach): FormStep<AnnData, ProvinceValue> {
  const allOption = [{ value: "all", label: t.allProvinces }];
  return {
    id: "p",
    label: t.fields.provinces,
    answered: (d) => d.provinces !== undefined,
    current: (d) => (d.provinces ? (d.provinces.length ? d.provinces.join(", ") : t.allProvinces) : undefined),
    prompt: () => ({ text: t.askProvinces, options: allOption }),
    parse(input) {
      if (input.option === "all") return { ok: true, value: { provinces: [], former: [] } };
      const r = parseProvinces(input.text);
      if (r.ok) return { ok: true, value: { provinces: r.provinces, former: r.former } };
      if (r.reason === "empty") return { ok: false, error: t.provincesEmpty };
      if (r.reason === "unknown") return { ok: false, error: t.unknownProvince(r.typed, r.suggestions) };
      return { ok: false, error: t.ambiguousProvince(r.typed, r.candidates) };
    },
    validate: (v, d) => withReach(reachOf, v, d.audience, v.provinces),
    apply: (v, d) => ({ ...d, provinces: v.provinces, former: v.former, reach: v.reach ?? d.reach }),
  };
}

const nowOption = [{ value: "now", label: t.sendNow }];
const whenStep: FormStep<AnnData, string> = {
  id: "w",
  label: t.fields.when,
  answered: (d) => !!d.when,
  current: (d) => d.whenLabel,
  prompt: () => ({ text: t.askWhen, options: nowOption }),
  parse(input, _d, ctx) {
    if (input.option === "now") return { ok: true, value: "now" };
    const tz = ctx.deps.config.TZ;
    const r = parseWhen(input.text, ctx.deps.clock.now(), tz);
    if (r.ok) return { ok: true, value: r.at === "now" ? "now" : r.at.toISOString() };
    const error =
      r.reason === "past" && r.at
        ? t.whenPast(`${showLocal(r.at, tz).time} ${showLocal(r.at, tz).date}`)
        : r.reason === "tooFar"
          ? t.whenTooFar(60)
          : r.reason === "badDate"
            ? t.whenBadDate
            : t.whenFormat;
    return { ok: false, error, options: nowOption };
  },
  apply: (when, d, ctx) => ({ ...d, when, whenLabel: whenShown(when, ctx.deps.config.TZ) }),
};

/** The preview: the message exactly as it goes out, who gets it and when. */
function preview(d: AnnData, ctx: Ctx): string {
  const notes = d.former?.length ? `${t.formerNames(d.former)}\n\n` : "";
  return (
    notes +
    t.preview({
      message: renderMessage(d.text ?? ""),
      audience: d.audience ?? "all",
      provinces: d.provinces ?? [],
      when: whenShown(d.when, ctx.deps.config.TZ),
      reach: d.reach ?? { total: 0, telegram: 0, zalo: 0, shell: 0, unreachable: 0 },
      markupNote: hasMarkup(d.text ?? ""),
    })
  );
}

/** Queues the announcement (or its new revision) and words the outcome. */
async function submit(service: AnnouncementService, d: AnnData, ctx: Ctx): Promise<SubmitResult> {
  const draft = {
    text: d.text ?? "",
    audience: d.audience ?? "all",
    provinces: d.provinces ?? [],
    at: d.when && d.when !== "now" ? new Date(d.when) : undefined,
    source: d.source,
  };
  const r = d.editingId ? await service.update(d.editingId, draft, actorOf(ctx)) : await service.create(draft, actorOf(ctx));
  const tz = ctx.deps.config.TZ;
  if (r.ok) {
    const shown = whenShown(d.when, tz);
    if (d.editingId) return { done: true, replies: [{ text: t.updated(r.id, r.total, shown) }] };
    return { done: true, replies: [{ text: draft.at ? t.queuedAt(r.id, r.total, shown) : t.queuedNow(r.id, r.total) }] };
  }
  if (r.reason === "started" && d.editingId) return { done: true, replies: [{ text: t.editTooLate(d.editingId) }] };
  if (r.reason === "notFound") return { done: true, replies: [{ text: t.notFound(String(d.editingId ?? "")) }] };
  if (r.reason === "past") return { done: false, replies: [{ text: t.submitPast }] };
  if (r.reason === "noRecipients") return { done: false, replies: [{ text: t.submitNoRecipients }] };
  return { done: false, replies: [{ text: r.reason === "empty" ? t.textEmpty : t.textTooLong((d.text ?? "").length, MAX_TEXT) }] };
}

export function createAnnouncementForm(service: AnnouncementService): Form<AnnData> {
  const reachOf: Reach = (audience, provinces) => service.reach({ audience, provinces });
  return createForm<AnnData>({
    feature: FEATURE,
    id: "a",
    steps: [textStep, audienceStep(reachOf), provincesStep(reachOf), whenStep],
    texts: t.form,
    summary: preview,
    submit: (d, ctx) => submit(service, d, ctx),
  });
}
