import "server-only";
import { writeFile } from "node:fs/promises";
import { assertCan, ForbiddenError, type Actor } from "@/lib/authz";
import { guessMapping } from "./fields";
import type { ImportStatus } from "./import-status";
import { importPaths, newImportDir, removeImport, removeOldImports, writeStatus } from "./job-store";
import { readFileHead } from "./read-rows";
import { sniffFile, type SniffResult } from "./sniff-file";

// Step 1 of an import: the uploaded file is checked by its bytes, kept in its own folder,
// and its header row read for the mapping form, with a first guess of the mapping.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const MAX_NAME = 200;

export type UploadRefusal = "missing" | "tooLarge" | "noHeader" | "unreadable" | Exclude<SniffResult, { kind: "xlsx" | "csv" }>["reason"];
export type UploadOutcome = { ok: true; id: string } | { ok: false; reason: UploadRefusal };

/** The file name as shown back to the user: no path, no control characters, not too long. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f<>]/g, "").trim().slice(0, MAX_NAME) || "berkas";
}

export async function uploadImport(actor: Actor, file: { name: string; bytes: Uint8Array }): Promise<UploadOutcome> {
  assertCan(actor, "registry:import");
  if (!actor.villageCode) throw new ForbiddenError("registry:import");
  if (file.bytes.length === 0) return { ok: false, reason: "missing" };
  if (file.bytes.length > MAX_UPLOAD_BYTES) return { ok: false, reason: "tooLarge" };
  const sniffed = sniffFile(file.bytes);
  if (!sniffed.kind) return { ok: false, reason: sniffed.reason };

  await removeOldImports().catch((error) => console.error("[import-cleanup]", error));
  const { id } = await newImportDir();
  const paths = importPaths(id, sniffed.kind);
  try {
    await writeFile(paths.source, file.bytes, { mode: 0o600 });
    const head = await readFileHead(paths.source, sniffed.kind).catch(() => undefined);
    if (head === undefined) {
      await removeImport(id);
      return { ok: false, reason: "unreadable" };
    }
    if (head === null) {
      await removeImport(id);
      return { ok: false, reason: "noHeader" };
    }
    const now = new Date().toISOString();
    const status: ImportStatus = {
      id,
      ownerId: actor.id,
      villageCode: actor.villageCode,
      fileName: cleanFileName(file.name),
      kind: sniffed.kind,
      size: file.bytes.length,
      createdAt: now,
      updatedAt: now,
      stage: "mapping",
      heartbeatAt: null,
      headerLine: head.headerLine,
      headers: head.headers,
      sample: head.sample,
      mapping: guessMapping(head.headers),
      progress: null,
      preview: null,
      result: null,
      failure: null,
    };
    await writeStatus(status);
    return { ok: true, id };
  } catch (error) {
    await removeImport(id);
    throw error;
  }
}
