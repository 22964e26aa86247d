import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/authz";
import { FieldError } from "@/lib/validation/errors";
import { resetDatabase } from "@/tests/helpers/test-db";
import { createTestCase } from "@/tests/factories/cases";
import { ensurePlacementReference } from "@/tests/factories/placements";
import { actorOf, createTestUser } from "@/tests/factories/users";
import { createReferral } from "./create-referral";
import { getReferralFormContext, listCaseReferrals } from "./list-case-referrals";
import type { createReferralSchema } from "./schemas";
import { updateReferral } from "./update-referral";

const LONTAR = "36.04.13.2007"; // Kabupaten Serang, Banten
const NOW = new Date("2026-08-10T05:00:00Z"); // 12:00 WIB

let staff: Actor; // BP3MI Banten
let staffElsewhere: Actor; // BP3MI Pandeglang: not Lontar's region
let organizer: Actor;
let official: Actor;

type ReferralForm = z.input<typeof createReferralSchema>;
const form = (caseId: string, version: number, extra: Record<string, string> = {}): ReferralForm => ({
  caseId,
  version: String(version),
  agency: "KBRI_KJRI",
  countryCode: "MY",
  agencyName: "KBRI Kuala Lumpur",
  sentOn: "2026-08-05",
  acknowledgedOn: "",
  dueOn: "2026-08-19",
  outcome: "",
  ...(extra as Partial<ReferralForm>),
});

async function writes() {
  return { referrals: await db.caseReferral.count(), events: await db.caseEvent.count(), audits: await db.auditLog.count() };
}

