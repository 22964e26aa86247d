import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { KeysetPager } from "@/components/admin/keyset-pager";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listGroups } from "@/lib/empowerment/groups/list-groups";
import { GROUP_STATUSES, parseListGroupsQuery } from "@/lib/empowerment/groups/schemas";
import { listGroupKinds } from "@/lib/empowerment/kinds/group-kinds";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listScopedVillages } from "@/lib/perdes/scoped-villages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The business groups of the actor's villages by name, with search and filters; BP3MI staff filter by village too. */
export default async function GroupsPage({ searchParams }: Props) {
  const actor = await requirePermission("group:read");
  const query = parseListGroupsQuery(await searchParams);
  const manyVillages = actor.role === "BP3MI_STAFF";
  const [list, kinds, villages, t, tCommon, locale] = await Promise.all([
    listGroups(actor, query),
    listGroupKinds(),
    manyVillages ? listScopedVillages(actor) : Promise.resolve([]),
    getTranslations("groups"),
    getTranslations("common"),
    getLocale().then(toLocale),
  ]);
  const canWrite = can(actor.role, "group:write");
  const filtered = !!(query.q || query.kind || query.status || query.village);
  const params = new URLSearchParams(Object.entries({ q: query.q, kind: query.kind, status: query.status, village: query.village }).filter((e): e is [string, string] => !!e[1]));

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            <Link href="/groups/village" className={buttonClass("secondary")}>{t("list.villageView")}</Link>
            <Link href="/groups/loans/late" className={buttonClass("secondary")}>{t("list.lateLoans")}</Link>
            <Link href="/groups/cooperatives" className={buttonClass("secondary")}>{t("list.cooperatives")}</Link>
            {can(actor.role, "group:export") ? (
              // A file download (a route handler), not a page: a plain link.
              // eslint-disable-next-line @next/next/no-html-link-for-pages
              <a href="/groups/export" className={buttonClass("secondary")}>{t("list.export")}</a>
            ) : null}
            {canWrite ? <Link href="/groups/new" className={buttonClass()}>{t("list.create")}</Link> : null}
          </>
        }
      />
      <FilterForm action="/groups" label={t("list.filterLabel")} strings={{ submit: tCommon("filter"), reset: tCommon("reset") }}>
        <TextField name="q" type="search" label={t("list.search")} defaultValue={query.q ?? ""} maxLength={100} />
        <SelectField name="kind" label={t("list.kind")} defaultValue={query.kind ?? ""} options={[{ value: "", label: t("list.anyKind") }, ...kinds.map((k) => ({ value: k.code, label: locale === "en" ? k.nameEn : k.nameId }))]} />
        <SelectField name="status" label={t("list.status")} defaultValue={query.status ?? ""} options={[{ value: "", label: t("list.anyStatus") }, ...GROUP_STATUSES.map((s) => ({ value: s, label: t(`group.statuses.${s}`) }))]} />
        {manyVillages ? (
          <SelectField name="village" label={t("list.village")} defaultValue={query.village ?? ""} options={[{ value: "", label: t("list.anyVillage") }, ...villages.map((v) => ({ value: v.code, label: v.district ? `${v.name} (${v.district})` : v.name }))]} />
        ) : null}
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState text={filtered ? t("list.emptyFiltered") : canWrite ? t("list.emptyWrite") : t("list.empty")} />
      ) : (
        <ScrollTable label={t("list.caption")}>
          <thead className={thead}>
            <tr>
              <th scope="col" className={th}>{t("list.name")}</th>
              <th scope="col" className={th}>{t("list.kind")}</th>
              {manyVillages ? <th scope="col" className={th}>{t("list.village")}</th> : null}
              <th scope="col" className={th}>{t("list.status")}</th>
              <th scope="col" className={th}>{t("list.members")}</th>
              <th scope="col" className={th}>{t("list.founded")}</th>
              <th scope="col" className={th}>{t("list.cooperative")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((g) => (
              <tr key={g.id} className={tr}>
                <td data-label={t("list.name")} className={td}><Link href={`/groups/${g.id}`}>{g.name}</Link></td>
                <td data-label={t("list.kind")} className={td}>{locale === "en" ? g.kindNameEn : g.kindNameId}</td>
                {manyVillages ? <td data-label={t("list.village")} className={td}>{g.villageName}</td> : null}
                <td data-label={t("list.status")} className={td}>{t(`group.statuses.${g.status}`)}</td>
                <td data-label={t("list.members")} className={td}>{g.openMembers}</td>
                <td data-label={t("list.founded")} className={td}>{g.foundedOn ? formatDate(g.foundedOn, locale) : t("list.none")}</td>
                <td data-label={t("list.cooperative")} className={td}>{g.cooperativeName ?? t("list.none")}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <KeysetPager basePath="/groups" params={params} nextCursor={list.next} onLaterPage={!!query.cursor} strings={{ label: t("list.pager"), first: t("list.first"), next: t("list.next") }} />
    </>
  );
}
