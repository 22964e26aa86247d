// `npm run bench`: the registry under load (docs/decisions/011-scale-and-benchmark.md).
// Starts the production build (scripts/start.ts, which builds when the sources changed) on
// 127.0.0.1:3200 against the bench database filled by `npm run db:seed:scale`, signs in as
// BP3MI staff (region 36, the widest scope) and as the organizer of the biggest village,
// and measures with autocannon (16 connections, 3 s warm-up, 15 s): name search, NIK search,
// list page 1, a page 90% down the list, a person page; plus two baselines: the name search
// as raw SQL through pg (16 clients) and /bench-floor (one SELECT 1). Prints a table with
// each scenario's ratio to the baselines, checks issue 3's targets, appends the results to
// docs/benchmarks.md, stops the server. Loopback only; every step has a time limit.
//   tsx --conditions=react-server scripts/bench.ts [--duration 15] [--warmup 3] [--connections 16]
//     [--port 3200] [--roles bp3mi,organizer] [--only name,nik,list,deep,person] [--no-write]
//     [--base-url http://localhost:3000 --demo]   (harness development against a running server)
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { embeddedUrl } from "../lib/db/connection";
import { openBenchDatabase } from "./bench/bench-database";
import { BENCH_PASSWORD, BENCH_USERS } from "./bench/bench-users";
import { pickFixtures } from "./bench/fixtures";
import { checkScenario, httpLoad, type HttpScenario, type LoadResult } from "./bench/http-load";
import { printTable } from "./bench/load-summary";
import { loadPerCore, machineFacts } from "./bench/machine";
import { rawNameSearch } from "./bench/raw-search";
import { checkTargets, HEADERS, markdownSection, rows, type Measurement } from "./bench/report";
import { startBenchServer, type BenchServer } from "./bench/server";
import { signIn } from "./bench/sign-in";
import { sqlLoad } from "./bench/sql-load";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: "3200" },
    roles: { type: "string", default: "bp3mi,organizer" },
    only: { type: "string", default: "name,nik,list,deep,person" },
    "no-write": { type: "boolean", default: false },
    "base-url": { type: "string" },
    demo: { type: "boolean", default: false },
    "build-timeout": { type: "string", default: "1800" },
  },
});
const load = { connections: Number(args.connections), duration: Number(args.duration), warmup: Number(args.warmup) };
const only = new Set(args.only.split(","));
const ROLE_KEYS: Record<string, "BP3MI_STAFF" | "ORGANIZER"> = { bp3mi: "BP3MI_STAFF", organizer: "ORGANIZER" };
const log = (m: string) => console.log(`[bench] ${m}`);

// The demo users of `npm run dev` (harness development only: dev-mode numbers mean nothing).
const DEMO = [
  { role: "BP3MI_STAFF" as const, email: "bp3mi@lontar.id", villageCode: null, regionCode: "36" },
  { role: "ORGANIZER" as const, email: "pendamping@lontar.id", villageCode: "36.04.13.2007", regionCode: null },
];
const DEMO_PASSWORD = "demo kerang hijau tirtayasa";

const users = args.roles.split(",").map((k) => {
  const role = ROLE_KEYS[k.trim()];
  if (!role) throw new Error(`Unknown role "${k}" (use bp3mi, organizer)`);
  return (args.demo ? DEMO : BENCH_USERS).find((u) => u.role === role)!;
});

// A hard stop, whatever hangs: the longest legitimate run is the build plus the scenarios.
const scenarioCount = users.length * (only.size + 1) + 1;
const limitMs = (Number(args["build-timeout"]) + 120 + scenarioCount * (load.duration + load.warmup + 30)) * 1000;
let server: BenchServer | undefined;
const guard = setTimeout(() => {
  console.error(`[bench] still running after ${Math.round(limitMs / 60000)} min: stopping.`);
  void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(3));
}, limitMs);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130)));
}

