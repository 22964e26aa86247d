import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { StatusBanner } from "@/components/admin/status-banner";
import { CreateCooperativeForm } from "@/components/groups/cooperative-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listCooperatives } from "@/lib/empowerment/groups/cooperatives";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups.cooperatives");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The cooperatives of the actor's villages; organizers and officials add their village's. */
export default async function CooperativesPage({ searchParams }: Props) {
  const actor = await requirePermission("group:read");
  const [rows, t, locale, sp] = await Promise.all([listCooperatives(actor), getTranslations("groups.cooperatives"), getLocale().then(toLocale), searchParams]);
  const manyVillages = actor.role === "BP3MI_STAFF";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/groups">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("description")} />
      {sp.done === "created" ? <StatusBanner text={t("done")} /> : null}
      <div className="flex flex-col gap-6">
        {rows.length === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <ScrollTable label={t("caption")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{t("name")}</th>
                {manyVillages ? <th scope="col" className={th}>{t("village")}</th> : null}
                <th scope="col" className={th}>{t("registrationColumn")}</th>
                <th scope="col" className={th}>{t("foundedColumn")}</th>
                <th scope="col" className={th}>{t("groups")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className={tr}>
                  <td data-label={t("name")} className={td}>{c.name}</td>
                  {manyVillages ? <td data-label={t("village")} className={td}>{c.villageName}</td> : null}
                  <td data-label={t("registrationColumn")} className={td}>{c.registrationNumber ?? "—"}</td>
                  <td data-label={t("foundedColumn")} className={td}>{c.foundedOn ? formatDate(c.foundedOn, locale) : "—"}</td>
                  <td data-label={t("groups")} className={td}>{c.groups}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
        {can(actor.role, "group:write") ? (
          <section aria-labelledby="coop-new-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="coop-new-title" className="mb-3">{t("createTitle")}</h2>
            <CreateCooperativeForm
              today={toDateInput(todayWib())}
              strings={{ form: t("createTitle"), name: t("name"), registrationNumber: t("registrationNumber"), foundedOn: t("foundedOn"), create: t("create"), saving: t("saving") }}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
