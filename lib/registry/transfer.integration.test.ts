import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestHousehold, createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { ensureVillage } from "@/tests/factories/villages";
import { createPerson } from "./create-person";
import { decideTransfer } from "./decide-transfer";
import { NikTakenError } from "./errors";
import { listTransferRequests } from "./list-transfer-requests";
import { requestTransfer } from "./request-transfer";

const A = "36.04.13.2007";
const B = "36.04.13.2008";

async function user(role: "ORGANIZER" | "VILLAGE_OFFICIAL", village: string) {
  return actorOf(await createTestUser(db, { role, villageCode: village }));
}

/** A person of A with a household, a placement, a check-in and a consent. */
async function worker() {
  // resetDatabase empties the reference tables too (it keeps Region only).
  await db.country.upsert({ where: { code: "HK" }, update: {}, create: { code: "HK", nameId: "Hong Kong", nameEn: "Hong Kong" } });
  await db.job.upsert({ where: { code: "HOUSEKEEPER" }, update: {}, create: { code: "HOUSEKEEPER", nameId: "Pengurus rumah tangga", nameEn: "Housekeeper", sector: "INFORMAL" } });
  const person = await createTestPerson(db, { villageCode: A, name: "Siti Aminah" });
  await createTestHousehold(db, { villageCode: A, members: [{ personId: person.id, relation: "HEAD" }] });
  const placement = await db.placement.create({ data: { personId: person.id, villageCode: A, countryCode: "HK", jobCode: "HOUSEKEEPER", channel: "P3MI", status: "DEPARTED" } });
  await db.checkIn.create({ data: { placementId: placement.id, personId: person.id, villageCode: A, contactedAt: new Date(), method: "WHATSAPP", wellbeing: "WELL" } });
  await db.consent.create({ data: { personId: person.id, villageCode: A, givenOn: new Date(Date.UTC(2024, 0, 1)), scopes: ["REGISTRY"] } });
  return person;
}

describe("transfer requests", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureVillage(db, B);
  });

  it("lets the other village ask, telling it only that the request was sent", async () => {
    const person = await worker();
    const requester = await user("ORGANIZER", B);
    expect(await requestTransfer(requester, { nik: person.nik, reason: "Pindah domisili ke Susukan" })).toEqual({ sent: true });
    const mine = await listTransferRequests(requester);
    expect(mine.incoming).toEqual([]);
    expect(mine.outgoing).toHaveLength(1);
    expect(JSON.stringify(mine)).not.toContain("Siti");
    expect(JSON.stringify(mine)).not.toContain(person.id);
    await expect(requestTransfer(requester, { nik: person.nik, reason: "lagi" })).rejects.toMatchObject({ messageKey: "registry:transferPending" });
    expect(await db.auditLog.count({ where: { action: "transfer.request" } })).toBe(1);
  });

  it("after the approval of the holding village's official, moves the person and their records, audited", async () => {
    const person = await worker();
    await requestTransfer(await user("ORGANIZER", B), { nik: person.nik, reason: "Pindah domisili" });
    const official = await user("VILLAGE_OFFICIAL", A);
    const { incoming } = await listTransferRequests(official);
    expect(incoming.map((r) => [r.person.name, r.toVillageName])).toEqual([["Siti Aminah", "Susukan"]]);

    await decideTransfer(official, { id: incoming[0]!.id, decision: "approve", confirm: "on" });
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ villageCode: B, householdId: null, relationToHead: null, version: 1 });
    expect(await db.placement.count({ where: { personId: person.id, villageCode: B } })).toBe(1);
    expect(await db.checkIn.count({ where: { personId: person.id, villageCode: B } })).toBe(1);
    expect(await db.consent.count({ where: { personId: person.id, villageCode: B } })).toBe(1);
    const moved = await db.auditLog.findFirstOrThrow({ where: { action: "person.transfer", entityId: person.id } });
    expect(moved).toMatchObject({ villageCode: B, before: { villageCode: A }, after: { villageCode: B, movedPlacements: 1, movedCheckIns: 1, movedConsents: 1 } });
    expect(await db.auditLog.count({ where: { action: "transfer.approve" } })).toBe(1);
    // A's official can no longer decide it again.
    await expect(decideTransfer(official, { id: incoming[0]!.id, decision: "reject", confirm: "on" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("rejects without moving anything; only the holding village's official decides", async () => {
    const person = await worker();
    await requestTransfer(await user("ORGANIZER", B), { nik: person.nik, reason: "Pindah" });
    const request = await db.transferRequest.findFirstOrThrow();
    await expect(decideTransfer(await user("ORGANIZER", A), { id: request.id, decision: "approve", confirm: "on" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideTransfer(await user("VILLAGE_OFFICIAL", B), { id: request.id, decision: "approve", confirm: "on" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideTransfer(await user("VILLAGE_OFFICIAL", A), { id: request.id, decision: "approve" } as never)).rejects.toThrow();
    await decideTransfer(await user("VILLAGE_OFFICIAL", A), { id: request.id, decision: "reject", confirm: "on" });
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).villageCode).toBe(A);
    expect((await db.transferRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REJECTED");
  });

  it("refuses a request for one's own person or an unknown NIK", async () => {
    const person = await worker();
    await expect(requestTransfer(await user("ORGANIZER", A), { nik: person.nik, reason: "x" })).rejects.toMatchObject({ messageKey: "registry:transferOwnVillage" });
    await expect(requestTransfer(await user("ORGANIZER", B), { nik: "3604135705950999", reason: "x" })).rejects.toMatchObject({ messageKey: "registry:transferUnknownNik" });
    expect(await db.transferRequest.count()).toBe(0);
  });

  it("answers two villages registering the same NIK at once with one success and one neutral refusal", async () => {
    const base = { name: "Siti Aminah", sex: "FEMALE" as const, birthPlace: "Serang", birthDate: "1995-05-17", nik: "3604135705950042" };
    const results = await Promise.allSettled([createPerson(await user("ORGANIZER", A), base), createPerson(await user("ORGANIZER", B), base)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(NikTakenError);
    expect(await db.person.count()).toBe(1);
  });
});
