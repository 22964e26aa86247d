import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OfferForm } from "@/components/offer-check/offer-form";
import { toLocale } from "@/lib/i18n/locales";
import { listOfferOptions } from "@/lib/offer-check/look-up-facts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("offercheck");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The form; "change my answers" comes back here with the answers in the query. */
export default async function OfferCheckPage({ searchParams }: Props) {
  const t = await getTranslations("offercheck");
  const [values, options] = await Promise.all([searchParams, listOfferOptions(toLocale(await getLocale()))]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      <p className="text-base text-slate-800">{t("intro")}</p>
      <OfferForm values={values} errors={{}} options={options} />
    </div>
  );
}
