import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FAMILY_FLASH_COOKIE, isFamilyFormError } from "@/lib/cases/family-view/family-flash";
import { decodeFlash } from "@/lib/reports/flash";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("caseFamily");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The family opens their case with its tracking code and PIN: a plain POST form, no JavaScript. */
export default async function FamilyCasePage({ searchParams }: Props) {
  const params = await searchParams;
  const flash = decodeFlash((await cookies()).get(FAMILY_FLASH_COOKIE)?.value, typeof params.f === "string" ? params.f : undefined);
  const t = await getTranslations("caseFamily");
  const error = isFamilyFormError(flash?.message) ? flash.message : params.expired === "1" ? "expired" : null;
  const minutes = Number(flash?.values.minutes ?? 15) || 15;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl leading-tight">{t("title")}</h1>
      <p className="text-base text-slate-800">{t("intro")}</p>
      {params.keluar === "1" && !error ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-base text-green-900">{t("signedOut")}</p>
      ) : null}
      <form method="post" action="/kasus/lihat" aria-label={t("formLabel")} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        {error ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-base text-red-800">
            {t(`errors.${error}`, { minutes })}
          </p>
        ) : null}
        <TextField
          label={t("code")}
          name="code"
          required
          maxLength={20}
          defaultValue={flash?.values.code ?? ""}
          hint={t("codeHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        <TextField label={t("pin")} name="pin" type="password" inputMode="numeric" autoComplete="off" required maxLength={6} hint={t("pinHint")} />
        <div>
          <Button type="submit" className="w-full sm:w-auto">{t("submit")}</Button>
        </div>
      </form>
      <p className="text-sm text-slate-700">{t("noCode")}</p>
    </div>
  );
}
