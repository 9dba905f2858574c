// What GET /healthz reports: the process state (ok/degraded/stopping), the database's state from a
// cheap `SELECT 1` bounded by a short timeout, and each platform's start-up state.
import type { HealthReport, PlatformState } from "./http.js";
import { pingDatabase, type PingableStore } from "./store/db.js";

export const DB_CHECK_TIMEOUT_MS = 1000;

/** "ok" when `SELECT 1` answers within the timeout, "down" otherwise (error or hang). */
export async function databaseState(store: PingableStore, timeoutMs = DB_CHECK_TIMEOUT_MS): Promise<"ok" | "down"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"down">((resolve) => {
    timer = setTimeout(() => resolve("down"), timeoutMs);
  });
  const query = pingDatabase(store).then(
    () => "ok" as const,
    () => "down" as const,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface HealthSources {
  store: PingableStore;
  stopping(): boolean;
  /** Each configured platform and whether its start-up calls have succeeded. */
  platforms(): Record<string, PlatformState>;
  dbTimeoutMs?: number;
}

export function createHealthCheck(s: HealthSources): () => Promise<HealthReport> {
  return async function health(): Promise<HealthReport> {
    const platforms = s.platforms();
    if (s.stopping()) return { status: "stopping", platforms };
    const database = await databaseState(s.store, s.dbTimeoutMs);
    const waiting = Object.keys(platforms).filter((p) => platforms[p] !== "ok");
    const status = database === "ok" && waiting.length === 0 ? "ok" : "degraded";
    return { status, database, platforms, ...(waiting.length ? { waiting } : {}) };
  };
}
