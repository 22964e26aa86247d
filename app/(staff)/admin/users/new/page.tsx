import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";
import { regionOptions, roleOptions, villageOptions } from "@/components/users/user-options";
import { requirePermission } from "@/lib/auth/session";
import { listRegionOptions } from "@/lib/users/list-region-options";
import { listVillages } from "@/lib/users/list-villages";
import { userFormStrings, oneTimePasswordStrings } from "@/components/users/user-strings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users.create");
  return { title: t("title") };
}

export default async function NewUserPage() {
  const actor = await requirePermission("user:create");
  const [villages, regions] = await Promise.all([listVillages(actor), listRegionOptions(actor)]);
  const t = await getTranslations("admin.users");

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("create.title")} description={t("create.description")} />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <UserForm
          mode="create"
          user={{ email: "", name: "", role: "", villageCode: null, regionCode: null }}
          roles={await roleOptions()}
          villages={await villageOptions(villages.filter((v) => v.active))}
          regions={regionOptions(regions)}
          strings={{ ...(await userFormStrings()), submit: t("create.submit"), pending: t("create.pending") }}
          created={{
            strings: { ...(await oneTimePasswordStrings()), intro: t.raw("oneTimePassword.created") as string },
            openUser: t("oneTimePassword.openUser"),
            addAnother: t("oneTimePassword.addAnother"),
            listHref: "/admin/users",
          }}
        />
      </section>
    </>
  );
}
