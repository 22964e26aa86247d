import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { ActionForm } from "@/components/recruiters/action-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { listContactVillages } from "@/lib/offer-check/look-up-facts";
import { listAgents } from "@/lib/recruiters/list-recruiters";
import { formatPhone } from "@/lib/recruiters/phone";
import { handleReportAction, linkReportAction } from "@/lib/reports/actions";
import { getReport } from "@/lib/reports/list-reports";
import { REPORT_STATUSES } from "@/lib/reports/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.inbox");
  return { title: t("title") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["handled", "linked"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportPage({ params, searchParams }: Props) {
  const actor = await requirePermission("report:read");
  const { id } = await params;
  const report = await getReport(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("reports");
  const d = (k: string) => t(`detail.${k}`);
  const village = (await listContactVillages()).find((v) => v.code === report.villageCode);
  const handles = can(actor.role, "report:handle");
  const tCases = await getTranslations("cases");
  const links = handles && can(actor.role, "recruiter:write");
  // Agents with the report's phone or name first; the list is short in practice.
  const agents = links ? (await listAgents(actor, { q: report.phone ?? report.agentName ?? undefined }, 50)).rows : [];
  const rows: [string, string | null][] = [
    ["what", report.what], ["agentName", report.agentName], ["recruiterName", report.recruiterName], ["phone", formatPhone(report.phone) || null],
    ["place", report.place], ["village", village?.name ?? report.villageCode], ["contact", report.reporterContact],
  ];
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/reports">{d("backToList")}</Link></p>
      <PageHeader
        title={report.code}
        description={`${t(`status.${report.status}`)} · ${formatDateTime(report.createdAt, locale)}`}
        actions={can(actor.role, "case:report") ? <Link href={`/cases/new?reportId=${report.id}`} className={buttonClass("secondary")}>{tCases("fromReport.openCase")}</Link> : null}
      />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`detail.done.${done}`)} /> : null}
      <div className="flex flex-col gap-6">
        <section aria-label={d("what")} className={section}>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-600">{d(k)}</dt>
                <dd className="whitespace-pre-wrap">{v ?? d("none")}</dd>
              </div>
            ))}
            <dt className="text-slate-600">{d("agent")}</dt>
            <dd>{report.agent ? <Link href={`/recruiters/agents/${report.agent.id}`}>{report.agent.name}</Link> : d("none")}</dd>
          </dl>
        </section>

        {handles ? (
          <section aria-labelledby="handle-title" className={section}>
            <h2 id="handle-title">{d("handleTitle")}</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{d("handleIntro")}</p>
            <ActionForm
              action={handleReportAction}
              hidden={{ id: report.id }}
              fields={[
                { name: "status", label: d("statusField"), kind: "select", required: true, defaultValue: report.status, options: REPORT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })) },
                { name: "publicNote", label: d("publicNote"), kind: "textarea", maxLength: 1000, defaultValue: report.publicNote ?? "" },
              ]}
              strings={{ submit: d("submit"), pending: d("pending") }}
            />
          </section>
        ) : null}

        {links ? (
          <section aria-labelledby="link-title" className={section}>
            <h2 id="link-title">{d("linkTitle")}</h2>
            <p className="mt-1 mb-4 text-sm text-slate-600">{d("linkIntro")}</p>
            <ActionForm
              action={linkReportAction}
              hidden={{ id: report.id }}
              fields={[
                { name: "agentId", label: d("agentId"), kind: "select", defaultValue: report.agentId ?? "", options: [{ value: "", label: d("newAgent") }, ...agents.map((a) => ({ value: a.id, label: `${a.name} ${formatPhone(a.phone)}`.trim() }))] },
                { name: "newAgentName", label: d("newAgentName"), maxLength: 120, defaultValue: report.agentName ?? "" },
                { name: "watchlistReason", label: d("watchlistReason"), kind: "textarea", maxLength: 500 },
              ]}
              strings={{ submit: d("linkSubmit"), pending: d("linkPending") }}
            />
          </section>
        ) : null}

        {/* Open a case from this report: belongs to the cases issue. When it lands, add the
            "open a case" form here (permission from the cases feature), prefilled from the
            report, and link the case back to report.id. */}
        {handles ? (
          <section aria-labelledby="case-title" className={section}>
            <h2 id="case-title">{d("caseTitle")}</h2>
            <p className="mt-1 text-sm text-slate-600">{d("caseLater")}</p>
          </section>
        ) : null}
      </div>
    </>
  );
}
