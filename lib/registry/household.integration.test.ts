import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestHousehold, createTestPerson, makeKkNumber } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createHousehold } from "./create-household";
import { StaleRecordError } from "./errors";
import { getHousehold } from "./get-household";
import { updateHousehold } from "./update-household";

const A = "36.04.13.2007";
const B = "36.04.13.2008";
const KK = makeKkNumber(A, undefined, 77);

async function organizer(village = A) {
  return actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: village }));
}

async function family() {
  const head = await createTestPerson(db, { villageCode: A, name: "Bambang Hermawan", sex: "MALE", birthDate: new Date(Date.UTC(1970, 0, 5)) });
  const wife = await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
  return { head, wife };
}

describe("createHousehold", () => {
  beforeEach(resetDatabase);

  it("creates the household with its members and audits the household and each member", async () => {
    const actor = await organizer();
    const { head, wife } = await family();
    const { id } = await createHousehold(actor, { kkNumber: KK, dusun: "Kebon Kelapa", "members.0.nik": head.nik, "members.0.relation": "HEAD", "members.1.nik": wife.nik, "members.1.relation": "SPOUSE" });
    const members = await db.person.findMany({ where: { householdId: id }, orderBy: { name: "asc" } });
    expect(members.map((m) => [m.name, m.relationToHead, m.version])).toEqual([
      ["Bambang Hermawan", "HEAD", 1],
      ["Siti Aminah", "SPOUSE", 1],
    ]);
    expect(await db.auditLog.count({ where: { action: "household.create", entityId: id, villageCode: A } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "person.household", entity: "Person" } })).toBe(2);
  });

  it("refuses a member who is not a person of the actor's village, on that member's row, and writes nothing", async () => {
    const actor = await organizer();
    const { head } = await family();
    const stranger = await createTestPerson(db, { villageCode: B });
    const attempt = createHousehold(actor, { kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD", "members.3.nik": stranger.nik, "members.3.relation": "CHILD" });
    await expect(attempt).rejects.toMatchObject({ field: "members.3.nik", messageKey: "registry:memberNotFound" });
    expect(await db.household.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
    expect((await db.person.findUniqueOrThrow({ where: { id: head.id } })).householdId).toBeNull();
  });

  it("refuses a Nomor KK that exists anywhere, and a member of another household", async () => {
    const actor = await organizer();
    const { head, wife } = await family();
    await createTestHousehold(db, { villageCode: B, kkNumber: KK });
    await expect(createHousehold(actor, { kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD" })).rejects.toMatchObject({ messageKey: "registry:kkExists" });
    await createTestHousehold(db, { villageCode: A, members: [{ personId: wife.id, relation: "HEAD" }] });
    const other = makeKkNumber(A, undefined, 78);
    await expect(createHousehold(actor, { kkNumber: other, "members.0.nik": head.nik, "members.0.relation": "HEAD", "members.1.nik": wife.nik, "members.1.relation": "SPOUSE" })).rejects.toMatchObject({
      field: "members.1.nik",
      messageKey: "registry:memberInOtherHousehold",
    });
  });
});

describe("updateHousehold", () => {
  beforeEach(resetDatabase);

  it("changes relations, takes out people left out of the list, and refuses a stale form", async () => {
    const actor = await organizer();
    const { head, wife } = await family();
    const child = await createTestPerson(db, { villageCode: A, name: "Rizki", sex: "MALE", birthDate: new Date(Date.UTC(2010, 1, 2)) });
    const { id } = await createHousehold(actor, { kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD", "members.1.nik": wife.nik, "members.1.relation": "SPOUSE" });
    const loaded = await db.household.findUniqueOrThrow({ where: { id } });

    await updateHousehold(actor, { id, loadedAt: loaded.updatedAt.toISOString(), kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD", "members.2.nik": child.nik, "members.2.relation": "CHILD" });
    const members = await db.person.findMany({ where: { householdId: id }, orderBy: { name: "asc" } });
    expect(members.map((m) => m.name)).toEqual(["Bambang Hermawan", "Rizki"]);
    expect(await db.person.findUniqueOrThrow({ where: { id: wife.id } })).toMatchObject({ householdId: null, relationToHead: null });

    const stale = updateHousehold(actor, { id, loadedAt: loaded.updatedAt.toISOString(), kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD" });
    await expect(stale).rejects.toBeInstanceOf(StaleRecordError);
    expect(await db.person.count({ where: { householdId: id } })).toBe(2);
  });

  it("treats a person joining through the person form as a change the household form must see", async () => {
    const actor = await organizer();
    const { head } = await family();
    const { id } = await createHousehold(actor, { kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD" });
    const loaded = await db.household.findUniqueOrThrow({ where: { id } });
    const { createPerson } = await import("./create-person");
    const { makeNik } = await import("./nik");
    await createPerson(actor, { nik: makeNik("360413", new Date(Date.UTC(2012, 3, 4)), "FEMALE", 9), name: "Putri", sex: "FEMALE", birthPlace: "Serang", birthDate: "2012-04-04", householdId: id, relationToHead: "CHILD" });
    await expect(updateHousehold(actor, { id, loadedAt: loaded.updatedAt.toISOString(), kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD" })).rejects.toBeInstanceOf(StaleRecordError);
  });

  it("keeps another village out: NotFound on read and write", async () => {
    const { head } = await family();
    const hh = await createTestHousehold(db, { villageCode: A, kkNumber: KK, members: [{ personId: head.id, relation: "HEAD" }] });
    const outsider = await organizer(B);
    await expect(getHousehold(outsider, hh.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateHousehold(outsider, { id: hh.id, loadedAt: hh.updatedAt.toISOString(), kkNumber: KK, "members.0.nik": head.nik, "members.0.relation": "HEAD" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
