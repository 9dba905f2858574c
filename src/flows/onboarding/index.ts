// Onboarding: /start with the main menu, /help, and the introduction when added to a group.
import type { CommandSpec, Ctx, Feature, MenuKey } from "../../bot/context.js";
import type { Reply } from "../../bot/types.js";
import { onboarding as t } from "../../messages/index.js";

const MENU_ORDER: MenuKey[] = ["ask", "register", "schedule", "support"];

/**
 * `allFeatures` is read lazily so the menu and /help reflect every feature registered with the
 * router, including those added after this one.
 */
export function createOnboardingFeature(allFeatures: () => Feature[]): Feature {
  const menuOwner = (key: MenuKey) => allFeatures().find((f) => f.menu?.key === key);

  function menuReply(ctx: Ctx): Reply {
    return {
      text: t.greeting(ctx.in.sender.displayName || t.anonymousName),
      choices: MENU_ORDER.map((key) => ({ id: `start:${key}`, label: t.menu[key] })),
    };
  }

  function helpText(ctx: Ctx): string {
    const specs = allFeatures().flatMap((f) => f.commands ?? []);
    const line = (c: CommandSpec) => `/${c.command} — ${c.description}`;
    const everyone = specs.filter((c) => !c.audience || c.audience === "everyone");
    const parts = [t.helpTitle, ...everyone.map(line), `/huy — ${t.commands.huy}`];
    const isStaff = ctx.roles.isStaff(ctx.in.channel, ctx.in.sender.id, ctx.in.chat.id);
    if (ctx.isAdmin) {
      const admin = specs.filter((c) => c.audience === "admin");
      if (admin.length) parts.push("", t.helpAdminTitle, ...admin.map(line));
    }
    if (isStaff) {
      const staff = specs.filter((c) => c.audience === "staff");
      if (staff.length) parts.push("", t.helpStaffTitle, ...staff.map(line));
    }
    parts.push("", t.helpFooter);
    return parts.join("\n");
  }

  return {
    name: "start",
    commands: [
      {
        command: "start",
        description: t.commands.start,
        handle: async (ctx) => (ctx.in.chat.kind === "private" ? [menuReply(ctx)] : [{ text: t.groupIntro }]),
      },
      { command: "help", description: t.commands.help, handle: async (ctx) => [{ text: helpText(ctx) }] },
    ],
    async onChoice(choice, ctx) {
      const key = choice.slice("start:".length) as MenuKey;
      if (!MENU_ORDER.includes(key)) return undefined;
      const owner = menuOwner(key);
      if (owner?.menu) return owner.menu.handle(ctx);
      if (key === "ask") return [{ text: t.askHowTo }];
      return [{ text: t.comingSoon(t.menu[key]) }];
    },
    onJoinGroup: async () => [{ text: t.groupIntro }],
  };
}
