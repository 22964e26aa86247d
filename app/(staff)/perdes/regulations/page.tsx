import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { RegulationStatusBadge } from "@/components/perdes/regulation-status-badge";
import { VillagePicker } from "@/components/perdes/village-picker";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { choosePerdesVillage } from "@/lib/perdes/perdes-village";
import { listRegulations } from "@/lib/perdes/regulations/list-regulations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.regulations.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/** A village's Perdes (drafts included) for staff; BP3MI staff pick a village of their region. */
export default async function RegulationsPage({ searchParams }: Props) {
  const actor = await requirePermission("monitoring:read");
  const choice = await choosePerdesVillage(actor, one((await searchParams).village));
  const rows = choice.villageCode ? await listRegulations(actor, choice.villageCode) : null;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("perdes.regulations");
  const canWrite = can(actor.role, "regulation:write");

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={choice.villageName ? `${choice.villageName} · ${t("list.description")}` : t("list.description")}
        actions={canWrite ? <Link href="/perdes/regulations/new" className={buttonClass()}>{t("list.add")}</Link> : null}
      />
      {choice.villages ? (
        <VillagePicker action="/perdes/regulations" villages={choice.villages} current={choice.villageCode} strings={{ village: t("list.village"), chooseVillage: t("list.chooseVillage"), show: t("list.show") }} />
      ) : null}
      {!choice.villageCode || !rows ? (
        <EmptyState text={t("list.chooseVillagePrompt")} />
      ) : rows.length === 0 ? (
        <EmptyState text={canWrite ? t("list.emptyOfficial") : t("list.empty")} />
      ) : (
        <ScrollTable label={t("list.caption")}>
          <thead className={thead}>
            <tr>
              <th scope="col" className={th}>{t("list.number")}</th>
              <th scope="col" className={th}>{t("list.titleColumn")}</th>
              <th scope="col" className={th}>{t("list.status")}</th>
              <th scope="col" className={th}>{t("list.enactedOn")}</th>
              <th scope="col" className={th}>{t("list.articles")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={tr}>
                <td data-label={t("list.number")} className={td}>{t("list.numberYear", { number: r.number, year: r.year })}</td>
                <td data-label={t("list.titleColumn")} className={td}>
                  <Link href={`/perdes/regulations/${r.id}`}>{r.title}</Link>
                </td>
                <td data-label={t("list.status")} className={td}><RegulationStatusBadge status={r.status} /></td>
                <td data-label={t("list.enactedOn")} className={td}>{formatDate(r.enactedOn, locale) || "—"}</td>
                <td data-label={t("list.articles")} className={td}>{t("list.articleCount", { count: r.articleCount })}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {choice.villageCode ? (
        <p className="mt-4 text-sm">
          <Link href={`/desa/${choice.villageCode}/perdes`} prefetch={false}>{t("list.publicLink")}</Link>
        </p>
      ) : null}
    </>
  );
}