describe("case referrals", () => {
  beforeEach(async () => {
    await resetDatabase();
    await ensurePlacementReference(db);
    staff = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36" }));
    staffElsewhere = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.01" }));
    organizer = actorOf(await createTestUser(db, { role: "ORGANIZER", villageCode: LONTAR }));
    official = actorOf(await createTestUser(db, { role: "VILLAGE_OFFICIAL", villageCode: LONTAR }));
  });

  it("refers a verified case to a KBRI: status REFERRED, the referral, a STATUS and a REFERRAL entry, two audit entries", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED", verifiedAt: NOW, version: 2 });
    const { id } = await createReferral(staff, form(kase.id, 2), { now: NOW, ip: "10.0.0.9" });

    const after = await db.case.findUniqueOrThrow({ where: { id: kase.id } });
    expect(after).toMatchObject({ status: "REFERRED", version: 3 });
    const referral = await db.caseReferral.findUniqueOrThrow({ where: { id } });
    expect(referral).toMatchObject({ caseId: kase.id, agency: "KBRI_KJRI", countryCode: "MY", agencyName: "KBRI Kuala Lumpur", acknowledgedOn: null, outcome: null, version: 0, createdById: staff.id });
    expect(referral.sentOn.toISOString()).toBe("2026-08-05T00:00:00.000Z");
    expect(referral.dueOn?.toISOString()).toBe("2026-08-19T00:00:00.000Z");

    const events = await db.caseEvent.findMany({ where: { caseId: kase.id, kind: { in: ["STATUS", "REFERRAL"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["STATUS", "REFERRAL"]);
    expect(events[0]).toMatchObject({ fromStatus: "VERIFIED", toStatus: "REFERRED", data: { step: "refer", referralId: id, agency: "KBRI_KJRI" } });
    expect(events[1]).toMatchObject({ actorId: staff.id, data: { referralId: id, agency: "KBRI_KJRI", countryCode: "MY", agencyName: "KBRI Kuala Lumpur", change: "created" } });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.referral-add" } });
    expect(audit).toMatchObject({ entity: "CaseReferral", entityId: id, villageCode: LONTAR, actorId: staff.id, ip: "10.0.0.9" });
    expect(audit.after).toMatchObject({ agency: "KBRI_KJRI", countryCode: "MY", sentOn: "2026-08-05T00:00:00.000Z" });
    expect(await db.auditLog.count({ where: { action: "case.refer", entityId: kase.id } })).toBe(1);
  });

  it("refers again while referred (the police for TPPO) and stays REFERRED", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "REFERRED", category: "TRAFFICKING" });
    await createReferral(staff, form(kase.id, 0, { agency: "POLICE", countryCode: "MY", agencyName: "Polda Banten" }), { now: NOW });
    expect(await db.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({ status: "REFERRED", version: 1 });
    // A country means nothing for the police: it is not kept.
    expect(await db.caseReferral.findFirstOrThrow({ where: { caseId: kase.id } })).toMatchObject({ agency: "POLICE", countryCode: null, agencyName: "Polda Banten" });
    expect(await getReferralFormContext(staff, kase.id)).toMatchObject({ category: "TRAFFICKING" });
  });

  it("refuses a case that is not verified yet, and one already resolved; nothing is written", async () => {
    const reported = await createTestCase(db, { villageCode: LONTAR, status: "REPORTED" });
    const resolved = await createTestCase(db, { villageCode: LONTAR, status: "RESOLVED" });
    const before = await writes();
    await expect(createReferral(staff, form(reported.id, 0), { now: NOW })).rejects.toMatchObject({ field: "_form", messageKey: "caseMoney:referNotVerified" });
    await expect(createReferral(staff, form(resolved.id, 0), { now: NOW })).rejects.toMatchObject({ field: "_form", messageKey: "caseMoney:referFinished" });
    expect(await writes()).toEqual(before);
    expect(await db.case.findUniqueOrThrow({ where: { id: reported.id } })).toMatchObject({ status: "REPORTED", version: 0 });
  });

  it("refuses a form made from an older version of the case", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED", version: 4 });
    const before = await writes();
    await expect(createReferral(staff, form(kase.id, 3), { now: NOW })).rejects.toEqual(new FieldError("_form", "caseMoney:caseVersionConflict"));
    expect(await writes()).toEqual(before);
  });

  it("two staff referring from the same page at once: one referral is saved, the other is told the case changed", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const other = actorOf(await createTestUser(db, { role: "BP3MI_STAFF", regionCode: "36.04" }));
    const results = await Promise.allSettled([createReferral(staff, form(kase.id, 0), { now: NOW }), createReferral(other, form(kase.id, 0, { agency: "KEMLU" }), { now: NOW })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toEqual(new FieldError("_form", "caseMoney:caseVersionConflict"));
    expect(await db.caseReferral.count()).toBe(1);
    expect(await db.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({ status: "REFERRED", version: 1 });
  });

  it("refuses the dates out of order, a date ahead, an unknown country", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const before = await writes();
    await expect(createReferral(staff, form(kase.id, 0, { sentOn: "2026-08-11" }), { now: NOW })).rejects.toEqual(new FieldError("sentOn", "caseMoney:sentInFuture"));
    await expect(createReferral(staff, form(kase.id, 0, { acknowledgedOn: "2026-08-04" }), { now: NOW })).rejects.toEqual(new FieldError("acknowledgedOn", "caseMoney:acknowledgedBeforeSent"));
    await expect(createReferral(staff, form(kase.id, 0, { dueOn: "2026-08-01" }), { now: NOW })).rejects.toEqual(new FieldError("dueOn", "caseMoney:dueBeforeSent"));
    await expect(createReferral(staff, form(kase.id, 0, { countryCode: "ZZ" }), { now: NOW })).rejects.toEqual(new FieldError("countryCode", "invalidChoice"));
    expect(await writes()).toEqual(before);
  });

  it("another region's staff cannot refer, update or list the case (NotFound)", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createReferral(staff, form(kase.id, 0), { now: NOW });
    const before = await writes();
    await expect(createReferral(staffElsewhere, form(kase.id, 1), { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateReferral(staffElsewhere, { id, version: "0", acknowledgedOn: "2026-08-06", dueOn: "", outcome: "" }, { now: NOW })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listCaseReferrals(staffElsewhere, kase.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await writes()).toEqual(before);
  });

  it("organizers and village officials may not refer or update, but see the referrals", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createReferral(staff, form(kase.id, 0), { now: NOW });
    for (const actor of [organizer, official]) {
      await expect(createReferral(actor, form(kase.id, 1), { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateReferral(actor, { id, version: "0", acknowledgedOn: "2026-08-06" }, { now: NOW })).rejects.toBeInstanceOf(ForbiddenError);
      const rows = await listCaseReferrals(actor, kase.id);
      expect(rows).toMatchObject([{ id, agency: "KBRI_KJRI", country: { nameId: "Malaysia" } }]);
    }
  });

  it("records the acknowledgement and the outcome with the referral's version; a stale form is refused", async () => {
    const kase = await createTestCase(db, { villageCode: LONTAR, status: "VERIFIED" });
    const { id } = await createReferral(staff, form(kase.id, 0), { now: NOW });
    const result = await updateReferral(staff, { id, version: "0", acknowledgedOn: "2026-08-07", dueOn: "2026-08-19", outcome: "KBRI menghubungi majikan." }, { now: NOW, ip: "10.0.0.9" });
    expect(result).toEqual({ id, caseId: kase.id, version: 1 });
    const referral = await db.caseReferral.findUniqueOrThrow({ where: { id } });
    expect(referral).toMatchObject({ version: 1, outcome: "KBRI menghubungi majikan." });
    expect(referral.acknowledgedOn?.toISOString()).toBe("2026-08-07T00:00:00.000Z");

    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: kase.id, kind: "REFERRAL" }, orderBy: { id: "desc" } });
    expect(event.data).toMatchObject({ referralId: id, change: "updated" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "case.referral-update" } });
    expect(audit).toMatchObject({ entity: "CaseReferral", entityId: id, villageCode: LONTAR, ip: "10.0.0.9" });
    expect(audit.before).toEqual({ acknowledgedOn: null, outcome: null, version: 0 });
    expect(audit.after).toEqual({ acknowledgedOn: "2026-08-07T00:00:00.000Z", outcome: "KBRI menghubungi majikan.", version: 1 });
    // The case itself did not change: its version stays.
    expect(await db.case.findUniqueOrThrow({ where: { id: kase.id } })).toMatchObject({ version: 1 });

    await expect(updateReferral(staff, { id, version: "0", acknowledgedOn: "2026-08-08" }, { now: NOW })).rejects.toEqual(new FieldError("_form", "caseMoney:referralVersionConflict"));
    await expect(updateReferral(staff, { id, version: "1", acknowledgedOn: "2026-08-01" }, { now: NOW })).rejects.toEqual(new FieldError("acknowledgedOn", "caseMoney:acknowledgedBeforeSent"));
    expect(await db.caseReferral.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1 });
  });
});
