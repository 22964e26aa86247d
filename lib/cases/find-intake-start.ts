import "server-only";
import { db } from "@/lib/db/client";
import { villageScope, type Actor } from "@/lib/authz";
import { CASE_CATEGORIES, type CaseCategory } from "./categories";

export type IntakeStart = {
  person: { id: string; name: string } | null;
  placementId: string | null;
  report: { id: string; code: string } | null;
  category: CaseCategory | undefined;
  defaults: { category?: string; countryCode?: string; reporterPhone?: string; whatHappened?: string };
};

/**
 * What the intake form starts from: a person of the actor's village (from the person page or
 * the "no contact for 60 days" list), a villager's report of the actor's village (issue 5), a
 * category. Ids outside the actor's scope are ignored, as if not given.
 */
export async function findIntakeStart(actor: Actor, from: { personId?: string; placementId?: string; reportId?: string; category?: string }): Promise<IntakeStart> {
  const uuid = /^[0-9a-f-]{36}$/i;
  const category = CASE_CATEGORIES.find((c) => c === from.category);
  const [person, report] = await Promise.all([
    from.personId && uuid.test(from.personId)
      ? db.person.findFirst({
          where: { AND: [{ id: from.personId }, villageScope(actor)] },
          select: { id: true, name: true, currentPlacementId: true, currentCountryCode: true, currentStatus: true },
        })
      : null,
    from.reportId && uuid.test(from.reportId)
      ? db.suspiciousReport.findFirst({ where: { AND: [{ id: from.reportId }, villageScope(actor)] }, select: { id: true, code: true, what: true, reporterContact: true } })
      : null,
  ]);
  // A trip named in the link (the welfare list's row) when it is the person's; else the latest.
  const trip =
    person && from.placementId && uuid.test(from.placementId)
      ? await db.placement.findFirst({ where: { id: from.placementId, personId: person.id }, select: { id: true, status: true, countryCode: true } })
      : null;
  const abroad = trip ? trip.status === "DEPARTED" : person?.currentStatus === "DEPARTED";
  return {
    person: person ? { id: person.id, name: person.name } : null,
    placementId: trip?.id ?? person?.currentPlacementId ?? null,
    report: report ? { id: report.id, code: report.code } : null,
    category,
    defaults: {
      category: category ?? (report ? "JOB_FRAUD" : undefined),
      countryCode: abroad ? (trip?.countryCode ?? person?.currentCountryCode ?? undefined) : undefined,
      whatHappened: report?.what,
    },
  };
}
