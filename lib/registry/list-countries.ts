import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type Actor } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

export type CountryOption = { code: string; name: string };

/** Destination countries (reference data) in the user's language, by name: for the list filter and labels. */
export async function listCountries(actor: Actor, locale: Locale): Promise<CountryOption[]> {
  assertCan(actor, "person:read");
  const rows = await db.country.findMany({ select: { code: true, nameId: true, nameEn: true } });
  return rows
    .map((c) => ({ code: c.code, name: locale === "en" ? c.nameEn : c.nameId }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
