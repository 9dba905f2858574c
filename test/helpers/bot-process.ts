// Runs the real bot (src/main.ts) as a child process, as `npm start` would, for end-to-end tests.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { freshDatabaseUrlSync } from "./test-db.js";

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export function tempDir(prefix = "bot-e2e-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface BotProcess {
  proc: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout (or stderr) matches. */
  waitFor(pattern: RegExp, timeoutMs?: number, stream?: "stdout" | "stderr"): Promise<void>;
  /** SIGTERM and wait for exit; returns the exit code. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Starts the bot with a clean environment (only what a deployment would set) and a private data
 * folder unless DATABASE_URL is given.
 */
export function startBot(env: Record<string, string>, opts: { cwd?: string } = {}): BotProcess {
  const dataDir = tempDir();
  const proc = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/main.ts")], {
    cwd: opts.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATABASE_URL: env.DATABASE_URL ?? freshDatabaseUrlSync(dataDir),
      KB_DOCS_DIR: path.join(dataDir, "kb-docs"),
      LOG_LEVEL: "info",
      // The HTTP server (web console) always listens: a free port, so bots started in parallel never collide.
      HTTP_PORT: "0",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  const waiters: (() => void)[] = [];
  proc.stdout.on("data", (d: Buffer) => {
    out += d.toString();
    waiters.forEach((w) => w());
  });
  proc.stderr.on("data", (d: Buffer) => {
    err += d.toString();
    waiters.forEach((w) => w());
  });
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, timeoutMs = 20_000, stream = "stdout") {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(stream === "stdout" ? out : err)) {
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern}\nstdout:\n${out.slice(-3000)}\nstderr:\n${err.slice(-3000)}`)),
          timeoutMs,
        );
        waiters.push(check);
        void exited.then((code) => {
          clearTimeout(timer);
          if (!pattern.test(stream === "stdout" ? out : err)) {
            reject(new Error(`bot exited (${code}) before ${pattern}\nstdout:\n${out.slice(-3000)}\nstderr:\n${err.slice(-3000)}`));
          }
        });
        check();
      });
    },
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
