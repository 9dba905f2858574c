// Serves webhook endpoints through the real HTTP edge (src/http.ts) on a loopback port.
import pino from "pino";
import type { WebhookEndpoint } from "../../src/bot/channel.js";
import { createHttpServer, type HealthReport, type HttpServerDeps } from "../../src/http.js";

export async function serveEdge(
  webhooks: WebhookEndpoint[],
  opts: Partial<Omit<HttpServerDeps, "webhooks">> = {},
): Promise<{ base: string; close(): Promise<void> }> {
  const app = await createHttpServer({
    log: opts.log ?? pino({ level: "silent" }),
    health: opts.health ?? ((): HealthReport => ({ status: "ok" })),
    webhooks,
    ...opts,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}
