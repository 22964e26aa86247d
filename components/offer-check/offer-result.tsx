import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OfferAnswers, OfferFacts } from "@/lib/offer-check/answers";
import type { ContactVillage } from "@/lib/offer-check/look-up-facts";
import { missingDocuments, type OfferResult, type Reason, type Severity, type Verdict } from "@/lib/offer-check/rules";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { NextSteps } from "./next-steps";

const VERDICT_STYLE: Record<Verdict, string> = {
  LOOKS_PROCEDURAL: "border-green-700 bg-green-50 text-green-950",
  BE_CAREFUL: "border-amber-600 bg-amber-50 text-amber-950",
  DANGEROUS: "border-red-700 bg-red-50 text-red-950",
};
const SEVERITY_STYLE: Record<Severity, string> = {
  danger: "bg-red-700 text-white",
  caution: "bg-amber-200 text-amber-950",
  ok: "bg-green-700 text-white",
  info: "bg-slate-200 text-slate-900",
};

type Props = {
  result: OfferResult;
  answers: OfferAnswers;
  facts: OfferFacts;
  village: ContactVillage | null;
  locale: Locale;
  /** This result's own address, for the share link. */
  url: string;
  changeHref: string;
};

export async function OfferResultView({ result, answers, facts, village, locale, url, changeHref }: Props) {
  const t = await getTranslations("offercheck");
  const verdictTitle = t(`verdict.${result.verdict}.title`);

  function text(r: Reason): string {
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(r.params ?? {})) {
      if (v instanceof Date) params[k] = formatDate(v, locale);
      else if (k === "amount" && typeof v === "number") params[k] = formatRupiah(v);
      else if (k === "visa" && typeof v === "string") params[k] = t(`visa.${v}`);
      else params[k] = v ?? "-";
    }
    return t(`reasons.${r.code}`, params);
  }
  function basis(r: Reason): string {
    const rule = t(`rules.${r.rule}`);
    return t("result.basis", { rule: r.basis && !rule.includes(r.basis) ? `${rule}; ${t("result.basisData", { basis: r.basis })}` : rule });
  }
  const missing = missingDocuments(answers.documents);
  const company = facts.company?.found ? facts.company : null;
  const share = `https://wa.me/?text=${encodeURIComponent(t("result.shareText", { verdict: verdictTitle, url }))}`;

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="verdict-title" className={`rounded-lg border-l-8 p-4 ${VERDICT_STYLE[result.verdict]}`} data-verdict={result.verdict}>
        <h2 id="verdict-title" className="text-xl">
          {verdictTitle}
        </h2>
        <p className="mt-1 text-base">{t(`verdict.${result.verdict}.body`)}</p>
      </section>

      <section aria-labelledby="reasons-title">
        <h2 id="reasons-title">{t("result.reasonsTitle")}</h2>
        <ul className="mt-2 flex flex-col gap-3">
          {result.reasons.map((r) => (
            <li key={r.code} className="rounded-lg border border-slate-300 bg-white p-3 break-inside-avoid" data-reason={r.code}>
              <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${SEVERITY_STYLE[r.severity]}`}>{t(`result.severity.${r.severity}`)}</span>
              <p className="mt-1 text-base text-slate-900">{text(r)}</p>
              <p className="mt-1 text-sm text-slate-700">{basis(r)}</p>
            </li>
          ))}
        </ul>
        {company ? <p className="mt-3 text-sm text-slate-700">{t("result.checkedNote", { date: formatDate(company.lastCheckedOn, locale) })}</p> : null}
      </section>

      {missing.length ? (
        <section aria-labelledby="missing-title">
          <h2 id="missing-title">{t("result.missingTitle")}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-base text-slate-800">
            {missing.map((d) => (
              <li key={d}>{t(`documents.${d}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <NextSteps village={village} />

      <p className="rounded-md bg-slate-100 p-3 text-sm text-slate-800">{t("result.disclaimer")}</p>

      <section aria-labelledby="share-title" className="flex flex-col gap-2 print:hidden">
        <h2 id="share-title">{t("result.shareTitle")}</h2>
        <div className="flex flex-wrap gap-2">
          <a href={share} className="inline-flex min-h-11 items-center rounded-md bg-green-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-green-900" rel="noopener noreferrer" target="_blank">
            {t("result.share")}
          </a>
          <Link prefetch={false} href={changeHref} className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 no-underline">
            {t("result.change")}
          </Link>
          <Link prefetch={false} href="/cek-tawaran" className="inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold">
            {t("result.again")}
          </Link>
        </div>
        <p className="text-sm text-slate-700">{t("result.printHint")}</p>
      </section>
    </div>
  );
}
