// What a flow gets: the incoming message, the dependencies, and helpers for its persisted state.
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { BotMetrics } from "../metrics.js";
import type { Store } from "../store/db.js";
import type { Channel, Incoming, Reply } from "./types.js";

/** What every flow may use; main.ts builds it, tests build it with fakes. Feature-specific
 * services (knowledge base, outbox, …) are given to each feature's factory instead. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  config: Config;
  log: Logger;
  /** Counters for GET /metrics; absent in tests that do not look at them. */
  metrics?: BotMetrics;
}

export interface Roles {
  isAdmin(channel: Channel, userId: string): boolean;
  isSupportChat(channel: Channel, chatId: string): boolean;
  /** Staff = a listed staff member, or anyone in the support chat when no list is configured. */
  isStaff(channel: Channel, userId: string, chatId: string): boolean;
}

export interface FlowStateValue<T = Record<string, unknown>> {
  flow: string;
  step: string;
  data: T;
}

export interface FlowHandle {
  get(): Promise<FlowStateValue | undefined>;
  save(state: FlowStateValue): Promise<void>;
  clear(): Promise<void>;
}

export interface Ctx {
  in: Incoming;
  deps: AppDeps;
  roles: Roles;
  /** Persisted multi-step state for this chat and person. */
  flow: FlowHandle;
  isAdmin: boolean;
}

export type MenuKey = "ask" | "register" | "schedule" | "support";

export type Handler = (ctx: Ctx) => Promise<Reply[] | undefined | void>;

export interface CommandSpec {
  command: string;
  /** Vietnamese description for /help and the platform's command menu. */
  description: string;
  /** Who sees it in /help. */
  audience?: "everyone" | "admin" | "staff";
  handle: Handler;
}

/** One ministry process (onboarding, ask, registration, …) as the router sees it. */
export interface Feature {
  name: string;
  commands?: CommandSpec[];
  /** Choice ids starting with `${name}:` are sent here. */
  onChoice?(choice: string, ctx: Ctx): Promise<Reply[] | undefined | void>;
  /** Input while this feature's flow is active for the chat and person. */
  onFlowInput?(state: FlowStateValue, ctx: Ctx): Promise<Reply[] | undefined | void>;
  /** After a detour (a question or command mid-flow): a short offer to continue. */
  resumePrompt?(state: FlowStateValue, ctx: Ctx): Reply | undefined;
  /** Runs before the group gate and the commands; returns replies to claim the message. */
  intercept?: Handler;
  /** File extensions (".csv") this feature ingests when an admin sends them privately. */
  documentTypes?: string[];
  onDocument?: Handler;
  onJoinGroup?: Handler;
  /** The entry of the /start menu this feature serves. */
  menu?: { key: MenuKey; handle: Handler };
  /** Free text no one else claimed (the question answerer). */
  onText?: Handler;
}
