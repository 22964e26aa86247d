import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/authz";
import { commitImport, ImportChangedError, type CommitMeta } from "./commit-import";
import type { ImportFailure, ImportStatus } from "./import-status";
import { readStatus, writeStatus } from "./job-store";
import { prepareImport, UnreadableFileError } from "./prepare-import";

// Runs the long steps of an import in the background of the server process: the request
// that starts one answers at once and the page polls status.json. At most two steps run at
// a time (each streams a file and holds one database connection); more wait their turn.

const MAX_PARALLEL = 2;
type Jobs = { running: Set<string>; active: number; queue: (() => void)[] };
const globalForJobs = globalThis as unknown as { lontarImportJobs?: Jobs };
const jobs: Jobs = (globalForJobs.lontarImportJobs ??= { running: new Set(), active: 0, queue: [] });

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (jobs.active >= MAX_PARALLEL) await new Promise<void>((resolve) => jobs.queue.push(resolve));
  jobs.active++;
  try {
    return await work();
  } finally {
    jobs.active--;
    jobs.queue.shift()?.();
  }
}

function failureOf(error: unknown, during: ImportFailure["during"]): ImportFailure {
  if (error instanceof ImportChangedError) return { reason: "changed", during };
  if (error instanceof UnreadableFileError) return { reason: "unreadable", during };
  const ref = randomUUID().slice(0, 8);
  console.error(`[import-error ${ref}]`, error);
  return { reason: "unexpected", during, ref };
}

function run(id: string, during: ImportFailure["during"], work: () => Promise<unknown>): boolean {
  if (jobs.running.has(id)) return false;
  jobs.running.add(id);
  void slot(work)
    .catch(async (error) => {
      const latest = await readStatus(id).catch(() => null);
      if (latest) await writeStatus({ ...latest, stage: "failed", heartbeatAt: null, progress: null, failure: failureOf(error, during) });
    })
    .finally(() => jobs.running.delete(id));
  return true;
}

export function isJobRunning(id: string): boolean {
  return jobs.running.has(id);
}

/** Starts validating (status must already say stage "validating" with a mapping). */
export function startValidation(status: ImportStatus): boolean {
  return run(status.id, "validating", () => prepareImport(status));
}

/** Starts the commit (status must already say stage "committing"). */
export function startCommit(actor: Actor, status: ImportStatus, meta: CommitMeta): boolean {
  return run(status.id, "committing", () => commitImport(actor, status, meta));
}

/** For tests and the benchmark: resolves when no import step is running any more. */
export async function waitForImportJobs(timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (jobs.running.size > 0) {
    if (Date.now() > until) throw new Error("import jobs still running");
    await new Promise((r) => setTimeout(r, 25));
  }
}
