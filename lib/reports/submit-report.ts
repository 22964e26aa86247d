import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { hitLimit } from "@/lib/rate-limit/hit-limit";
import { normalisePhone } from "@/lib/recruiters/phone";
import { FieldError } from "@/lib/validation/errors";
import { generateReportCode, normaliseReportCode } from "./code";
import type { ReportInput } from "./schemas";

/** Five reports per address per ten minutes: enough for a family, not for a flood. */
export const REPORT_LIMIT = { max: 5, windowMs: 10 * 60_000 } as const;

export class RateLimitedError extends Error {
  constructor(public readonly retryAfterMs: number) {
    super("rate limited");
    this.name = "RateLimitedError";
  }
}

/**
 * A villager's report, anonymous allowed (public, no actor). Rate-limited per address;
 * the village must use Lontar (its region's staff will see the report). Answers the code
 * the reporter uses to follow it.
 */
export async function submitReport(input: ReportInput, meta: { ip: string }): Promise<{ code: string }> {
  const limit = await hitLimit(`report:${meta.ip}`, REPORT_LIMIT.max, REPORT_LIMIT.windowMs);
  if (!limit.allowed) throw new RateLimitedError(limit.retryAfterMs);
  const phone = input.phone ? normalisePhone(input.phone) : null;
  if (input.phone && !phone) throw new FieldError("phone", "invalidFormat");

  return db.$transaction(async (tx: Tx) => {
    const village = await tx.village.findUnique({ where: { code: input.villageCode }, select: { active: true } });
    if (!village?.active) throw new FieldError("villageCode", "unknownVillage");
    for (let attempt = 0; ; attempt++) {
      const code = generateReportCode();
      if (await tx.suspiciousReport.findUnique({ where: { code }, select: { id: true } })) {
        if (attempt < 5) continue;
        throw new Error("could not find a free report code");
      }
      const report = await tx.suspiciousReport.create({ data: { ...input, phone, code } });
      // The audit keeps who-did-what without the reporter's contact (only staff read it there).
      await writeAudit(tx, { actor: null, action: "report.submit", entity: "SuspiciousReport", entityId: report.id, villageCode: report.villageCode, after: { code, status: report.status }, ip: meta.ip });
      return { code };
    }
  });
}

/** What the reporter sees with the code: status and the staff's public note, nothing else. */
export async function getReportStatus(rawCode: string): Promise<{ code: string; status: "NEW" | "IN_REVIEW" | "LINKED" | "CLOSED"; publicNote: string | null; createdAt: Date; updatedAt: Date } | null> {
  const code = normaliseReportCode(rawCode);
  if (!code) return null;
  return db.suspiciousReport.findUnique({ where: { code }, select: { code: true, status: true, publicNote: true, createdAt: true, updatedAt: true } });
}
