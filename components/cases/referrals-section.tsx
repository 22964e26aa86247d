import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, tr, ScrollTableHead } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { expectedAgencies, isReferralOverdue, missingExpectedAgencies, REFERRAL_AGENCIES } from "@/lib/cases/referrals/agencies";
import { getReferralFormContext, listCaseReferrals, type CaseReferralRow } from "@/lib/cases/referrals/list-case-referrals";
import { offeredSteps } from "@/lib/cases/workflow";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { ReferralForm } from "./referral-form";
import { ReferralUpdateForm } from "./referral-update-form";
import type { CaseSectionProps } from "./section-props";

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";

/**
 * The case's referrals to agencies (issue 4 item 5): a table with an overdue flag, the
 * agency's answer per referral, and the form to refer again when the role and the case's
 * status allow the step "refer".
 */
export async function ReferralsSection({ actor, kase }: CaseSectionProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("caseMoney.referrals");
  const [referrals, context] = await Promise.all([listCaseReferrals(actor, kase.id), getReferralFormContext(actor, kase.id)]);
  const today = todayWib();
  const canRefer = can(actor.role, "case:refer");
  const mayAdd = offeredSteps(kase.status, actor.role).includes("refer");
  const missing = missingExpectedAgencies(context.category, referrals.map((r) => r.agency));
  const countryName = (c: { nameId: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameId);
  const agencyLabel = (r: CaseReferralRow) => (r.agency === "KBRI_KJRI" && r.country ? t("agencyWithCountry", { country: countryName(r.country) }) : t(`agency.${r.agency}`));
  const day = (d: Date | null) => (d ? formatDate(d, locale) : t("none"));
  const [add, update] = await Promise.all([addStrings(), updateStrings()]);
  const cols = { agency: t("columns.agency"), sentOn: t("columns.sentOn"), acknowledgedOn: t("columns.acknowledgedOn"), dueOn: t("columns.dueOn"), outcome: t("columns.outcome") };

  return (
    <section id="referrals" aria-labelledby="referrals-title" className={section}>
      <h2 id="referrals-title">{t("title")}</h2>
      <div className="mt-3 flex flex-col gap-4">
        {missing.includes("POLICE") ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("policeMissing")}
          </p>
        ) : null}
        {referrals.length === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <ScrollTable label={t("tableLabel")}>
            <ScrollTableHead columns={Object.values(cols)} />
            <tbody>
              {referrals.map((r) => {
                const overdue = isReferralOverdue(r, today);
                return (
                  <tr key={r.id} className={tr}>
                    <td className={td} data-label={cols.agency}>
                      <span className="font-semibold">{agencyLabel(r)}</span>
                      {r.agencyName ? <span className="block text-slate-600">{r.agencyName}</span> : null}
                    </td>
                    <td className={td} data-label={cols.sentOn}>{day(r.sentOn)}</td>
                    <td className={td} data-label={cols.acknowledgedOn}>{r.acknowledgedOn ? day(r.acknowledgedOn) : <span className="text-slate-600">{t("notAcknowledged")}</span>}</td>
                    <td className={td} data-label={cols.dueOn}>
                      {day(r.dueOn)}
                      {overdue ? <span className="ml-2 inline-block rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t("overdue")}</span> : null}
                    </td>
                    <td className={td} data-label={cols.outcome}>
                      {r.outcome ? <span className="whitespace-pre-line [overflow-wrap:anywhere]">{r.outcome}</span> : t("none")}
                      {canRefer ? (
                        <div className="mt-2">
                          <ReferralUpdateForm
                            referral={{ id: r.id, version: r.version, acknowledgedOn: toDateInput(r.acknowledgedOn), dueOn: toDateInput(r.dueOn), outcome: r.outcome ?? "" }}
                            today={toDateInput(today)}
                            strings={{ ...update, title: t("update.title", { agency: agencyLabel(r) }) }}
                          />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        )}
        {mayAdd ? (
          <ReferralForm
            caseId={kase.id}
            version={kase.version}
            today={toDateInput(today)}
            defaultCountry={kase.countryCode ?? ""}
            agencies={REFERRAL_AGENCIES.map((a) => ({ value: a, label: t(`agency.${a}`) }))}
            countries={context.countries.map((c) => ({ value: c.code, label: countryName(c) }))}
            hint={expectedAgencies(context.category).includes("POLICE") ? t("policeHint") : undefined}
            strings={add}
          />
        ) : canRefer ? (
          <p className="text-sm text-slate-600">{t("notNow")}</p>
        ) : null}
      </div>
    </section>
  );
}

async function addStrings() {
  const t = await getTranslations("caseMoney.referrals.add");
  const keys = ["title", "agency", "chooseAgency", "country", "chooseCountry", "countryHint", "agencyName", "agencyNameHint", "sentOn", "acknowledgedOn", "acknowledgedOnHint", "dueOn", "outcome", "submit", "pending", "done"] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>;
}

async function updateStrings() {
  const t = await getTranslations("caseMoney.referrals.update");
  const keys = ["summary", "acknowledgedOn", "dueOn", "outcome", "submit", "pending", "done"] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Record<(typeof keys)[number], string>;
}
