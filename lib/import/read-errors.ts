import "server-only";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { ImportStatus } from "./import-status";
import { importPaths } from "./job-store";
import type { ErrorEntry } from "./prepare-import";

// The problems found in a file, in line order, read from errors.ndjson one line at a time
// (a file full of mistakes can hold hundreds of thousands).

export async function* readErrors(status: Pick<ImportStatus, "id">): AsyncGenerator<ErrorEntry> {
  const input = createReadStream(importPaths(status.id).errors, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line) yield JSON.parse(line) as ErrorEntry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  } finally {
    lines.close();
    input.destroy();
  }
}

export const ERROR_PAGE_SIZE = 50;

/** One page of problems (1-based page number) and whether more follow. */
export async function readErrorPage(status: Pick<ImportStatus, "id">, page: number, size = ERROR_PAGE_SIZE): Promise<{ entries: ErrorEntry[]; hasMore: boolean }> {
  const skip = (Math.max(1, page) - 1) * size;
  const entries: ErrorEntry[] = [];
  let seen = 0;
  for await (const entry of readErrors(status)) {
    if (seen++ < skip) continue;
    if (entries.length === size) return { entries, hasMore: true };
    entries.push(entry);
  }
  return { entries, hasMore: false };
}
