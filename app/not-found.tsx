import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: t("errors.pageNotFoundTitle") };
}

// Also what a staff page answers for a record outside the user's scope (notFound()), so
// the wording does not say whether the record exists.
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto w-full max-w-md px-4 py-12">
      <h1>{t("errors.pageNotFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.pageNotFoundBody")}</p>
      <div className="mt-6 flex flex-wrap gap-2">
        <Link prefetch={false} href="/" className={buttonClass("secondary")}>
          {t("nav.publicHome")}
        </Link>
        <Link prefetch={false} href="/dashboard" className={buttonClass("secondary")}>
          {t("nav.dashboard")}
        </Link>
      </div>
    </main>
  );
}
