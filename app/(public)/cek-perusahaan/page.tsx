import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CompanyStatus } from "@/components/public/company-status";
import { PublicSearchForm } from "@/components/public/search-form";
import { toLocale } from "@/lib/i18n/locales";
import { findCompaniesPublic } from "@/lib/recruiters/public-lookup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.checkCompany");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckCompanyPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 150) ?? "";
  const t = await getTranslations("public.checkCompany");
  const locale = toLocale(await getLocale());
  const companies = q.length >= 2 ? await findCompaniesPublic(q) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      <p className="text-base text-slate-800">{t("intro")}</p>
      <PublicSearchForm action="/cek-perusahaan" label={t("label")} hint={t("hint")} value={q} submit={t("submit")} maxLength={150} />
      {companies === null ? null : (
        <section aria-labelledby="results-title" aria-live="polite">
          <h2 id="results-title" className="sr-only">{t("resultsTitle")}</h2>
          <p className="mb-3 text-sm text-slate-700">{t("count", { count: companies.length, q })}</p>
          {companies.length === 0 ? (
            <div className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-base text-amber-950">
              <p className="font-semibold">{t("notFoundTitle", { q })}</p>
              <p className="mt-1">{t("notFoundBody")}</p>
            </div>
          ) : (
            <ul className="flex flex-col gap-3">
              {companies.map((c) => (
                <CompanyStatus key={c.id} company={c} locale={locale} />
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="text-sm text-slate-700">
        {t("alsoAgent")} <Link prefetch={false} href="/cek-agen" className="underline">{t("alsoAgentLink")}</Link>
      </p>
    </div>
  );
}
