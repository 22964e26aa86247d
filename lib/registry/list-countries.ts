import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { readRows } from "@/lib/db/read";
import { assertCan, type Actor } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

export type CountryOption = { code: string; name: string };

const collators = new Map<Locale, Intl.Collator>();
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

/**
 * Destination countries (reference data) in the user's language, by name: for the list filter
 * and labels. On the people list and the person page, so a prepared statement (lib/db/read.ts).
 */
export async function listCountries(actor: Actor, locale: Locale): Promise<CountryOption[]> {
  assertCan(actor, "person:read");
  const rows = await readRows<{ code: string; nameId: string; nameEn: string }>(
    Prisma.sql`SELECT c."code", c."nameId", c."nameEn" FROM "Country" c`,
    { prepare: true },
  );
  const { compare } = collator(locale);
  return rows.map((c) => ({ code: c.code, name: locale === "en" ? c.nameEn : c.nameId })).sort((a, b) => compare(a.name, b.name));
}
