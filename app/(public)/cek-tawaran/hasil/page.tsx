import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OfferForm } from "@/components/offer-check/offer-form";
import { OfferResultView } from "@/components/offer-check/offer-result";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n/locales";
import { listContactVillages, listOfferOptions, lookUpOfferFacts } from "@/lib/offer-check/look-up-facts";
import { offerQueryString, parseOfferQuery } from "@/lib/offer-check/parse-query";
import { checkOffer } from "@/lib/offer-check/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("offercheck.result");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The result is computed from the address alone (GET form), so the WhatsApp link and a
// reload show the same result, and nothing the villager answered is stored.
export default async function OfferResultPage({ searchParams }: Props) {
  const raw = await searchParams;
  const locale = toLocale(await getLocale());
  const t = await getTranslations("offercheck");
  const parsed = parseOfferQuery(raw);

  if (!parsed.ok) {
    const options = await listOfferOptions(locale);
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl leading-tight">{t("title")}</h1>
        <OfferForm values={raw} errors={parsed.errors} options={options} />
      </div>
    );
  }

  const { answers } = parsed;
  const [facts, villages] = await Promise.all([lookUpOfferFacts(answers, locale), listContactVillages()]);
  const result = checkOffer(answers, facts);
  const moneyText = Array.isArray(raw.money) ? raw.money[0] : raw.money;
  const query = offerQueryString(answers, moneyText?.trim() || undefined);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("result.title")}</h1>
      <OfferResultView
        result={result}
        answers={answers}
        facts={facts}
        village={villages.find((v) => v.code === answers.villageCode) ?? null}
        locale={locale}
        url={`${env().APP_URL}/cek-tawaran/hasil?${query}`}
        changeHref={`/cek-tawaran?${query}`}
      />
    </div>
  );
}
