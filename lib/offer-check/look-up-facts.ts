import "server-only";
import { db } from "@/lib/db/client";
import { matchCompanyPublic } from "@/lib/recruiters/public-lookup";
import type { Locale } from "@/lib/i18n/locales";
import type { OfferAnswers, OfferFacts } from "./answers";

// Public, no actor: reads only the registry's public facts (see lib/recruiters/public-lookup.ts).

/** The facts the rules need for these answers, looked up in the registry and rule data. */
export async function lookUpOfferFacts(a: OfferAnswers, locale: Locale, today = new Date()): Promise<OfferFacts> {
  const [company, job, country, jobOrder] = await Promise.all([
    a.company ? matchCompanyPublic(a.company) : null,
    a.jobCode ? db.job.findUnique({ where: { code: a.jobCode } }) : null,
    a.countryCode ? db.country.findUnique({ where: { code: a.countryCode } }) : null,
    a.sip2miNumber
      ? db.jobOrder.findFirst({ where: { sip2miNumber: { equals: a.sip2miNumber, mode: "insensitive" } }, select: { validUntil: true, recruiterId: true, countryCode: true, jobCode: true } })
      : null,
  ]);
  const name = (row: { nameId: string; nameEn: string }) => (locale === "en" ? row.nameEn : row.nameId);
  return {
    today,
    company: a.company == null ? null : company ? { found: true, ...company } : { found: false },
    job: job ? { code: job.code, name: name(job), zeroCost: job.zeroCost, household: job.household, legalBasis: job.legalBasis } : null,
    country: country ? { code: country.code, name: name(country), moratoriumHousehold: country.moratoriumHousehold, destination: country.destination, legalBasis: country.legalBasis } : null,
    jobOrder:
      a.sip2miNumber == null
        ? null
        : jobOrder
          ? { found: true, validUntil: jobOrder.validUntil, sameCompany: company ? jobOrder.recruiterId === company.id : null, countryCode: jobOrder.countryCode, jobCode: jobOrder.jobCode }
          : { found: false },
  };
}

export type OfferOptions = {
  countries: { code: string; name: string }[];
  jobs: { code: string; name: string }[];
  villages: { code: string; name: string; district: string | null }[];
};

/** The form's choices: destination countries, jobs, and the villages using Lontar. */
export async function listOfferOptions(locale: Locale): Promise<OfferOptions> {
  const [countries, jobs, villages] = await Promise.all([
    db.country.findMany({ orderBy: { nameId: "asc" }, select: { code: true, nameId: true, nameEn: true } }),
    db.job.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameId: true, nameEn: true } }),
    listContactVillages(),
  ]);
  const name = (row: { nameId: string; nameEn: string }) => (locale === "en" ? row.nameEn : row.nameId);
  return {
    countries: countries.map((c) => ({ code: c.code, name: name(c) })).sort((x, y) => x.name.localeCompare(y.name)),
    jobs: jobs.map((j) => ({ code: j.code, name: name(j) })),
    villages: villages.map(({ code, name, district }) => ({ code, name, district })),
  };
}

export type ContactVillage = {
  code: string;
  name: string;
  district: string | null;
  officeAddress: string | null;
  officePhone: string | null;
  kkbmContactName: string | null;
  kkbmPhone: string | null;
};

/** Active villages and their public contacts (village office, KKBM), by name. */
export async function listContactVillages(): Promise<ContactVillage[]> {
  const rows = await db.village.findMany({
    where: { active: true },
    select: { code: true, officeAddress: true, officePhone: true, kkbmContactName: true, kkbmPhone: true, region: { select: { name: true, parent: { select: { name: true } } } } },
  });
  return rows
    .map((v) => ({ code: v.code, name: v.region.name, district: v.region.parent?.name ?? null, officeAddress: v.officeAddress, officePhone: v.officePhone, kkbmContactName: v.kkbmContactName, kkbmPhone: v.kkbmPhone }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
}
