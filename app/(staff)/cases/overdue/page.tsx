import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseListResults } from "@/components/cases/case-list-results";
import { CaseTabs } from "@/components/cases/case-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, villageScope } from "@/lib/authz";
import { listCases } from "@/lib/cases/lists/list-cases";
import { listCasesParams, parseListCasesQuery } from "@/lib/cases/lists/list-cases-query";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseLists.overdue");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Open cases past their due time in the actor's villages: urgent ones first, then the longest
// overdue. The full filter form is on /cases (linked with the same filter).
export default async function OverdueCasesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("case:read");
  const { cursor } = parseListCasesQuery(await searchParams);
  const query = parseListCasesQuery({ overdue: "1", status: "open", sort: "overdue", cursor });
  const locale = toLocale(await getLocale());
  const list = await listCases(actor, query);
  const t = await getTranslations("caseLists.overdue");
  const params = listCasesParams(query);
  const oneVillage = typeof villageScope(actor).villageCode === "string";
  return (
    <>
      <PageHeader
        title={t("title")}
        description={oneVillage ? t("descriptionVillage") : t("descriptionRegion")}
        actions={<Link href={`/cases?${params.toString()}`}>{t("filterAll")}</Link>}
      />
      <CaseTabs current="overdue" role={actor.role} />
      <CaseListResults
        list={list}
        locale={locale}
        basePath="/cases/overdue"
        params={new URLSearchParams()}
        onLaterPage={!!query.cursor}
        showVillage={!oneVillage}
        exportParams={can(actor.role, "case:export") ? params : null}
        emptyText={t("empty")}
      />
    </>
  );
}
