import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { AgentTable } from "@/components/recruiters/recruiter-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listAgents } from "@/lib/recruiters/list-recruiters";
import { listAgentsQuerySchema } from "@/lib/recruiters/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recruiters.agents");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AgentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("recruiter:read");
  const raw = await searchParams;
  const query = listAgentsQuerySchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { rows, total, nextCursor } = await listAgents(actor, query);
  const t = await getTranslations("recruiters");
  const tc = await getTranslations("common");
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.watchlisted) params.set("watchlisted", query.watchlisted);
  return (
    <>
      <PageHeader
        title={t("agents.title")}
        description={t("agents.description")}
        actions={
          <>
            <Link href="/recruiters" className={buttonClass("secondary")}>{t("companiesLink")}</Link>
            {can(actor.role, "recruiter:write") ? <Link href="/recruiters/agents/new" className={buttonClass()}>{t("agents.add")}</Link> : null}
          </>
        }
      />
      <FilterForm action="/recruiters/agents" label={t("agents.filters.label")} strings={{ submit: tc("search"), reset: tc("reset") }}>
        <TextField label={t("agents.filters.q")} name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
        <SelectField
          label={t("agents.filters.watchlisted")}
          name="watchlisted"
          defaultValue={query.watchlisted ?? ""}
          options={[{ value: "", label: t("agents.filters.all") }, { value: "yes", label: t("agents.filters.yes") }, { value: "no", label: t("agents.filters.no") }]}
        />
      </FilterForm>
      {rows.length === 0 ? <EmptyState text={t("agents.empty")} /> : <AgentTable rows={rows} />}
      <KeysetPager basePath="/recruiters/agents" params={params} nextCursor={nextCursor} onLaterPage={!!query.cursor} summary={t("agents.count", { total })} strings={{ label: t("pager.label"), first: t("pager.first"), next: t("pager.next") }} />
    </>
  );
}
