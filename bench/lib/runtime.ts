// The Node.js settings the bot runs with in production (package.json "config.nodeFlags", used by
// `npm start`, deploy/Dockerfile and deploy/httt-bot.service), so that every benchmark section
// measures the bot as it is deployed. Why these values: README, "Bộ nhớ / Memory".
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { config?: { nodeFlags?: string } };

/** V8 flags of `npm start`: a small young generation and a slowly growing heap. */
export const PRODUCTION_NODE_FLAGS: string[] = (pkg.config?.nodeFlags ?? "").split(/\s+/).filter(Boolean);

/** glibc's malloc keeps one arena per thread by default; two keep native memory compact. */
export const PRODUCTION_ENV: Record<string, string> = { MALLOC_ARENA_MAX: "2" };
