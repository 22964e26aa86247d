import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { changePlacementStatus, UNVERIFIED_DEPARTURE_ACTION } from "./change-placement-status";
import { getPlacement } from "./get-placement";
import { PlacementRefusal } from "./refusals";
import { REQUIREMENT_CODES } from "./requirements";
import { updateRequirement } from "./update-requirement";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-06-01T05:00:00Z");

let organizer: Actor;
let official: Actor;
let officialB: Actor;
let personId: string;

async function placementWithChecklist() {
  return createTestPlacement(db, { personId, departureDate: null });
}

describe("checklist items and status changes", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    officialB = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: SUSUKAN }));
    personId = (await createTestPerson(db, { villageCode: LONTAR, name: "Nur Halimah" })).id;
  });

  it("an organizer marks an item SUBMITTED (dated today) but cannot verify it or the placement", async () => {
    const p = await placementWithChecklist();
    await updateRequirement(organizer, { placementId: p.id, code: "P13_PASSPORT", status: "SUBMITTED", date: "", note: "Fotokopi paspor diterima" }, { now: NOW });
    const item = await db.placementRequirement.findUniqueOrThrow({ where: { placementId_code: { placementId: p.id, code: "P13_PASSPORT" } } });
    expect(item).toMatchObject({ status: "SUBMITTED", verifiedById: null, note: "Fotokopi paspor diterima" });
    expect(item.date?.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(await db.auditLog.findFirst({ where: { action: "placement-requirement.update" } })).toMatchObject({
      entity: "PlacementRequirement",
      entityId: `${p.id}:P13_PASSPORT`,
      villageCode: LONTAR,
      after: { status: "SUBMITTED" },
    });

    await expect(updateRequirement(organizer, { placementId: p.id, code: "P13_PASSPORT", status: "VERIFIED" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changePlacementStatus(organizer, { id: p.id, version: 0, to: "VERIFIED" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "PROSPECTIVE", version: 0 });
  });

  it("an official verifies every item (recorded as verifier), then the placement; Person.current* follows", async () => {
    const p = await placementWithChecklist();
    for (const code of REQUIREMENT_CODES) {
      await updateRequirement(official, { placementId: p.id, code, status: "VERIFIED", date: "2026-05-30" }, { now: NOW });
    }
    const items = await db.placementRequirement.findMany({ where: { placementId: p.id } });
    expect(items.every((i) => i.status === "VERIFIED" && i.verifiedById === official.id)).toBe(true);
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ checklistComplete: true });
    expect(await db.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ currentChecklistComplete: true });

    await changePlacementStatus(official, { id: p.id, version: 0, to: "VERIFIED" }, { now: NOW });
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "VERIFIED", version: 1 });
    expect(await db.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ currentStatus: "VERIFIED" });
    expect(await db.auditLog.findFirst({ where: { action: "placement.status" } })).toMatchObject({
      entityId: p.id,
      before: { status: "PROSPECTIVE", version: 0 },
      after: { status: "VERIFIED", version: 1 },
    });
    // An organizer cannot undo an official's verification.
    await expect(updateRequirement(organizer, { placementId: p.id, code: "P5_AGE", status: "SUBMITTED" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("verifying with an incomplete checklist is refused with a message", async () => {
    const p = await placementWithChecklist();
    await expect(changePlacementStatus(official, { id: p.id, version: 0, to: "VERIFIED" }, { now: NOW })).rejects.toMatchObject({
      field: "_form",
      messageKey: "checklistIncomplete",
    });
  });

  it("a change the current status does not allow is refused, naming both statuses", async () => {
    const p = await createTestPlacement(db, { personId, status: "RETURNED", departureDate: new Date("2024-01-01"), returnDate: new Date("2026-01-01") });
    const refusal = await changePlacementStatus(organizer, { id: p.id, version: 0, to: "DEPARTED", departureDate: "2026-02-01" }, { now: NOW }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PlacementRefusal);
    expect(refusal).toMatchObject({ field: "_form", messageKey: "transitionNotAllowed", params: { from: "RETURNED", to: "DEPARTED" } });
    await expect(changePlacementStatus(organizer, { id: p.id, version: 0, to: "CANCELLED", confirm: "on" }, { now: NOW })).rejects.toMatchObject({
      messageKey: "transitionNotAllowed",
    });
  });

  it("departing needs a departure date (the form may send it); returning a return date", async () => {
    const p = await createTestPlacement(db, { personId, status: "VERIFIED", checklist: "verified", verifiedById: official.id });
    await expect(changePlacementStatus(organizer, { id: p.id, version: 0, to: "DEPARTED" }, { now: NOW })).rejects.toMatchObject({
      field: "departureDate",
      messageKey: "departureDateRequired",
    });
    await changePlacementStatus(organizer, { id: p.id, version: 0, to: "DEPARTED", departureDate: "2026-05-20" }, { now: NOW });
    await expect(changePlacementStatus(organizer, { id: p.id, version: 1, to: "RETURNED" }, { now: NOW })).rejects.toMatchObject({ messageKey: "returnDateRequired" });
    await expect(changePlacementStatus(organizer, { id: p.id, version: 1, to: "RETURNED", returnDate: "2026-05-19" }, { now: NOW })).rejects.toEqual(
      new FieldError("returnDate", "returnBeforeDeparture"),
    );
    await changePlacementStatus(organizer, { id: p.id, version: 1, to: "RETURNED", returnDate: "2026-05-31" }, { now: NOW });
    expect(await db.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ currentStatus: "RETURNED" });
  });

  it("leaving without the village's verification needs the confirmation and is recorded as such", async () => {
    const p = await placementWithChecklist();
    await expect(changePlacementStatus(organizer, { id: p.id, version: 0, to: "DEPARTED", departureDate: "2026-05-20" }, { now: NOW })).rejects.toMatchObject({
      field: "confirmUnverified",
      messageKey: "unverifiedConfirmationRequired",
    });
    await changePlacementStatus(organizer, { id: p.id, version: 0, to: "DEPARTED", departureDate: "2026-05-20", confirmUnverified: "on" }, { now: NOW });
    const placement = await db.placement.findUniqueOrThrow({ where: { id: p.id } });
    expect(placement).toMatchObject({ status: "DEPARTED", channel: "P3MI" }); // the channel is not rewritten
    expect(await db.auditLog.findFirst({ where: { action: UNVERIFIED_DEPARTURE_ACTION } })).toMatchObject({
      entityId: p.id,
      after: { status: "DEPARTED", departedWithoutVerification: true },
    });
    expect((await getPlacement(organizer, p.id)).departedWithoutVerification).toBe(true);
  });

  it("a stale version is refused; cancelling needs the confirmation; an official of another village gets NotFound", async () => {
    const p = await placementWithChecklist();
    await expect(changePlacementStatus(organizer, { id: p.id, version: 3, to: "CANCELLED", confirm: "on" }, { now: NOW })).rejects.toEqual(
      new FieldError("_form", "versionConflict"),
    );
    await expect(changePlacementStatus(organizer, { id: p.id, version: 0, to: "CANCELLED" }, { now: NOW })).rejects.toMatchObject({ name: "ZodError" });
    await expect(changePlacementStatus(officialB, { id: p.id, version: 0, to: "CANCELLED", confirm: "on" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRequirement(officialB, { placementId: p.id, code: "P5_AGE", status: "VERIFIED" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlacement(officialB, p.id)).rejects.toBeInstanceOf(NotFoundError);

    await changePlacementStatus(organizer, { id: p.id, version: 0, to: "CANCELLED", confirm: "on" }, { now: NOW });
    expect(await db.placement.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "CANCELLED" });
    await expect(updateRequirement(organizer, { placementId: p.id, code: "P5_AGE", status: "SUBMITTED" }, { now: NOW })).rejects.toMatchObject({ messageKey: "placementClosed" });
  });

  it("BP3MI staff of the region can read the placement but not change it", async () => {
    const p = await placementWithChecklist();
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    const other = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    expect((await getPlacement(bp3mi, p.id)).requirements.map((r) => r.code)).toEqual([...REQUIREMENT_CODES]);
    await expect(getPlacement(other, p.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRequirement(bp3mi, { placementId: p.id, code: "P5_AGE", status: "SUBMITTED" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
