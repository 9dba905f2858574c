// /web and /web_thoat: the chat side of the console's sign-in. Private chats only, since the link
// signs the holder in.
import type { Ctx, Feature } from "../bot/context.js";
import type { Reply } from "../bot/types.js";
import { common, consoleText as t } from "../messages/index.js";
import { endAllSessions, issueLink } from "./auth.js";

export function createConsoleFeature(): Feature {
  const me = (ctx: Ctx) => ({ channel: ctx.in.channel, id: ctx.in.sender.id });

  async function link(ctx: Ctx): Promise<Reply[]> {
    if (ctx.in.chat.kind !== "private") return [{ text: common.privateOnly }];
    const url = await issueLink(ctx.deps, me(ctx));
    if (!url) return [{ text: t.notAllowed }];
    ctx.deps.log.info({ channel: ctx.in.channel }, "console: sign-in link issued");
    return [{ text: t.link(url) }];
  }

  async function logout(ctx: Ctx): Promise<Reply[]> {
    if (ctx.in.chat.kind !== "private") return [{ text: common.privateOnly }];
    const ended = await endAllSessions(ctx.deps, me(ctx));
    return [{ text: t.loggedOut(ended) }];
  }

  return {
    name: "console",
    commands: [
      { command: "web", description: t.commands.web, audience: "staff", handle: link },
      { command: "web_thoat", description: t.commands.webThoat, audience: "staff", handle: logout },
    ],
  };
}
