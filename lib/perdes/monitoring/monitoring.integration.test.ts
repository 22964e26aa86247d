import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/authz";
import type { PlacementStatus } from "@/lib/db/generated/client";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { exportMonitoringList } from "./export-monitoring";
import { countMonitoring, listMonitoring } from "./list-monitoring";

const A = "36.71.01.1001";
const B = "36.71.01.1002";
const LONTAR = "36.04.13.2007";
const NOVEMBER = { from: "2026-11", to: "2026-11" };
// 15 Nov 2026 12:00 WIB.
const NOW = new Date("2026-11-15T05:00:00Z");
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

type Trip = { status: PlacementStatus; departure: string | null; contractEnd?: string | null; returnDate?: string | null; nonProcedural?: boolean };

async function trip(villageCode: string, name: string, t: Trip) {
  const person = await createTestPerson(db, { villageCode, name });
  const p = await createTestPlacement(db, {
    personId: person.id,
    status: t.status,
    departureDate: day(t.departure),
    contractEnd: day(t.contractEnd ?? null),
    returnDate: day(t.returnDate ?? null),
  });
  if (t.nonProcedural) await db.placement.update({ where: { id: p.id }, data: { nonProcedural: true } });
  return p;
}

describe("departure and return monitoring", () => {
  beforeEach(resetDatabase);

  it("counts and lists by hand-checked rules, returns due longest overdue first", async () => {
    await trip(A, "Ani", { status: "DEPARTED", departure: "2026-11-03", contractEnd: "2028-11-02" });
    await trip(A, "Budi", { status: "VERIFIED", departure: "2026-11-25" });
    const cici = await trip(A, "Cici", { status: "DEPARTED", departure: "2024-01-10", contractEnd: "2026-01-09" });
    const dedi = await trip(A, "Dedi", { status: "DEPARTED", departure: "2024-06-01", contractEnd: "2026-11-14" });
    await trip(A, "Euis", { status: "DEPARTED", departure: "2024-06-02", contractEnd: "2026-11-15" }); // ends today: not yet due
    await trip(A, "Fajar", { status: "RETURNED", departure: "2024-05-01", contractEnd: "2026-05-01", returnDate: "2026-11-02" });
    await trip(A, "Gita", { status: "DEPARTED", departure: "2026-11-10", nonProcedural: true });
    await trip(A, "Hadi", { status: "CANCELLED", departure: "2026-11-05", nonProcedural: true });
    const imported = await trip(A, "Intan", { status: "DEPARTED", departure: null });
    await trip(A, "Joko", { status: "DEPARTED", departure: "2024-01-01", contractEnd: "2025-12-31", returnDate: "2026-01-05" });
    const kiki = await trip(B, "Kiki", { status: "DEPARTED", departure: "2024-03-01", contractEnd: "2026-03-01" });
    await trip(LONTAR, "Lina", { status: "DEPARTED", departure: "2026-11-01", contractEnd: "2026-11-02", nonProcedural: true });

    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.71" }));
    expect(await countMonitoring(bp3mi, NOVEMBER, { now: NOW })).toEqual({ departures: 2, abroad: 8, returnsDue: 3, returns: 1, nonProcedural: 1 });

    const due = await listMonitoring(bp3mi, "returnsDue", NOVEMBER, null, { now: NOW });
    expect(due.rows.map((r) => [r.personName, r.daysOverdue])).toEqual([["Cici", 310], ["Kiki", 259], ["Dedi", 1]]);
    expect(due.rows[0]).toMatchObject({ placementId: cici.id, villageCode: A, countryCode: "HK", countryNameId: "Hong Kong", contractEnd: day("2026-01-09") });
    expect(due.nextCursor).toBeNull();

    // Keyset pages of two.
    const first = await listMonitoring(bp3mi, "returnsDue", NOVEMBER, null, { now: NOW, pageSize: 2 });
    expect(first.rows.map((r) => r.placementId)).toEqual([cici.id, kiki.id]);
    const second = await listMonitoring(bp3mi, "returnsDue", NOVEMBER, first.nextCursor, { now: NOW, pageSize: 2 });
    expect(second.rows.map((r) => r.placementId)).toEqual([dedi.id]);
    expect(second.nextCursor).toBeNull();

    const departures = await listMonitoring(bp3mi, "departures", NOVEMBER, null, { now: NOW });
    // Budi (VERIFIED, a planned date) has not left: not a departure (decision 022).
    expect(departures.rows.map((r) => r.personName)).toEqual(["Ani", "Gita"]);
    const abroad = await listMonitoring(bp3mi, "abroad", NOVEMBER, null, { now: NOW });
    expect(abroad.rows[0]!.placementId).toBe(imported.id); // no departure day: first
    expect(abroad.rows.map((r) => r.personName).slice(1)).toEqual(["Joko", "Cici", "Kiki", "Dedi", "Euis", "Ani", "Gita"]);
    expect((await listMonitoring(bp3mi, "returns", NOVEMBER, null, { now: NOW })).rows.map((r) => r.personName)).toEqual(["Fajar"]);
    expect((await listMonitoring(bp3mi, "nonProcedural", NOVEMBER, null, { now: NOW })).rows.map((r) => r.personName)).toEqual(["Gita"]);
    // A quarter: October departures do not exist, so the same two.
    expect((await countMonitoring(bp3mi, { from: "2026-10", to: "2026-12" }, { now: NOW })).departures).toBe(2);
    expect((await countMonitoring(bp3mi, { from: "2026-12", to: "2026-12" }, { now: NOW })).departures).toBe(0);

    // The organizer of Sukasari sees their village only; Serang's BP3MI only Lontar.
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    expect(await countMonitoring(organizerB, NOVEMBER, { now: NOW })).toEqual({ departures: 0, abroad: 1, returnsDue: 1, returns: 0, nonProcedural: 0 });
    const serang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    expect((await listMonitoring(serang, "returnsDue", NOVEMBER, null, { now: NOW })).rows.map((r) => [r.personName, r.villageName])).toEqual([["Lina", "Lontar"]]);
    expect(await countMonitoring(actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" })), NOVEMBER, { now: NOW })).toEqual({
      departures: 0, abroad: 0, returnsDue: 0, returns: 0, nonProcedural: 0,
    });
  });

  it("exports a whole list and records it in the audit log", async () => {
    await trip(A, "Ani", { status: "DEPARTED", departure: "2024-01-10", contractEnd: "2026-01-09" });
    await trip(LONTAR, "Lina", { status: "DEPARTED", departure: "2024-01-10", contractEnd: "2026-01-09" });
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: A }));
    const { rows, truncated } = await exportMonitoringList(official, "returnsDue", NOVEMBER, { format: "xlsx", now: NOW, ip: "127.0.0.1" });
    expect(rows.map((r) => r.personName)).toEqual(["Ani"]);
    expect(truncated).toBe(false);
    const audit = await db.auditLog.findFirst({ where: { action: "perdes.monitoring-export" } });
    expect(audit).toMatchObject({ actorId: official.id, villageCode: A, after: { list: "returnsDue", from: "2026-11", to: "2026-11", format: "xlsx", rows: 1, truncated: false } });
  });

  it("refuses ADMIN, which has no monitoring permission", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(countMonitoring(admin, NOVEMBER)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMonitoring(admin, "abroad", NOVEMBER)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportMonitoringList(admin, "abroad", NOVEMBER, { format: "csv" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
