// The router: one path for every incoming message, whatever the channel.
//   validate → remember chat/person → intercepts → group gate → join / document / command /
//   choice / active flow / free text → replies (privateOnly ones redirected).
import { common } from "../messages/index.js";
import { cleanInput, fold, hasWords, wellFormed } from "../text.js";
import type { AppDeps, CommandSpec, Ctx, Feature, FlowHandle, FlowStateValue, Handler, Roles } from "./context.js";
import { createFairness } from "./fairness.js";
import type { Channel, ChannelSender, Incoming, Reply, ReplyChoice } from "./types.js";
import { forgetMenu, lastMenu, saveMenu } from "../store/choice-menus.js";
import { privateChatOf, rememberChat, rememberPerson } from "../store/chats-people.js";
import { clearFlowState, loadFlowState, saveFlowState } from "../store/flow-state.js";

/** Longest text we accept from a user; longer messages get a polite explanation. */
export const MAX_INPUT_CHARS = 3000;
const MENU_TTL_MS = 24 * 60 * 60 * 1000;

export interface Router {
  /** Handles one message and returns what to send back (already in the right chat). */
  handle(incoming: Incoming): Promise<Outgoing[]>;
  /** Handles one message and sends the replies through the channel's sender. */
  dispatch(incoming: Incoming, sender: ChannelSender): Promise<void>;
  features: Feature[];
}

export interface Outgoing {
  chatId: string;
  reply: Reply;
}

export function createRoles(deps: Pick<AppDeps, "config">): Roles {
  const { config } = deps;
  const same = (channel: Channel, id: string) => (r: { channel: Channel; id: string }) => r.channel === channel && r.id === id;
  return {
    isAdmin: (channel, userId) => config.admins.some(same(channel, userId)),
    isSupportChat: (channel, chatId) => !!config.supportChat && same(channel, chatId)(config.supportChat),
    isStaff(channel, userId, chatId) {
      if (config.supportStaff.length > 0) return config.supportStaff.some(same(channel, userId));
      return !!config.supportChat && same(channel, chatId)(config.supportChat);
    },
  };
}

function flowHandle(deps: AppDeps, inc: Incoming): FlowHandle {
  const key = { channel: inc.channel, chatId: inc.chat.id, userId: inc.sender.id };
  return {
    async get() {
      const row = await loadFlowState(deps.store, key);
      if (!row) return undefined;
      if (row.expiresAt <= deps.clock.now()) {
        await clearFlowState(deps.store, key);
        return undefined;
      }
      return { flow: row.flow, step: row.step, data: JSON.parse(row.data) as Record<string, unknown> };
    },
    async save(state: FlowStateValue) {
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + deps.config.FORM_EXPIRY_DAYS * 86_400_000);
      await saveFlowState(deps.store, key, { flow: state.flow, step: state.step, data: JSON.stringify(state.data), expiresAt }, now);
    },
    async clear() {
      await clearFlowState(deps.store, key);
    },
  };
}

/** Every string a platform sent, repaired before it reaches flows or the store. */
function sanitized(raw: Incoming): Incoming {
  const opt = (s: string | undefined) => (s === undefined ? undefined : wellFormed(s));
  return {
    ...raw,
    chat: { ...raw.chat, id: wellFormed(raw.chat.id), ...(raw.chat.title !== undefined ? { title: wellFormed(raw.chat.title) } : {}) },
    sender: { ...raw.sender, id: wellFormed(raw.sender.id), displayName: wellFormed(raw.sender.displayName) },
    messageId: wellFormed(raw.messageId),
    text: cleanInput(raw.text),
    rawText: cleanInput(raw.rawText),
    ...(raw.command !== undefined ? { command: opt(raw.command) } : {}),
    ...(raw.args !== undefined ? { args: cleanInput(raw.args) } : {}),
    ...(raw.choice !== undefined ? { choice: opt(raw.choice) } : {}),
  };
}

const asReplies = (r: Reply[] | undefined | void): Reply[] | undefined => (r && r.length > 0 ? r : undefined);

/** Strips emoji and punctuation so "👍 Đúng" matches a typed "đúng". */
const labelKey = (s: string) => fold(s).replace(/[^\p{L}\p{N} ]/gu, "").trim();

/** The features, looked up by name and by command. */
interface Routes {
  features: Feature[];
  byName: Map<string, Feature>;
  commands: Map<string, CommandSpec>;
}

function routesOf(features: Feature[]): Routes {
  return {
    features,
    byName: new Map(features.map((f) => [f.name, f])),
    commands: new Map(features.flatMap((f) => (f.commands ?? []).map((c) => [c.command, c] as const))),
  };
}

/** Channels without buttons: choices are typed as numbers or words. */
const textChannel = (ch: Channel) => ch !== "telegram";

