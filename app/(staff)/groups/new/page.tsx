import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateGroupForm } from "@/components/groups/group-form";
import { groupFormChoices } from "@/components/groups/group-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";
import { toDateInput, todayWib } from "@/lib/placements/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups.group");
  return { title: t("newTitle") };
}

/** Organizers and officials create a group of their village; members come next, on its page. */
export default async function NewGroupPage() {
  const actor = await requirePermission("group:write");
  const t = await getTranslations("groups.group");
  const choices = await groupFormChoices(actor, toLocale(await getLocale()), actor.villageCode ?? "");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/groups">{t("backToList")}</Link>
      </p>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <CreateGroupForm today={toDateInput(todayWib())} {...choices} />
      </div>
    </>
  );
}
