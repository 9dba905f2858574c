// The console's static files, served from the project itself: htmx and Apache ECharts from
// node_modules, the province outlines, the style sheet and script from src/console/assets.
// Read and gzipped once, on first request; long-cached by the browser (names carry no secrets).
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Asset {
  file: () => string;
  type: string;
}

const ASSETS: Record<string, Asset> = {
  "htmx.min.js": { file: () => require.resolve("htmx.org/dist/htmx.min.js"), type: "text/javascript; charset=utf-8" },
  "echarts.min.js": { file: () => require.resolve("echarts/dist/echarts.min.js"), type: "text/javascript; charset=utf-8" },
  "provinces-2026.geojson": { file: () => path.join(HERE, "assets/provinces-2026.geojson"), type: "application/geo+json" },
  "console.css": { file: () => path.join(HERE, "assets/console.css"), type: "text/css; charset=utf-8" },
  "console.js": { file: () => path.join(HERE, "assets/console.js"), type: "text/javascript; charset=utf-8" },
};

interface Loaded {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

export function registerAssets(scope: FastifyInstance): void {
  const cache = new Map<string, Loaded>();
  const load = (name: string, asset: Asset): Loaded => {
    let hit = cache.get(name);
    if (!hit) {
      const body = fs.readFileSync(asset.file());
      hit = { body, gzip: gzipSync(body), etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
      cache.set(name, hit);
    }
    return hit;
  };
  scope.get<{ Params: { name: string } }>("/assets/:name", { config: { public: true } }, async (req, reply) => {
    const asset = Object.hasOwn(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
    if (!asset) return reply.code(404).send();
    const loaded = load(req.params.name, asset);
    void reply.header("content-type", asset.type).header("cache-control", "public, max-age=86400").header("etag", loaded.etag);
    if (req.headers["if-none-match"] === loaded.etag) return reply.code(304).send();
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      return reply.header("content-encoding", "gzip").header("vary", "accept-encoding").send(loaded.gzip);
    }
    return reply.send(loaded.body);
  });
}
