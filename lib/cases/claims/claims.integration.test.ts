import { beforeEach, describe, expect, it } from "vitest";
import { ZodError, type z } from "zod";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createClaim } from "./create-claim";
import { listCaseClaims } from "./list-case-claims";
import type { createClaimSchema } from "./schemas";
import { updateClaim } from "./update-claim";

const LONTAR = "36.04.13.2007";

let staff: Actor;
let staffElsewhere: Actor;
let organizer: Actor;
let official: Actor;

type ClaimForm = z.input<typeof createClaimSchema>;
const claimForm = (caseId: string, extra: Record<string, string> = {}): ClaimForm => ({
  caseId,
  kind: "UNPAID_WAGES",
  currency: "MYR",
  amountClaimed: "4.500",
  amountRecovered: "",
  note: "Gaji Mei sampai Juli",
  ...(extra as Partial<ClaimForm>),
});

async function writes() {
  return { claims: await db.caseClaim.count(), events: await db.caseEvent.count(), audits: await db.auditLog.count() };
}

describe("case claims", () => {
  beforeEach(async () => {
    await resetDatabase();
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
  });

  it("records a claim as a Decimal in its currency, with a CLAIM entry and the audit entry", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createClaim(staff, claimForm(kase.id, { amountClaimed: "4.500,50" }), { ip: "10.0.0.7" });
    const claim = await db.caseClaim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ caseId: kase.id, kind: "UNPAID_WAGES", currency: "MYR", note: "Gaji Mei sampai Juli", version: 0, createdById: staff.id });
    expect(claim.amountClaimed.toFixed(2)).toBe("4500.50");
    expect(claim.amountRecovered.toFixed(2)).toBe("0.00");

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: kase.id, kind: "CLAIM" } });
    expect(event).toMatchObject({ actorId: staff.id, data: { claimId: id, kind: "UNPAID_WAGES", currency: "MYR", amountClaimed: "4500.50", amountRecovered: "0.00", change: "created" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.claim-add" } });
    expect(audit).toMatchObject({ entity: "CaseClaim", entityId: id, villageCode: LONTAR, actorId: staff.id, ip: "10.0.0.7" });
    expect(audit.after).toMatchObject({ currency: "MYR", amountClaimed: "4500.50", amountRecovered: "0.00" });
    // A claim is not a step: the case's status and version stay.
    expect(await db.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({ status: "VERIFIED", version: 0 });
  });

  it("records what was recovered with the claim's version, and refuses a stale form", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "REFERRED" });
    const { id } = await createClaim(staff, claimForm(kase.id, { currency: "IDR", amountClaimed: "15.000.000" }));
    const result = await updateClaim(staff, { id, version: "0", amountClaimed: "15.000.000", amountRecovered: "7.500.000", note: "Dibayar setengah" });
    expect(result).toEqual({ id, caseId: kase.id, version: 1 });
    const claim = await db.caseClaim.findUniqueOrThrow({ where: { id } });
    expect(claim.amountRecovered.toFixed(2)).toBe("7500000.00");

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.claim-update" } });
    expect(audit.before).toEqual({ amountRecovered: "0.00", note: "Gaji Mei sampai Juli", version: 0 });
    expect(audit.after).toEqual({ amountRecovered: "7500000.00", note: "Dibayar setengah", version: 1 });
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: kase.id, kind: "CLAIM" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ claimId: id, amountRecovered: "7500000.00", change: "updated" });

    await expect(updateClaim(staff, { id, version: "0", amountClaimed: "15.000.000", amountRecovered: "15.000.000" })).rejects.toEqual(new FieldError("_form", "caseMoney:claimVersionConflict"));
    expect((await db.caseClaim.findUniqueOrThrow({ where: { id } })).amountRecovered.toFixed(2)).toBe("7500000.00");
  });

  it("refuses more recovered than claimed, nothing claimed, negative or malformed amounts; nothing is written", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const before = await writes();
    await expect(createClaim(staff, claimForm(kase.id, { amountClaimed: "1.000", amountRecovered: "1.000,01" }))).rejects.toEqual(new FieldError("amountRecovered", "caseMoney:recoveredMoreThanClaimed"));
    await expect(createClaim(staff, claimForm(kase.id, { amountClaimed: "0" }))).rejects.toEqual(new FieldError("amountClaimed", "caseMoney:amountNotPositive"));
    await expect(createClaim(staff, claimForm(kase.id, { currency: "JPY", amountClaimed: "150.000,50" }))).rejects.toEqual(new FieldError("amountClaimed", "caseMoney:amountNoCents"));
    const negative = await createClaim(staff, claimForm(kase.id, { amountClaimed: "-4.500" })).catch((e: unknown) => e);
    expect(negative).toBeInstanceOf(ZodError);
    expect((negative as ZodError).issues[0]).toMatchObject({ path: ["amountClaimed"], message: "caseMoney:amountNegative" });
    await expect(createClaim(staff, claimForm(kase.id, { amountClaimed: "abc" }))).rejects.toBeInstanceOf(ZodError);
    expect(await writes()).toEqual(before);

    const { id } = await createClaim(staff, claimForm(kase.id));
    const afterCreate = await writes();
    await expect(updateClaim(staff, { id, version: "0", amountClaimed: "4.500", amountRecovered: "4.600" })).rejects.toEqual(new FieldError("amountRecovered", "caseMoney:recoveredMoreThanClaimed"));
    await expect(updateClaim(staff, { id, version: "0", amountClaimed: "4.500", amountRecovered: "-1" })).rejects.toBeInstanceOf(ZodError);
    expect(await writes()).toEqual(afterCreate);
    expect(await db.caseClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 0 });
  });

  it("two people updating the same claim at once: one wins, the other is told, nothing is overwritten silently", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createClaim(staff, claimForm(kase.id));
    const results = await Promise.allSettled([
      updateClaim(staff, { id, version: "0", amountClaimed: "4.500", amountRecovered: "1.000" }),
      updateClaim(staff, { id, version: "0", amountClaimed: "4.500", amountRecovered: "2.000" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toEqual(new FieldError("_form", "caseMoney:claimVersionConflict"));
    expect(await db.caseClaim.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 });
    expect(await db.auditLog.count({ where: { action: "case.claim-update" } })).toBe(1);
  });

  it("takes no new claim on a closed case, but still records money recovered after closing", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createClaim(staff, claimForm(kase.id));
    await db.case.update({ where: { id: kase.id }, data: { status: "CLOSED", closeReason: "RESOLVED" } });
    await expect(createClaim(staff, claimForm(kase.id))).rejects.toEqual(new FieldError("_form", "caseMoney:claimOnClosedCase"));
    await updateClaim(staff, { id, version: "0", amountClaimed: "4.500", amountRecovered: "4.500" });
    expect((await db.caseClaim.findUniqueOrThrow({ where: { id } })).amountRecovered.toFixed(2)).toBe("4500.00");
  });

  it("another region's staff cannot add, update or list claims of the case (NotFound)", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createClaim(staff, claimForm(kase.id));
    const before = await writes();
    await expect(createClaim(staffElsewhere, claimForm(kase.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateClaim(staffElsewhere, { id, version: "0", amountClaimed: "4.500", amountRecovered: "100" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseClaims(staffElsewhere, kase.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await writes()).toEqual(before);
  });

  it("organizers and village officials may not write claims, but see them with totals per currency", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const a = await createClaim(staff, claimForm(kase.id, { amountClaimed: "4.500", amountRecovered: "1.000" }));
    await createClaim(staff, claimForm(kase.id, { kind: "OVERCHARGED_FEES", amountClaimed: "500,50" }));
    await createClaim(staff, claimForm(kase.id, { kind: "REPATRIATION_COSTS", currency: "IDR", amountClaimed: "3.250.000" }));
    for (const actor of [organizer, official]) {
      await expect(createClaim(actor, claimForm(kase.id))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateClaim(actor, { id: a.id, version: "0", amountClaimed: "4.500", amountRecovered: "4.500" })).rejects.toBeInstanceOf(ForbiddenError);
      const { claims, totals } = await listCaseClaims(actor, kase.id);
      expect(claims.map((c) => [c.kind, c.currency, c.amountClaimed])).toEqual([
        ["UNPAID_WAGES", "MYR", "4500.00"],
        ["OVERCHARGED_FEES", "MYR", "500.50"],
        ["REPATRIATION_COSTS", "IDR", "3250000.00"],
      ]);
      expect(totals).toEqual([
        { currency: "IDR", claimed: "3250000.00", recovered: "0.00", claims: 1 },
        { currency: "MYR", claimed: "5000.50", recovered: "1000.00", claims: 2 },
      ]);
    }
  });
});
