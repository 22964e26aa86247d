import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createClaim } from "./create-claim";
import type { ClaimCurrency } from "./money";
import { sumClaimsByRegion } from "./sum-claims";

const LONTAR = "36.04.13.2007"; // Kabupaten Serang
const SUSUKAN = "36.04.13.2008"; // Kabupaten Serang
const SUMBERJAYA = "36.01.01.2001"; // Kabupaten Pandeglang

let serang: Actor;
let pandeglang: Actor;

async function claim(villageCode: string, currency: ClaimCurrency, claimed: string, recovered = "", reportedAt = new Date("2026-03-10T03:00:00Z")) {
  const kase = await createTestCase(db, { villageCode, status: "VERIFIED", reportedAt });
  const writer = villageCode.startsWith("36.04") ? serang : pandeglang;
  await createClaim(writer, { caseId: kase.id, kind: "UNPAID_WAGES", currency, amountClaimed: claimed, amountRecovered: recovered });
  return kase;
}

describe("sumClaimsByRegion", () => {
  beforeEach(async () => {
    await resetDatabase();
    serang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    pandeglang = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
  });

  it("adds per currency over the actor's region only, never across currencies, and counts the cases", async () => {
    const lontarCase = await claim(LONTAR, "MYR", "4.500", "1.000");
    await createClaim(serang, { caseId: lontarCase.id, kind: "OVERCHARGED_FEES", currency: "MYR", amountClaimed: "500,50", amountRecovered: "" });
    await createClaim(serang, { caseId: lontarCase.id, kind: "REPATRIATION_COSTS", currency: "IDR", amountClaimed: "3.000.000", amountRecovered: "" });
    await claim(SUSUKAN, "IDR", "12.000.000", "12.000.000");
    await claim(SUSUKAN, "HKD", "8.000");
    await claim(SUMBERJAYA, "MYR", "99.999", "99.999"); // another region
    await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" }); // no claim

    expect(await sumClaimsByRegion(serang)).toEqual({
      currencies: [
        { currency: "IDR", claimed: "15000000.00", recovered: "12000000.00", claims: 2, cases: 2 },
        { currency: "MYR", claimed: "5000.50", recovered: "1000.00", claims: 2, cases: 1 },
        { currency: "HKD", claimed: "8000.00", recovered: "0.00", claims: 1, cases: 1 },
      ],
      cases: 3,
    });
    expect(await sumClaimsByRegion(pandeglang)).toEqual({ currencies: [{ currency: "MYR", claimed: "99999.00", recovered: "99999.00", claims: 1, cases: 1 }], cases: 1 });
  });

  it("a village role sums its own village; a date range takes the cases reported in it", async () => {
    await claim(LONTAR, "IDR", "1.000.000", "", new Date("2026-01-31T16:59:59Z")); // 31 Jan 23:59 WIB
    await claim(LONTAR, "IDR", "2.000.000", "", new Date("2026-01-31T17:00:00Z")); // 1 Feb 00:00 WIB
    await claim(LONTAR, "IDR", "4.000.000", "", new Date("2026-02-28T16:59:59Z")); // 28 Feb 23:59 WIB
    await claim(SUSUKAN, "IDR", "8.000.000", "", new Date("2026-02-10T03:00:00Z"));
    const organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));

    expect((await sumClaimsByRegion(organizer)).currencies).toEqual([{ currency: "IDR", claimed: "7000000.00", recovered: "0.00", claims: 3, cases: 3 }]);
    const february = { reportedFrom: new Date("2026-01-31T17:00:00Z"), reportedBefore: new Date("2026-02-28T17:00:00Z") };
    expect(await sumClaimsByRegion(organizer, february)).toEqual({ currencies: [{ currency: "IDR", claimed: "6000000.00", recovered: "0.00", claims: 2, cases: 2 }], cases: 2 });
    expect((await sumClaimsByRegion(serang, february)).currencies[0]).toMatchObject({ claimed: "14000000.00", cases: 3 });
    expect(await sumClaimsByRegion(serang, { reportedFrom: new Date("2027-01-01T00:00:00Z") })).toEqual({ currencies: [], cases: 0 });
  });

  it("admins do not read complaints", async () => {
    const admin = actorOf(await createTestUser(db, { role: "ADMIN" }));
    await expect(sumClaimsByRegion(admin)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
