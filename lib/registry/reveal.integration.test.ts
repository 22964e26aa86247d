import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestPerson } from "@/tests/factories/people";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listPersonHistory } from "./list-person-history";
import { revealPersonField } from "./reveal-person-field";

const A = "36.04.13.2007";
const B = "36.04.13.2008";

describe("revealPersonField", () => {
  beforeEach(resetDatabase);

  it("shows BP3MI staff a NIK or passport once and records who saw it, without the value", async () => {
    const p = await createTestPerson(db, { villageCode: A, passportNumber: "C1234567" });
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    expect(await revealPersonField(bp3mi, { personId: p.id, field: "nik" }, { ip: "10.1.1.1" })).toEqual({ field: "nik", value: p.nik });
    expect(await revealPersonField(bp3mi, { personId: p.id, field: "passport" })).toEqual({ field: "passport", value: "C1234567" });
    const entries = await db.auditLog.findMany({ where: { entityId: p.id }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.actorId, e.villageCode])).toEqual([
      ["person.reveal-nik", bp3mi.id, A],
      ["person.reveal-passport", bp3mi.id, A],
    ]);
    expect(JSON.stringify(entries, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(p.nik);
    // The person page's history shows the reveals.
    expect((await listPersonHistory(bp3mi, p.id)).entries.map((e) => e.action)).toEqual(["person.reveal-passport", "person.reveal-nik"]);
  });

  it("lets village roles reveal health notes, not identifiers (they see those already)", async () => {
    const p = await createTestPerson(db, { villageCode: A, healthNotes: "Asma ringan" });
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: A }));
    expect((await revealPersonField(organizer, { personId: p.id, field: "health" })).value).toBe("Asma ringan");
    await expect(revealPersonField(organizer, { personId: p.id, field: "nik" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditLog.count({ where: { action: "person.reveal-health" } })).toBe(1);
  });

  it("is NotFound outside scope, and writes no entry then", async () => {
    const p = await createTestPerson(db, { villageCode: A, healthNotes: "x" });
    const other = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: B }));
    await expect(revealPersonField(other, { personId: p.id, field: "health" })).rejects.toBeInstanceOf(NotFoundError);
    const farBp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    await expect(revealPersonField(farBp3mi, { personId: p.id, field: "nik" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditLog.count()).toBe(0);
  });
});
