import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ImportStatus } from "./import-status";
import type { FileKind } from "./sniff-file";

// Where imports live between the steps: one folder per upload under .data/imports (or
// LONTAR_IMPORT_DIR), holding the uploaded file, status.json, the problems found
// (errors.ndjson) and the valid rows in COPY format (rows.copy). The files hold personal
// data: the upload and the rows go once the import is committed or cancelled, and whole
// folders after a day.

export const KEEP_IMPORTS_MS = 24 * 60 * 60 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function importsRoot(): string {
  return path.resolve(process.env.LONTAR_IMPORT_DIR || path.join(process.cwd(), ".data", "imports"));
}

export function isImportId(id: string): boolean {
  return ID.test(id);
}

export function importPaths(id: string, kind?: FileKind) {
  if (!isImportId(id)) throw new Error(`not an import id: ${id}`);
  const dir = path.join(importsRoot(), id);
  return {
    dir,
    source: path.join(dir, `source.${kind ?? "bin"}`),
    status: path.join(dir, "status.json"),
    errors: path.join(dir, "errors.ndjson"),
    rows: path.join(dir, "rows.copy"),
  };
}

export async function newImportDir(): Promise<{ id: string; dir: string }> {
  const id = randomUUID();
  const dir = importPaths(id).dir;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return { id, dir };
}

/** Replaces status.json in one step (write, then rename), so a reader never sees half a file. */
export async function writeStatus(status: ImportStatus): Promise<void> {
  const file = importPaths(status.id).status;
  const tmp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(tmp, JSON.stringify({ ...status, updatedAt: new Date().toISOString() }), { mode: 0o600 });
  await rename(tmp, file);
}

export async function readStatus(id: string): Promise<ImportStatus | null> {
  if (!isImportId(id)) return null;
  try {
    return JSON.parse(await readFile(importPaths(id).status, "utf8")) as ImportStatus;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Drops the uploaded file and the prepared rows (after a commit): only the summary and the problems stay. */
export async function removeWorkingFiles(status: Pick<ImportStatus, "id" | "kind">): Promise<void> {
  const p = importPaths(status.id, status.kind);
  await rm(p.source, { force: true });
  await rm(p.rows, { force: true });
}

export async function removeImport(id: string): Promise<void> {
  await rm(importPaths(id).dir, { recursive: true, force: true });
}

/** Removes import folders older than a day (called on each new upload). */
export async function removeOldImports(now = Date.now()): Promise<number> {
  let removed = 0;
  const root = importsRoot();
  const entries = await readdir(root).catch(() => [] as string[]);
  for (const name of entries) {
    if (!isImportId(name)) continue;
    const info = await stat(path.join(root, name)).catch(() => null);
    if (info && now - info.mtimeMs > KEEP_IMPORTS_MS) {
      await removeImport(name);
      removed++;
    }
  }
  return removed;
}

/** The user's own imports, newest first (for the upload page). */
export async function listImportStatuses(ownerId: string, limit = 10): Promise<ImportStatus[]> {
  const entries = await readdir(importsRoot()).catch(() => [] as string[]);
  const found: ImportStatus[] = [];
  for (const name of entries) {
    const status = await readStatus(name).catch(() => null);
    if (status && status.ownerId === ownerId) found.push(status);
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}
