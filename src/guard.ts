// Process-level guard: a stray rejection or exception anywhere is logged and the bot goes on
// serving, instead of Node's default of exiting and dropping every chat at once.
import type { Logger } from "./log.js";

export function installProcessGuard(log: Logger): () => void {
  const onRejection = (reason: unknown) => {
    log.error({ err: reason instanceof Error ? reason : new Error(String(reason)) }, "unhandled rejection (survived)");
  };
  const onException = (err: Error, origin: string) => {
    log.error({ err, origin }, "uncaught exception (survived)");
  };
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  return () => {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
  };
}
