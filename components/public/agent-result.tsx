import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicAgent } from "@/lib/recruiters/public-lookup";
import { companyState } from "./company-status";

/** An agent as a villager reads it: on the watchlist or not (with the staff's neutral reason), and the company they claim. */
export async function AgentResult({ agent, locale }: { agent: PublicAgent; locale: Locale }) {
  const t = await getTranslations("public.checkAgent");
  const claimed = agent.claimedCompany;
  return (
    <li className={`rounded-lg border border-l-8 border-slate-300 bg-white p-4 ${agent.watchlisted ? "border-l-red-700" : "border-l-slate-400"}`} data-watchlisted={agent.watchlisted}>
      <h2 className="text-lg">{agent.name}</h2>
      <p className="mt-1 text-base font-semibold text-slate-900">{agent.watchlisted ? t("watchlisted") : t("notWatchlisted")}</p>
      {agent.watchlisted && agent.watchlistReason ? <p className="mt-1 text-base text-slate-800">{t("reason", { reason: agent.watchlistReason })}</p> : null}
      <p className="mt-1 text-base text-slate-800">
        {claimed
          ? t(`claimed.${companyState(claimed)}`, { company: claimed.name, licence: claimed.licenceNumber })
          : agent.claimedCompanyName
            ? t("claimedUnlisted", { company: agent.claimedCompanyName })
            : t("claimedNone")}
      </p>
      <p className="mt-1 text-base text-slate-800">{t("individualNote")}</p>
      <p className="mt-2 text-sm text-slate-700">{t("updated", { date: formatDate(agent.updatedAt, locale, { wib: true }) })}</p>
    </li>
  );
}
