import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { clientIp } from "@/lib/http/client-ip";
import { formatDate } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { lookUpLetterPublic } from "@/lib/perdes/letters/look-up-letter-public";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verification.public");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ code: string }> };

/**
 * Where a letter's QR code leads: "genuine" with the village, number, date and the worker's
 * initials only; "not valid" for a revoked letter (with the date); "not found / not valid" for
 * any other code, with no hint why. A plain server component: no script reaches the phone.
 */
export default async function LetterCheckResultPage({ params }: Props) {
  const { code } = await params;
  const t = await getTranslations("verification.public");
  const tr = await getTranslations("verification.letterPdf");
  const locale = toLocale(await getLocale());
  let raw = code;
  try {
    raw = decodeURIComponent(code);
  } catch {
    // a malformed escape: looked up as typed, and not found
  }
  const result = await lookUpLetterPublic(raw.slice(0, 30), { ip: clientIp(await headers()) });

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      {result.state === "valid" ? (
        <section aria-labelledby="result-title" className="rounded-lg border-2 border-green-700 bg-green-50 p-4 text-base text-green-950">
          <h2 id="result-title" className="text-xl font-semibold">{t("valid.title")}</h2>
          <p className="mt-1">{t("valid.body")}</p>
          <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium">{t("valid.village")}</dt>
            <dd>
              {[result.villageName, result.districtName ? tr("district", { name: result.districtName }) : null, result.regencyName].filter(Boolean).join(", ")}
            </dd>
            <dt className="font-medium">{t("valid.number")}</dt>
            <dd className="font-mono">{result.number}</dd>
            <dt className="font-medium">{t("valid.date")}</dt>
            <dd>{formatDate(result.issuedAt, locale, { wib: true })}</dd>
            <dt className="font-medium">{t("valid.initials")}</dt>
            <dd data-testid="letter-initials">{result.workerInitials}</dd>
          </dl>
          <p className="mt-3 text-sm">{t("valid.note")}</p>
        </section>
      ) : result.state === "revoked" ? (
        <section aria-labelledby="result-title" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-base text-red-950">
          <h2 id="result-title" className="text-xl font-semibold">{t("revoked.title")}</h2>
          <p className="mt-1">{t("revoked.body", { date: formatDate(result.revokedAt, locale, { wib: true }) })}</p>
          <p className="mt-1 font-mono text-sm">{result.villageName} · {result.number}</p>
        </section>
      ) : result.state === "limited" ? (
        <section aria-labelledby="result-title" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-base text-amber-950">
          <h2 id="result-title" className="text-xl font-semibold">{t("limited.title")}</h2>
          <p className="mt-1">{t("limited.body", { minutes: result.retryAfterMinutes })}</p>
        </section>
      ) : (
        <section aria-labelledby="result-title" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-base text-red-950">
          <h2 id="result-title" className="text-xl font-semibold">{t("unknown.title")}</h2>
          <p className="mt-1">{t("unknown.body")}</p>
        </section>
      )}
      <p className="text-sm">
        <Link prefetch={false} href="/surat">{t("again")}</Link>
      </p>
    </div>
  );
}
