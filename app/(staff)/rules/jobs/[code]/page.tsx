import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/recruiters/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { updateJobRuleAction } from "@/lib/rules/actions";
import { listJobRules } from "@/lib/rules/list-rules";

export default async function JobRulePage({ params }: { params: Promise<{ code: string }> }) {
  const actor = await requirePermission("rules:write");
  const { code } = await params;
  const row = (await listJobRules(actor)).find((c) => c.code === code);
  if (!row) notFound();
  const t = await getTranslations("rules");
  const name = (await getLocale()) === "en" ? row.nameEn : row.nameId;
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/rules">{t("backToList")}</Link></p>
      <PageHeader title={t("editJob", { name })} />
      <section className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ActionForm
          action={updateJobRuleAction}
          hidden={{ code: row.code }}
          fields={[
            { name: "zeroCost", label: t("fields.zeroCost"), kind: "checkbox", defaultValue: row.zeroCost ? "on" : "", wide: true },
            { name: "household", label: t("fields.household"), kind: "checkbox", defaultValue: row.household ? "on" : "", wide: true },
            { name: "legalBasis", label: t("fields.legalBasis"), maxLength: 300, defaultValue: row.legalBasis ?? "" },
            { name: "lastCheckedOn", label: t("fields.lastCheckedOn"), kind: "date", required: true, defaultValue: new Date().toISOString().slice(0, 10) },
          ]}
          strings={{ submit: t("submit"), pending: t("pending") }}
        />
      </section>
    </>
  );
}
