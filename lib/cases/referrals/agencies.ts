// The agencies a case is referred to (domain.md: village → Disnaker/LTSA → BP3MI →
// KBRI/KJRI or Kemlu; police for TPPO), and the rules that depend on the agency. Pure.
import type { CaseCategory } from "@/lib/cases/categories";

export const REFERRAL_AGENCIES = ["DISNAKER_LTSA", "BP3MI", "KBRI_KJRI", "KEMLU", "POLICE", "NGO"] as const;
export type ReferralAgency = (typeof REFERRAL_AGENCIES)[number];

/** An embassy or consulate belongs to a country: the referral must say which. */
export function agencyNeedsCountry(agency: ReferralAgency): boolean {
  return agency === "KBRI_KJRI";
}

/** "An NGO" says nothing: the organisation's name is required. */
export function agencyNeedsName(agency: ReferralAgency): boolean {
  return agency === "NGO";
}

/**
 * The agencies a case of this category is expected to reach besides the usual chain:
 * trafficking (TPPO) is a crime and goes to the police as well (UU 21/2007, domain.md).
 */
export function expectedAgencies(category: CaseCategory): ReferralAgency[] {
  return category === "TRAFFICKING" ? ["POLICE"] : [];
}

/** The expected agencies this case has no referral to yet (the form warns about them). */
export function missingExpectedAgencies(category: CaseCategory, referredTo: readonly string[]): ReferralAgency[] {
  return expectedAgencies(category).filter((agency) => !referredTo.includes(agency));
}

/**
 * Overdue: the agency's answer was due before today (WIB) and has not come. A referral
 * without a due date is never overdue.
 */
export function isReferralOverdue(referral: { dueOn: Date | null; acknowledgedOn: Date | null }, today: Date): boolean {
  return referral.dueOn !== null && referral.acknowledgedOn === null && referral.dueOn.getTime() < today.getTime();
}
