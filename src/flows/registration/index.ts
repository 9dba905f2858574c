// Contact-officer registration: 2 coordinating officers per provincial Sở, 1 system administrator
// per commune-level unit, collected in the chat officers already use (private chat only), with the
// officer's own view/edit/delete and the ministry's roster tools.
import type { Ctx, Feature, FlowStateValue } from "../../bot/context.js";
import type { Outbox } from "../../bot/outbox.js";
import type { Reply } from "../../bot/types.js";
import { common, registration as t } from "../../messages/index.js";
import type { Form } from "../forms/engine.js";
import { looksLikeQuestion } from "../forms/parsers.js";
import { createAdminTools, type AdminTools } from "./admin.js";
import { createRegistrationForm, createReplacementForm, dataFromOfficer, FEATURE, type RegData } from "./form.js";
import { cardOf } from "./rules.js";
import { showIsoDate } from "./time.js";
import { forgetDisplayName } from "../../store/chats-people.js";
import { holdsPersonalData } from "../../store/erase.js";
import { eraseOwnRegistrations, ownRegistration, ownRegistrations, type Officer } from "../../store/officers.js";
import { sweepExpiredForms } from "../../store/flow-state.js";

export interface RegistrationDeps {
  outbox: Outbox;
}

/** How many of a person's registrations get their own button. */
const BUTTONS = 5;

/** The registration form, the admins' replacement form and the admin tools. */
interface Parts {
  form: Form<RegData>;
  forms: Form<RegData>[];
  admin: AdminTools;
}

const owner = (ctx: Ctx) => ({ channel: ctx.in.channel, userId: ctx.in.sender.id });
const isPrivate = (ctx: Ctx) => ctx.in.chat.kind === "private";
const entries = (mine: Officer[]) => mine.map((o) => t.profileEntry(o.id, cardOf(o), o.late));
const editChoices = (mine: Officer[]) => mine.slice(0, BUTTONS).map((o) => ({ id: `${FEATURE}:e:${o.id}`, label: t.editRegistration(o.id) }));

/** Unfinished forms hold personal data: drop the expired ones rather than wait for their owner. */
async function sweepExpired(ctx: Ctx): Promise<void> {
  await sweepExpiredForms(ctx.deps.store, FEATURE, ctx.deps.clock.now());
}

async function startFresh(form: Form<RegData>, ctx: Ctx): Promise<Reply[]> {
  return form.start(ctx, {}, { intro: [{ text: t.intro(showIsoDate(ctx.deps.config.REGISTRATION_DEADLINE)) }] });
}

/** /dangky and the /start menu entry. */
async function start(form: Form<RegData>, ctx: Ctx): Promise<Reply[]> {
  if (!isPrivate(ctx)) return [{ text: t.groupUsePrivate }];
  await sweepExpired(ctx);
  const state = await ctx.flow.get();
  if (state && form.owns(state)) {
    const current = form.current(state, ctx);
    return [{ ...current, text: `${t.inProgress}\n\n${current.text}` }];
  }
  const mine = await ownRegistrations(ctx.deps.store, owner(ctx));
  if (!mine.length) return startFresh(form, ctx);
  return [
    {
      text: t.alreadyRegistered(entries(mine)),
      choices: [...editChoices(mine), { id: `${FEATURE}:new`, label: t.registerAnother }],
    },
  ];
}

/** /hoso: the person's own registrations; in a group the answer goes to the private chat. */
async function profile(ctx: Ctx): Promise<Reply[]> {
  const mine = await ownRegistrations(ctx.deps.store, owner(ctx));
  if (!isPrivate(ctx)) {
    const text = mine.length ? [t.profileTitle, ...entries(mine), t.profileGroupHint].join("\n\n") : t.profileNone;
    return [{ text, privateOnly: true }];
  }
  if (!mine.length) return [{ text: t.profileNone }];
  const edits = mine.length === 1 ? [{ id: `${FEATURE}:e:${mine[0]!.id}`, label: t.editThis }] : editChoices(mine);
  return [
    {
      text: [t.profileTitle, ...entries(mine)].join("\n\n"),
      choices: [...edits, { id: `${FEATURE}:d`, label: t.deleteMine }],
    },
  ];
}

async function editOwn(form: Form<RegData>, ctx: Ctx, id: number): Promise<Reply[]> {
  if (!isPrivate(ctx)) return [{ text: t.groupUsePrivate }];
  const o = await ownRegistration(ctx.deps.store, owner(ctx), id);
  if (!o) return [{ text: t.notYours }];
  return form.start(ctx, dataFromOfficer(o), { at: "edit" });
}

