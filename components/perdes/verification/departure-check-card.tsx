import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { DepartureCheckView, DepartureVerification } from "@/lib/perdes/checklist/get-departure-verification";
import type { RecruiterChoice } from "@/lib/perdes/checklist/list-recruiter-choices";
import { CONSENTER_RELATIONS, DEPARTURE_CHECK_STATUSES, LICENCE_STATUSES } from "@/lib/perdes/checklist/rules";
import { CheckStatusBadge, PlainBadge } from "./check-badges";
import { DepartureCheckForm } from "./departure-check-form";

type Props = {
  check: DepartureCheckView;
  verification: DepartureVerification;
  locale: Locale;
  canWrite: boolean;
  /** RECRUITER_CHECK: what the recruiter select offers, and the search typed. */
  recruiterChoices: RecruiterChoice[];
  recruiterQuery: string;
};

/** One check as a card (fits a phone): what it checks and on what basis, what was found, and its form. */
export async function DepartureCheckCard({ check, verification: v, locale, canWrite, recruiterChoices, recruiterQuery }: Props) {
  const t = await getTranslations("verification.checks");
  const tr = await getTranslations("recruiters.status");
  const licence = (s: string) => tr(s);
  const statuses = DEPARTURE_CHECK_STATUSES.filter((s) => s !== "NOT_APPLICABLE" || !check.mandatory).map((s) => ({ value: s, label: t(`status.${s}`) }));
  const p = v.placement;
  return (
    <li id={`check-${check.id}`} className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold [overflow-wrap:anywhere]">{check.label}</h3>
          {check.legalBasis ? <p className="text-xs text-slate-600">{t("basis", { basis: check.legalBasis })}</p> : null}
          {check.article ? (
            <p className="text-xs">
              <a href={check.article.href}>{t("article", { article: check.article.number })}</a>
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-1">
          <PlainBadge label={check.mandatory ? t("mandatory") : t("optional")} />
          <CheckStatusBadge status={check.status} label={t(`status.${check.status}`)} />
        </div>
      </div>

      {check.kind === "RECRUITER_CHECK" ? (
        <div className="mt-2 text-sm text-slate-800">
          {check.recruiter ? (
            <p>{t("recruiter.checked", { name: check.recruiter.name, licence: check.recruiter.licenceNumber, status: licence(check.licenceAtCheck ?? check.recruiter.status) })}</p>
          ) : (
            <p>{t("recruiter.none")}</p>
          )}
          {p.recruiterName ? <p className="text-slate-600">{t("recruiter.placementSays", { name: p.recruiterName })}</p> : null}
          {canWrite ? (
            <form method="get" role="search" aria-label={t("recruiter.searchLabel")} className="mt-2 flex flex-wrap items-end gap-2">
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <label htmlFor={`recruiter-q-${check.id}`} className="text-sm font-medium text-slate-800">{t("recruiter.searchLabel")}</label>
                <input id={`recruiter-q-${check.id}`} name="perusahaan" type="search" maxLength={100} defaultValue={recruiterQuery} className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base" />
              </div>
              <Button type="submit" variant="secondary">{t("recruiter.search")}</Button>
            </form>
          ) : null}
        </div>
      ) : null}

      {check.kind === "FAMILY_CONSENT" ? (
        <p className="mt-2 text-sm text-slate-800">{check.consenter ? t("consent.recorded", { name: check.consenter.name, relation: t(`relation.${check.consenter.relation}`) }) : t("consent.none")}</p>
      ) : null}

      {check.kind === "DOCUMENTS" ? (
        <p className="mt-2 text-sm text-slate-800">
          {t("documents.progress", v.documents)} <Link href={`/registry/placements/${p.id}#checklist-title`} className="underline">{t("documents.link")}</Link>
        </p>
      ) : null}

      {check.kind === "SAFE_MIGRATION" ? (
        v.safeMigrationSessions.length ? (
          <div className="mt-2 text-sm text-slate-800">
            <p>{t("safeMigration.attended")}</p>
            <ul className="list-disc pl-5">
              {v.safeMigrationSessions.map((s) => (
                <li key={s.id}>{t("safeMigration.session", { date: formatDate(s.heldOn, locale), title: s.title })}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-800">{t("safeMigration.none")}</p>
        )
      ) : null}

      {check.evidenceNote ? <p className="mt-2 text-sm text-slate-700 [overflow-wrap:anywhere]">{t("evidence", { note: check.evidenceNote })}</p> : null}
      {check.checkedAt ? <p className="mt-1 text-sm text-slate-700">{t("checkedBy", { name: check.checkedByName ?? "—", date: formatDateTime(check.checkedAt, locale) })}</p> : null}

      {canWrite ? (
        <DepartureCheckForm
          check={{ id: check.id, version: check.version, kind: check.kind, label: check.label }}
          values={{
            status: check.status,
            evidenceNote: check.evidenceNote ?? "",
            recruiterId: check.recruiter?.id ?? p.recruiterId ?? "",
            consenterName: check.consenter?.name ?? "",
            consenterRelation: check.consenter?.relation ?? "",
          }}
          statuses={statuses}
          recruiters={
            check.kind === "RECRUITER_CHECK"
              ? [{ value: "", label: t("recruiter.choose") }, ...recruiterChoices.map((r) => ({ value: r.id, label: t("recruiter.option", { name: r.name, licence: r.licenceNumber, status: licence(r.status) }) }))]
              : undefined
          }
          relations={check.kind === "FAMILY_CONSENT" ? [{ value: "", label: t("form.chooseRelation") }, ...CONSENTER_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))] : undefined}
          strings={{
            status: t("form.status"),
            evidenceNote: t("form.evidenceNote"),
            evidenceHint: t("form.evidenceHint"),
            recruiter: t("recruiter.field"),
            consenterName: t("form.consenterName"),
            consenterRelation: t("form.consenterRelation"),
            save: t("form.save"),
            saving: t("form.saving"),
            saved: t("form.saved"),
            failedOnLicence: Object.fromEntries(LICENCE_STATUSES.map((s) => [s, t("form.failedOnLicence", { licence: licence(s) })])),
          }}
        />
      ) : null}
    </li>
  );
}
