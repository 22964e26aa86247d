import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseListResults } from "@/components/cases/case-list-results";
import { buttonClass } from "@/components/ui/button";
import { CaseTabs } from "@/components/cases/case-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listCaseFilterOptions } from "@/lib/cases/lists/list-case-options";
import { listCases } from "@/lib/cases/lists/list-cases";
import { listCasesParams, parseListCasesQuery } from "@/lib/cases/lists/list-cases-query";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseLists.list");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CasesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("case:read");
  const query = parseListCasesQuery(await searchParams);
  const locale = toLocale(await getLocale());
  const [list, options] = await Promise.all([listCases(actor, query), listCaseFilterOptions(actor, locale)]);
  const t = await getTranslations("caseLists.list");
  const params = listCasesParams(query);
  const filtered = [...params.keys()].some((k) => k !== "sort");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={options.villages ? t("descriptionRegion") : t("descriptionVillage")}
        actions={can(actor.role, "case:report") ? <Link href="/cases/new" className={buttonClass()}>{t("report")}</Link> : null}
      />
      <CaseTabs current="all" role={actor.role} />
      <CaseFilters query={query} options={options} offerMe={actor.role === "BP3MI_STAFF"} />
      <CaseListResults
        list={list}
        locale={locale}
        basePath="/cases"
        params={params}
        onLaterPage={!!query.cursor}
        showVillage={!!options.villages}
        exportParams={can(actor.role, "case:export") ? params : null}
        emptyText={filtered ? t("emptyFiltered") : t("empty")}
      />
    </>
  );
}
