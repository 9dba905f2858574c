// The HTTP server used when webhooks are configured: platform webhooks and a health check.
import http from "node:http";
import type { Logger } from "./log.js";

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

export function startHttpServer(opts: { port: number; routes: Record<string, RouteHandler>; log: Logger }): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && pathname === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
      return;
    }
    const route = req.method === "POST" ? opts.routes[pathname] : undefined;
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve(route(req, res)).catch((err: unknown) => {
      opts.log.error({ err, path: pathname }, "webhook handler failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, () => {
      opts.log.info({ port: (server.address() as { port: number }).port }, "http server listening");
      resolve(server);
    });
  });
}
