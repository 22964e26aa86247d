import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import type { Person } from "@/lib/db/generated/client";
import { todayWib } from "@/lib/placements/dates";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listConsents } from "./list-consents";
import { recordConsent } from "./record-consent";
import { withdrawConsent } from "./withdraw-consent";

const LONTAR = "36.04.13.2007";
const SUSUKAN = "36.04.13.2008";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY_MS = 24 * 60 * 60 * 1000;

let organizer: Actor;
let person: Person;

async function nothingWritten() {
  expect(await db.consent.count()).toBe(0);
  expect(await db.auditLog.count()).toBe(0);
}

describe("consent", () => {
  beforeEach(async () => {
    await resetDatabase();
    const user = await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR, name: "Siti Pendamping" });
    organizer = actorOf(user);
    person = await createTestPerson(db, { villageCode: LONTAR, name: "Rina Marlina", birthDate: day("1995-05-17") });
  });

  it("records the day, the scopes, the note and who took it, audited", async () => {
    const { id } = await recordConsent(organizer, { personId: person.id, givenOn: day("2026-01-10"), scopes: ["REGISTRY", "SHARING_BP3MI"], note: "Di balai desa" }, { ip: "10.0.0.9" });
    const consent = await db.consent.findUniqueOrThrow({ where: { id } });
    expect(consent).toMatchObject({ personId: person.id, villageCode: LONTAR, givenOn: day("2026-01-10"), takenById: organizer.id, scopes: ["REGISTRY", "SHARING_BP3MI"], note: "Di balai desa", withdrawnOn: null });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "consent.record" } });
    expect(entry).toMatchObject({ entity: "Consent", entityId: id, villageCode: LONTAR, actorId: organizer.id, ip: "10.0.0.9" });
    expect(entry.after).toMatchObject({ personId: person.id, scopes: ["REGISTRY", "SHARING_BP3MI"] });

    const listed = await listConsents(organizer, person.id);
    expect(listed).toEqual([expect.objectContaining({ id, scopes: ["REGISTRY", "SHARING_BP3MI"], takenBy: { id: organizer.id, name: "Siti Pendamping" } })]);
  });

  it("refuses no scope, an unknown scope, a day in the future or before birth, writing nothing", async () => {
    const base = { personId: person.id, givenOn: day("2026-01-10"), scopes: ["REGISTRY"] };
    await expect(recordConsent(organizer, { ...base, scopes: [] })).rejects.toEqual(new FieldError("scopes", "scopeRequired"));
    await expect(recordConsent(organizer, { ...base, scopes: ["MARKETING"] })).rejects.toEqual(new FieldError("scopes", "invalidChoice"));
    const tomorrow = new Date(todayWib().getTime() + DAY_MS);
    await expect(recordConsent(organizer, { ...base, givenOn: tomorrow })).rejects.toEqual(new FieldError("givenOn", "dateInFuture"));
    await expect(recordConsent(organizer, { ...base, givenOn: day("1990-01-01") })).rejects.toEqual(new FieldError("givenOn", "dateBeforeBirth"));
    await nothingWritten();
    // Today (WIB) is fine.
    await recordConsent(organizer, { ...base, givenOn: todayWib() });
  });

  it("is refused outside the actor's village (NotFound) and to roles without consent:write", async () => {
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    const input = { personId: person.id, givenOn: day("2026-01-10"), scopes: ["REGISTRY"] };
    await expect(recordConsent(organizerB, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordConsent(bp3mi, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordConsent(organizer, { ...input, personId: "6f1c1f0e-8a3b-4c1e-9d6a-2b7f4e5a9c01" })).rejects.toBeInstanceOf(NotFoundError);
    await nothingWritten();

    await recordConsent(organizer, input);
    expect(await listConsents(organizerB, person.id)).toEqual([]);
    // BP3MI staff of the region read consents (person:read) but do not record them.
    expect(await listConsents(bp3mi, person.id)).toHaveLength(1);
  });

  it("withdraws a consent once, on a day not before it was given, audited", async () => {
    const { id } = await recordConsent(organizer, { personId: person.id, givenOn: day("2026-01-10"), scopes: ["EMPOWERMENT"] });
    await expect(withdrawConsent(organizer, { consentId: id, withdrawnOn: day("2026-01-09") })).rejects.toEqual(new FieldError("withdrawnOn", "withdrawnBeforeGiven"));
    await expect(withdrawConsent(organizer, { consentId: id, withdrawnOn: new Date(todayWib().getTime() + DAY_MS) })).rejects.toEqual(new FieldError("withdrawnOn", "dateInFuture"));
    const organizerB = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: SUSUKAN }));
    await expect(withdrawConsent(organizerB, { consentId: id, withdrawnOn: day("2026-02-01") })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.consent.findUniqueOrThrow({ where: { id } })).withdrawnOn).toBeNull();

    await withdrawConsent(organizer, { consentId: id, withdrawnOn: day("2026-02-01") });
    expect((await db.consent.findUniqueOrThrow({ where: { id } })).withdrawnOn).toEqual(day("2026-02-01"));
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "consent.withdraw" } });
    expect(entry).toMatchObject({ entity: "Consent", entityId: id, villageCode: LONTAR, before: { withdrawnOn: null }, after: { withdrawnOn: "2026-02-01T00:00:00.000Z" } });
    await expect(withdrawConsent(organizer, { consentId: id, withdrawnOn: day("2026-02-02") })).rejects.toEqual(new FieldError("withdrawnOn", "alreadyWithdrawn"));
  });
});
