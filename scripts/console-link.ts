// Prints a one-time sign-in link to the web console, as /web gives in chat:
//   npm run console:link -- --as telegram:123456789
// The person must be in ADMIN_IDS or SUPPORT_STAFF_IDS. Reads .env like the bot and opens
// DATABASE_URL, applying pending migrations.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { systemClock } from "../src/clock.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { issueLink, parseActor } from "../src/console/auth.js";
import { consoleText as t } from "../src/messages/index.js";
import { openMigratedStore } from "../src/store/db.js";

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let as: string | undefined;
  try {
    as = parseArgs({ args: argv, options: { as: { type: "string" } }, strict: true }).values.as;
  } catch {
    as = undefined;
  }
  const ref = as ? parseActor(as.trim()) : undefined;
  if (!ref) {
    console.error(t.cliUsage);
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const store = await openMigratedStore(config.DATABASE_URL);
  try {
    const url = await issueLink({ store, clock: systemClock, config }, ref);
    if (!url) {
      console.error(t.cliNotAllowed(`${ref.channel}:${ref.id}`));
      return 1;
    }
    console.log(url);
    return 0;
  } finally {
    await store.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
