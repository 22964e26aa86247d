import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensureVillage } from "@/tests/factories/villages";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { getVillageProfile, updateVillageProfile } from "./village-profile";

const LONTAR = "36.04.13.2007";
const FORM = { officeAddress: "Jl. Raya Lontar No. 1", officePhone: "0254 123456", kkbmContactName: "Siti", kkbmPhone: "", letterhead: "PEMERINTAH KABUPATEN SERANG\n  KECAMATAN TIRTAYASA \n\nDESA LONTAR", headName: "H. Rohman", letterCode: "DS-LTR" };

describe("village profile", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureVillage(db, LONTAR);
  });

  it("lets the village's official set the contacts and letter settings, audited; organizers read them", async () => {
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    await updateVillageProfile(official, FORM, { ip: "10.0.0.1" });
    const profile = await getVillageProfile(organizer);
    expect(profile).toMatchObject({ code: LONTAR, officePhone: "0254 123456", kkbmPhone: null, letterCode: "DS-LTR", letterhead: "PEMERINTAH KABUPATEN SERANG\nKECAMATAN TIRTAYASA\nDESA LONTAR" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "village.profile" } })).toMatchObject({ entityId: LONTAR, actorId: official.id });
    await expect(updateVillageProfile(organizer, FORM)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a bad letter code, too many letterhead lines and a bad phone, writing nothing", async () => {
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    await expect(updateVillageProfile(official, { ...FORM, letterCode: "ds ltr" })).rejects.toThrow();
    await expect(updateVillageProfile(official, { ...FORM, letterhead: "1\n2\n3\n4\n5\n6" })).rejects.toThrow();
    await expect(updateVillageProfile(official, { ...FORM, officePhone: "abc" })).rejects.toThrow();
    expect((await db.village.findUniqueOrThrow({ where: { code: LONTAR } })).letterCode).toBeNull();
  });

  it("has no profile for roles without a village", async () => {
    const staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    await expect(getVillageProfile(staff)).rejects.toBeInstanceOf(NotFoundError);
  });
});
