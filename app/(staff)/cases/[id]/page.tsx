import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { AttachmentsSection } from "@/components/cases/attachments-section";
import { AssignHandlerForm } from "@/components/cases/assign-handler-form";
import { CaseInfoForm } from "@/components/cases/case-info-form";
import { CaseNoteForm } from "@/components/cases/case-note-form";
import { CaseStepForm } from "@/components/cases/case-step-forms";
import { caseOptions, reportCaseStrings } from "@/components/cases/case-strings";
import { CaseSummary } from "@/components/cases/case-summary";
import { ClaimsSection } from "@/components/cases/claims-section";
import { MediationSection } from "@/components/cases/mediation-section";
import { ReferralsSection } from "@/components/cases/referrals-section";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { ResetPinForm } from "@/components/cases/reset-pin-form";
import type { CaseSectionProps } from "@/components/cases/section-props";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { getCase, listCaseEvents } from "@/lib/cases/get-case";
import { listHandlersFor } from "@/lib/cases/list-handlers";
import { offeredSteps } from "@/lib/cases/workflow";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput } from "@/lib/placements/dates";
import { listCountries } from "@/lib/registry/list-countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases.page");
  return { title: t("metaTitle") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["step", "assigned", "note", "saved"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CasePage({ params, searchParams }: Props) {
  const actor = await requirePermission("case:read");
  const { id } = await params;
  const kase = await getCase(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("cases");
  const now = new Date();
  const [events, countries] = await Promise.all([listCaseEvents(actor, kase.id), listCountries(actor, locale)]);
  const options = await caseOptions(countries);
  const steps = offeredSteps(kase.status, actor.role).filter((s) => s !== "refer");
  const canShare = can(actor.role, "case:note-shareable");
  const sectionProps: CaseSectionProps = {
    actor,
    kase: { id: kase.id, number: kase.number, version: kase.version, status: kase.status, countryCode: kase.countryCode, villageCode: kase.villageCode },
  };
  const handlers = can(actor.role, "case:assign") ? await listHandlersFor(kase.villageCode) : [];

  return (
    <>
      <p className="mb-2 text-sm print:hidden">
        <Link href="/cases">{t("page.backToList")}</Link>
      </p>
      <PageHeader title={t("page.title", { number: kase.number })} description={`${kase.person?.name ?? kase.workerName} · ${t(`category.${kase.category}`)}`} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="summary-title" className={section}>
          <h2 id="summary-title" className="mb-3">{t("page.summary")}</h2>
          <CaseSummary kase={kase} locale={locale} now={now} />
        </section>

        <section aria-labelledby="steps-title" className={`${section} print:hidden`}>
          <h2 id="steps-title" className="mb-3">{t("page.steps")}</h2>
          {steps.length === 0 ? (
            <p className="text-sm text-slate-700">{can(actor.role, "case:verify") ? t("page.noSteps") : t("page.stepsHelpOrganizer")}</p>
          ) : (
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              {steps.map((step) => (
                <CaseStepForm
                  key={step}
                  caseId={kase.id}
                  version={kase.version}
                  spec={{ step: step as Exclude<typeof step, "refer">, label: t(`steps.${step}.label`), intro: t(`steps.${step}.intro`) }}
                  strings={{ reason: t("steps.reason"), reasonRequired: t("steps.reasonRequired"), closeReason: t("steps.closeReason"), shareable: t("steps.shareable"), working: t("steps.working"), confirmClose: t("steps.confirmClose") }}
                  closeReasons={options.closeReasons}
                  canShare={canShare}
                />
              ))}
            </div>
          )}
          {can(actor.role, "case:assign") ? (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <h3 className="mb-2 text-base font-semibold">{t("page.assign")}</h3>
              <AssignHandlerForm
                caseId={kase.id}
                version={kase.version}
                current={kase.handler?.id ?? null}
                handlers={[{ value: "", label: t("assign.nobody") }, ...handlers.map((h) => ({ value: h.id, label: h.id === actor.id ? t("assign.me", { name: h.name }) : h.name }))]}
                strings={{ handler: t("assign.handler"), submit: t("assign.submit"), working: t("assign.working") }}
              />
            </div>
          ) : null}
        </section>

        <ReferralsSection {...sectionProps} />
        <MediationSection {...sectionProps} />
        <ClaimsSection {...sectionProps} />
        <AttachmentsSection {...sectionProps} />

        <section id="timeline" aria-labelledby="timeline-title" className={section}>
          <h2 id="timeline-title" className="mb-3">{t("page.timeline")}</h2>
          {can(actor.role, "case:note") ? (
            <div className="mb-4 print:hidden">
              <CaseNoteForm
                caseId={kase.id}
                canShare={canShare}
                strings={{ text: t("notes.text"), textHint: t("notes.textHint"), shareable: t("notes.shareable"), submit: can(actor.role, "case:add-info") ? t("notes.submit") : t("notes.comment"), working: t("notes.working") }}
              />
            </div>
          ) : null}
          <CaseTimeline events={events} locale={locale} />
        </section>

        {can(actor.role, "case:add-info") ? (
          <section aria-labelledby="edit-title" className={`${section} print:hidden`}>
            <details>
              <summary className="cursor-pointer"><h2 id="edit-title" className="inline">{t("page.edit")}</h2></summary>
              <div className="mt-4">
                <CaseInfoForm
                  caseId={kase.id}
                  version={kase.version}
                  linked={kase.person !== null}
                  values={{
                    workerName: kase.workerName,
                    workerDescription: kase.workerDescription ?? "",
                    reporterName: kase.reporterName,
                    reporterRelation: kase.reporterRelation ?? "",
                    reporterPhone: kase.reporterPhone ?? "",
                    reporterAddress: kase.reporterAddress ?? "",
                    category: kase.category,
                    countryCode: kase.countryCode ?? "",
                    whatHappened: kase.whatHappened,
                    happenedOn: toDateInput(kase.happenedOn),
                    urgent: kase.urgent,
                  }}
                  strings={await reportCaseStrings()}
                  extra={{ urgent: t("info.urgent"), submit: t("info.submit"), working: t("info.working"), workerFromRegistry: t("info.workerFromRegistry") }}
                  categories={options.categories}
                  countries={options.countries}
                />
              </div>
            </details>
            <div className="mt-6 border-t border-slate-200 pt-4">
              <h2 className="text-lg">{t("page.pinTitle")}</h2>
              <p className="mb-3 text-sm text-slate-700">{t("page.pinIntro")}</p>
              <ResetPinForm caseId={kase.id} strings={{ submit: t("page.resetPin"), working: t("page.resettingPin"), newPin: t.raw("page.newPin") as string }} />
            </div>
          </section>
        ) : null}
      </div>
    </>
  );
}
