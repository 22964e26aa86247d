import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type Actor } from "@/lib/authz";
import { caseScope } from "@/lib/cases/case-access";
import type { Locale } from "@/lib/i18n/locales";

// The choices of the case list's filter form, each limited to the actor's scope: the villages
// they may pick among (only when they see more than one), the countries and the handlers that
// occur on their cases.

export type CaseOption = { value: string; label: string };

/** caseScope(actor) as a filter on Village.code. */
function villageCodeScope(actor: Actor): Prisma.VillageWhereInput {
  const scope = caseScope(actor).villageCode;
  return scope === undefined ? {} : { code: scope as Prisma.StringFilter | string };
}

export type CaseFilterOptions = {
  /** null when the actor works in one village (no village filter is shown). */
  villages: CaseOption[] | null;
  countries: CaseOption[];
  handlers: CaseOption[];
};

export async function listCaseFilterOptions(actor: Actor, locale: Locale): Promise<CaseFilterOptions> {
  assertCan(actor, "case:read");
  const scope = caseScope(actor);
  const oneVillage = typeof scope.villageCode === "string";
  const [villages, countries, handlers] = await Promise.all([
    oneVillage ? null : db.village.findMany({ where: villageCodeScope(actor), select: { code: true, region: { select: { name: true } } } }),
    db.country.findMany({ where: { cases: { some: scope } }, select: { code: true, nameId: true, nameEn: true } }),
    db.user.findMany({ where: { handledCases: { some: scope } }, select: { id: true, name: true } }),
  ]);
  const byLabel = (a: CaseOption, b: CaseOption) => a.label.localeCompare(b.label, locale) || a.value.localeCompare(b.value);
  return {
    villages: villages ? villages.map((v) => ({ value: v.code, label: v.region.name })).sort(byLabel) : null,
    countries: countries.map((c) => ({ value: c.code, label: locale === "en" ? c.nameEn : c.nameId })).sort(byLabel),
    handlers: handlers.map((u) => ({ value: u.id, label: u.name })).sort(byLabel),
  };
}
