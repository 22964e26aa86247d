// `npm start` (production build) and `npm run dev`: makes sure the database is there
// (embedded PostgreSQL unless DATABASE_URL is set), applies migrations, puts the demo data in
// when the database is empty, builds when the sources changed, then runs Next.
//   tsx scripts/start.ts [--dev] [--port 3000] [--database dev|test] [--no-seed]
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    database: { type: "string", default: "dev" },
    "no-seed": { type: "boolean", default: false },
  },
});
const kind = args.database === "test" ? "test" : "dev";
const port = args.port;

const SOURCES = ["app", "components", "lib", "prisma", "public", "proxy.ts", "next.config.ts", "package.json", "postcss.config.mjs"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const db = await ensureDatabase(kind);
const applied = await applyMigrations(db.url);
if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);

process.env.DATABASE_URL = db.url;
const { db: prisma } = await import("../lib/db/client");
const { seedDemo, demoLoginsText } = await import("../prisma/seed");
if (!args["no-seed"] && (await prisma.user.count()) === 0) {
  await seedDemo(prisma);
  console.log("Demo data loaded.");
}
await prisma.$disconnect();

const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.url,
  APP_URL: appUrl,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
};
const next = path.join("node_modules", ".bin", "next");

if (!args.dev && buildIsStale()) {
  console.log("Building the portal (first start or sources changed)…");
  const code = await run(next, ["build"], { ...env, NODE_ENV: "production" });
  if (code !== 0) {
    await db.stop();
    process.exit(code);
  }
}

console.log(`\nLontar: ${appUrl}\n${demoLoginsText()}\n`);
// Production runs through scripts/serve.ts (Next's handler; villagers' pages without scripts).
const child = args.dev
  ? spawn(next, ["dev", "-p", port], { stdio: "inherit", env })
  : spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/serve.ts", "--port", port], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production", NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) },
    });

/**
 * A larger young generation for the server processes: rendering a page allocates a few MB that
 * die with the request, and V8's default 16 MB semi-space turns that into many scavenges. 32 MB
 * cut the person page's CPU by about a tenth (docs/decisions/027); a user's own setting wins.
 */
function serverNodeOptions(current: string | undefined): string {
  if (current?.includes("--max-semi-space-size")) return current;
  return [current, "--max-semi-space-size=32"].filter(Boolean).join(" ");
}
let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
child.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
