import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { StatusBanner } from "@/components/admin/status-banner";
import { CreateGroupKindForm, RenameGroupKindForm, SetGroupKindActiveForm } from "@/components/groups/kind-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listGroupKinds } from "@/lib/empowerment/kinds/group-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups.kinds");
  return { title: t("title") };
}

const DONE = ["created", "renamed", "activated", "deactivated"] as const;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Admins keep the list of kinds of business group: add, rename, deactivate. */
export default async function GroupKindsPage({ searchParams }: Props) {
  await requirePermission("group-kind:write");
  const [kinds, t, sp] = await Promise.all([listGroupKinds(), getTranslations("groups.kinds"), searchParams]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {typeof sp.done === "string" && (DONE as readonly string[]).includes(sp.done) ? <StatusBanner text={t(`done.${sp.done}`)} /> : null}
      <div className="flex flex-col gap-6">
        <ScrollTable label={t("caption")}>
          <thead className={thead}>
            <tr>
              <th scope="col" className={th}>{t("code")}</th>
              <th scope="col" className={th}>{t("nameId")}</th>
              <th scope="col" className={th}>{t("nameEn")}</th>
              <th scope="col" className={th}>{t("groups")}</th>
              <th scope="col" className={th}>{t("state")}</th>
              <th scope="col" className={th}>{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.code} className={tr}>
                <td data-label={t("code")} className={td}><code>{k.code}</code></td>
                <td data-label={t("nameId")} className={td}>{k.nameId}</td>
                <td data-label={t("nameEn")} className={td}>{k.nameEn}</td>
                <td data-label={t("groups")} className={td}>{k.groups}</td>
                <td data-label={t("state")} className={td}>{k.active ? t("active") : t("inactive")}</td>
                <td data-label={t("actions")} className={td}>
                  <div className="flex flex-col gap-2">
                    <RenameGroupKindForm kind={k} strings={{ summary: t("renameSummary"), title: t("renameForm", { name: k.nameId }), nameId: t("nameId"), nameEn: t("nameEn"), save: t("rename"), saving: t("saving") }} />
                    <SetGroupKindActiveForm code={k.code} active={k.active} strings={{ title: t("stateForm", { name: k.nameId }), submit: k.active ? t("deactivate") : t("activate"), saving: t("saving") }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <section aria-labelledby="kind-new-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="kind-new-title" className="mb-3">{t("addTitle")}</h2>
          <CreateGroupKindForm strings={{ form: t("addTitle"), code: t("code"), codeHint: t("codeHint"), nameId: t("nameId"), nameEn: t("nameEn"), add: t("add"), saving: t("saving") }} />
        </section>
      </div>
    </>
  );
}
