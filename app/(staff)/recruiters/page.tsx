import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { RecruiterTable } from "@/components/recruiters/recruiter-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { listRecruiters } from "@/lib/recruiters/list-recruiters";
import { LICENCE_STATUSES, listRecruitersQuerySchema } from "@/lib/recruiters/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recruiters");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function RecruitersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("recruiter:read");
  const raw = await searchParams;
  const query = listRecruitersQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { rows, total, nextCursor } = await listRecruiters(actor, query);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("recruiters");
  const tc = await getTranslations("common");
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/recruiters/agents" className={buttonClass("secondary")}>{t("agentsLink")}</Link>
            {can(actor.role, "recruiter:write") ? <Link href="/recruiters/new" className={buttonClass()}>{t("add")}</Link> : null}
          </>
        }
      />
      <FilterForm action="/recruiters" label={t("filters.label")} strings={{ submit: tc("search"), reset: tc("reset") }}>
        <TextField label={t("filters.q")} name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
        <SelectField label={t("filters.status")} name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: t("filters.allStatuses") }, ...LICENCE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
      </FilterForm>
      {rows.length === 0 ? <EmptyState text={t("empty")} /> : <RecruiterTable rows={rows} locale={locale} />}
      <KeysetPager basePath="/recruiters" params={params} nextCursor={nextCursor} onLaterPage={!!query.cursor} summary={t("count", { total })} strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }} />
    </>
  );
}
