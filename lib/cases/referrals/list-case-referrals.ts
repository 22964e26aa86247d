import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import { findScopedCase } from "@/lib/cases/case-access";

/** A case's referrals, newest first, with the mission's country names. NotFound outside the actor's scope. */
export async function listCaseReferrals(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  const kase = await findScopedCase(db, actor, caseId);
  return db.caseReferral.findMany({
    where: { caseId: kase.id },
    orderBy: [{ sentOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      agency: true,
      countryCode: true,
      agencyName: true,
      sentOn: true,
      acknowledgedOn: true,
      dueOn: true,
      outcome: true,
      version: true,
      country: { select: { nameId: true, nameEn: true } },
    },
  });
}
export type CaseReferralRow = Awaited<ReturnType<typeof listCaseReferrals>>[number];

/**
 * What the referral form needs besides the case page's props: the case's category (a
 * trafficking case goes to the police too) and the countries a KBRI/KJRI can be in.
 */
export async function getReferralFormContext(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  const kase = await findScopedCase(db, actor, caseId);
  const countries = await db.country.findMany({ orderBy: { nameId: "asc" }, select: { code: true, nameId: true, nameEn: true } });
  return { category: kase.category, countries };
}
