import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz";
import { changePlacementStatus } from "@/lib/placements/change-placement-status";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestLetter } from "@/tests/factories/perdes";
import { createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";

// Decision 022: reaching DEPARTED without a valid village letter issued on or before the
// departure day (WIB) marks the placement non-procedural, in the status change's transaction.
const LONTAR = "36.04.13.2007";
const NOW = new Date("2026-12-10T03:00:00Z");
const DEPARTURE = "2026-12-08";

let organizer: Actor;

async function verifiedPlacement() {
  const person = await createTestPerson(db, { villageCode: LONTAR, name: "Rina Marlina" });
  return createTestPlacement(db, { personId: person.id, status: "VERIFIED", checklist: "verified" });
}

const depart = (id: string, version = 0) => changePlacementStatus(organizer, { id, version, to: "DEPARTED", departureDate: DEPARTURE }, { now: NOW });

describe("non-procedural departures", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
  });

  it("DEPARTED without a letter is non-procedural, recorded in the audit entry", async () => {
    const p = await verifiedPlacement();
    await depart(p.id);
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "DEPARTED", nonProcedural: true });
    expect(await db.auditLog.findFirst({ where: { action: "placement.status", entityId: p.id } })).toMatchObject({ after: { status: "DEPARTED", nonProcedural: true } });
  });

  it("DEPARTED with a valid letter issued by the end of the departure day (WIB) is procedural", async () => {
    const p = await verifiedPlacement();
    // 8 Dec 23:30 WIB = 8 Dec 16:30 UTC: still the departure day.
    await createTestLetter(db, { placementId: p.id, issuedAt: new Date("2026-12-08T16:30:00Z") });
    await depart(p.id);
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ nonProcedural: false });
  });

  it("a letter issued after the departure day, or a revoked one, does not count", async () => {
    const late = await verifiedPlacement();
    // 9 Dec 00:30 WIB: the day after.
    await createTestLetter(db, { placementId: late.id, issuedAt: new Date("2026-12-08T17:30:00Z") });
    await depart(late.id);
    expect(await db.placement.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ nonProcedural: true });

    const revoked = await verifiedPlacement();
    await createTestLetter(db, { placementId: revoked.id, issuedAt: new Date("2026-12-01T03:00:00Z"), revoked: { reason: "Izin ditarik", at: new Date("2026-12-02T03:00:00Z") } });
    await depart(revoked.id);
    expect(await db.placement.findUniqueOrThrow({ where: { id: revoked.id } })).toMatchObject({ nonProcedural: true });
  });

  it("other status changes leave the flag alone", async () => {
    const p = await verifiedPlacement();
    await depart(p.id);
    await changePlacementStatus(organizer, { id: p.id, version: 1, to: "RETURNED", returnDate: "2026-12-09" }, { now: NOW });
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "RETURNED", nonProcedural: true });
  });
});
