import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseListResults } from "@/components/cases/case-list-results";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CaseTabs } from "@/components/cases/case-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listCases } from "@/lib/cases/lists/list-cases";
import { listCasesParams, parseListCasesQuery } from "@/lib/cases/lists/list-cases-query";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseLists.mine");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The handler's queue: open cases assigned to the actor, by priority. Handlers are BP3MI
// staff (only they may be assigned, lib/cases/list-handlers.ts); a village role is told so
// and pointed to the case list rather than shown an empty queue.
export default async function MyCasesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("case:read");
  const t = await getTranslations("caseLists.mine");
  if (actor.role !== "BP3MI_STAFF") {
    return (
      <>
        <PageHeader title={t("title")} />
      <CaseTabs current="mine" role={actor.role} />
        <EmptyState text={t("notHandler")} />
        <p className="mt-4">
          <Link href="/cases" className={buttonClass("secondary")}>{t("toList")}</Link>
        </p>
      </>
    );
  }
  const { cursor } = parseListCasesQuery(await searchParams);
  // Only the cursor comes from the URL: the queue's filter is fixed.
  const query = parseListCasesQuery({ handler: "me", status: "open", sort: "priority", cursor });
  const locale = toLocale(await getLocale());
  const list = await listCases(actor, query);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CaseTabs current="mine" role={actor.role} />
      <CaseListResults
        list={list}
        locale={locale}
        basePath="/cases/mine"
        params={new URLSearchParams()}
        onLaterPage={!!query.cursor}
        showVillage
        exportParams={can(actor.role, "case:export") ? listCasesParams(query) : null}
        emptyText={t("empty")}
      />
    </>
  );
}