/** Over its share: a polite notice once, then silence until the minute is over. */
function createLimiter(deps: AppDeps, roles: Roles): (inc: Incoming, addressed: boolean) => Promise<Outgoing[] | undefined> {
  const fairness = createFairness({
    store: deps.store,
    clock: deps.clock,
    log: deps.log,
    limits: { perUser: deps.config.USER_MESSAGES_PER_MINUTE, perChat: deps.config.CHAT_MESSAGES_PER_MINUTE },
  });
  return async (inc, addressed) => {
    // Chatter in a group that does not involve the bot costs little and is not counted; admins
    // and the support chat (staff relaying answers) are never held back.
    if (!addressed || roles.isAdmin(inc.channel, inc.sender.id) || roles.isSupportChat(inc.channel, inc.chat.id)) return undefined;
    const verdict = await fairness.check(inc);
    if (verdict.allowed) return undefined;
    if (!verdict.notice) return [];
    const text = verdict.scope === "user" ? common.slowDownPerson(verdict.retryInSeconds) : common.slowDownChat(verdict.retryInSeconds);
    return [{ chatId: inc.chat.id, reply: { text } }];
  };
}

/** Keeps the chat and the sender on record. */
async function remember(deps: AppDeps, inc: Incoming): Promise<void> {
  await rememberChat(deps.store, { channel: inc.channel, id: inc.chat.id, kind: inc.chat.kind, title: inc.chat.title, isForum: inc.chat.isForum });
  const privateChatId = inc.chat.kind === "private" ? inc.chat.id : undefined;
  await rememberPerson(deps.store, { channel: inc.channel, id: inc.sender.id, displayName: inc.sender.displayName, privateChatId });
}

/** On channels without buttons, maps "2" or a choice's words to the choice shown last. */
async function resolveTypedChoice(deps: AppDeps, inc: Incoming): Promise<void> {
  if (!textChannel(inc.channel) || inc.choice || inc.command || !inc.text) return;
  const menu = await lastMenu(deps.store, inc.channel, inc.chat.id);
  if (!menu || deps.clock.now().getTime() - menu.createdAt.getTime() > MENU_TTL_MS) return;
  const choices = JSON.parse(menu.choices) as ReplyChoice[];
  const typed = inc.text.trim().replace(/[.)]$/, "");
  const n = /^\d{1,2}$/.test(typed) ? Number(typed) : NaN;
  const chosen = Number.isInteger(n) ? choices[n - 1] : choices.find((c) => labelKey(c.label) === labelKey(typed) && labelKey(typed) !== "");
  if (chosen) inc.choice = chosen.id;
}

async function rememberMenu(deps: AppDeps, channel: Channel, chatId: string, replies: Reply[]): Promise<void> {
  if (!textChannel(channel)) return;
  const last = [...replies].reverse().find((r) => r.choices && r.choices.length > 0);
  if (!last) await forgetMenu(deps.store, channel, chatId);
  else await saveMenu(deps.store, channel, chatId, JSON.stringify(last.choices), deps.clock.now());
}

/** After a detour while a form is open, remind the person they can go on with it. */
async function withResumeOffer(routes: Routes, ctx: Ctx, replies: Reply[] | undefined): Promise<Reply[] | undefined> {
  const active = await ctx.flow.get();
  if (!active || !replies) return replies;
  const offer = routes.byName.get(active.flow)?.resumePrompt?.(active, ctx);
  return offer ? [...replies, offer] : replies;
}

async function runCommand(routes: Routes, ctx: Ctx, command: string): Promise<Reply[] | undefined> {
  if (command === "huy" || command === "cancel") {
    const active = await ctx.flow.get();
    if (!active) return [{ text: common.nothingToCancel }];
    await ctx.flow.clear();
    return [{ text: common.cancelled }];
  }
  const spec = routes.commands.get(command);
  if (!spec) return ctx.in.chat.kind === "private" ? [{ text: common.unknownCommand(command) }] : undefined;
  if (spec.audience === "admin" && !ctx.isAdmin) return [{ text: common.adminOnly }];
  return withResumeOffer(routes, ctx, asReplies(await spec.handle(ctx)));
}

/** The first feature that answers `call` (intercepts, group joins, free text). */
async function firstAnswer(features: Feature[], call: (f: Feature) => ReturnType<Handler> | undefined): Promise<Reply[] | undefined> {
  for (const f of features) {
    const r = asReplies(await call(f));
    if (r) return r;
  }
  return undefined;
}

/** A choice (pressed or typed) to the feature it belongs to, then the input to the open form. */
async function routeChoiceAndForm(deps: AppDeps, routes: Routes, ctx: Ctx): Promise<{ replies?: Reply[]; active?: FlowStateValue }> {
  const inc = ctx.in;
  await resolveTypedChoice(deps, inc);
  if (inc.choice) {
    const owner = routes.byName.get(inc.choice.split(":", 1)[0] ?? "");
    if (owner?.onChoice) {
      const r = asReplies(await owner.onChoice(inc.choice, ctx));
      if (r) return { replies: r };
    }
  }
  const active = await ctx.flow.get();
  if (!active) return {};
  const owner = routes.byName.get(active.flow);
  if (!owner?.onFlowInput) {
    await ctx.flow.clear();
    return { active };
  }
  return { replies: asReplies(await owner.onFlowInput(active, ctx)), active };
}

