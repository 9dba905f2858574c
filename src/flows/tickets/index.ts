// Support tickets: a question the bot cannot answer becomes a numbered ticket, posted into the
// ministry's support chat (one forum topic per ticket, or one message); staff answer there and the
// answer is relayed to where the officer asked; officers' follow-ups go the other way; staff take,
// close and list tickets, and promote a good answer into the FAQ for everyone.
//
// Every relay is an outbox row keyed by what caused it, so a restart between any two steps loses
// nothing and repeats nothing. Only staff see who asked (name, province, unit).
//
// This module only composes the feature; the handlers live in open.ts, officer.ts and staff.ts.
import type { Ctx, Feature, FlowStateValue } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { tickets as t } from "../../messages/index.js";
import { FLOW } from "./common.js";
import { interceptOfficer, onTicketFlowInput, rate, startFollowUp } from "./officer.js";
import { askForQuestion, cancelDraft, hotro, openFromLog, sendDraft } from "./open.js";
import { close, interceptSupport, listOpen, promote, report, take } from "./staff.js";
import type { TicketsDeps } from "./types.js";

export { createTicketWorker, type TicketWorker, type TicketWorkerOptions } from "./worker.js";
export type { CreateTopic, TicketKb, TicketsDeps } from "./types.js";

/** Id of the choice under a declined answer that opens a ticket for that question. */
export function supportChoiceId(answerLogId: number): string {
  return `ticket:open:${answerLogId}`;
}

const validId = (id: number) => Number.isSafeInteger(id) && id > 0;

/** ticket:<action>[:<id>[:<rating>]] */
function choiceHandler(deps: TicketsDeps, choice: string, ctx: Ctx): Promise<Reply[]> | undefined {
  const [, action, idText, ratingText] = choice.split(":");
  const id = Number(idText);
  switch (action) {
    case "open":
      return validId(id) ? openFromLog(ctx, id) : undefined;
    case "send":
      return sendDraft(deps, ctx);
    case "cancel":
      return cancelDraft(ctx);
    case "more":
      return validId(id) ? startFollowUp(ctx, id) : undefined;
    case "rate": {
      const rating = Number(ratingText);
      if (!Number.isSafeInteger(id) || !Number.isInteger(rating) || rating < 1 || rating > 5) return undefined;
      return rate(ctx, id, rating);
    }
    default:
      return undefined;
  }
}

function resumePrompt(state: FlowStateValue): Reply | undefined {
  if (state.step === "details") {
    return {
      text: t.resumeDetails,
      choices: [
        { id: "ticket:send", label: t.choices.sendNow },
        { id: "ticket:cancel", label: t.choices.cancel },
      ],
    };
  }
  if (state.step === "question") return { text: t.resumeQuestion };
  return undefined;
}

export function createTicketsFeature(deps: TicketsDeps): Feature {
  return {
    name: FLOW,
    commands: [
      { command: "hotro", description: t.commands.hotro, handle: hotro },
      { command: "nhan", description: t.commands.nhan, audience: "staff", handle: (ctx) => take(deps, ctx) },
      { command: "dong", description: t.commands.dong, audience: "staff", handle: (ctx) => close(deps, ctx) },
      { command: "mo", description: t.commands.mo, audience: "staff", handle: listOpen },
      { command: "faq", description: t.commands.faq, audience: "staff", handle: (ctx) => promote(deps, ctx) },
      { command: "baocao_tuan", description: t.commands.baocao_tuan, audience: "staff", handle: report },
    ],
    menu: { key: "support", handle: askForQuestion },
    async intercept(ctx) {
      if (ctx.roles.isSupportChat(ctx.in.channel, ctx.in.chat.id)) return interceptSupport(deps, ctx);
      return interceptOfficer(deps, ctx);
    },
    onChoice: async (choice, ctx) => choiceHandler(deps, choice, ctx),
    onFlowInput: (state, ctx) => onTicketFlowInput(deps, state, ctx),
    resumePrompt,
  };
}
