import type { ColumnMapping } from "./fields";
import type { FileKind } from "./sniff-file";

// An import is a small job kept on disk (.data/imports/<id>/status.json) rather than in a
// table, so the registry schema stays as it is (docs/decisions/010). The page and the
// status route read this file; the background steps rewrite it as they go.

export type ImportStage = "mapping" | "validating" | "preview" | "committing" | "done" | "failed";

export type ImportPreview = {
  /** Data rows read (blank rows not counted). */
  rows: number;
  /** Rows without problems: they are what a commit writes. */
  valid: number;
  /** Of the valid rows: NIK not yet in the registry / already in the actor's village. */
  new: number;
  update: number;
  /** Valid rows that carry a current placement. */
  placements: number;
  /** Rows with at least one problem, and the problems in all. */
  errorRows: number;
  errors: number;
};

export type ImportResult = {
  created: number;
  updated: number;
  /** Rows matched by NIK whose data was already the same. */
  unchanged: number;
  households: number;
  placements: number;
  /** Rows left out because they had problems. */
  skipped: number;
};

export type ImportFailure = {
  /** interrupted: the server stopped mid-way; changed: the registry changed since the preview;
   * unreadable: the file could not be read; noRows / tooManyRows: nothing to import or too much. */
  reason: "interrupted" | "changed" | "unreadable" | "noRows" | "tooManyRows" | "unexpected";
  /** The step that failed: after a failed commit, nothing was written and the preview still stands. */
  during: "validating" | "committing";
  /** Reference in the server log for an unexpected error. */
  ref?: string;
};

export type ImportStatus = {
  id: string;
  ownerId: string;
  villageCode: string;
  fileName: string;
  kind: FileKind;
  size: number;
  createdAt: string;
  updatedAt: string;
  stage: ImportStage;
  /** Written while a background step runs; an old one means the step died with the server. */
  heartbeatAt: string | null;
  /** The header row's number, its cells, and a few rows under it (for the mapping form). */
  headerLine: number;
  headers: string[];
  sample: string[][];
  mapping: ColumnMapping | null;
  /** While validating: bytes of the file read; while committing: the commit's steps done. */
  progress: { done: number; total: number; step?: CommitStep } | null;
  preview: ImportPreview | null;
  result: ImportResult | null;
  failure: ImportFailure | null;
};

export const COMMIT_STEPS = ["copy", "households", "people", "placements", "audit"] as const;
export type CommitStep = (typeof COMMIT_STEPS)[number];

export const RUNNING_STAGES: readonly ImportStage[] = ["validating", "committing"];

/** A step whose heartbeat is older than this died (server restart): its transaction was rolled back. */
export const STALE_AFTER_MS = 60_000;

export function percentDone(status: Pick<ImportStatus, "progress" | "stage">): number {
  if (status.stage === "done" || status.stage === "preview") return 100;
  const p = status.progress;
  if (!p || p.total <= 0) return 0;
  return Math.min(99, Math.floor((p.done / p.total) * 100));
}

/** The status as the page should see it: a running step without a recent heartbeat has failed. */
export function effectiveStatus(status: ImportStatus, now = Date.now()): ImportStatus {
  if (!RUNNING_STAGES.includes(status.stage)) return status;
  const beat = Date.parse(status.heartbeatAt ?? status.updatedAt);
  if (now - beat <= STALE_AFTER_MS) return status;
  const during = status.stage === "committing" ? "committing" : "validating";
  return { ...status, stage: "failed", failure: { reason: "interrupted", during } };
}
