// The production server that `npm start` runs: Next's own request handler, with one change:
// the villagers' pages leave without scripts (lib/http/light-pages.ts, docs/decisions/016).
//   tsx scripts/serve.ts --port 3000
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import next from "next";
import { isLightPage, stripScripts } from "../lib/http/light-pages";

const { values: args } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "3000" } } });
const port = Number(args.port);

const app = next({ dev: false, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

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

createServer((req, res) => {
  if (wantsLightHtml(req)) bufferResponse(req, res);
  void handle(req, res);
}).listen(port, () => {
  console.log(`▲ Next.js production server on http://localhost:${port}`);
});
