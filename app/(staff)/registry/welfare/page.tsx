import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { WelfareTable } from "@/components/placements/welfare-table";
import { TextField } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listWelfare } from "@/lib/placements/list-welfare";
import { WELFARE_DEFAULT_DAYS, WELFARE_MAX_DAYS, WELFARE_MIN_DAYS, welfareQuerySchema } from "@/lib/placements/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("placements.welfare");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WelfarePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("person:read");
  const raw = await searchParams;
  const query = welfareQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { rows, total, nextCursor, days } = await listWelfare(actor, query);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("placements.welfare");

  const params = new URLSearchParams();
  if (days !== WELFARE_DEFAULT_DAYS) params.set("days", String(days));

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { days })} />
      <FilterForm action="/registry/welfare" label={t("filterLabel")} strings={{ submit: t("submit"), reset: t("reset") }}>
        <TextField label={t("days")} name="days" type="number" inputMode="numeric" min={WELFARE_MIN_DAYS} max={WELFARE_MAX_DAYS} defaultValue={days} hint={t("daysHint")} />
      </FilterForm>
      {rows.length === 0 ? <EmptyState text={t("empty", { days })} /> : <WelfareTable rows={rows} locale={locale} canOpenCase={can(actor.role, "case:report")} />}
      <KeysetPager
        basePath="/registry/welfare"
        params={params}
        nextCursor={nextCursor}
        onLaterPage={!!query.cursor}
        summary={total > 0 ? t("count", { total: formatNumber(total, locale) }) : undefined}
        strings={{ label: t("pagerLabel"), first: t("first"), next: t("next") }}
      />
    </>
  );
}
