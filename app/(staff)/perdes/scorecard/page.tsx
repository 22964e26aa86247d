import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PeriodFilter } from "@/components/perdes/period-filter";
import { ReportExportForm } from "@/components/perdes/report-export-form";
import { ScorecardTable } from "@/components/perdes/scorecard-table";
import { VerifiedShareChart } from "@/components/perdes/verified-share-chart";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { parsePerdesPeriod, periodParams } from "@/lib/perdes/period";
import { getRegionalScorecard } from "@/lib/perdes/scorecard/get-scorecard";
import { parseScorecardSort, SCORECARD_SORTS, sortScorecardRows, type ScorecardSort, type SortDir } from "@/lib/perdes/scorecard/sort-rows";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scorecard.scorecard");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SCORECARD_PAGE_SIZE = 100;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

// The regional comparison for BP3MI staff: every village of the region for the period
// (default this quarter), sortable by each figure, with a chart of the verified share. Village
// roles have one village: they go straight to its page.
export default async function ScorecardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("scorecard:read");
  const raw = await searchParams;
  const period = parsePerdesPeriod(raw, { fallback: "quarter" });
  if (actor.role !== "BP3MI_STAFF") {
    if (!actor.villageCode) notFound();
    redirect(`/perdes/scorecard/${actor.villageCode}?${periodParams(period).toString()}`);
  }
  const kecamatan = one(raw.kecamatan) || null;
  const { sort, dir } = parseScorecardSort(raw);
  const card = await getRegionalScorecard(actor, period, { kecamatan });
  const rows = sortScorecardRows(card.rows, sort, dir);
  const pages = Math.max(1, Math.ceil(rows.length / SCORECARD_PAGE_SIZE));
  const pageNo = Math.min(pages, Math.max(1, Number.parseInt(one(raw.page), 10) || 1));
  const shown = rows.slice((pageNo - 1) * SCORECARD_PAGE_SIZE, pageNo * SCORECARD_PAGE_SIZE);

  const t = await getTranslations("scorecard.scorecard");
  const locale = toLocale(await getLocale());
  const params = (patch: Record<string, string | null>) => {
    const p = periodParams(period);
    const base: Record<string, string | null> = { kecamatan, sort: sort === "name" ? null : sort, dir: dir === "asc" ? null : dir, ...patch };
    for (const [k, v] of Object.entries(base)) if (v) p.set(k, v);
    return `/perdes/scorecard?${p.toString()}`;
  };
  const keep: Record<string, string> = {};
  if (kecamatan) keep.kecamatan = kecamatan;
  if (sort !== "name") keep.sort = sort;
  if (dir !== "asc") keep.dir = dir;
  const met = card.rows.filter((r) => r.score.procedural).length;
  const th = card.thresholds.values;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("descriptionRegion")}
        actions={
          can(actor.role, "scorecard:thresholds") ? (
            <Link href="/perdes/scorecard/thresholds" className={buttonClass("secondary")}>
              {t("editThresholds")}
            </Link>
          ) : null
        }
      />
      <PeriodFilter action="/perdes/scorecard" period={period} keep={keep} fieldNames={["kecamatan", "sort", "dir"]}>
        {card.kecamatan.length > 1 ? (
          <SelectField
            label={t("kecamatan")}
            name="kecamatan"
            defaultValue={kecamatan ?? ""}
            options={[{ value: "", label: t("allKecamatan") }, ...card.kecamatan.map((k) => ({ value: k.code, label: k.name }))]}
          />
        ) : null}
        <SelectField label={t("sort")} name="sort" defaultValue={sort} options={SCORECARD_SORTS.map((s) => ({ value: s, label: t(`columns.${s}`) }))} />
        <SelectField label={t("dir")} name="dir" defaultValue={dir} options={[{ value: "asc", label: t("asc") }, { value: "desc", label: t("desc") }]} />
      </PeriodFilter>

      <p className="mb-2">{t("summary", { met: formatNumber(met, locale), total: formatNumber(card.rows.length, locale) })}</p>
      <p className="mb-6 text-sm text-slate-700">
        {card.thresholds.regionCode ? t("thresholdsFrom", { region: card.thresholds.regionName ?? card.thresholds.regionCode }) : t("thresholdsDefault")}{" "}
        {t("thresholdsList", { verified: th.minVerifiedSharePct, nonProcedural: th.maxNonProcedural, cases: th.minCasesOnTimeSharePct, sessions: th.minSessionsPerQuarter })}
      </p>

      {card.rows.length === 0 ? (
        <EmptyState text={t("empty")} />
      ) : (
        <>
          <VerifiedShareChart rows={card.rows} minPct={th.minVerifiedSharePct} locale={locale} />
          <ScorecardTable
            rows={shown}
            sort={sort}
            dir={dir}
            locale={locale}
            sortHref={(s: ScorecardSort, d: SortDir) => params({ sort: s === "name" ? null : s, dir: d === "asc" ? null : d, page: null })}
            villageHref={(code) => `/perdes/scorecard/${code}?${periodParams(period).toString()}`}
          />
          {pages > 1 ? (
            <nav aria-label={t("pager.label")} className="no-print mt-4 flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm text-slate-600">{t("pager.summary", { page: pageNo, pages })}</p>
              <div className="flex flex-wrap gap-2">
                {pageNo > 1 ? <Link href={params({ page: String(pageNo - 1) })} className={buttonClass("secondary")} rel="prev">{t("pager.previous")}</Link> : null}
                {pageNo < pages ? <Link href={params({ page: String(pageNo + 1) })} className={buttonClass("secondary")} rel="next">{t("pager.next")}</Link> : null}
              </div>
            </nav>
          ) : null}
        </>
      )}
      <div className="mt-8">
        <ReportExportForm month={period.to} kecamatan={kecamatan} />
      </div>
    </>
  );
}
