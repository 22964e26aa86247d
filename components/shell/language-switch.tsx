import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locales";
import { setLocale } from "@/lib/i18n/set-locale";

/** Two buttons, one per language; a plain form so it works on any phone without JavaScript. */
export async function LanguageSwitch({ returnTo }: { returnTo?: string }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={t("changeLanguage")}>
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          className={`min-h-11 min-w-11 rounded px-2 py-1 uppercase ${l === locale ? "bg-brand-700 font-semibold text-white" : "text-brand-700 hover:bg-brand-50"}`}
          title={t(`languages.${l}`)}
        >
          {l}
        </button>
      ))}
    </form>
  );
}
