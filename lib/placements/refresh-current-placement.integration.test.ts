import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement, ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { changePlacementStatus } from "./change-placement-status";
import { createPlacement } from "./create-placement";
import { refreshCurrentPlacement } from "./refresh-current-placement";
import { updatePlacement } from "./update-placement";

const LONTAR = "36.04.13.2007";
const NOW = new Date("2026-06-01T05:00:00Z");
const FORM = { channel: "P3MI", recruiterName: "PT Lama", contractStart: "", contractEnd: "", departureDate: "", returnDate: "" } as const;
const current = (personId: string) =>
  db.person.findUniqueOrThrow({
    where: { id: personId },
    select: { currentPlacementId: true, currentStatus: true, currentCountryCode: true, currentJobCode: true, currentSector: true, currentRecruiter: true, currentChecklistComplete: true, version: true },
  });

let organizer: Actor;
let personId: string;

describe("refreshCurrentPlacement", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    personId = (await createTestPerson(db, { villageCode: LONTAR })).id;
  });

  it("follows create, update and cancel; falls back to the latest cancelled one; never raises Person.version", async () => {
    // A returned trip to Malaysia.
    const old = await createTestPlacement(db, { personId, status: "RETURNED", countryCode: "MY", jobCode: "PLANTATION_WORKER", departureDate: new Date("2020-02-01"), returnDate: new Date("2022-02-01") });
    expect(await current(personId)).toMatchObject({ currentPlacementId: old.id, currentStatus: "RETURNED", currentSector: "FORMAL", version: 0 });

    // A new trip planned for August: the later departure is current.
    const { id } = await createPlacement(organizer, { personId, ...FORM, countryCode: "TW", jobCode: "ELDERLY_CARER", departureDate: "2026-08-01" }, { now: NOW });
    expect(await current(personId)).toMatchObject({
      currentPlacementId: id,
      currentStatus: "PROSPECTIVE",
      currentCountryCode: "TW",
      currentJobCode: "ELDERLY_CARER",
      currentSector: "INFORMAL",
      currentRecruiter: "PT Lama",
      currentChecklistComplete: false,
    });

    await updatePlacement(organizer, { id, version: 0, ...FORM, countryCode: "KR", jobCode: "FACTORY_WORKER", recruiterName: "", departureDate: "2026-08-01" }, { now: NOW });
    expect(await current(personId)).toMatchObject({ currentPlacementId: id, currentCountryCode: "KR", currentSector: "FORMAL", currentRecruiter: null });

    // Cancelled: the returned trip is current again.
    await changePlacementStatus(organizer, { id, version: 1, to: "CANCELLED", confirm: "on" }, { now: NOW });
    expect(await current(personId)).toMatchObject({ currentPlacementId: old.id, currentStatus: "RETURNED", currentCountryCode: "MY" });

    // Only cancelled trips: the latest of them.
    await db.placement.update({ where: { id: old.id }, data: { status: "CANCELLED" } });
    await refreshCurrentPlacement(db, personId);
    expect(await current(personId)).toMatchObject({ currentPlacementId: id, currentStatus: "CANCELLED", currentCountryCode: "KR" });
    expect((await current(personId)).version).toBe(0);
  });

  it("orders undated placements after dated ones, then by creation; no placement clears the fields", async () => {
    const dated = await createTestPlacement(db, { personId, status: "DEPARTED", departureDate: new Date("2025-01-01"), createdAt: new Date("2025-01-01") });
    await createTestPlacement(db, { personId, countryCode: "JP", createdAt: new Date("2026-01-01") });
    expect((await current(personId)).currentPlacementId).toBe(dated.id);

    await db.placementRequirement.deleteMany({});
    await db.placement.deleteMany({});
    await refreshCurrentPlacement(db, personId);
    expect(await current(personId)).toMatchObject({ currentPlacementId: null, currentStatus: null, currentCountryCode: null, currentSector: null, currentChecklistComplete: null });
  });
});