const bench = args.demo ? { url: embeddedUrl("dev"), external: true, stop: async () => undefined } : await openBenchDatabase({ quiet: true });
const client = new pg.Client({ connectionString: bench.url });
await client.connect();
let exitCode = 0;
try {
  const version = (await client.query<{ v: string }>("SELECT split_part(version(), ' on ', 1) AS v")).rows[0]!.v;
  const facts = machineFacts(version);
  const counts = (await client.query<{ people: number; placements: number; villages: number }>(
    `SELECT (SELECT count(*) FROM "Person")::int AS people, (SELECT count(*) FROM "Placement")::int AS placements, (SELECT count(*) FROM "Village")::int AS villages`,
  )).rows[0]!;
  if (!args.demo && counts.people < 1000) throw new Error("The bench database is (nearly) empty: run npm run db:seed:scale first.");
  log(`${counts.people.toLocaleString("en")} people, ${counts.placements.toLocaleString("en")} placements in ${counts.villages} villages`);
  if (loadPerCore() > 0.5) log(`warning: load average ${os.loadavg()[0]!.toFixed(2)} on ${os.availableParallelism()} CPUs before starting; other work on this machine will show in the numbers.`);

  const fixtures = await pickFixtures(client, users);
  log(`name search "${fixtures.nameQuery}" (a misspelling of "${fixtures.nameQueryFrom}"), NIK of ${fixtures.personName}, deep pages at 90%`);

  if (args["base-url"]) {
    server = { baseUrl: args["base-url"].replace(/\/$/, ""), logFile: "", stop: async () => undefined };
  } else {
    log(`starting the production server on port ${args.port} (builds first if the sources changed)…`);
    const started = performance.now();
    server = await startBenchServer({ port: Number(args.port), databaseUrl: bench.url, timeoutMs: Number(args["build-timeout"]) * 1000, log });
    log(`server up after ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const base = server.baseUrl;

  // A request the server is still working on when autocannon stops (a slow query keeps running
  // after the client has gone) would slow down the next scenario: wait until the bench database
  // has no active statement left but ours.
  const settle = async () => {
    const until = Date.now() + 180_000;
    let quiet = 0;
    while (quiet < 2 && Date.now() < until) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      quiet = rows[0]!.n === 0 ? quiet + 1 : 0;
      if (quiet < 2) await new Promise((r) => setTimeout(r, 500));
    }
    if (quiet < 2) log("warning: the database was still busy 180 s after the last scenario");
  };

  const measurements: Measurement[] = [];
  const measureHttp = async (scenario: string, role: string, s: HttpScenario) => {
    await settle();
    const path = s.url.slice(base.length);
    const check = await checkScenario(s);
    if (!check.ok) {
      log(`${scenario} (${role}): skipped, ${check.reason}`);
      measurements.push({ scenario, role, path, result: null, skipped: check.reason });
      return;
    }
    log(`${scenario} (${role}) ${path.length > 70 ? `${path.slice(0, 67)}…` : path}: first request ${Math.round(check.ms)} ms, loading…`);
    measurements.push({ scenario, role, path, result: await httpLoad(s, load) });
  };

  await measureHttp("floor (/bench-floor)", "–", { url: `${base}/bench-floor`, expect: /<h1[^>]*>1<\/h1>/ });
  const sqlByRole = new Map<string, LoadResult>();
  for (const rf of fixtures.roles) {
    const role = rf.role === "BP3MI_STAFF" ? "BP3MI (region 36)" : `organizer (${rf.actor.villageCode})`;
    const password = args.demo ? DEMO_PASSWORD : BENCH_PASSWORD;
    const { cookie } = await signIn(base, rf.email, password);
    log(`signed in as ${rf.email}; ${rf.people.toLocaleString("en")} people in scope`);

    await settle();
    log(`raw SQL name search (${role}), ${load.connections} clients…`);
    const sql = await sqlLoad(bench.url, rawNameSearch(rf.actor, fixtures.nameQuery), load);
    sqlByRole.set(role, sql);
    measurements.push({ scenario: "raw SQL name search", role, path: "pg", result: sql });

    const q = (v: string) => encodeURIComponent(v);
    if (only.has("name")) await measureHttp("name search", role, { url: `${base}/registry?q=${q(fixtures.nameQuery)}`, cookie, expect: "/registry/people/" });
    if (only.has("nik")) await measureHttp("NIK search", role, { url: `${base}/registry?q=${fixtures.nik}`, cookie, expect: `/registry/people/${fixtures.personId}` });
    if (only.has("list")) await measureHttp("list page 1", role, { url: `${base}/registry`, cookie, expect: "/registry/people/" });
    if (only.has("deep")) await measureHttp("list deep page", role, { url: `${base}/registry?cursor=${rf.deepCursor}`, cookie, expect: `/registry/people/${rf.deepFirstId}` });
    if (only.has("person")) await measureHttp("person page", role, { url: `${base}/registry/people/${fixtures.personId}`, cookie, expect: fixtures.personName });
  }

  const floor = measurements.find((m) => m.scenario.startsWith("floor"))?.result;
  const table = rows(measurements, (role) => sqlByRole.get(role), floor);
  console.log("");
  printTable(HEADERS, table);
  const targets = checkTargets(measurements.filter((m) => !m.scenario.startsWith("raw SQL")));
  console.log("");
  for (const t of targets) console.log(`${t.ok ? "PASS" : "FAIL"}  ${t.label}: ${t.detail}`);
  if (targets.some((t) => !t.ok)) exitCode = 1;

  const devRun = !!args["base-url"];
  if (!args["no-write"] && !devRun) {
    const file = "docs/benchmarks.md";
    const header = "# Benchmarks\n\nResults of `npm run bench` (docs/decisions/011-scale-and-benchmark.md), newest last. Data from `npm run db:seed:scale`.\n\n";
    if (!existsSync(file)) await writeFile(file, header);
    else if (!(await readFile(file, "utf8")).startsWith("# Benchmarks")) await writeFile(file, header + (await readFile(file, "utf8")));
    await appendFile(
      file,
      `\n${markdownSection({
        facts,
        loadAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
        settings: `${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per scenario, autocannon on 127.0.0.1:${args.port}, production build (npm start: scripts/serve.ts), app pool DATABASE_POOL_SIZE=${process.env.DATABASE_POOL_SIZE ?? "10 (default)"}.`,
        data: `${counts.people.toLocaleString("en")} people, ${counts.placements.toLocaleString("en")} placements, ${counts.villages} villages; BP3MI scope ${fixtures.roles.find((r) => r.role === "BP3MI_STAFF")?.people.toLocaleString("en") ?? "–"} people, organizer scope ${fixtures.roles.find((r) => r.role === "ORGANIZER")?.people.toLocaleString("en") ?? "–"}.`,
        queries: [
          `name search: \`/registry?q=${fixtures.nameQuery}\` (misspelled "${fixtures.nameQueryFrom}")`,
          `NIK search: \`/registry?q=<NIK of a worker in the organizer's village>\``,
          `deep page: the page after row 90% of the scope in name order (\`?cursor=…\`)`,
          `person page: \`/registry/people/<id>\` of the worker with the most placements in the organizer's village`,
          `raw SQL: the list's own name-search statement (lib/registry/people-sql.ts: BP3MI the spelling-key range with a capped count, organizer \`name % q\` in a MATERIALIZED CTE; top ${25 + 1}) through pg, ${load.connections} clients`,
        ],
        table,
        targets,
        notes: [],
      })}`,
    );
    log(`results appended to ${file}`);
  }
} catch (error) {
  console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  clearTimeout(guard);
  await server?.stop();
  await client.end().catch(() => undefined);
  await bench.stop();
}
process.exit(exitCode);
