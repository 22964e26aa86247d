// The production server that `npm start` runs: Next's own request handler, with one change:
// the villagers' pages leave without scripts (lib/http/light-pages.ts, docs/decisions/016).
// It runs WEB_CONCURRENCY processes (default: one per CPU) that share the port (node:cluster):
// a Next server renders on one thread, and everything a request needs between processes
// (sessions, rate limits, import jobs, files) already lives in PostgreSQL or on disk
// (docs/decisions/018).
//   tsx scripts/serve.ts --port 3000
import cluster from "node:cluster";
import os from "node:os";
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import next from "next";
import { isLightPage, stripScripts } from "../lib/http/light-pages";

// tsx (which runs this file) turns on source maps for the whole process; every Error that
// React or Next creates would then be mapped back through Next's bundles, a measurable share
// of each request's CPU. The server's own code is JavaScript already.
process.setSourceMapsEnabled(false);

const { values: args } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
const port = Number(args.port);
const concurrency = process.env.WEB_CONCURRENCY ? Number(process.env.WEB_CONCURRENCY) : os.availableParallelism();
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
  console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (the number of server processes); it is "${process.env.WEB_CONCURRENCY}".`);
  process.exit(1);
}

if (cluster.isPrimary && concurrency > 1) {
  let stopping = false;
  const restarts: number[] = [];
  for (let i = 0; i < concurrency; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    // A process that keeps dying (a port in use, a broken build) is not restarted forever.
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > 5) {
      console.error("Server processes keep ending (more than 5 in a minute); stopping. See the messages above.");
      stop("SIGTERM");
      process.exitCode = 1;
      return;
    }
    console.error(`Server process ${worker.process.pid} ended (${signal ?? code}); starting another.`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
} else {
  await serve();
}

function wantsLightHtml(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  // A client-side navigation or prefetch asks for the RSC payload, not for HTML.
  if (req.headers.rsc || req.headers["next-router-prefetch"]) return false;
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  return isLightPage(pathname);
}

/** Holds the response until Next has finished it, then sends it without scripts. */
function bufferResponse(req: IncomingMessage, res: ServerResponse) {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  delete req.headers["accept-encoding"]; // plain HTML from Next; compressed below
  const chunks: Buffer[] = [];
  let head: { status: number; headers?: OutgoingHttpHeaders } | null = null;
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === "object" && r !== null) as OutgoingHttpHeaders | undefined;
    head = { status, headers };
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => undefined;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk != null && typeof chunk !== "function") chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    if (head) {
      res.statusCode = head.status;
      for (const [k, v] of Object.entries(head.headers ?? {})) if (v !== undefined) res.setHeader(k, v);
    }
    let body = Buffer.concat(chunks);
    if (String(res.getHeader("content-type") ?? "").startsWith("text/html")) {
      const light = stripScripts(body.toString("utf8"));
      if (light !== null) body = Buffer.from(light, "utf8");
    }
    if (gzip && body.length > 1024) {
      body = gzipSync(body);
      res.setHeader("content-encoding", "gzip");
    }
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    res.setHeader("content-length", body.length);
    writeHead(res.statusCode);
    const cb = [chunk, ...rest].find((r) => typeof r === "function") as (() => void) | undefined;
    return end(req.method === "HEAD" ? undefined : body, cb);
  }) as typeof res.end;
}

async function serve() {
  const app = next({ dev: false, port, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    if (wantsLightHtml(req)) bufferResponse(req, res);
    void handle(req, res);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use by another program; set PORT to a free one.` : `The server cannot listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`▲ Next.js production server on http://localhost:${port} (${concurrency} process${concurrency > 1 ? "es" : ""})`);
  });
}
