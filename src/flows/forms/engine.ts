// A small persisted form engine shared by every channel. A form is an ordered list of steps, each
// with a prompt, a parser and an optional (async) validation; answers live in the flow state
// (ctx.flow) after every step, so a restart resumes exactly where the person left off. The engine
// owns no wording: every text comes from the form definition (the message catalog).
import type { Ctx, FlowStateValue } from "../../bot/context.js";
import type { Reply, ReplyChoice } from "../../bot/types.js";
import { fold } from "../../text.js";

/** One option a step offers; `value` becomes part of a choice id, so keep it short. */
export interface Option {
  value: string;
  label: string;
}

export interface Prompt {
  text: string;
  options?: Option[];
}

export interface StepInput {
  /** What the person typed (cleaned by the router); empty for a button press. */
  text: string;
  /** Value of an option this step offered: a button, a typed number or the typed label. */
  option?: string;
}

export type Parsed<V> =
  | { ok: true; value: V }
  /** Bad input: the explanation, then the step's question again (or these options instead). */
  | { ok: false; error: string; options?: Option[] }
  /** A follow-up question on the same step, e.g. "did you mean …?". */
  | { ok: false; ask: Prompt }
  /** The person declined (e.g. consent): the form ends here, nothing is saved. */
  | { ok: false; stop: string };

/** What an async validation can say about a parsed value; undefined means accepted. */
export type Check<D> =
  | undefined
  | { error: string; options?: Option[]; patch?: Partial<D> }
  | { ask: Prompt; patch?: Partial<D> };

export interface FormStep<D, V = unknown> {
  /** Short id (a few letters): it is stored and goes into choice ids. */
  id: string;
  /** Field name, for the edit picker and the resume offer. */
  label: string;
  /** Not asked for these answers (derived or implied). */
  skip?(data: D): boolean;
  answered(data: D): boolean;
  /** Current value shown when the form is re-entered pre-filled. */
  current?(data: D): string | undefined;
  prompt(data: D, ctx: Ctx): Prompt;
  parse(input: StepInput, data: D, ctx: Ctx): Parsed<V>;
  validate?(value: V, data: D, ctx: Ctx): Promise<Check<D>>;
  apply(value: V, data: D, ctx: Ctx): D;
  /** Offered in "edit one field" (default true). */
  editable?: boolean;
}

export interface FormTexts {
  stepHeader(n: number, total: number): string;
  currentValue(value: string): string;
  keep: string;
  confirm: string;
  edit: string;
  cancel: string;
  pickField: string;
  reenterAll: string;
  backToSummary: string;
  cancelled: string;
  stale: string;
  chooseOption: string;
  resume(stepLabel: string): string;
  continue: string;
  summaryStep: string;
}

export type SubmitResult = { done: true; replies: Reply[] } | { done: false; replies: Reply[] };

export interface FormDefinition<D> {
  /** Feature name: the choice prefix and the flow name in FlowState. */
  feature: string;
  /** Form id (one letter or two), so one feature can run several forms. */
  id: string;
  // Each step has its own value type; the list holds them all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  steps: FormStep<D, any>[];
  texts: FormTexts;
  summary(data: D, ctx: Ctx): string;
  /** Saves the answers; `done: false` keeps the person on the summary (e.g. a quota filled meanwhile). */
  submit(data: D, ctx: Ctx): Promise<SubmitResult>;
}

interface Meta {
  /** Options offered last on this step, so a typed label can be matched. */
  offered?: Option[];
  /** Re-entering a pre-filled form: visit every step, offering "keep". */
  review?: boolean;
}

interface Stored<D> {
  form: string;
  a: D;
  m: Meta;
}

export const SUMMARY = "$s";
const EDIT = "$e";
const RESUME = "$r";
const KEEP = "=";

export interface StartOptions {
  /** Step to open at, or "edit" for the field picker, or "summary". */
  at?: string | "edit" | "summary";
  review?: boolean;
  /** Replies sent before the first question. */
  intro?: Reply[];
}

