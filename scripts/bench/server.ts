// The production server under test: `scripts/start.ts` (which builds first when the sources
// changed, exactly as `npm start` does) on a port of its own, against the bench database,
// with the /bench-floor page switched on. Its output goes to a log file; it is stopped with
// its whole process group when the benchmark ends, however it ends.

import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

export type BenchServer = { baseUrl: string; logFile: string; stop: () => Promise<void> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBenchServer(opts: { port: number; databaseUrl: string; timeoutMs: number; log: (m: string) => void }): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  if (await healthy(baseUrl)) throw new Error(`Something already answers on ${baseUrl}; stop it or pick another --port.`);
  const logFile = path.join(process.cwd(), ".data", "bench-server.log");
  await mkdir(path.dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile);
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts", "--port", String(opts.port), "--no-seed"],
    {
      env: {
        ...process.env,
        DATABASE_URL: opts.databaseUrl,
        APP_URL: baseUrl,
        NEXTAUTH_URL: baseUrl,
        BENCH_FLOOR: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // its own process group: next start and the build die with it
    },
  );
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  let exited: number | null = null;
  child.on("exit", (code) => {
    exited = code ?? 1;
  });

  const stop = async () => {
    if (exited !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 50 && exited === null; i++) await sleep(200);
    if (exited === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };

  const deadline = Date.now() + opts.timeoutMs;
  let lastNote = 0;
  while (!(await healthy(baseUrl))) {
    if (exited !== null) {
      const tail = (await readFile(logFile, "utf8").catch(() => "")).split("\n").slice(-30).join("\n");
      throw new Error(`The server exited (code ${exited}) before answering. Last lines of ${logFile}:\n${tail}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /api/health within ${Math.round(opts.timeoutMs / 1000)} s (see ${logFile}).`);
    }
    if (Date.now() - lastNote > 30_000) {
      lastNote = Date.now();
      opts.log(`waiting for ${baseUrl}/api/health (building if the sources changed; log: ${path.relative(process.cwd(), logFile)})`);
    }
    await sleep(1000);
  }
  return { baseUrl, logFile, stop };
}

export async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}