async function route(deps: AppDeps, routes: Routes, ctx: Ctx): Promise<Reply[] | undefined> {
  const inc = ctx.in;
  const intercepted = await firstAnswer(routes.features, (f) => f.intercept?.(ctx));
  if (intercepted) return intercepted;
  const addressed = inc.chat.kind === "private" || !!inc.command || inc.mentioned || inc.repliedToBot || !!inc.choice || !!inc.joinedGroup;
  if (!addressed) return undefined;
  if (inc.joinedGroup) return firstAnswer(routes.features, (f) => f.onJoinGroup?.(ctx));

  if (inc.document) {
    const ext = (inc.document.fileName.match(/\.[^.]+$/)?.[0] ?? "").toLowerCase();
    const owner = routes.features.find((f) => f.documentTypes?.includes(ext));
    if (owner?.onDocument) return asReplies(await owner.onDocument(ctx));
    if (!inc.text) return [{ text: common.notText }];
  }
  if (inc.command) return runCommand(routes, ctx, inc.command);

  const { replies, active } = await routeChoiceAndForm(deps, routes, ctx);
  if (replies) return replies;
  if (inc.choice && !inc.text) return [{ text: common.notUnderstoodChoice }];
  if (!hasWords(inc.text)) return [{ text: common.emptyMessage }];
  const answer = await firstAnswer(routes.features, (f) => f.onText?.(ctx));
  // A form step that did not take the text (a question asked mid-form) is answered, then the
  // form offers to go on.
  return answer && active ? withResumeOffer(routes, ctx, answer) : answer;
}

/** Replies meant for a private chat go there (with a note in the group), or ask to open one first. */
async function redirectPrivate(deps: AppDeps, inc: Incoming, replies: Reply[]): Promise<Outgoing[]> {
  const out: Outgoing[] = [];
  let privateChatId: string | null | undefined;
  for (const reply of replies) {
    if (!reply.privateOnly || inc.chat.kind === "private") {
      out.push({ chatId: inc.chat.id, reply });
      continue;
    }
    if (privateChatId === undefined) {
      privateChatId = await privateChatOf(deps.store, inc.channel, inc.sender.id);
    }
    if (privateChatId) {
      out.push({ chatId: privateChatId, reply });
      out.push({ chatId: inc.chat.id, reply: { text: common.sentPrivately } });
    } else {
      out.push({ chatId: inc.chat.id, reply: { text: common.openPrivateChatFirst } });
    }
  }
  return out;
}

export function createRouter(deps: AppDeps, features: Feature[]): Router {
  const roles = createRoles(deps);
  const routes = routesOf(features);
  const overLimit = createLimiter(deps, roles);

  async function handle(raw: Incoming): Promise<Outgoing[]> {
    if (raw.sender.isBot) return [];
    deps.metrics?.updateHandled(raw.channel);
    const inc = sanitized(raw);
    const isAdmin = roles.isAdmin(inc.channel, inc.sender.id);
    const ctx: Ctx = { in: inc, deps, roles, flow: flowHandle(deps, inc), isAdmin };
    const addressed = inc.chat.kind === "private" || !!inc.command || inc.mentioned || inc.repliedToBot || !!inc.choice;
    let replies: Reply[] | undefined;
    // Everything that touches the store sits inside the boundary: a database error still gets
    // the person a polite reply instead of silence.
    try {
      const limited = await overLimit(inc, addressed || !!inc.joinedGroup);
      if (limited) return limited;
      await remember(deps, inc);
      if (inc.text.length > MAX_INPUT_CHARS) {
        replies = addressed ? [{ text: common.tooLong(MAX_INPUT_CHARS) }] : undefined;
      } else {
        replies = await route(deps, routes, ctx);
      }
    } catch (err) {
      deps.log.error({ err, channel: inc.channel, chat: inc.chat.id }, "handler failed");
      replies = addressed ? [{ text: common.internalError }] : undefined;
    }
    if (!replies) return [];
    try {
      const out = await redirectPrivate(deps, inc, replies);
      const here = out.filter((o) => o.chatId === inc.chat.id).map((o) => o.reply);
      await rememberMenu(deps, inc.channel, inc.chat.id, here);
      return out;
    } catch (err) {
      deps.log.error({ err, channel: inc.channel, chat: inc.chat.id }, "reply bookkeeping failed");
      // Private-only replies are never sent into a group on this path.
      return replies.filter((r) => !r.privateOnly || inc.chat.kind === "private").map((reply) => ({ chatId: inc.chat.id, reply }));
    }
  }

  return {
    features,
    handle,
    async dispatch(incoming, sender) {
      for (const o of await handle(incoming)) await sender.send(o.chatId, o.reply);
    },
  };
}
