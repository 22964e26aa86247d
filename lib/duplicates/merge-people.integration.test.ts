import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import type { Person } from "@/lib/db/generated/client";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestHousehold, createTestPerson } from "@/tests/factories/people";
import { createTestCheckIn, createTestPlacement } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createTestCase } from "@/tests/factories/cases";
import { createTestSession } from "@/tests/factories/perdes";
import { addTestMember, createTestGroup } from "@/tests/factories/groups";
import { LINKED_TABLES } from "./linked-tables";
import { mergePeople, type MergePeopleInput } from "./merge-people";

// Lets one test make the last step of the merge fail, to prove the merge is all-or-nothing.
const failRefresh = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/placements/refresh-current-placement", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/placements/refresh-current-placement")>();
  return {
    ...original,
    refreshCurrentPlacement: async (...args: Parameters<typeof original.refreshCurrentPlacement>) => {
      if (failRefresh.next) {
        failRefresh.next = false;
        throw new Error("simulated failure at the end of the merge");
      }
      return original.refreshCurrentPlacement(...args);
    },
  };
});

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let organizer: Actor;
let kept: Person;
let duplicate: Person;

async function snapshot() {
  return {
    people: await db.person.findMany({ orderBy: { id: "asc" } }),
    placements: await db.placement.findMany({ orderBy: { id: "asc" }, select: { id: true, personId: true } }),
    checkIns: await db.checkIn.findMany({ orderBy: { id: "asc" }, select: { id: true, personId: true } }),
    consents: await db.consent.findMany({ orderBy: { id: "asc" }, select: { id: true, personId: true } }),
    transfers: await db.transferRequest.findMany({ orderBy: { id: "asc" }, select: { id: true, personId: true } }),
    audit: await db.auditLog.count(),
  };
}

function input(overrides: Partial<MergePeopleInput> = {}): MergePeopleInput {
  return { keepId: kept.id, duplicateId: duplicate.id, keepVersion: kept.version, duplicateVersion: duplicate.version, takeFromDuplicate: [], ...overrides };
}

