import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { HouseholdForm } from "@/components/registry/household-form";
import { HouseholdMembers } from "@/components/registry/household-members";
import { householdFormStrings, registryOptions } from "@/components/registry/registry-strings";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { toLocale } from "@/lib/i18n/locales";
import { getHousehold } from "@/lib/registry/get-household";
import { seesIdentifiers } from "@/lib/registry/mask";
import { MEMBER_ROWS_MAX } from "@/lib/registry/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registry.household");
  return { title: t("title") };
}

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const DONE = ["created", "saved", "memberAdded"] as const;
/** Empty member rows offered below the current members. */
const SPARE_ROWS = 3;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HouseholdPage({ params, searchParams }: Props) {
  const actor = await requirePermission("person:read");
  const household = await getHousehold(actor, (await params).id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const locale = toLocale(await getLocale());
  const t = await getTranslations("registry");
  const done = (await searchParams).done;
  // The member form names people by NIK, so it needs the NIKs in clear (every writing role sees them).
  const writes = can(actor.role, "person:write") && seesIdentifiers(actor.role);
  const place = [household.address, household.dusun, household.rt || household.rw ? t("table.rtRw", { rt: household.rt ?? "-", rw: household.rw ?? "-" }) : null, household.villageName]
    .filter(Boolean)
    .join(", ");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/registry">{t("backToList")}</Link>
      </p>
      <PageHeader
        title={t("household.heading", { kk: household.kkNumber })}
        description={place}
        actions={writes ? <Link href={`/registry/people/new?household=${household.id}`} className={buttonClass()}>{t("household.addNewMember")}</Link> : null}
      />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`household.done.${done}`)} /> : null}
      <div className="flex flex-col gap-6">
        <section aria-labelledby="members-title" className={section}>
          <h2 id="members-title" className="mb-3">{t("household.membersTitle")}</h2>
          <HouseholdMembers members={household.members} locale={locale} />
        </section>
        {writes ? (
          <section aria-labelledby="edit-title" className={section}>
            <h2 id="edit-title" className="mb-1">{t("household.edit.title")}</h2>
            <p className="mb-4 text-sm text-slate-600">{t("household.edit.intro")}</p>
            <HouseholdForm
              mode="edit"
              record={{ id: household.id, loadedAt: household.updatedAt.toISOString() }}
              values={{
                kkNumber: household.kkNumber,
                address: household.address ?? "",
                dusun: household.dusun ?? "",
                rt: household.rt ?? "",
                rw: household.rw ?? "",
                members: household.members.map((m) => ({ nik: m.nik, relation: m.relationToHead ?? "" })),
              }}
              rows={Math.min(MEMBER_ROWS_MAX, household.members.length + SPARE_ROWS)}
              relations={(await registryOptions()).relations}
              strings={{ ...(await householdFormStrings()), submit: t("household.edit.submit"), pending: t("household.edit.pending") }}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
