import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { VillageProfileForm } from "@/components/villages/village-profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { getVillageProfile } from "@/lib/villages/village-profile";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("villages.profile");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The village's contacts and letter settings: officials change them, organizers read them. */
export default async function VillageProfilePage({ searchParams }: Props) {
  const actor = await requirePermission("monitoring:read");
  const profile = await getVillageProfile(actor).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("villages.profile");
  const saved = (await searchParams).done === "saved";
  const keys = ["officeAddress", "officePhone", "kkbmContactName", "kkbmPhone", "letterhead", "headName", "letterCode"] as const;
  const values = Object.fromEntries(keys.map((k) => [k, profile[k] ?? ""])) as Record<(typeof keys)[number], string>;
  return (
    <>
      <PageHeader title={`${t("title")}: ${profile.name}`} description={t("description")} />
      {saved ? <StatusBanner text={t("saved")} /> : null}
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        {can(actor.role, "village:profile-write") ? (
          <VillageProfileForm
            values={values}
            strings={Object.fromEntries(
              [...keys, "contacts", "letters", "letterheadHint", "letterCodeHint", "save", "saving"].map((k) => [k, t(k)]),
            ) as Parameters<typeof VillageProfileForm>[0]["strings"]}
          />
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">{t("readOnly")}</p>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
              {keys.map((k) => (
                <div key={k} className="contents">
                  <dt className="text-sm font-medium text-slate-700">{t(k)}</dt>
                  <dd className="mb-2 whitespace-pre-line sm:mb-0">{values[k] || "—"}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </div>
    </>
  );
}