describe("mergePeople", () => {
  beforeEach(async () => {
    await resetDatabase();
    failRefresh.next = false;
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    kept = await createTestPerson(db, { villageCode: LONTAR, name: "Siti Aminah", birthDate: day("1990-01-01"), phone: null, healthNotes: "asma" });
    duplicate = await createTestPerson(db, { villageCode: LONTAR, name: "Siti Aminnah", birthDate: day("1990-01-01"), phone: "081234567890" });
  });

  it("moves every linked record to the kept person, takes the chosen fields, deletes the duplicate, audited", async () => {
    const household = await createTestHousehold(db, { villageCode: LONTAR, members: [{ personId: duplicate.id, relation: "SPOUSE" }] });
    const oldTrip = await createTestPlacement(db, { personId: kept.id, status: "RETURNED", departureDate: day("2015-03-01"), returnDate: day("2017-03-01") });
    const trip = await createTestPlacement(db, { personId: duplicate.id, status: "DEPARTED", departureDate: day("2025-02-01"), checklist: "verified" });
    const cancelled = await createTestPlacement(db, { personId: duplicate.id, status: "CANCELLED" });
    const checkIn = await createTestCheckIn(db, { placementId: trip.id, contactedAt: new Date("2025-06-01T03:00:00Z") });
    const consent = await db.consent.create({ data: { personId: duplicate.id, villageCode: LONTAR, givenOn: day("2024-01-01"), scopes: ["REGISTRY"] } });
    const transfer = await db.transferRequest.create({
      data: { personId: duplicate.id, fromVillageCode: LONTAR, toVillageCode: SUSUKAN, requestedById: organizer.id, reason: "pindah" },
    });
    const before = await db.person.findUniqueOrThrow({ where: { id: kept.id } });
    kept = before;
    duplicate = await db.person.findUniqueOrThrow({ where: { id: duplicate.id } });

    const result = await mergePeople(organizer, input({ takeFromDuplicate: ["phone", "household"] }), { ip: "10.1.1.1" });

    expect(await db.person.findUnique({ where: { id: duplicate.id } })).toBeNull();
    const after = await db.person.findUniqueOrThrow({ where: { id: kept.id } });
    expect(after).toMatchObject({
      name: "Siti Aminah",
      phone: "081234567890",
      healthNotes: "asma",
      householdId: household.id,
      relationToHead: "SPOUSE",
      version: kept.version + 1,
      // Rebuilt from the moved placements: the latest trip that is not cancelled.
      currentPlacementId: trip.id,
      currentStatus: "DEPARTED",
    });
    expect((await db.placement.findMany({ where: { personId: kept.id } })).map((p) => p.id).sort()).toEqual([oldTrip.id, trip.id, cancelled.id].sort());
    expect(await db.placementRequirement.count({ where: { placementId: trip.id } })).toBe(13);
    expect((await db.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } })).personId).toBe(kept.id);
    expect((await db.consent.findUniqueOrThrow({ where: { id: consent.id } })).personId).toBe(kept.id);
    expect((await db.transferRequest.findUniqueOrThrow({ where: { id: transfer.id } })).personId).toBe(kept.id);
    expect(result.moved.Placement.sort()).toEqual([trip.id, cancelled.id].sort());

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "person.merge" } });
    expect(entry).toMatchObject({ actorId: organizer.id, entity: "Person", entityId: kept.id, villageCode: LONTAR, ip: "10.1.1.1" });
    const b = entry.before as Record<string, Record<string, unknown>>;
    const a = entry.after as Record<string, unknown>;
    expect(b.kept).toMatchObject({ id: kept.id, name: "Siti Aminah", phone: null, version: kept.version });
    expect(b.duplicate).toMatchObject({ id: duplicate.id, name: "Siti Aminnah", phone: "081234567890", householdId: household.id });
    // Identifiers are masked in the log like every person entry.
    expect(b.duplicate!.nik).toMatch(/^\d{4}•{8}\d{4}$/);
    expect(b.kept!.healthNotes).toBe("[disembunyikan]");
    expect(a).toMatchObject({
      duplicateId: duplicate.id,
      takenFromDuplicate: ["phone", "household"],
      moved: { CheckIn: [checkIn.id], Consent: [consent.id], TransferRequest: [transfer.id] },
    });
  });

  it("moves the duplicate's cases and session attendance, keeping one attendance of a session both attended", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, personId: duplicate.id, workerName: duplicate.name });
    const both = await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-10-01"), attendeeIds: [kept.id, duplicate.id] });
    const onlyDuplicate = await createTestSession(db, { villageCode: LONTAR, heldOn: day("2026-11-01"), attendeeIds: [duplicate.id] });
    await mergePeople(organizer, input());
    expect((await db.case.findUniqueOrThrow({ where: { id: kase.id } })).personId).toBe(kept.id);
    const attendance = await db.sessionAttendance.findMany({ orderBy: { createdAt: "asc" } });
    expect(attendance.map((a) => [a.sessionId, a.personId]).sort()).toEqual([[both.id, kept.id], [onlyDuplicate.id, kept.id]].sort());
  });

  it("moves memberships; where both are open members of one group, the duplicate's ends and is kept as history", async () => {
    const shared = await createTestGroup(db, { villageCode: LONTAR, name: "Rumput Laut A" });
    const other = await createTestGroup(db, { villageCode: LONTAR, name: "Kerang Hijau B" });
    await addTestMember(db, { groupId: shared.id, personId: kept.id });
    const dupShared = await addTestMember(db, { groupId: shared.id, personId: duplicate.id, role: "TREASURER" });
    const dupOther = await addTestMember(db, { groupId: other.id, personId: duplicate.id });
    await mergePeople(organizer, input());
    const rows = await db.groupMember.findMany({ where: { personId: kept.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === dupShared.id)).toMatchObject({ leaveReason: "merge" });
    expect(rows.find((r) => r.id === dupShared.id)?.leftOn).not.toBeNull();
    expect(rows.find((r) => r.id === dupOther.id)?.leftOn).toBeNull();
  });

  it("can keep the duplicate's NIK with its birth date and sex (the NIK stays unique)", async () => {
    duplicate = await db.person.update({ where: { id: duplicate.id }, data: { name: "Siti Aminah" } });
    await mergePeople(organizer, input({ takeFromDuplicate: ["nik", "birthDate", "sex"], duplicateVersion: duplicate.version }));
    expect((await db.person.findUniqueOrThrow({ where: { id: kept.id } })).nik).toBe(duplicate.nik);
  });

  it("refuses a NIK that does not match the birth date or sex it would be kept with, writing nothing", async () => {
    duplicate = await createTestPerson(db, { villageCode: LONTAR, name: "Siti Aminah", birthDate: day("1991-07-07") });
    const before = await snapshot();
    await expect(mergePeople(organizer, input({ takeFromDuplicate: ["nik"] }))).rejects.toEqual(new FieldError("nik", "mergeIdentityMismatch"));
    expect(await snapshot()).toEqual(before);
  });

  it("refuses when either record changed since the confirmation page", async () => {
    await db.person.update({ where: { id: duplicate.id }, data: { phone: "0899", version: { increment: 1 } } });
    const before = await snapshot();
    await expect(mergePeople(organizer, input())).rejects.toEqual(new FieldError("_form", "mergeStale"));
    expect(await snapshot()).toEqual(before);
  });

  it("is all-or-nothing: a failure at the last step leaves both records and their links as they were", async () => {
    const trip = await createTestPlacement(db, { personId: duplicate.id, status: "DEPARTED", departureDate: day("2025-02-01") });
    await createTestCheckIn(db, { placementId: trip.id, contactedAt: new Date("2025-06-01T03:00:00Z") });
    await db.consent.create({ data: { personId: duplicate.id, villageCode: LONTAR, givenOn: day("2024-01-01"), scopes: ["REGISTRY"] } });
    duplicate = await db.person.findUniqueOrThrow({ where: { id: duplicate.id } });
    const before = await snapshot();

    failRefresh.next = true;
    await expect(mergePeople(organizer, input({ takeFromDuplicate: ["phone"] }))).rejects.toThrow("simulated failure");
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "person.merge" } })).toBe(0);
  });

  it("an organizer of another village cannot merge (NotFound), nor anyone with one record out of scope", async () => {
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    const before = await snapshot();
    await expect(mergePeople(organizerB, input())).rejects.toBeInstanceOf(NotFoundError);
    const elsewhere = await createTestPerson(db, { villageCode: SUSUKAN, name: "Siti Aminah", birthDate: day("1990-01-01") });
    await expect(mergePeople(organizer, input({ duplicateId: elsewhere.id, duplicateVersion: elsewhere.version }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergePeople(organizer, input({ duplicateId: kept.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(mergePeople(organizer, input({ duplicateId: "not-a-uuid" }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await snapshot()).people).toHaveLength(before.people.length + 1);
    expect(await db.person.count({ where: { id: { in: [kept.id, duplicate.id] } } })).toBe(2);
  });

  it("BP3MI staff cannot merge (Forbidden), even in their region", async () => {
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    await expect(mergePeople(bp3mi, input())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.person.count({ where: { id: { in: [kept.id, duplicate.id] } } })).toBe(2);
  });
});

describe("LINKED_TABLES against the database", () => {
  it("covers every foreign key that points at Person", async () => {
    // A new table with a foreign key to Person makes this fail until the merge moves it.
    const rows = await db.$queryRaw<{ table: string; column: string }[]>`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = '"Person"'::regclass
      ORDER BY 1, 2`;
    const inDatabase = rows.map((r) => `${r.table.replaceAll('"', "")}.${r.column}`).sort();
    const moved = LINKED_TABLES.filter((l) => l.handling === "move").map((l) => `${l.model}.${l.column}`).sort();
    expect(inDatabase).toEqual(moved);
  });
});
