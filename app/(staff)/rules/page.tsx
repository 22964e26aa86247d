import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { CountryRuleTable, JobRuleTable } from "@/components/recruiters/rule-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { listCountryRules, listJobRules } from "@/lib/rules/list-rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules");
  return { title: t("title") };
}

export default async function RulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("recruiter:read");
  const [countries, jobs] = await Promise.all([listCountryRules(actor), listJobRules(actor)]);
  const t = await getTranslations("rules");
  const locale = toLocale(await getLocale());
  const editable = can(actor.role, "rules:write");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {(await searchParams).done === "saved" ? <StatusBanner text={t("done.saved")} /> : null}
      <section aria-labelledby="jobs-title" className="mb-8">
        <h2 id="jobs-title" className="mb-3">{t("jobs.title")}</h2>
        <JobRuleTable rows={jobs} locale={locale} editable={editable} />
      </section>
      <section aria-labelledby="countries-title">
        <h2 id="countries-title" className="mb-3">{t("countries.title")}</h2>
        <CountryRuleTable rows={countries} locale={locale} editable={editable} />
      </section>
    </>
  );
}
