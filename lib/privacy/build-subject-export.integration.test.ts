import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Person } from "@/lib/db/generated/client";
import { mergePeople } from "@/lib/duplicates/merge-people";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestHousehold, createTestPerson } from "@/tests/factories/people";
import { createTestCheckIn, createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { buildSubjectExport } from "./build-subject-export";
import { recordConsent } from "./record-consent";
import { subjectExportJson } from "./subject-export-json";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let organizer: Actor;
let bp3mi: Actor;
let person: Person;

describe("buildSubjectExport", () => {
  beforeEach(async () => {
    await resetDatabase();
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, name: "Siti Pendamping" }));
    bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36", email: "dewi@bp3mi.uji.id" }));
    person = await createTestPerson(db, {
      villageCode: LONTAR,
      name: "Rina Marlina",
      birthDate: day("1995-05-17"),
      passportNumber: "C1234567",
      healthNotes: "Hipertensi ringan",
    });
  });

  it("holds every field in clear, the family, trips with checklist, check-ins, consents and the audit trail with a reveal", async () => {
    const head = await createTestPerson(db, { villageCode: LONTAR, name: "Dedi Supriadi", sex: "MALE", birthDate: day("1990-02-02") });
    const household = await createTestHousehold(db, {
      villageCode: LONTAR,
      members: [
        { personId: head.id, relation: "HEAD" },
        { personId: person.id, relation: "SPOUSE" },
      ],
    });
    const trip = await createTestPlacement(db, { personId: person.id, status: "DEPARTED", departureDate: day("2025-02-01"), checklist: "verified", verifiedById: organizer.id });
    const checkIn = await createTestCheckIn(db, { placementId: trip.id, contactedAt: new Date("2025-06-01T03:00:00Z"), recordedById: organizer.id });
    const consent = await recordConsent(organizer, { personId: person.id, givenOn: day("2025-01-10"), scopes: ["REGISTRY"] });
    // As the people engineer's reveal action writes it.
    await db.$transaction((tx) =>
      writeAudit(tx, { actor: bp3mi, action: "person.reveal-nik", entity: "Person", entityId: person.id, villageCode: LONTAR }),
    );
    await db.$transaction((tx) => writeAudit(tx, { actor: organizer, action: "person.update", entity: "Person", entityId: head.id, villageCode: LONTAR, before: { phone: null }, after: { phone: "0812" } }));
    await db.$transaction((tx) =>
      writeAudit(tx, { actor: organizer, action: "placement-requirement.update", entity: "PlacementRequirement", entityId: `${trip.id}:P13_PASSPORT`, villageCode: LONTAR, before: { status: "SUBMITTED" }, after: { status: "VERIFIED" } }),
    );

    const data = await buildSubjectExport(organizer, person.id, { format: "print", ip: "10.0.0.7" });

    expect(data.person).toMatchObject({ id: person.id, nik: person.nik, passportNumber: "C1234567", healthNotes: "Hipertensi ringan" });
    expect(data.village).toEqual({ code: LONTAR, name: "Lontar" });
    expect(data.household).toMatchObject({ kkNumber: household.kkNumber });
    expect(data.household!.members).toEqual([
      { name: "Dedi Supriadi", relationToHead: "HEAD", isSubject: false },
      { name: "Rina Marlina", relationToHead: "SPOUSE", isSubject: true },
    ]);
    // Only names and relations of the other members, never their identifiers.
    expect(JSON.stringify(data.household)).not.toContain(head.nik);
    expect(data.placements).toHaveLength(1);
    expect(data.placements[0]).toMatchObject({ id: trip.id, country: { nameId: "Hong Kong" }, job: { nameId: "Pengurus rumah tangga" } });
    expect(data.placements[0]!.requirements).toHaveLength(13);
    expect(data.placements[0]!.requirements[0]).toMatchObject({ code: "P5_AGE", status: "VERIFIED", verifiedByName: "Siti Pendamping" });
    expect(data.checkIns).toEqual([expect.objectContaining({ id: checkIn.id, recordedByName: "Siti Pendamping" })]);
    expect(data.consents).toEqual([expect.objectContaining({ id: consent.id, scopes: ["REGISTRY"], takenByName: "Siti Pendamping" })]);

    const actions = data.auditTrail.map((e) => e.action);
    expect(actions).toEqual(["consent.record", "person.reveal-nik", "placement-requirement.update", "person.subject-export"]);
    expect(data.auditTrail[1]).toMatchObject({ actorEmail: "dewi@bp3mi.uji.id", actorRole: "BP3MI_STAFF", entityId: person.id });
    expect(data.auditTrail[2]!.changedFields).toEqual(["status"]);
    // The export itself is an access to the record, audited.
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "person.subject-export" } })).toMatchObject({
      actorId: organizer.id,
      entity: "Person",
      entityId: person.id,
      villageCode: LONTAR,
      after: { format: "print" },
      ip: "10.0.0.7",
    });
  });

  it("includes the history of a record merged into the person", async () => {
    const duplicate = await createTestPerson(db, { villageCode: LONTAR, name: "Rina Marlinah", birthDate: day("1995-05-17") });
    await db.$transaction((tx) => writeAudit(tx, { actor: organizer, action: "person.create", entity: "Person", entityId: duplicate.id, villageCode: LONTAR, after: { name: "Rina Marlinah" } }));
    await mergePeople(organizer, { keepId: person.id, duplicateId: duplicate.id, keepVersion: person.version, duplicateVersion: duplicate.version, takeFromDuplicate: [] });

    const data = await buildSubjectExport(organizer, person.id, { format: "json" });
    expect(data.mergedRecordIds).toEqual([duplicate.id]);
    expect(data.auditTrail.map((e) => e.action)).toEqual(["person.create", "person.merge", "person.subject-export"]);
  });

  it("is refused to another village (NotFound, nothing audited) and to roles without the permission", async () => {
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    await expect(buildSubjectExport(organizerB, person.id, { format: "json" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildSubjectExport(organizer, "nope", { format: "json" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildSubjectExport(bp3mi, person.id, { format: "json" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditLog.count({ where: { action: "person.subject-export" } })).toBe(0);
  });

  it("writes JSON with calendar dates as days and moments in WIB", async () => {
    await createTestPlacement(db, { personId: person.id, departureDate: day("2025-02-01") });
    const json = JSON.parse(subjectExportJson(await buildSubjectExport(organizer, person.id, { format: "json" }))) as {
      formatVersion: number;
      generatedAt: string;
      person: { birthDate: string; nik: string };
      placements: { departureDate: string }[];
      auditTrail: { id: unknown; action: string; after: unknown }[];
    };
    expect(json.formatVersion).toBe(1);
    expect(json.person.birthDate).toBe("1995-05-17");
    expect(json.person.nik).toBe(person.nik);
    expect(json.placements[0]!.departureDate).toBe("2025-02-01");
    expect(json.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/);
    expect(json.auditTrail.at(-1)).toMatchObject({ action: "person.subject-export", after: { format: "json" } });
    expect(typeof json.auditTrail[0]!.id).toBe("string");
  });
});
