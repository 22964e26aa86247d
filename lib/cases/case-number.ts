import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatCaseNumber } from "./codes";

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The next case number of the year (WIB), counted in the caller's transaction (no gaps, no repeats). */
export async function nextCaseNumber(tx: Tx, now: Date = new Date()): Promise<string> {
  const year = new Date(now.getTime() + WIB_OFFSET_MS).getUTCFullYear();
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "CaseNumberCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "CaseNumberCounter"."last" + 1
    RETURNING "last"`;
  return formatCaseNumber(year, rows[0]!.last);
}
