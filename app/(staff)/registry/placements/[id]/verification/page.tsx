import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { DepartureCheckCard } from "@/components/perdes/verification/departure-check-card";
import { IssueLetterForm } from "@/components/perdes/verification/issue-letter-form";
import { StartChecksForm } from "@/components/perdes/verification/start-checks-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { formatDateTime } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { getDepartureVerification } from "@/lib/perdes/checklist/get-departure-verification";
import { listRecruiterChoices, type RecruiterChoice } from "@/lib/perdes/checklist/list-recruiter-choices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verification.checks.page");
  return { title: t("metaTitle") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A placement's pre-departure verification by the village (Perdes): the checks with their
 * basis and who checked what when, and the village letter. Village roles of the placement's
 * village write the checks; only officials issue the letter; BP3MI staff of the region read.
 */
export default async function PlacementVerificationPage({ params, searchParams }: Props) {
  const actor = await requirePermission("departure-check:read");
  const { id } = await params;
  const v = await getDepartureVerification(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const query = await searchParams;
  const one = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  const locale = toLocale(await getLocale());
  const t = await getTranslations("verification.checks");
  const canWrite = can(actor.role, "departure-check:write") && v.verifying && !v.validLetter;
  const canIssue = can(actor.role, "letter:issue") && v.verifying && !v.validLetter && v.started;
  const recruiterCheck = v.checks.find((c) => c.kind === "RECRUITER_CHECK");
  const recruiterQuery = one("perusahaan")?.trim().slice(0, 100) ?? "";
  const recruiterChoices: RecruiterChoice[] =
    canWrite && recruiterCheck
      ? await listRecruiterChoices(actor, { q: recruiterQuery || v.placement.recruiterName, keepIds: [recruiterCheck.recruiter?.id, v.placement.recruiterId] })
      : [];
  const p = v.placement;
  const country = locale === "en" ? p.country.nameEn : p.country.nameId;
  const job = locale === "en" ? p.job.nameEn : p.job.nameId;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/registry/placements/${p.id}`}>{t("page.backToPlacement")}</Link>
      </p>
      <PageHeader title={t("page.title", { name: p.person.name })} description={t("page.description", { country, job })} />
      {one("done") === "started" ? <StatusBanner text={t("page.startedBanner")} /> : null}

      <div className="flex flex-col gap-6">
        <section aria-labelledby="checks-title" className={section}>
          <h2 id="checks-title">{t("page.itemsTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("page.intro")}</p>
          {!v.verifying ? <p className="mt-2 text-sm text-slate-700">{t("page.notVerifying")}</p> : null}
          {v.validLetter ? <p className="mt-2 text-sm text-slate-700">{t("page.lockedByLetter")}</p> : null}
          {!v.started ? (
            <>
              <p className="mt-2 text-sm">{t("page.notStarted")}</p>
              {can(actor.role, "departure-check:write") && v.verifying ? <StartChecksForm placementId={p.id} strings={{ start: t("page.start"), starting: t("page.starting") }} /> : null}
            </>
          ) : (
            <>
              <p className="mt-2 text-sm font-semibold" role="status">
                {v.complete ? t("page.complete") : t("page.progress", v.progress)}
              </p>
              <ul className="mt-3 flex flex-col gap-3">
                {v.checks.map((check) => (
                  <DepartureCheckCard key={check.id} check={check} verification={v} locale={locale} canWrite={canWrite} recruiterChoices={recruiterChoices} recruiterQuery={recruiterQuery} />
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="letter-title" className={section}>
          <h2 id="letter-title">{t("letter.title")}</h2>
          {v.letters.length === 0 ? <p className="mt-2 text-sm">{t("letter.none")}</p> : (
            <ul className="mt-2 flex flex-col gap-1 text-sm">
              {v.letters.map((l) => (
                <li key={l.id}>
                  {l.revokedAt ? t("letter.revoked", { number: l.number, date: formatDateTime(l.revokedAt, locale) }) : t("letter.valid", { number: l.number, date: formatDateTime(l.issuedAt, locale) })}{" "}
                  {can(actor.role, "letter:read") ? <Link href={`/perdes/letters/${l.id}`} className="underline">{t("letter.open", { number: l.number })}</Link> : null}
                </li>
              ))}
            </ul>
          )}
          {canIssue ? (
            <>
              <p className="mt-2 text-sm text-slate-600">{t("letter.issueHint")}</p>
              <IssueLetterForm placementId={p.id} strings={{ issue: t("letter.issue"), issuing: t("letter.issuing"), missingTitle: t("letter.missingTitle") }} />
            </>
          ) : v.verifying && !v.validLetter ? (
            <p className="mt-2 text-sm text-slate-600">{t("letter.officialsOnly")}</p>
          ) : null}
        </section>
      </div>
    </>
  );
}
