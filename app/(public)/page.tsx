import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { ServiceList } from "@/components/public/service-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public");
  return { title: { absolute: t("home.metaTitle") } };
}

// The villagers' services (issue 5): each opens a page that works without JavaScript.
const SERVICES = [
  { key: "checkOffer", href: "/cek-tawaran" },
  { key: "checkRecruiter", href: "/cek-perusahaan" },
  { key: "checkAgent", href: "/cek-agen" },
  { key: "report", href: "/lapor" },
  { key: "reportStatus", href: "/lapor/status" },
  { key: "caseStatus", href: "/kasus" },
] as const;
const WARNINGS = ["visa", "broker", "contract", "fees"] as const;

export default async function PublicHomePage() {
  const t = await getTranslations("public");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-2xl leading-tight">
          {t("home.title")}
        </h1>
        <p className="mt-3 text-base text-slate-800">{t("home.intro")}</p>
        <p className="mt-2 text-base text-slate-700">{t("home.introStaff")}</p>
      </section>

      <section aria-labelledby="services-title">
        <h2 id="services-title" className="mb-3">
          {t("home.servicesTitle")}
        </h2>
        <ServiceList items={SERVICES.map(({ key, href }) => ({ key, href, title: t(`home.services.${key}.title`), body: t(`home.services.${key}.body`) }))} />
        <p className="mt-3 text-sm text-slate-700">{t("home.servicesNote")}</p>
      </section>

      <section aria-labelledby="warning-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        <h2 id="warning-title" className="text-amber-950">
          {t("home.warningTitle")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-950">
          {WARNINGS.map((key) => (
            <li key={key}>{t(`home.warnings.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="help-title">
        <h2 id="help-title">{t("home.helpTitle")}</h2>
        <p className="mt-2 text-base text-slate-800">{t("home.helpBody")}</p>
      </section>

      <section aria-labelledby="staff-title" className="border-t border-slate-200 pt-6">
        <h2 id="staff-title">{t("home.staffTitle")}</h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">{t("home.staffBody")}</p>
        <Link prefetch={false} href="/sign-in" className={`${buttonClass("secondary")} w-full sm:w-auto`}>
          {t("home.staffLink")}
        </Link>
      </section>
    </div>
  );
}
