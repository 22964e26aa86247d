import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { listCaseMediations } from "@/lib/cases/mediation/list-case-mediations";
import { mayRecordMediation, MEDIATION_OUTCOMES } from "@/lib/cases/mediation/schemas";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";
import { MediationForm } from "./mediation-form";
import type { CaseSectionProps } from "./section-props";

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const OUTCOME_COLOURS = { AGREED: "bg-green-100 text-green-900", NOT_AGREED: "bg-amber-100 text-amber-900" } as const;

/**
 * The case's mediation records (berita acara mediasi, issue 4 item 7), each with a link to
 * its printable page; the form for "case:mediate" while the case is in mediation.
 */
export async function MediationSection({ actor, kase }: CaseSectionProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("caseMoney.mediation");
  const mediations = await listCaseMediations(actor, kase.id);
  const canMediate = can(actor.role, "case:mediate");
  const say = (key: string) => t(key);
  const formKeys = ["title", "heldOn", "place", "mediatorName", "parties", "partiesHint", "agreement", "outcome", "chooseOutcome", "submit", "pending", "done"] as const;

  return (
    <section id="mediation" aria-labelledby="mediation-title" className={section}>
      <h2 id="mediation-title">{t("title")}</h2>
      <div className="mt-3 flex flex-col gap-4">
        {mediations.length === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <ul className="flex flex-col gap-2">
            {mediations.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 p-3 text-sm">
                <span className="[overflow-wrap:anywhere]">{t("listItem", { date: formatDate(m.heldOn, locale), place: m.place, mediator: m.mediatorName })}</span>
                <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${OUTCOME_COLOURS[m.outcome]}`}>{t(`outcome.${m.outcome}`)}</span>
                <Link href={`/cases/${kase.id}/mediations/${m.id}`} prefetch={false} className="inline-flex min-h-11 items-center font-semibold">
                  {t("open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {canMediate && mayRecordMediation(kase.status) ? (
          <MediationForm
            caseId={kase.id}
            today={toDateInput(todayWib())}
            mediatorName={actor.name}
            outcomes={MEDIATION_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            strings={Object.fromEntries(formKeys.map((k) => [k, say(`form.${k}`)])) as Record<(typeof formKeys)[number], string>}
          />
        ) : canMediate ? (
          <p className="text-sm text-slate-600">{t("notNow")}</p>
        ) : null}
      </div>
    </section>
  );
}
