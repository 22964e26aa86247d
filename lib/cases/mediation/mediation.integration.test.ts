import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { getMediation } from "./get-mediation";
import { listCaseMediations } from "./list-case-mediations";
import { recordMediation } from "./record-mediation";

const LONTAR = "36.04.13.2007";
const NOW = new Date("2026-08-10T05:00:00Z");

let staff: Actor;
let staffElsewhere: Actor;
let organizer: Actor;
let official: Actor;

const form = (caseId: string, extra: Record<string, string> = {}) => ({
  caseId,
  heldOn: "2026-08-07",
  place: "Kantor BP3MI Banten, Serang",
  mediatorName: "Dewi Lestari",
  parties: "Siti Aminah (pekerja)\nAhmad (suami, pelapor)\nPT Sinar Jaya Abadi (P3MI)",
  agreement: "PT Sinar Jaya Abadi membayar gaji tiga bulan, MYR 4.500, paling lambat 31 Agustus 2026.",
  outcome: "AGREED" as const,
  ...(extra as { outcome?: "AGREED" | "NOT_AGREED" }),
});

async function writes() {
  return { mediations: await db.caseMediation.count(), events: await db.caseEvent.count(), audits: await db.auditLog.count() };
}

describe("mediation records", () => {
  beforeEach(async () => {
    await resetDatabase();
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
  });

  it("records a berita acara on a case in mediation, with a MEDIATION entry and the audit entry", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "IN_MEDIATION", version: 3 });
    const { id } = await recordMediation(staff, form(kase.id), { now: NOW, ip: "10.0.0.5" });

    const record = await getMediation(staff, id);
    expect(record).toMatchObject({ place: "Kantor BP3MI Banten, Serang", mediatorName: "Dewi Lestari", outcome: "AGREED", case: { id: kase.id, number: kase.number, workerName: "Siti Aminah", village: { region: { name: "Lontar" } } } });
    expect(record.parties.split("\n")).toHaveLength(3);
    expect(record.heldOn.toISOString()).toBe("2026-08-07T00:00:00.000Z");

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: kase.id, kind: "MEDIATION" } });
    expect(event).toMatchObject({ actorId: staff.id, data: { mediationId: id, outcome: "AGREED", heldOn: "2026-08-07" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.mediation-add" } });
    expect(audit).toMatchObject({ entity: "CaseMediation", entityId: id, villageCode: LONTAR, actorId: staff.id, ip: "10.0.0.5" });
    expect(audit.after).toMatchObject({ outcome: "AGREED", mediatorName: "Dewi Lestari" });
    // Recording is not a step: status and version stay.
    expect(await db.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({ status: "IN_MEDIATION", version: 3 });
    expect(await listCaseMediations(staff, kase.id)).toMatchObject([{ id, outcome: "AGREED" }]);
  });

  it("refuses a case that is not in mediation, and a meeting after today; nothing is written", async () => {
    const before = await writes();
    for (const status of ["REPORTED", "VERIFIED", "REFERRED", "RESOLVED", "CLOSED"] as const) {
      const kase = await createTestCase(db, { villageCode: LONTAR, status });
      await expect(recordMediation(staff, form(kase.id), { now: NOW })).rejects.toEqual(new FieldError("_form", "caseMoney:mediationNotInMediation"));
    }
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "IN_MEDIATION" });
    await expect(recordMediation(staff, form(kase.id, { heldOn: "2026-08-11" }), { now: NOW })).rejects.toEqual(new FieldError("heldOn", "caseMoney:heldInFuture"));
    const after = await writes();
    expect(after.mediations).toBe(before.mediations);
    expect(after.audits).toBe(before.audits);
    expect(await db.caseEvent.count({ where: { kind: "MEDIATION" } })).toBe(0);
  });

  it("another region's staff cannot record, list or open it (NotFound)", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "IN_MEDIATION" });
    const { id } = await recordMediation(staff, form(kase.id), { now: NOW });
    await expect(recordMediation(staffElsewhere, form(kase.id), { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseMediations(staffElsewhere, kase.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMediation(staffElsewhere, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMediation(staff, "0b6f3c52-7d7e-4a53-9f0e-8f1a2b3c4d5e")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.caseMediation.count()).toBe(1);
  });

  it("organizers and village officials may not record a mediation, but read it", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "IN_MEDIATION" });
    const { id } = await recordMediation(staff, form(kase.id), { now: NOW });
    for (const actor of [organizer, official]) {
      await expect(recordMediation(actor, form(kase.id), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await listCaseMediations(actor, kase.id)).toHaveLength(1);
      expect((await getMediation(actor, id)).id).toBe(id);
    }
    const otherVillage = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: "36.04.13.2008" }));
    await expect(getMediation(otherVillage, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
