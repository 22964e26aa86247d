import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";

// Villagers' pages: server-rendered only, no client components, so a cheap phone on a
// slow connection gets plain HTML and CSS (plus what Next itself ships). Links do not
// prefetch: no loading of the sign-in page on a villager's data plan.
// The phone's own font rather than the web font: measured at 360 px, Inter arriving after
// the first paint moved the page by a CLS of 0.12; with the system font nothing moves and
// nothing extra is downloaded.
const SYSTEM_FONT = "font-[system-ui,-apple-system,'Segoe_UI',Roboto,'Noto_Sans',sans-serif]";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  const tp = await getTranslations("public");
  return (
    <div className={`flex min-h-screen flex-col ${SYSTEM_FONT}`}>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link prefetch={false} href="/" className="text-lg font-semibold text-brand-800 no-underline">
            {t("appName")}
          </Link>
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            <Link prefetch={false} href="/sign-in" className="inline-flex min-h-11 items-center text-sm font-medium">
              {t("nav.signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white print:hidden">
        <p className="mx-auto max-w-3xl px-4 py-4 text-sm text-slate-600">{tp("footer")}</p>
      </footer>
    </div>
  );
}
