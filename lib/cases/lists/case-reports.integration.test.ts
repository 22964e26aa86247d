import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { countCasesByCategoryAndMonth, countCasesByStatus, medianDaysToResolution } from "./case-reports";

const A = "36.04.13.2007";
const B = "36.04.13.2008";
const PANDEGLANG = "36.01.01.2001";
const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => new Date(iso);
const plus = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const YEAR_2026 = { from: "2026-01", to: "2026-12" };

async function staff(regionCode = "36.04") {
  return actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode }));
}

describe("case reports", () => {
  beforeEach(resetDatabase);

  it("counts cases by category and WIB month of the report, in scope and period", async () => {
    await createTestCase(db, { villageCode: A, category: "UNPAID_WAGES", reportedAt: at("2026-01-05T03:00:00Z") });
    await createTestCase(db, { villageCode: B, category: "UNPAID_WAGES", reportedAt: at("2026-01-20T03:00:00Z") });
    await createTestCase(db, { villageCode: A, category: "TRAFFICKING", urgent: true, reportedAt: at("2026-01-10T03:00:00Z") });
    // 31 Jan 18:00 UTC is 1 Feb 01:00 WIB: a February case.
    await createTestCase(db, { villageCode: A, category: "UNPAID_WAGES", reportedAt: at("2026-01-31T18:00:00Z") });
    await createTestCase(db, { villageCode: A, category: "DEATH", urgent: true, reportedAt: at("2026-03-02T03:00:00Z"), status: "CLOSED", closedAt: at("2026-03-09T03:00:00Z"), closeReason: "HANDED_OVER", dueAt: null });
    // Outside the period, and outside the region.
    await createTestCase(db, { villageCode: A, category: "UNPAID_WAGES", reportedAt: at("2025-12-31T16:59:00Z") });
    await createTestCase(db, { villageCode: PANDEGLANG, category: "UNPAID_WAGES", reportedAt: at("2026-01-05T03:00:00Z") });
    const bp3mi = await staff();

    expect(await countCasesByCategoryAndMonth(bp3mi, YEAR_2026)).toEqual([
      { month: "2026-01", category: "TRAFFICKING", count: 1 },
      { month: "2026-01", category: "UNPAID_WAGES", count: 2 },
      { month: "2026-02", category: "UNPAID_WAGES", count: 1 },
      { month: "2026-03", category: "DEATH", count: 1 },
    ]);
    expect(await countCasesByCategoryAndMonth(bp3mi, { from: "2026-02", to: "2026-02" })).toEqual([{ month: "2026-02", category: "UNPAID_WAGES", count: 1 }]);
    // 31 Dec 2025 16:59 UTC is 23:59 WIB: still December.
    expect(await countCasesByCategoryAndMonth(bp3mi, { from: "2025-12", to: "2025-12" })).toEqual([{ month: "2025-12", category: "UNPAID_WAGES", count: 1 }]);

    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    expect(await countCasesByCategoryAndMonth(organizer, YEAR_2026)).toEqual([{ month: "2026-01", category: "UNPAID_WAGES", count: 1 }]);

    expect(await countCasesByStatus(bp3mi, YEAR_2026)).toEqual({ REPORTED: 4, VERIFIED: 0, IN_MEDIATION: 0, REFERRED: 0, RESOLVED: 0, CLOSED: 1 });
  });

  it("gives the median days from report to resolution of the cases resolved in the period", async () => {
    const start = at("2026-02-01T03:00:00Z");
    // Resolved in 2, 4 and 10 days: the median is 4.
    await createTestCase(db, { villageCode: A, reportedAt: start, status: "RESOLVED", resolvedAt: plus(start, 2), dueAt: null });
    await createTestCase(db, { villageCode: B, reportedAt: start, status: "CLOSED", resolvedAt: plus(start, 10), closedAt: plus(start, 12), closeReason: "RESOLVED", dueAt: null });
    // Closed as resolved without a resolution moment: closedAt counts.
    await createTestCase(db, { villageCode: A, reportedAt: start, status: "CLOSED", closedAt: plus(start, 4), closeReason: "RESOLVED", dueAt: null });
    // Not resolutions: closed for another reason, still open, another region, resolved outside the period.
    await createTestCase(db, { villageCode: A, reportedAt: start, status: "CLOSED", closedAt: plus(start, 1), closeReason: "COMPLAINANT_UNREACHABLE", dueAt: null });
    await createTestCase(db, { villageCode: A, reportedAt: start });
    await createTestCase(db, { villageCode: PANDEGLANG, reportedAt: start, status: "RESOLVED", resolvedAt: plus(start, 30), dueAt: null });
    await createTestCase(db, { villageCode: A, reportedAt: at("2025-11-01T03:00:00Z"), status: "RESOLVED", resolvedAt: at("2025-12-20T03:00:00Z"), dueAt: null });
    const bp3mi = await staff();

    expect(await medianDaysToResolution(bp3mi, YEAR_2026)).toEqual({ medianDays: 4, resolved: 3 });
    // An even count: the mean of the middle two (4 and 10).
    await createTestCase(db, { villageCode: B, reportedAt: start, status: "RESOLVED", resolvedAt: plus(start, 20), dueAt: null });
    expect(await medianDaysToResolution(bp3mi, YEAR_2026)).toEqual({ medianDays: 7, resolved: 4 });
    expect(await medianDaysToResolution(bp3mi, { from: "2025-12", to: "2025-12" })).toEqual({ medianDays: 49, resolved: 1 });
    expect(await medianDaysToResolution(bp3mi, { from: "2027-01", to: "2027-03" })).toEqual({ medianDays: null, resolved: 0 });
    expect(await medianDaysToResolution(await staff("36.01"), YEAR_2026)).toEqual({ medianDays: 30, resolved: 1 });
  });

  it("refuses roles without case:read", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(countCasesByCategoryAndMonth(admin, YEAR_2026)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(countCasesByStatus(admin, YEAR_2026)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(medianDaysToResolution(admin, YEAR_2026)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
