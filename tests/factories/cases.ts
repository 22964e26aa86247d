// Cases for tests, the demo seed and e2e fixtures, inserted straight through Prisma with a
// number from the same counter the app uses and a hashed PIN. Framework-free: pass any PrismaClient.
import type { Case, CaseCategory, CaseStatus, PrismaClient } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password-hash";
import { generateTrackingCode } from "../../lib/cases/codes";
import { dueAtFor, DEFAULT_DEADLINE_RULES } from "../../lib/cases/deadlines";
import { formatCaseNumber } from "../../lib/cases/codes";
import { ensureVillage } from "./villages";

type Db = Pick<PrismaClient, "case" | "caseEvent" | "region" | "village" | "$queryRaw">;

/** The PIN every factory case gets unless told otherwise. */
export const TEST_CASE_PIN = "246810";

export type TestCaseOptions = Partial<Omit<Case, "id" | "number" | "trackingCode" | "pinHash" | "createdAt" | "updatedAt">> & {
  villageCode: string;
  pin?: string;
  trackingCode?: string;
};

export async function createTestCase(db: Db, opts: TestCaseOptions): Promise<Case> {
  const { pin, trackingCode, ...overrides } = opts;
  await ensureVillage(db, opts.villageCode);
  const reportedAt = overrides.reportedAt ?? new Date();
  const year = reportedAt.getUTCFullYear();
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO "CaseNumberCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "CaseNumberCounter"."last" + 1 RETURNING "last"`;
  const status: CaseStatus = overrides.status ?? "REPORTED";
  const urgent = overrides.urgent ?? false;
  const category: CaseCategory = overrides.category ?? "UNPAID_WAGES";
  const created = await db.case.create({
    data: {
      workerName: "Siti Aminah",
      reporterName: "Ahmad",
      whatHappened: "Gaji tiga bulan belum dibayar.",
      ...overrides,
      category,
      status,
      urgent,
      reportedAt,
      dueAt: overrides.dueAt !== undefined ? overrides.dueAt : dueAtFor(status, urgent, reportedAt, DEFAULT_DEADLINE_RULES),
      closeReason: overrides.closeReason ?? (status === "CLOSED" ? "RESOLVED" : null),
      number: formatCaseNumber(year, rows[0]!.last),
      trackingCode: trackingCode ?? generateTrackingCode(),
      pinHash: await hashPassword(pin ?? TEST_CASE_PIN),
    },
  });
  await db.caseEvent.create({ data: { caseId: created.id, kind: "REPORTED", at: reportedAt, toStatus: "REPORTED" } });
  return created;
}
