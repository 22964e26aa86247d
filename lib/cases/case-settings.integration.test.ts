import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { verifyPassword } from "@/lib/auth/password-hash";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase, TEST_CASE_PIN } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { getCaseDeadlines, updateCaseDeadlines } from "./case-deadlines";
import { listHandlersFor } from "./list-handlers";
import { reportCase } from "./report-case";
import { resetCasePin } from "./reset-case-pin";

const LONTAR = "36.04.13.2007";
const MONDAY = new Date("2026-11-23T03:00:00Z");

let admin: Actor;
let organizer: Actor;
let staff: Actor;

const DEADLINES = {
  "REPORTED.workingDays": "2", "REPORTED.urgentHours": "12",
  "VERIFIED.workingDays": "5", "VERIFIED.urgentHours": "48",
  "IN_MEDIATION.workingDays": "14", "IN_MEDIATION.urgentHours": "168",
  "REFERRED.workingDays": "30", "REFERRED.urgentHours": "336",
};

describe("case settings", () => {
  beforeEach(async () => {
    await resetDatabase();
    admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04", name: "Dewi" }));
  });

  it("lets only admins change the due times, audited, and new cases follow them", async () => {
    expect((await getCaseDeadlines(admin)).find((r) => r.status === "REPORTED")).toEqual({ status: "REPORTED", workingDays: 3, urgentHours: 24 });
    await expect(updateCaseDeadlines(staff, DEADLINES)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateCaseDeadlines(admin, { ...DEADLINES, "REPORTED.workingDays": "0" })).rejects.toThrow();
    await updateCaseDeadlines(admin, DEADLINES);
    expect((await getCaseDeadlines(admin)).find((r) => r.status === "REPORTED")).toEqual({ status: "REPORTED", workingDays: 2, urgentHours: 12 });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "case.deadlines" } })).toMatchObject({ actorId: admin.id });
    const { id } = await reportCase(organizer, { workerName: "Nur", reporterName: "A", whatHappened: "x", category: "DEATH" }, { now: MONDAY });
    expect((await db.case.findUniqueOrThrow({ where: { id } })).dueAt?.toISOString()).toBe("2026-11-23T15:00:00.000Z");
  });

  it("gives the family a new PIN; the old one stops working", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR });
    const other = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: "36.04.13.2008" }));
    await expect(resetCasePin(other, { id: kase.id })).rejects.toBeInstanceOf(NotFoundError);
    const { pin, trackingCode } = await resetCasePin(organizer, { id: kase.id });
    expect(trackingCode).toBe(kase.trackingCode);
    const row = await db.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(await verifyPassword(row.pinHash, pin)).toBe(true);
    expect(await verifyPassword(row.pinHash, TEST_CASE_PIN)).toBe(pin === TEST_CASE_PIN);
    expect(await db.auditLog.count({ where: { action: "case.pin-reset", entityId: kase.id } })).toBe(1);
  });

  it("offers as handlers the active BP3MI staff whose region holds the village", async () => {
    await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36", name: "Provinsi" });
    await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01", name: "Pandeglang" });
    await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04", name: "Nonaktif", disabledAt: new Date() });
    expect((await listHandlersFor(LONTAR)).map((h) => h.name)).toEqual(["Dewi", "Provinsi"]);
  });
});
