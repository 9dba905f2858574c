// Ask: an officer's question answered from the guidance letters, always with its source, or
// declined plainly with the closest letters and an offer to ask the ministry's support staff.
// Every question, decision and piece of feedback is recorded (AnswerLog) for the reports.
import type { Ctx, Feature } from "../../bot/context.js";
import type { Reply, ReplyChoice } from "../../bot/types.js";
import type { KbAnswer, KnowledgeBase } from "../../kb/knowledge-base.js";
import { ask as t, conversation as c, kb as kbText } from "../../messages/index.js";
import { loggedQuestion, logQuestion, recordFeedback } from "../../store/answer-log.js";

export interface AskDeps {
  kb: KnowledgeBase;
  /**
   * Id of the choice that sends a declined question to support staff, given the answer log id;
   * the tickets feature owns it. Without tickets the choice explains that it is coming.
   */
  supportChoiceId?: (answerLogId: number) => string;
}

function answerReply(result: KbAnswer, logId: number): Reply {
  const best = result.sources[0]!;
  const choices: ReplyChoice[] = [
    { id: `ask:up:${logId}`, label: t.choices.up },
    { id: `ask:down:${logId}`, label: t.choices.down },
    { id: `ask:full:${logId}`, label: t.choices.full },
  ];
  const note = result.amendedBy?.length ? `\n${kbText.relations.amendedNote(result.amendedBy)}` : "";
  return { text: `${result.answer}\n\n${t.source(kbText.source(best))}${note}`, choices };
}

/** What else the bot does, as choices the onboarding menu serves: a decline is never a dead end. */
export const capabilityChoices = (): ReplyChoice[] => [
  { id: "start:register", label: c.menu.register },
  { id: "start:schedule", label: c.menu.schedule },
  { id: "conv:help", label: c.menu.help },
];

function declineReply(result: KbAnswer, supportId: string, logId: number): Reply {
  const letters = [...new Map(result.sources.map((s) => [s.doc, kbText.source(s)])).values()];
  return {
    text: [t.declined, t.closestLetters(letters), `${t.offerSupport}\n${c.afterDecline}`].filter(Boolean).join("\n\n"),
    choices: [{ id: supportId, label: t.choices.support }, ...capabilityChoices(), { id: `ask:no:${logId}`, label: t.choices.noThanks }],
  };
}

export interface AskFeature extends Feature {
  /** Answers (or declines) a question as typed or as resolved from the conversation. */
  answerQuestion(ctx: Ctx, question: string, result?: KbAnswer): Promise<{ replies: Reply[]; result: KbAnswer }>;
}

export function createAskFeature(deps: AskDeps): AskFeature {
  const supportId = (logId: number) => deps.supportChoiceId?.(logId) ?? `ask:support:${logId}`;

  async function answer(ctx: Ctx, question: string): Promise<Reply[]> {
    return (await answerQuestion(ctx, question)).replies;
  }

  /** `given` is the knowledge base's answer when the caller already has it (a resolved follow-up). */
  async function answerQuestion(ctx: Ctx, question: string, given?: KbAnswer): Promise<{ replies: Reply[]; result: KbAnswer }> {
    const result = given ?? deps.kb.answer(question);
    const inc = ctx.in;
    const logId = await logQuestion(ctx.deps.store, {
      channel: inc.channel,
      chatId: inc.chat.id,
      chatKind: inc.chat.kind,
      userId: inc.sender.id,
      question,
      answered: result.answered,
      confidence: result.confidence,
      source: result.faqId ? `faq:${result.faqId}` : (result.sources[0]?.doc ?? null),
      at: ctx.deps.clock.now(),
    });
    ctx.deps.log.info({ answerLogId: logId, answered: result.answered, confidence: result.confidence }, "question answered");
    const answered = result.answered && result.sources.length > 0;
    ctx.deps.metrics?.answerGiven(answered ? "answered" : "declined");
    const reply = answered ? answerReply(result, logId) : declineReply(result, supportId(logId), logId);
    // In a group, thread the answer under the question so everyone sees what it answers.
    if (inc.chat.kind === "group") reply.replyToMessageId = inc.messageId;
    return { replies: [reply], result };
  }

  /** The answer's buttons belong to the person who asked: in a group, others' presses are refused. */
  async function askersLog(ctx: Ctx, logId: number) {
    const row = await loggedQuestion(ctx.deps.store, logId);
    const own = row && row.channel === ctx.in.channel && row.chatId === ctx.in.chat.id && row.userId === ctx.in.sender.id;
    return { row, own: Boolean(own) };
  }

  async function feedback(ctx: Ctx, logId: number, value: "up" | "down"): Promise<Reply[]> {
    const { row: asked, own } = await askersLog(ctx, logId);
    if (asked && !own) return [{ text: t.notYourQuestion }];
    if (!(await recordFeedback(ctx.deps.store, logId, value))) return [{ text: t.feedbackAlready }];
    if (value === "up") return [{ text: t.thanksUp }];
    return [{ text: t.thanksDown, choices: asked ? [{ id: supportId(logId), label: t.choices.support }] : undefined }];
  }

  async function fullPassage(ctx: Ctx, logId: number): Promise<Reply[]> {
    const { row, own } = await askersLog(ctx, logId);
    if (row && !own) return [{ text: t.notYourQuestion }];
    const best = row ? deps.kb.answer(row.question).sources[0] : undefined;
    if (!row || !best || (row.source && !row.source.startsWith("faq:") && best.doc !== row.source)) {
      return [{ text: t.fullPassageGone }];
    }
    return [{ text: `${t.fullPassageTitle}\n\n${best.text}\n\n${t.source(kbText.source(best))}` }];
  }

  return {
    name: "ask",
    answerQuestion,
    commands: [
      {
        command: "hoi",
        description: t.commands.hoi,
        handle: async (ctx) => (ctx.in.args ? answer(ctx, ctx.in.args) : [{ text: t.askUsage }]),
      },
    ],
    async onChoice(choice, ctx) {
      const [, action, idText] = choice.split(":");
      const logId = Number(idText);
      if (!Number.isInteger(logId)) return undefined;
      switch (action) {
        case "up":
        case "down":
          return feedback(ctx, logId, action);
        case "full":
          return fullPassage(ctx, logId);
        case "no":
          return [{ text: `${t.noThanks}\n\n${c.capabilitiesTitle}`, choices: capabilityChoices() }];
        case "support":
          return [{ text: t.supportComingSoon }];
        default:
          return undefined;
      }
    },
    onText: (ctx) => answer(ctx, ctx.in.text),
  };
}
