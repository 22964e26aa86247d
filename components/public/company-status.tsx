import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicCompany } from "@/lib/recruiters/public-lookup";

type State = "ACTIVE" | "SUSPENDED_FULL" | "SUSPENDED_PARTIAL" | "SUSPENSION_ENDED" | "REVOKED";
const STYLE: Record<State, string> = {
  ACTIVE: "border-green-700",
  SUSPENSION_ENDED: "border-green-700",
  SUSPENDED_PARTIAL: "border-amber-600",
  SUSPENDED_FULL: "border-red-700",
  REVOKED: "border-red-700",
};

/** What a licence status means today: a suspension that has ended reads as active again. */
export function companyState(c: Pick<PublicCompany, "status" | "suspendedUntil" | "suspensionScope">, today = new Date()): State {
  if (c.status === "REVOKED") return "REVOKED";
  if (c.status === "SUSPENDED") {
    if (c.suspendedUntil && c.suspendedUntil.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) return "SUSPENSION_ENDED";
    return c.suspensionScope === "PARTIAL" ? "SUSPENDED_PARTIAL" : "SUSPENDED_FULL";
  }
  return "ACTIVE";
}

/** One company as a villager reads it: its status in plain words, what it means, what to do, and when it was checked. */
export async function CompanyStatus({ company, locale }: { company: PublicCompany; locale: Locale }) {
  const t = await getTranslations("public.checkCompany");
  const state = companyState(company);
  const params = {
    decree: company.decree ?? "-",
    decreeOn: company.decreeOn ? formatDate(company.decreeOn, locale) : "-",
    from: company.suspendedFrom ? formatDate(company.suspendedFrom, locale) : "-",
    until: company.suspendedUntil ? formatDate(company.suspendedUntil, locale) : "-",
  };
  return (
    <li className={`rounded-lg border border-l-8 border-slate-300 bg-white p-4 ${STYLE[state]}`} data-status={state}>
      <h2 className="text-lg">{company.name}</h2>
      <p className="text-sm text-slate-700">{t("licence", { number: company.licenceNumber })}</p>
      <p className="mt-2 text-base font-semibold text-slate-900">{t(`status.${state}`, params)}</p>
      <p className="mt-1 text-base text-slate-800">{t(`meaning.${state}`)}</p>
      <p className="mt-1 text-base text-slate-800">{t(`todo.${state}`)}</p>
      <p className="mt-2 text-sm text-slate-700">{t("checked", { date: formatDate(company.lastCheckedOn, locale) })}</p>
    </li>
  );
}
