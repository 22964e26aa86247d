import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/authz";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.hub");
  return { title: t("title") };
}

const AREAS: { key: string; href: string; permission: Permission }[] = [
  { key: "monitoring", href: "/perdes/monitoring", permission: "monitoring:read" },
  { key: "letters", href: "/perdes/letters", permission: "letter:read" },
  { key: "sessions", href: "/perdes/sessions", permission: "session:read" },
  { key: "regulations", href: "/perdes/regulations", permission: "monitoring:read" },
  { key: "template", href: "/perdes/checklist-template", permission: "departure-check:read" },
  { key: "scorecard", href: "/perdes/scorecard", permission: "scorecard:read" },
  { key: "village", href: "/perdes/village", permission: "monitoring:read" },
];

/** The Perdes part at a glance: one card per area the actor may open. */
export default async function PerdesHubPage() {
  const actor = await requirePermission("monitoring:read");
  const t = await getTranslations("perdes.hub");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {AREAS.filter((a) => can(actor.role, a.permission) && (a.key !== "village" || actor.villageCode)).map((a) => (
          <li key={a.key}>
            <Link href={a.href} className="block min-h-11 rounded-lg border border-slate-200 bg-white p-4 no-underline shadow-sm hover:border-slate-400">
              <span className="block font-semibold underline">{t(`${a.key}.title`)}</span>
              <span className="mt-1 block text-sm text-slate-700">{t(`${a.key}.body`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
