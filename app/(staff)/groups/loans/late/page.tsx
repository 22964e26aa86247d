import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LateLoansTable } from "@/components/groups/late-loans-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { villageScope } from "@/lib/authz";
import { listLateLoans } from "@/lib/empowerment/money/late-loans";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groupMoney.late");
  return { title: t("title") };
}

// Every LATE loan of the groups in the actor's villages, most behind first (docs/decisions/026).
export default async function LateLoansPage() {
  const actor = await requirePermission("group:read");
  const locale = toLocale(await getLocale());
  const [t, loans] = await Promise.all([getTranslations("groupMoney"), listLateLoans(actor)]);
  const oneVillage = typeof villageScope(actor).villageCode === "string";
  return (
    <>
      <PageHeader
        title={t("late.title")}
        description={oneVillage ? t("late.descriptionVillage") : t("late.descriptionRegion")}
        actions={<Link href="/groups">{t("late.backToGroups")}</Link>}
      />
      <LateLoansTable loans={loans} locale={locale} />
      {loans.length > 0 ? <p className="mt-3 text-sm text-slate-600">{t("loans.scheduleNote")}</p> : null}
    </>
  );
}
