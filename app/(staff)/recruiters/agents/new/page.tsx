import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/recruiters/action-form";
import { agentOptions } from "@/components/recruiters/agent-options";
import { agentFields } from "@/components/recruiters/recruiter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { createAgentAction } from "@/lib/recruiters/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recruiters.agents.new");
  return { title: t("title") };
}

export default async function NewAgentPage() {
  const actor = await requirePermission("recruiter:write");
  const t = await getTranslations("recruiters.agents");
  const { recruiters, villages } = await agentOptions(actor);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/recruiters/agents">{t("backToList")}</Link></p>
      <PageHeader title={t("new.title")} />
      <section className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <ActionForm action={createAgentAction} fields={await agentFields(recruiters, villages)} strings={{ submit: t("new.submit"), pending: t("new.pending") }} />
      </section>
    </>
  );
}
