import { getTranslations } from "next-intl/server";
import { partyLines } from "@/lib/cases/mediation/schemas";
import type { MediationRecord as Record } from "@/lib/cases/mediation/get-mediation";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A berita acara mediasi as a document to print and sign: the meeting, the worker and the
 * complaint, the parties, the agreement and the outcome, and a signature block for each
 * party and the mediator. Plain markup that reads the same on paper.
 */
export async function MediationRecord({ record, locale }: { record: Record; locale: Locale }) {
  const t = await getTranslations("caseMoney.mediation");
  const tc = await getTranslations("cases");
  const parties = partyLines(record.parties);
  // A stored calendar date is UTC midnight of that day: its UTC weekday is the day's.
  const day = t(`weekday.${record.heldOn.getUTCDay()}`);
  const date = formatDate(record.heldOn, locale);
  const kase = record.case;
  const rows: [string, string][] = [
    [t("record.worker"), kase.workerName],
    [t("record.village"), kase.village.region.name],
    [t("record.category"), tc(`category.${kase.category}`)],
    [t("record.whatHappened"), kase.whatHappened],
  ];

  return (
    <div className="flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-sm print:border-0 print:p-0 print:text-[11pt] print:shadow-none">
      <header className="text-center">
        <h1 className="text-xl font-bold tracking-wide">{t("record.heading")}</h1>
        <p className="mt-1 text-sm">{t("record.caseNumber", { number: kase.number })}</p>
      </header>

      <p className="leading-relaxed">{t("record.opening", { day, date, place: record.place, mediator: record.mediatorName })}</p>

      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr] print:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="record-parties" className="break-inside-avoid">
        <h2 id="record-parties" className="text-base font-semibold">{t("record.parties")}</h2>
        <ol className="mt-2 list-decimal pl-6">
          {parties.map((p, i) => (
            <li key={i} className="[overflow-wrap:anywhere]">{p}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="record-agreement">
        <h2 id="record-agreement" className="text-base font-semibold">{t("record.agreement")}</h2>
        <p className="mt-2 whitespace-pre-line leading-relaxed [overflow-wrap:anywhere]">{record.agreement}</p>
      </section>

      <p>
        <span className="font-semibold">{t("record.outcome")}:</span> {t(`outcome.${record.outcome}`)}
      </p>

      <p className="leading-relaxed">{t("record.closing")}</p>

      <section aria-labelledby="record-signatures" className="break-inside-avoid">
        <h2 id="record-signatures" className="text-base font-semibold">{t("record.signatures")}</h2>
        <ul className="mt-4 grid grid-cols-1 gap-8 sm:grid-cols-2 print:grid-cols-2">
          {parties.map((p, i) => (
            <li key={i} className="flex break-inside-avoid flex-col">
              <span className="text-sm">{t("record.party")} {i + 1}</span>
              <span aria-hidden="true" className="mt-16 border-b border-slate-900" />
              <span className="mt-1 [overflow-wrap:anywhere]">{p}</span>
            </li>
          ))}
          <li className="flex break-inside-avoid flex-col">
            <span className="text-sm">{t("record.mediator")}</span>
            <span aria-hidden="true" className="mt-16 border-b border-slate-900" />
            <span className="mt-1">{record.mediatorName}</span>
          </li>
        </ul>
      </section>
    </div>
  );
}
