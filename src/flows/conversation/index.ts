// Conversation: officers' sentences, not commands. A request in plain Vietnamese ("tôi muốn đăng
// ký", "cho mình xem lịch tập huấn của Hà Tĩnh") reaches the process that serves it before any
// knowledge-base search; everything else is a question for the answerer.
import type { Ctx, Feature, MenuKey } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { common, conversation as t, onboarding } from "../../messages/index.js";
import { classify, type Classification, type RequestIntent } from "../../nlu/classifier.js";
import { timeWindow } from "../../nlu/time-window.js";
import { formatDate } from "../../time.js";
import { capabilityChoices, type AskFeature } from "../ask/index.js";
import { lookupRequest } from "../reminders/lookup.js";

export interface ConversationDeps {
  ask: AskFeature;
  /** Every feature of the app, read lazily (commands and menu entries are served by their owners). */
  allFeatures: () => Feature[];
}

export const FEATURE = "conv";

export function createConversationFeature(deps: ConversationDeps): Feature {
  const command = (name: string) => deps.allFeatures().flatMap((f) => f.commands ?? []).find((c) => c.command === name);
  const menuEntry = (key: MenuKey) => deps.allFeatures().find((f) => f.menu?.key === key)?.menu;

  async function runCommand(ctx: Ctx, name: string, args = ""): Promise<Reply[] | undefined> {
    const spec = command(name);
    if (!spec) return undefined;
    const r = await spec.handle({ ...ctx, in: { ...ctx.in, command: name, args } });
    return r ?? undefined;
  }

  function capabilities(text: string): Reply {
    return { text: `${text}\n${t.capabilitiesList}`, choices: [...capabilityChoices().filter((c) => c.id !== "conv:help"), { id: "start:support", label: t.menu.support }] };
  }

  async function cancel(ctx: Ctx): Promise<Reply[]> {
    if (!(await ctx.flow.get())) return [{ text: common.nothingToCancel }];
    await ctx.flow.clear();
    return [{ text: common.cancelled }];
  }

  async function schedule(ctx: Ctx, c: Classification): Promise<Reply[]> {
    const { clock, config } = ctx.deps;
    const window = c.slots.time ? timeWindow(c.slots.time, clock.now(), config.TZ) : undefined;
    const replies = await lookupRequest(ctx, {
      ...(c.slots.province ? { province: c.slots.province } : {}),
      ...(c.slots.former ? { former: c.slots.former } : {}),
      ...(c.slots.audience ? { audience: c.slots.audience } : {}),
      ...(window ? { window } : {}),
    });
    if (!window || replies.length !== 1 || ctx.deps.clock.now() > window.to) return replies;
    return [{ ...replies[0]!, text: `${t.scheduleWindow(formatDate(window.first), formatDate(window.last))}\n${replies[0]!.text}` }];
  }

  /** The process that serves each request; undefined lets the text go on as a question. */
  async function serve(intent: RequestIntent, c: Classification, ctx: Ctx): Promise<Reply[] | undefined> {
    const name = ctx.in.sender.displayName || onboarding.anonymousName;
    switch (intent) {
      case "register":
        return runCommand(ctx, "dangky");
      case "profile":
        return runCommand(ctx, "hoso");
      case "delete_data":
        return runCommand(ctx, "xoadulieu");
      case "schedule":
        return schedule(ctx, c);
      case "support":
        return menuEntry("support")?.handle(ctx) as Promise<Reply[] | undefined>;
      case "help":
        return [capabilities(t.capabilitiesTitle)];
      case "greeting":
        return [capabilities(t.greeting(name))];
      case "thanks":
        return [{ text: t.thanks }];
      case "cancel":
        return cancel(ctx);
    }
  }

  async function onText(ctx: Ctx): Promise<Reply[] | undefined> {
    const text = ctx.in.text;
    const c = classify(text);
    ctx.deps.log.debug({ intent: c.intent, confidence: Math.round(c.confidence * 100) / 100 }, "conversation: classified");
    if (c.intent !== "question") {
      const served = await serve(c.intent, c, ctx);
      if (served && served.length > 0) return served;
    }
    return (await deps.ask.answerQuestion(ctx, text)).replies;
  }

  return {
    name: FEATURE,
    async onChoice(choice) {
      if (choice === `${FEATURE}:help`) return [capabilities(t.capabilitiesTitle)];
      return undefined;
    },
    onText,
  };
}
