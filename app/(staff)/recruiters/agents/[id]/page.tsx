import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBanner } from "@/components/admin/status-banner";
import { ActionForm } from "@/components/recruiters/action-form";
import { agentOptions } from "@/components/recruiters/agent-options";
import { agentFields } from "@/components/recruiters/recruiter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { updateAgentAction } from "@/lib/recruiters/actions";
import { getAgent } from "@/lib/recruiters/get-recruiter";
import { formatPhone } from "@/lib/recruiters/phone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recruiters.agents.edit");
  return { title: t("title") };
}

const DONE = ["created", "saved"] as const;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AgentPage({ params, searchParams }: Props) {
  const actor = await requirePermission("recruiter:read");
  const { id } = await params;
  const agent = await getAgent(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const done = (await searchParams).done;
  const t = await getTranslations("recruiters.agents");
  const writable = can(actor.role, "recruiter:write");
  const options = writable ? await agentOptions(actor) : null;
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/recruiters/agents">{t("backToList")}</Link></p>
      <PageHeader title={agent.name} description={[formatPhone(agent.phone), agent.watchlisted ? t("watchlisted") : null, t("reportsCount", { count: agent._count.reports })].filter(Boolean).join(" · ")} />
      {typeof done === "string" && (DONE as readonly string[]).includes(done) ? <StatusBanner text={t(`done.${done}`)} /> : null}
      <section aria-labelledby="details-title" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="details-title" className="mb-3">{t("edit.title")}</h2>
        {options ? (
          <ActionForm action={updateAgentAction} hidden={{ id: agent.id }} fields={await agentFields(options.recruiters, options.villages, agent)} strings={{ submit: t("edit.submit"), pending: t("edit.pending") }} />
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("table.claimed")}</dt>
            <dd>{agent.claimedRecruiter ? <Link href={`/recruiters/${agent.claimedRecruiter.id}`}>{agent.claimedRecruiter.name}</Link> : (agent.claimedCompanyName ?? "-")}</dd>
            <dt className="text-slate-600">{t("table.watchlist")}</dt>
            <dd>{agent.watchlisted ? `${t("watchlisted")}: ${agent.watchlistReason ?? ""}` : t("notWatchlisted")}</dd>
          </dl>
        )}
      </section>
    </>
  );
}
