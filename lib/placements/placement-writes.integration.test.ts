import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestPlacement, ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createPlacement } from "./create-placement";
import { PlacementRefusal } from "./refusals";
import { REQUIREMENT_CODES } from "./requirements";
import { updatePlacement } from "./update-placement";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const NOW = new Date("2026-06-01T05:00:00Z");

const FORM = {
  countryCode: "HK",
  jobCode: "HOUSEKEEPER",
  channel: "P3MI",
  employer: "Mrs Chan Siu Ling",
  recruiterName: "PT Sinar Jaya Abadi",
  agentName: "",
  agentPhone: "",
  sip2miNumber: "",
  contractStart: "2026-07-01",
  contractEnd: "2028-06-30",
  departureDate: "",
  returnDate: "",
  contactAbroadName: "",
  contactAbroadPhone: "+852 9123 4567",
} as const;

let organizer: Actor;
let organizerB: Actor;
let personId: string;

describe("createPlacement and updatePlacement", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    personId = (await createTestPerson(db, { villageCode: LONTAR, name: "Nur Halimah" })).id;
  });

  it("creates a PROSPECTIVE placement in the person's village with the 13 checklist items MISSING, audited", async () => {
    const { id } = await createPlacement(organizer, { personId, ...FORM }, { now: NOW, ip: "10.0.0.1" });
    const placement = await db.placement.findUniqueOrThrow({ where: { id }, include: { requirements: true } });
    expect(placement).toMatchObject({ status: "PROSPECTIVE", villageCode: LONTAR, countryCode: "HK", agentName: null, contactAbroadPhone: "+852 9123 4567", version: 0, checklistComplete: false });
    expect(placement.contractStart?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(placement.requirements.map((r) => r.code).sort()).toEqual([...REQUIREMENT_CODES].sort());
    expect(placement.requirements.every((r) => r.status === "MISSING" && r.date === null)).toBe(true);

    const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(person).toMatchObject({ currentPlacementId: id, currentStatus: "PROSPECTIVE", currentCountryCode: "HK", currentJobCode: "HOUSEKEEPER", currentSector: "INFORMAL", currentRecruiter: "PT Sinar Jaya Abadi", currentChecklistComplete: false });

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "placement.create" } });
    expect(entry).toMatchObject({ entity: "Placement", entityId: id, villageCode: LONTAR, actorId: organizer.id, ip: "10.0.0.1" });
    expect(entry.after).toMatchObject({ status: "PROSPECTIVE", countryCode: "HK", personId });
  });

  it("refuses a contract that ends before it starts, and an unknown job; nothing is written", async () => {
    await expect(createPlacement(organizer, { personId, ...FORM, contractEnd: "2026-06-30" }, { now: NOW })).rejects.toEqual(new FieldError("contractEnd", "contractEndBeforeStart"));
    await expect(createPlacement(organizer, { personId, ...FORM, jobCode: "ASTRONAUT" }, { now: NOW })).rejects.toEqual(new FieldError("jobCode", "invalidChoice"));
    expect(await db.placement.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("another village's organizer cannot give the person a placement (NotFound)", async () => {
    await expect(createPlacement(organizerB, { personId, ...FORM }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.placement.count()).toBe(0);
  });

  it("BP3MI staff and admins cannot write placements", async () => {
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    await expect(createPlacement(bp3mi, { personId, ...FORM }, { now: NOW })).rejects.toMatchObject({ name: "ForbiddenError" });
  });

  it("saves with the version it was loaded with; a stale version changes nothing", async () => {
    const { id } = await createPlacement(organizer, { personId, ...FORM }, { now: NOW });
    const saved = await updatePlacement(organizer, { id, version: 0, ...FORM, countryCode: "TW", jobCode: "ELDERLY_CARER", recruiterName: "PT Karya Mandiri" }, { now: NOW });
    expect(saved.version).toBe(1);

    // A second user still holds the form of version 0.
    const stale = updatePlacement(organizer, { id, version: 0, ...FORM, employer: "Someone else" }, { now: NOW });
    await expect(stale).rejects.toEqual(new FieldError("_form", "versionConflict"));
    await expect(stale).rejects.toBeInstanceOf(FieldError);

    const placement = await db.placement.findUniqueOrThrow({ where: { id } });
    expect(placement).toMatchObject({ countryCode: "TW", employer: FORM.employer, version: 1 });
    const person = await db.person.findUniqueOrThrow({ where: { id: personId } });
    expect(person).toMatchObject({ currentCountryCode: "TW", currentJobCode: "ELDERLY_CARER", currentRecruiter: "PT Karya Mandiri" });

    const entries = await db.auditLog.findMany({ where: { action: "placement.update" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ before: { countryCode: "HK", version: 0 }, after: { countryCode: "TW", version: 1 } });
  });

  it("a departed placement keeps its departure date, not in the future", async () => {
    const placement = await createTestPlacement(db, { personId, status: "DEPARTED", departureDate: new Date("2026-01-10T00:00:00Z") });
    const input = { id: placement.id, version: 0, ...FORM, contractStart: "", contractEnd: "" };
    await expect(updatePlacement(organizer, { ...input, departureDate: "" }, { now: NOW })).rejects.toEqual(new FieldError("departureDate", "required"));
    await expect(updatePlacement(organizer, { ...input, departureDate: "2026-06-02" }, { now: NOW })).rejects.toEqual(new FieldError("departureDate", "dateInFuture"));
    await expect(updatePlacement(organizer, { ...input, departureDate: "2026-01-10", returnDate: "2026-01-01" }, { now: NOW })).rejects.toEqual(
      new FieldError("returnDate", "returnBeforeDeparture"),
    );
    await updatePlacement(organizer, { ...input, departureDate: "2026-01-12" }, { now: NOW });
    expect((await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).departureDate?.toISOString()).toBe("2026-01-12T00:00:00.000Z");
  });

  it("another village's organizer gets NotFound for the placement, and an official of the village can edit it", async () => {
    const { id } = await createPlacement(organizer, { personId, ...FORM }, { now: NOW });
    await expect(updatePlacement(organizerB, { id, version: 0, ...FORM, employer: "x" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    await updatePlacement(official, { id, version: 0, ...FORM, employer: "Mr Wong" }, { now: NOW });
    expect((await db.placement.findUniqueOrThrow({ where: { id } })).employer).toBe("Mr Wong");
  });

  it("refusals carry their own message keys", () => {
    expect(new PlacementRefusal("_form", "notDeparted")).toBeInstanceOf(FieldError);
  });
});