export interface Form<D> {
  readonly id: string;
  /** True when this flow state belongs to this form. */
  owns(state: FlowStateValue | undefined): boolean;
  /** True when a choice id is addressed to this form. */
  ownsChoice(choiceId: string): boolean;
  start(ctx: Ctx, initial: D, opts?: StartOptions): Promise<Reply[]>;
  /** Handles typed text or a choice id of this form. */
  handle(state: FlowStateValue, ctx: Ctx, input: { text: string; choice?: string }): Promise<Reply[]>;
  /** The current question again ("continue"). */
  current(state: FlowStateValue, ctx: Ctx): Reply;
  /** A short offer to go on after a detour. */
  resumeOffer(state: FlowStateValue, ctx: Ctx): Reply;
  answers(state: FlowStateValue): D;
}

/** "Đúng, Thành phố Hồ Chí Minh" can be answered "đúng": the part before a comma or colon. */
function labelHead(label: string): string {
  return fold(label.split(/[,:(]/, 1)[0] ?? "").replace(/[^\p{L}\p{N} ]/gu, "").trim();
}
const labelKey = (s: string) => fold(s).replace(/[^\p{L}\p{N} ]/gu, "").trim();

/** Maps typed text to an offered option: the full label, or its head ("đúng"). */
function typedOption(text: string, offered: Option[] | undefined): string | undefined {
  if (!text || !offered?.length) return undefined;
  const key = labelKey(text);
  if (!key) return undefined;
  const hit = offered.find((o) => labelKey(o.label) === key) ?? offered.find((o) => labelHead(o.label) === key);
  return hit?.value;
}

interface Navigation<D> {
  show(ctx: Ctx, stepId: string, a: D, m: Meta, lead?: string, override?: Prompt): Promise<Reply[]>;
  advance(ctx: Ctx, a: D, m: Meta, from: string): Promise<Reply[]>;
}

/** An answer to a step: kept, refused with an explanation, asked about, or taken (then the next step). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function answerStep<D>(step: FormStep<D, any>, input: StepInput, a: D, m: Meta, ctx: Ctx, nav: Navigation<D>): Promise<Reply[]> {
  const { show, advance } = nav;
  if (input.option === KEEP && step.answered(a)) return advance(ctx, a, m, step.id);
  const parsed = step.parse(input, a, ctx);
  if (!parsed.ok) {
    if ("stop" in parsed) {
      await ctx.flow.clear();
      return [{ text: parsed.stop }];
    }
    if ("ask" in parsed) return show(ctx, step.id, a, m, undefined, parsed.ask);
    if (parsed.options?.length) return show(ctx, step.id, a, m, undefined, { text: parsed.error, options: parsed.options });
    return show(ctx, step.id, a, m, parsed.error);
  }
  const check = await step.validate?.(parsed.value, a, ctx);
  if (check) {
    const patched = { ...a, ...(check.patch ?? {}) } as D;
    if ("ask" in check) return show(ctx, step.id, patched, m, undefined, check.ask);
    if (check.options?.length) return show(ctx, step.id, patched, m, undefined, { text: check.error, options: check.options });
    return show(ctx, step.id, patched, m, check.error);
  }
  return advance(ctx, step.apply(parsed.value, a, ctx), m, step.id);
}

/** "Go on with the form?" after a detour, naming the step (or the summary) it stopped at. */
function resumeOffer(texts: FormTexts, prefix: string, stepLabel: string | undefined): Reply {
  return {
    text: texts.resume(stepLabel ?? texts.summaryStep),
    choices: [
      { id: `${prefix}${RESUME}:go`, label: texts.continue },
      { id: `${prefix}${RESUME}:x`, label: texts.cancel },
    ],
  };
}

/** What a form shows: which step comes next, and each step, the summary and the edit picker rendered. */
function formView<D extends object>(def: FormDefinition<D>, prefix: string, stepById: Map<string, FormStep<D, unknown>>) {
  const { texts } = def;
  const choiceId = (step: string, value: string) => `${prefix}${step}:${value}`;
  const toChoices = (step: string, options: Option[]): ReplyChoice[] =>
    options.map((o) => ({ id: choiceId(step, o.value), label: o.label }));

  const visible = (a: D) => def.steps.filter((s) => !s.skip?.(a));

  /** Next step to ask, or the summary. */
  function nextStep(a: D, m: Meta, from?: string): string {
    const steps = visible(a);
    if (m.review && from !== undefined) {
      const i = steps.findIndex((s) => s.id === from);
      const after = steps[i + 1];
      if (after) return after.id;
    }
    return steps.find((s) => !s.answered(a))?.id ?? SUMMARY;
  }

  function renderSummary(a: D, ctx: Ctx): { reply: Reply; offered: Option[] } {
    const options: Option[] = [
      { value: "ok", label: texts.confirm },
      { value: "ed", label: texts.edit },
      { value: "x", label: texts.cancel },
    ];
    return { reply: { text: def.summary(a, ctx), choices: toChoices(SUMMARY, options) }, offered: options };
  }

  function renderEditPicker(a: D): { reply: Reply; offered: Option[] } {
    const options: Option[] = [
      ...visible(a)
        .filter((s) => s.editable !== false)
        .map((s) => ({ value: s.id, label: s.label })),
      { value: "all", label: texts.reenterAll },
      { value: "back", label: texts.backToSummary },
    ];
    return { reply: { text: texts.pickField, choices: toChoices(EDIT, options) }, offered: options };
  }

  /** The question of a step, with its number and, when re-entering, the current value. */
  function renderStep(stepId: string, a: D, ctx: Ctx, lead?: string, override?: Prompt): { reply: Reply; offered: Option[] } {
    if (stepId === SUMMARY) return withLead(renderSummary(a, ctx), lead);
    if (stepId === EDIT) return withLead(renderEditPicker(a), lead);
    const step = stepById.get(stepId)!;
    const steps = visible(a);
    const n = steps.findIndex((s) => s.id === stepId) + 1;
    const prompt = override ?? step.prompt(a, ctx);
    const parts: string[] = [];
    if (lead) parts.push(lead);
    const head = `${texts.stepHeader(Math.max(n, 1), steps.length)}. ${prompt.text}`;
    parts.push(override ? prompt.text : head);
    const options = [...(prompt.options ?? [])];
    const current = step.current?.(a);
    // Editing or re-entering an answered step: show what is there and let it be kept.
    if (!override && step.answered(a) && current) {
      parts.push(texts.currentValue(current));
      options.unshift({ value: KEEP, label: texts.keep });
    }
    const reply: Reply = { text: parts.join("\n\n") };
    if (options.length) reply.choices = toChoices(stepId, options);
    return { reply, offered: options };
  }

  function withLead(r: { reply: Reply; offered: Option[] }, lead?: string) {
    return lead ? { ...r, reply: { ...r.reply, text: `${lead}\n\n${r.reply.text}` } } : r;
  }

  return { visible, nextStep, renderSummary, renderStep };
}

export function createForm<D extends object>(def: FormDefinition<D>): Form<D> {
  const { texts } = def;
  const prefix = `${def.feature}:f:${def.id}:`;
  const stepById = new Map(def.steps.map((s) => [s.id, s]));

  function stored(state: FlowStateValue): Stored<D> {
    const s = state.data as unknown as Partial<Stored<D>>;
    return { form: def.id, a: (s.a ?? {}) as D, m: s.m ?? {} };
  }

  async function save(ctx: Ctx, step: string, a: D, m: Meta): Promise<void> {
    const data: Stored<D> = { form: def.id, a, m };
    await ctx.flow.save({ flow: def.feature, step, data: data as unknown as Record<string, unknown> });
  }

  const { visible, nextStep, renderSummary, renderStep } = formView(def, prefix, stepById);

  async function show(ctx: Ctx, stepId: string, a: D, m: Meta, lead?: string, override?: Prompt): Promise<Reply[]> {
    const r = renderStep(stepId, a, ctx, lead, override);
    await save(ctx, stepId, a, { ...m, offered: r.offered });
    return [r.reply];
  }

  async function advance(ctx: Ctx, a: D, m: Meta, from: string): Promise<Reply[]> {
    const next = nextStep(a, m, from);
    // Leaving review mode at the summary: a later single-field edit goes straight back.
    const meta: Meta = next === SUMMARY ? {} : { review: m.review };
    return show(ctx, next, a, meta);
  }

  async function onSummary(option: string | undefined, a: D, m: Meta, ctx: Ctx): Promise<Reply[]> {
    if (option === "ok") {
      // Never submit an incomplete form (e.g. an answer cleared by an edit).
      const missing = nextStep(a, {});
      if (missing !== SUMMARY) return show(ctx, missing, a, {});
      const result = await def.submit(a, ctx);
      if (result.done) {
        await ctx.flow.clear();
        return result.replies;
      }
      const summary = renderSummary(a, ctx);
      await save(ctx, SUMMARY, a, { offered: summary.offered });
      return [...result.replies, summary.reply];
    }
    if (option === "ed") return show(ctx, EDIT, a, {});
    if (option === "x") {
      await ctx.flow.clear();
      return [{ text: texts.cancelled }];
    }
    return show(ctx, SUMMARY, a, m, texts.chooseOption);
  }

  async function onEditPicker(option: string | undefined, a: D, m: Meta, ctx: Ctx): Promise<Reply[]> {
    if (option === "all") {
      const first = visible(a)[0]!.id;
      return show(ctx, first, a, { review: true });
    }
    if (option === "back") return show(ctx, SUMMARY, a, {});
    if (option && stepById.has(option)) return show(ctx, option, a, {});
    return show(ctx, EDIT, a, m, texts.chooseOption);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const onStep = (step: FormStep<D, any>, input: StepInput, a: D, m: Meta, ctx: Ctx) => answerStep(step, input, a, m, ctx, { show, advance });

  function current(state: FlowStateValue, ctx: Ctx): Reply {
    const s = stored(state);
    return renderStep(state.step, s.a, ctx).reply;
  }

  return {
    id: def.id,
    owns: (state) => !!state && state.flow === def.feature && (state.data as { form?: string }).form === def.id,
    ownsChoice: (id) => id.startsWith(prefix),

    async start(ctx, initial, opts = {}) {
      const m: Meta = { review: opts.review };
      const at = opts.at === "edit" ? EDIT : opts.at === "summary" ? SUMMARY : (opts.at ?? nextStep(initial, {}));
      const first = opts.review && !opts.at ? visible(initial)[0]!.id : at;
      return [...(opts.intro ?? []), ...(await show(ctx, first, initial, m))];
    },

    async handle(state, ctx, input) {
      const s = stored(state);
      let option: string | undefined;
      if (input.choice) {
        const [step, ...rest] = input.choice.slice(prefix.length).split(":");
        const value = rest.join(":");
        if (step === RESUME) {
          if (value === "x") {
            await ctx.flow.clear();
            return [{ text: texts.cancelled }];
          }
          return [current(state, ctx)];
        }
        // A button of an earlier question: answer with the question that is open now.
        if (step !== state.step) return [{ ...current(state, ctx), text: `${texts.stale}\n\n${current(state, ctx).text}` }];
        option = value;
      } else {
        if (labelKey(input.text) === labelKey(texts.continue)) return [current(state, ctx)];
        option = typedOption(input.text, s.m.offered);
      }
      if (state.step === SUMMARY) return onSummary(option, s.a, s.m, ctx);
      if (state.step === EDIT) return onEditPicker(option, s.a, s.m, ctx);
      const step = stepById.get(state.step);
      if (!step) return show(ctx, nextStep(s.a, {}), s.a, {});
      return onStep(step, { text: input.choice ? "" : input.text, option }, s.a, s.m, ctx);
    },

    current,

    resumeOffer: (state) => resumeOffer(texts, prefix, state.step === SUMMARY || state.step === EDIT ? undefined : stepById.get(state.step)?.label),

    answers: (state) => stored(state).a,
  };
}
