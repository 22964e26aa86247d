import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { ensureRuleReference } from "@/tests/factories/recruiters";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { listCountryRules } from "./list-rules";
import { updateCountryRule, updateJobRule } from "./update-rule";

const LONTAR = "36.04.13.2007";
const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("rule data", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensureRuleReference(db);
  });

  it("is read by all staff and edited only by BP3MI staff and admins, audited", async () => {
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    const official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
    const bp3mi = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    const input = { code: "SA", moratoriumHousehold: false, destination: true, legalBasis: "Kepmenaker No. 260 Tahun 2015; dicabut (uji)", lastCheckedOn: day("2026-11-30") };
    expect((await listCountryRules(organizer)).length).toBeGreaterThan(0);
    await expect(updateCountryRule(organizer, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateJobRule(official, { code: "COOK", zeroCost: false, household: true, legalBasis: null, lastCheckedOn: day("2026-11-30") })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditLog.count()).toBe(0);

    await updateCountryRule(bp3mi, input);
    await updateJobRule(bp3mi, { code: "COOK", zeroCost: true, household: true, legalBasis: "Peraturan BP2MI No. 9 Tahun 2020", lastCheckedOn: day("2026-11-30") });
    expect(await db.country.findUniqueOrThrow({ where: { code: "SA" } })).toMatchObject({ moratoriumHousehold: false, lastCheckedOn: day("2026-11-30") });
    const audit = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.entityId, a.actorId])).toEqual([["rule.country", "SA", bp3mi.id], ["rule.job", "COOK", bp3mi.id]]);
    expect(audit[0]!.before).toMatchObject({ moratoriumHousehold: true });
  });
});
