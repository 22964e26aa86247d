import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicSearchForm } from "@/components/public/search-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verification.public");
  return { title: t("metaTitle"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Type a letter's check code (a plain GET form, no JavaScript); the answer is /surat/<code>. */
export default async function LetterCheckPage({ searchParams }: Props) {
  const raw = (await searchParams).kode;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 30);
  if (typed) redirect(`/surat/${encodeURIComponent(typed.toUpperCase())}`);
  const t = await getTranslations("verification.public");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      <p className="text-base text-slate-800">{t("intro")}</p>
      <PublicSearchForm action="/surat" name="kode" label={t("codeLabel")} hint={t("codeHint")} value="" submit={t("submit")} maxLength={30} />
    </div>
  );
}
