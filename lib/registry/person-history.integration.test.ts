import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { createTestCheckIn, createTestPlacement, ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listPersonHistory, PERSON_HISTORY_LIMIT } from "./list-person-history";

const A = "36.04.13.2007";
const B = "36.04.13.2008";

async function log(entity: string, entityId: string, action: string, at: Date) {
  await db.auditLog.create({ data: { entity, entityId, action, villageCode: A, at } });
}

describe("listPersonHistory", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
  });

  it("lists what the log holds on the person, their placements, checklist items and check-ins, newest first, and nobody else's", async () => {
    const person = await createTestPerson(db, { villageCode: A });
    const other = await createTestPerson(db, { villageCode: A });
    const trip = await createTestPlacement(db, { personId: person.id, status: "DEPARTED" });
    const checkIn = await createTestCheckIn(db, { placementId: trip.id, contactedAt: new Date("2026-05-01T03:00:00Z") });
    await log("Person", person.id, "person.create", new Date("2026-01-01T00:00:00Z"));
    await log("Placement", trip.id, "placement.create", new Date("2026-02-01T00:00:00Z"));
    await log("PlacementRequirement", `${trip.id}:PASSPORT`, "requirement.update", new Date("2026-03-01T00:00:00Z"));
    await log("CheckIn", checkIn.id, "checkin.create", new Date("2026-05-01T03:00:00Z"));
    await log("Person", other.id, "person.create", new Date("2026-06-01T00:00:00Z"));

    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: A }));
    const { entries, more } = await listPersonHistory(organizer, person.id);
    expect(entries.map((e) => e.action)).toEqual(["checkin.create", "requirement.update", "placement.create", "person.create"]);
    expect(more).toBe(false);
  });

  it("shows the latest entries first and says when there are more", async () => {
    const person = await createTestPerson(db, { villageCode: A });
    for (let i = 0; i < PERSON_HISTORY_LIMIT + 2; i++) await log("Person", person.id, `person.update.${i}`, new Date(Date.UTC(2026, 0, 1 + i)));
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: A }));
    const first = await listPersonHistory(organizer, person.id);
    expect(first.entries).toHaveLength(PERSON_HISTORY_LIMIT);
    expect(first.entries[0]!.action).toBe(`person.update.${PERSON_HISTORY_LIMIT + 1}`);
    expect(first.more).toBe(true);
    expect((await listPersonHistory(organizer, person.id, { limit: 100 })).entries).toHaveLength(PERSON_HISTORY_LIMIT + 2);
  });

  it("answers NotFound for another village's person and for a malformed id", async () => {
    const person = await createTestPerson(db, { villageCode: A });
    const otherVillage = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    await expect(listPersonHistory(otherVillage, person.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPersonHistory(otherVillage, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    const region = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    expect((await listPersonHistory(region, person.id)).entries).toEqual([]);
  });
});
