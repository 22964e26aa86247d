import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { ActionForm } from "@/components/recruiters/action-form";
import { JobOrderTable } from "@/components/recruiters/job-order-table";
import { LicenceBadge } from "@/components/recruiters/licence-badge";
import { jobOrderFields, recruiterFields, statusFields } from "@/components/recruiters/recruiter-fields";
import { StatusHistory } from "@/components/recruiters/status-history";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { changeRecruiterStatusAction, createJobOrderAction, updateRecruiterAction } from "@/lib/recruiters/actions";
import { getRecruiter } from "@/lib/recruiters/get-recruiter";
import { listCountryRules, listJobRules } from "@/lib/rules/list-rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recruiters.edit");
  return { title: t("title") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["created", "saved", "status", "jobOrder"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecruiterPage({ params, searchParams }: Props) {
  const actor = await requirePermission("recruiter:read");
  const { id } = await params;
  const r = await getRecruiter(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("recruiters");
  const writable = can(actor.role, "recruiter:write");
  const none = t("detail.none");
  const name = (x: { nameId: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameId);
  const [countries, jobs] = writable ? await Promise.all([listCountryRules(actor), listJobRules(actor)]) : [[], []];

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/recruiters">{t("backToList")}</Link></p>
      <PageHeader title={r.name} description={`${t("detail.licence")} ${r.licenceNumber}`} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}
      <div className="flex flex-col gap-6">
        <section aria-labelledby="summary-title" className={section}>
          <h2 id="summary-title">{t("detail.summary")}</h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("detail.status")}</dt>
            <dd>
              <LicenceBadge status={r.status} label={t(`status.${r.status}`)} />{" "}
              {r.status === "SUSPENDED" && r.suspensionScope
                ? t("detail.suspension", { scope: t(`scope.${r.suspensionScope}`), from: formatDate(r.suspendedFrom, locale) || none, until: formatDate(r.suspendedUntil, locale) || none })
                : null}
            </dd>
            <dt className="text-slate-600">{t("detail.decree")}</dt>
            <dd>{r.statusDecree ? t("detail.decreeText", { decree: r.statusDecree, decreeOn: formatDate(r.statusDecreeOn, locale) || none }) : none}</dd>
            <dt className="text-slate-600">{t("detail.checked")}</dt>
            <dd>{formatDate(r.lastCheckedOn, locale)}</dd>
            <dt className="text-slate-600">{t("detail.address")}</dt>
            <dd>{r.address ?? none}</dd>
            <dt className="text-slate-600">{t("detail.agents")}</dt>
            <dd>{r._count.agents}</dd>
          </dl>
        </section>

        <StatusHistory changes={r.statusChanges} locale={locale} />

        {writable ? (
          <section aria-labelledby="status-title" className={`${section} border-red-200`}>
            <h2 id="status-title">{t("statusChange.title")}</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{t("statusChange.intro")}</p>
            <ActionForm
              action={changeRecruiterStatusAction}
              hidden={{ id: r.id }}
              fields={await statusFields()}
              confirm={t("statusChange.confirm")}
              variant="danger"
              strings={{ submit: t("statusChange.submit"), pending: t("statusChange.pending") }}
            />
          </section>
        ) : null}

        <section aria-labelledby="orders-title" className={section}>
          <h2 id="orders-title" className="mb-3">{t("jobOrders.title")}</h2>
          <JobOrderTable orders={r.jobOrders.map((o) => ({ ...o, countryName: name(o.country), jobName: name(o.job) }))} locale={locale} />
          {writable ? (
            <div className="mt-6">
              <h3 className="mb-3 text-base font-semibold">{t("jobOrders.add")}</h3>
              <ActionForm
                action={createJobOrderAction}
                hidden={{ recruiterId: r.id }}
                fields={await jobOrderFields(countries.map((c) => ({ value: c.code, label: name(c) })), jobs.map((j) => ({ value: j.code, label: name(j) })))}
                strings={{ submit: t("jobOrders.submit"), pending: t("jobOrders.pending") }}
              />
            </div>
          ) : null}
        </section>

        {writable ? (
          <section aria-labelledby="details-title" className={section}>
            <h2 id="details-title" className="mb-3">{t("edit.title")}</h2>
            <ActionForm action={updateRecruiterAction} hidden={{ id: r.id }} fields={await recruiterFields(r)} strings={{ submit: t("edit.submit"), pending: t("edit.pending") }} />
          </section>
        ) : null}
      </div>
    </>
  );
}
