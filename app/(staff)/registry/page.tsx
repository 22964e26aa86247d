import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { StatusBanner } from "@/components/admin/status-banner";
import { PeopleTable } from "@/components/registry/people-table";
import { PersonFilters } from "@/components/registry/person-filters";
import { TransferPanel } from "@/components/registry/transfer-panel";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listCountries } from "@/lib/registry/list-countries";
import { listPeople } from "@/lib/registry/list-people";
import { listPeopleParams, parseListPeopleQuery } from "@/lib/registry/list-people-query";
import { listTransferRequests } from "@/lib/registry/list-transfer-requests";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry");
  return { title: t("title") };
}

const DONE = ["transferApproved", "transferRejected"] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function similarParams(params: URLSearchParams): string {
  const p = new URLSearchParams(params);
  p.set("similar", "1");
  return p.toString();
}

export default async function RegistryPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("person:read");
  const raw = await searchParams;
  const query = parseListPeopleQuery(raw);
  const locale = toLocale(await getLocale());
  const [list, countries, transfers] = await Promise.all([listPeople(actor, query), listCountries(actor, locale), listTransferRequests(actor)]);
  const t = await getTranslations("registry");
  const params = listPeopleParams(query);
  const exportHref = (format: "csv" | "xlsx") => {
    const p = new URLSearchParams(params);
    // The download holds what the list shows, also when the list fell back to similar names.
    if (list.order === "relevance") p.set("similar", "1");
    p.set("format", format);
    return `/registry/export?${p.toString()}`;
  };
  const filtered = params.toString() !== "" && params.toString() !== "sort=newest";
  const done = typeof raw.done === "string" && (DONE as readonly string[]).includes(raw.done) ? raw.done : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={actor.villageCode ? t("descriptionVillage") : t("descriptionRegion")}
        actions={
          can(actor.role, "person:write") ? (
            <>
              <Link href="/registry/people/new" className={buttonClass()}>{t("addPerson")}</Link>
              <Link href="/registry/households/new" className={buttonClass("secondary")}>{t("addHousehold")}</Link>
            </>
          ) : null
        }
      />
      {done ? <StatusBanner text={t(`done.${done}`)} /> : null}
      <TransferPanel requests={transfers} locale={locale} />
      <PersonFilters query={query} countries={countries} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-base font-semibold" role="status">
          {list.totalCapped
            ? t("countAtLeast", { formatted: formatNumber(list.total, locale) })
            : t("count", { total: list.total, formatted: formatNumber(list.total, locale) })}
          {list.order === "relevance" || list.order === "spelling" ? (
            <span className="ml-2 text-sm font-normal text-slate-600">{t(list.order === "relevance" ? "byRelevance" : "bySpelling")}</span>
          ) : null}
          {list.canSearchSimilar ? (
            <Link href={`/registry?${similarParams(params)}`} prefetch={false} className="ml-2 text-sm font-normal underline">
              {t("searchSimilar")}
            </Link>
          ) : null}
        </p>
        {can(actor.role, "registry:export") && list.total > 0 ? (
          <div role="group" aria-label={t("export.label")} className="flex flex-wrap gap-2 text-sm">
            <a href={exportHref("csv")} className={buttonClass("secondary")}>{t("export.csv")}</a>
            <a href={exportHref("xlsx")} className={buttonClass("secondary")}>{t("export.xlsx")}</a>
          </div>
        ) : null}
      </div>
      {list.rows.length === 0 ? (
        <EmptyState text={filtered ? t("emptyFiltered") : t("empty")} />
      ) : (
        <PeopleTable rows={list.rows} locale={locale} countryNames={new Map(countries.map((c) => [c.code, c.name]))} villageNames={list.villageNames} />
      )}
      <KeysetPager
        basePath="/registry"
        params={params}
        nextCursor={list.nextCursor}
        onLaterPage={!!query.cursor}
        strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }}
      />
    </>
  );
}
