import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { CheckInForm } from "@/components/placements/check-in-form";
import { CheckInList } from "@/components/placements/check-in-list";
import { Checklist } from "@/components/placements/checklist";
import { PlacementForm } from "@/components/placements/placement-form";
import { PlacementSummary } from "@/components/placements/placement-summary";
import { placementFormStrings, placementOptions } from "@/components/placements/placement-strings";
import { StatusChanges } from "@/components/placements/status-changes";
import { VerificationSummary } from "@/components/perdes/verification/verification-summary";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, toWibDateTimeInput } from "@/lib/placements/dates";
import { getPlacement } from "@/lib/placements/get-placement";
import { listPlacementReference } from "@/lib/placements/list-placement-reference";
import { CONTACT_METHODS, WELLBEINGS } from "@/lib/placements/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("placements.page");
  return { title: t("metaTitle") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["created", "saved", "status", "checkIn"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlacementPage({ params, searchParams }: Props) {
  const actor = await requirePermission("person:read");
  const { id } = await params;
  const placement = await getPlacement(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("placements");
  const tv = await getTranslations("verification.checks");
  const canWrite = can(actor.role, "placement:write");
  const canVerify = can(actor.role, "placement:verify");
  const canCheckIn = can(actor.role, "checkin:write") && placement.status === "DEPARTED";
  const country = locale === "en" ? placement.country.nameEn : placement.country.nameId;
  const job = locale === "en" ? placement.job.nameEn : placement.job.nameId;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/registry/people/${placement.person.id}`}>{t("page.backToPerson")}</Link>
      </p>
      <PageHeader title={t("page.title", { name: placement.person.name })} description={t("page.description", { country, job })} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="summary-title" className={section}>
          <h2 id="summary-title">{t("page.summary")}</h2>
          <div className="mt-3">
            <PlacementSummary placement={placement} locale={locale} />
          </div>
        </section>

        {canWrite ? (
          <section aria-labelledby="status-title" className={section}>
            <h2 id="status-title">{t("transitions.title")}</h2>
            <StatusChanges placement={placement} role={actor.role} />
          </section>
        ) : null}

        <section aria-labelledby="checklist-title" className={section}>
          <h2 id="checklist-title">{t("checklist.title")}</h2>
          <Checklist placement={placement} locale={locale} canWrite={canWrite} canVerify={canVerify} />
        </section>

        {can(actor.role, "departure-check:read") ? (
          <section aria-labelledby="village-verification-title" className={section}>
            <h2 id="village-verification-title">{tv("summary.title")}</h2>
            <VerificationSummary actor={actor} placementId={placement.id} />
          </section>
        ) : null}

        <section id="check-ins" aria-labelledby="check-ins-title" className={section}>
          <h2 id="check-ins-title">{t("checkIns.title")}</h2>
          <div className="mt-3 flex flex-col gap-4">
            {canCheckIn ? (
              <CheckInForm
                placementId={placement.id}
                now={toWibDateTimeInput(new Date())}
                methods={CONTACT_METHODS.map((m) => ({ value: m, label: t(`contactMethod.${m}`) }))}
                wellbeings={WELLBEINGS.map((w) => ({ value: w, label: t(`wellbeing.${w}`) }))}
                strings={{
                  record: t("checkIns.record"),
                  recording: t("checkIns.recording"),
                  contactedAt: t("checkIns.contactedAt"),
                  method: t("checkIns.method"),
                  chooseMethod: t("checkIns.chooseMethod"),
                  wellbeing: t("checkIns.wellbeing"),
                  chooseWellbeing: t("checkIns.chooseWellbeing"),
                  note: t("checkIns.note"),
                  noteHint: t("checkIns.noteHint"),
                }}
              />
            ) : placement.status === "PROSPECTIVE" || placement.status === "VERIFIED" ? (
              <p className="text-sm text-slate-600">{t("checkIns.notAbroad")}</p>
            ) : null}
            <CheckInList placement={placement} locale={locale} />
          </div>
        </section>

        {canWrite ? (
          <section aria-labelledby="edit-title" className={section}>
            <h2 id="edit-title" className="mb-4">{t("page.edit")}</h2>
            <PlacementForm
              mode="edit"
              placement={{ id: placement.id, version: placement.version }}
              values={{
                countryCode: placement.country.code,
                jobCode: placement.job.code,
                employer: placement.employer ?? "",
                recruiterName: placement.recruiterName ?? "",
                agentName: placement.agentName ?? "",
                agentPhone: placement.agentPhone ?? "",
                sip2miNumber: placement.sip2miNumber ?? "",
                channel: placement.channel,
                contractStart: toDateInput(placement.contractStart),
                contractEnd: toDateInput(placement.contractEnd),
                departureDate: toDateInput(placement.departureDate),
                returnDate: toDateInput(placement.returnDate),
                contactAbroadName: placement.contactAbroadName ?? "",
                contactAbroadPhone: placement.contactAbroadPhone ?? "",
              }}
              {...(await placementOptions(await listPlacementReference(actor), locale))}
              strings={{ ...(await placementFormStrings()), submit: t("page.editSubmit"), pending: t("new.pending") }}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