/** /xoadulieu: confirmation first. */
async function deletePrompt(ctx: Ctx): Promise<Reply[]> {
  if (!isPrivate(ctx)) return [{ text: common.privateOnly }];
  const mine = await ownRegistrations(ctx.deps.store, owner(ctx));
  if (!mine.length && !(await holdsPersonalData(ctx.deps.store, owner(ctx)))) {
    // Only the display name is kept: it goes without a confirmation.
    await forgetDisplayName(ctx.deps.store, ctx.in.channel, ctx.in.sender.id);
    return [{ text: t.nothingToDelete }];
  }
  return [
    {
      text: t.deleteConfirm(Math.max(mine.length, 1)),
      choices: [
        { id: `${FEATURE}:d:y`, label: t.deleteYes },
        { id: `${FEATURE}:d:n`, label: t.deleteNo },
      ],
    },
  ];
}

/** Real deletion of the person's registrations and unfinished forms; the audit keeps no personal data. */
async function deleteOwn(ctx: Ctx): Promise<Reply[]> {
  if (!isPrivate(ctx)) return [{ text: common.privateOnly }];
  const { store, clock, log } = ctx.deps;
  const count = await eraseOwnRegistrations(store, owner(ctx), clock.now());
  if (!count) return [{ text: t.nothingToDelete }];
  log.info({ count }, "own registration data deleted");
  return [{ text: t.deleted }];
}

/** A button of one of the forms: answered by the form whose flow is open. */
async function formChoice(forms: Form<RegData>[], choice: string, ctx: Ctx): Promise<Reply[]> {
  const target = forms.find((f) => f.ownsChoice(choice));
  const state = await ctx.flow.get();
  if (!target || !state || !target.owns(state)) return [{ text: t.formGone }];
  return target.handle(state, ctx, { text: "", choice });
}

/** Choices: f:… (a form's), new, e:<id> (edit), d[:y|:n] (delete own), the rest to the admin tools. */
async function onChoice(parts: Parts, choice: string, ctx: Ctx): Promise<Reply[] | undefined> {
  const rest = choice.slice(FEATURE.length + 1);
  if (rest.startsWith("f:")) return formChoice(parts.forms, choice, ctx);
  const [action = "", arg = ""] = rest.split(":");
  switch (action) {
    case "new":
      return isPrivate(ctx) ? startFresh(parts.form, ctx) : [{ text: t.groupUsePrivate }];
    case "e":
      return editOwn(parts.form, ctx, Number(arg));
    case "d":
      if (arg === "y") return deleteOwn(ctx);
      if (arg === "n") return [{ text: t.deleteKept }];
      return deletePrompt(ctx);
    default:
      return parts.admin.onChoice(action, arg, ctx);
  }
}

async function onFlowInput(forms: Form<RegData>[], state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined> {
  const target = forms.find((f) => f.owns(state));
  if (!target) {
    await ctx.flow.clear();
    return undefined;
  }
  // Another feature's button that its owner did not claim: not an answer to this form.
  if (ctx.in.choice) return undefined;
  // A question typed mid-form is left to the question answerer; the router then offers to
  // continue the form (resumePrompt).
  if (ctx.in.text && looksLikeQuestion(ctx.in.text)) return undefined;
  return target.handle(state, ctx, { text: ctx.in.text });
}

export function createRegistrationFeature(deps: RegistrationDeps): Feature {
  const form = createRegistrationForm();
  const replaceForm = createReplacementForm({ outbox: deps.outbox });
  const admin = createAdminTools({ outbox: deps.outbox, replaceForm });
  const parts: Parts = { form, forms: [form, replaceForm], admin };
  const startHere = (ctx: Ctx) => start(form, ctx);
  const ownCommands = new Set(["dangky", "hoso", "xoadulieu", ...admin.commands.map((c) => c.command)]);

  return {
    name: FEATURE,
    commands: [
      { command: "dangky", description: t.commands.dangky, handle: startHere },
      { command: "hoso", description: t.commands.hoso, handle: profile },
      { command: "xoadulieu", description: t.commands.xoadulieu, handle: deletePrompt },
      ...admin.commands,
    ],
    menu: { key: "register", handle: startHere },
    onChoice: (choice, ctx) => onChoice(parts, choice, ctx),
    onFlowInput: (state, ctx) => onFlowInput(parts.forms, state, ctx),
    resumePrompt(state, ctx) {
      // This feature's own commands answer with their own choices (or re-ask the step themselves).
      if (ctx.in.command && ownCommands.has(ctx.in.command)) return undefined;
      return parts.forms.find((f) => f.owns(state))?.resumeOffer(state, ctx);
    },
  };
}

export type { RegData };
