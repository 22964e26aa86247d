import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { navItemsFor } from "@/lib/auth/nav-items";
import { requirePermission } from "@/lib/auth/session";
import { formatRegionPath } from "@/lib/villages/format-region-path";
import { getActorScopeLabel, type ActorScope } from "@/lib/villages/get-actor-scope-label";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("dashboard.title") };
}

export default async function DashboardPage() {
  const actor = await requirePermission("staff:home");
  const scope = await getActorScopeLabel(actor);
  const t = await getTranslations("auth");
  const tc = await getTranslations("common");

  const place = (s: Extract<ActorScope, { path: unknown }>) =>
    formatRegionPath(s.path, {
      desa: (name) => t("dashboard.region.desa", { name }),
      kelurahan: (name) => t("dashboard.region.kelurahan", { name }),
      kecamatan: (name) => t("dashboard.region.kecamatan", { name }),
      province: (name) => t("dashboard.region.province", { name }),
    });
  const scopeText =
    scope.kind === "all"
      ? t("dashboard.scopeAll")
      : scope.kind === "none"
        ? t("dashboard.scopeNone")
        : t(scope.kind === "village" ? "dashboard.scopeVillage" : "dashboard.scopeRegion", { place: place(scope) });

  // The same list as the menu, so a card never leads to a page the role cannot open.
  // Features add their cards by adding a menu entry in lib/auth/nav-items.ts.
  const cards = navItemsFor(actor.role).filter((item) => item.key !== "dashboard");

  return (
    <>
      <h1>{t("dashboard.greeting", { name: actor.name })}</h1>
      <div className="mt-2 space-y-1 text-slate-700">
        <p>{t("dashboard.roleLine", { role: tc(`roles.${actor.role}`) })}</p>
        <p>{scopeText}</p>
      </div>

      <section aria-labelledby="cards-title" className="mt-8">
        <h2 id="cards-title">{t("dashboard.cardsTitle")}</h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {cards.map((item) => (
            <li key={item.key}>
              <Link
                href={item.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-4 text-slate-900 no-underline shadow-sm hover:border-brand-600 hover:no-underline"
              >
                <span className="block font-semibold text-brand-800">{tc(`nav.${item.key}`)}</span>
                <span className="mt-1 block text-sm text-slate-600">{t(`dashboard.cards.${item.key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
