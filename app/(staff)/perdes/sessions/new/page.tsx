import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateSessionForm } from "@/components/perdes/session-form";
import { sessionFormStrings, sessionTopicOptions } from "@/components/perdes/session-strings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { toDateInput, todayWib } from "@/lib/placements/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("perdes.sessions.new");
  return { title: t("metaTitle") };
}

/** Organizers and officials record a session held in their village; attendees come next, on its page. */
export default async function NewSessionPage() {
  await requirePermission("session:write");
  const t = await getTranslations("perdes.sessions");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/perdes/sessions">{t("page.backToList")}</Link>
      </p>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <CreateSessionForm topics={await sessionTopicOptions()} today={toDateInput(todayWib())} strings={await sessionFormStrings()} />
      </div>
    </>
  );
}
