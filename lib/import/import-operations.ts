import "server-only";
import { assertCan, ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { checkMapping, type ColumnMapping, type MappingProblem } from "./fields";
import { effectiveStatus, type ImportStatus } from "./import-status";
import { listImportStatuses, readStatus, removeImport, writeStatus } from "./job-store";
import { isJobRunning, startCommit, startValidation } from "./run-import-job";

// What the import pages do with an import: read it, set the mapping (which starts the
// validation), confirm (which starts the commit), cancel. An import belongs to the user who
// uploaded it, in their village: anyone else gets "not found".

function assertImporter(actor: Actor): string {
  assertCan(actor, "registry:import");
  if (!actor.villageCode) throw new ForbiddenError("registry:import");
  return actor.villageCode;
}

export async function getImport(actor: Actor, id: string): Promise<ImportStatus> {
  const villageCode = assertImporter(actor);
  const status = await readStatus(id);
  if (!status || status.ownerId !== actor.id || status.villageCode !== villageCode) throw new NotFoundError("Import");
  // A running step whose process is gone (server restart) has failed; its transaction was rolled back.
  const effective = effectiveStatus(status);
  return effective.stage === "failed" && status.stage !== "failed" && !isJobRunning(id) ? effective : status;
}

/** The actor's own imports of the last day, newest first, as the page should see them. */
export async function listOwnImports(actor: Actor): Promise<ImportStatus[]> {
  const villageCode = assertImporter(actor);
  const found = await listImportStatuses(actor.id);
  return found.filter((s) => s.villageCode === villageCode).map((s) => (isJobRunning(s.id) ? s : effectiveStatus(s)));
}

const busy = (s: ImportStatus) => s.stage === "validating" || s.stage === "committing" || s.stage === "done" || isJobRunning(s.id);

export type MappingOutcome = { ok: true } | { ok: false; problems: MappingProblem[] } | { ok: false; busy: true };

/** Saves the column mapping and starts checking every row (again, after a change). */
export async function setImportMapping(actor: Actor, id: string, mapping: ColumnMapping): Promise<MappingOutcome> {
  const status = await getImport(actor, id);
  if (busy(status)) return { ok: false, busy: true };
  const problems = checkMapping(mapping, status.headers.length);
  if (problems.length > 0) return { ok: false, problems };
  const next: ImportStatus = {
    ...status,
    stage: "validating",
    mapping,
    heartbeatAt: new Date().toISOString(),
    progress: { done: 0, total: status.size },
    preview: null,
    failure: null,
  };
  await writeStatus(next);
  startValidation(next);
  return { ok: true };
}

/** Back to the mapping form, keeping the current choices. */
export async function reopenImportMapping(actor: Actor, id: string): Promise<boolean> {
  const status = await getImport(actor, id);
  if (busy(status)) return false;
  await writeStatus({ ...status, stage: "mapping", preview: null, failure: null, progress: null });
  return true;
}

export type ConfirmOutcome = { ok: true } | { ok: false; reason: "notReady" | "mustSkipErrors" | "nothingToImport" };

/**
 * Starts the commit. With rows in error, the user must have chosen to import the good rows
 * and leave the others out (`skipErrors`); nothing is written before that.
 */
export async function confirmImport(actor: Actor, id: string, opts: { skipErrors: boolean; ip?: string | null }): Promise<ConfirmOutcome> {
  const status = await getImport(actor, id);
  const preview = status.preview;
  const retry = status.stage === "failed" && status.failure?.during === "committing" && status.failure.reason !== "changed";
  if (!preview || (status.stage !== "preview" && !retry) || isJobRunning(id)) return { ok: false, reason: "notReady" };
  if (preview.valid === 0) return { ok: false, reason: "nothingToImport" };
  if (preview.errorRows > 0 && !opts.skipErrors) return { ok: false, reason: "mustSkipErrors" };
  const next: ImportStatus = { ...status, stage: "committing", heartbeatAt: new Date().toISOString(), progress: { done: 0, total: 100, step: "copy" }, failure: null };
  await writeStatus(next);
  startCommit(actor, next, { ip: opts.ip });
  return { ok: true };
}

/** Throws the import away (its files hold personal data); not while a step runs. */
export async function cancelImport(actor: Actor, id: string): Promise<boolean> {
  const status = await getImport(actor, id);
  if (status.stage === "validating" || status.stage === "committing" || isJobRunning(id)) return false;
  await removeImport(id);
  return true;
}
