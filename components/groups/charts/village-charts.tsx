import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import type { VillageReport } from "@/lib/empowerment/reports/get-village-report";
import { formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { LoansChart } from "./loans-chart";
import { MembersChart } from "./members-chart";
import { RevenueChart } from "./revenue-chart";

/** A percentage with the locale's decimal mark: 40 %, 33,3 % / 33.3%. */
function pct(value: number, locale: Locale): string {
  const s = String(value).replace(".", locale === "id" ? "," : ".");
  return locale === "id" ? `${s} %` : `${s}%`;
}

/** The village view: reintegration rate, the three charts over all groups, and the groups. */
export async function VillageCharts({ report, locale }: { report: VillageReport; locale: Locale }) {
  const t = await getTranslations("groupReports.village");
  const r = report.reintegration;
  return (
    <>
      <section aria-labelledby="reintegration-title" className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:break-inside-avoid">
        <h2 id="reintegration-title" className="mb-2">{t("reintegration.title")}</h2>
        {r.ratePct === null ? (
          <p>{t("reintegration.none")}</p>
        ) : (
          <>
            <p className="text-3xl font-bold" data-testid="reintegration-rate">{pct(r.ratePct, locale)}</p>
            <p className="mt-1">{t("reintegration.rate", { rate: pct(r.ratePct, locale) })}</p>
            <p className="mt-1 font-semibold">{t("reintegration.counts", { inGroups: r.inActiveGroups, returned: r.returned })}</p>
          </>
        )}
        <p className="mt-2 text-sm text-slate-700">{t("reintegration.rule")}</p>
      </section>
      <RevenueChart id="village-revenue" months={report.months} revenue={report.revenue} products={report.products} locale={locale} />
      <MembersChart id="village-members" members={report.members} locale={locale} />
      <LoansChart id="village-loans" loans={report.loans} showGroup locale={locale} />
      <section aria-labelledby="village-groups-title" className="mb-8">
        <h2 id="village-groups-title" className="mb-2">{t("groups.title")}</h2>
        {report.groups.length === 0 ? (
          <p>{t("groups.empty")}</p>
        ) : (
          <ScrollTable label={t("groups.title")}>
            <thead className={thead}>
              <tr>
                <th scope="col" className={th}>{t("groups.name")}</th>
                <th scope="col" className={th}>{t("groups.kind")}</th>
                <th scope="col" className={th}>{t("groups.status")}</th>
                <th scope="col" className={th}>{t("groups.members")}</th>
                <th scope="col" className={th}>{t("groups.revenue")}</th>
                <th scope="col" className={th}>{t("groups.profile")}</th>
              </tr>
            </thead>
            <tbody>
              {report.groups.map((g) => (
                <tr key={g.id} className={tr}>
                  <td className={td} data-label={t("groups.name")}><Link href={`/groups/${g.id}`} className="font-semibold">{g.name}</Link></td>
                  <td className={td} data-label={t("groups.kind")}>{locale === "en" ? g.kindNameEn : g.kindNameId}</td>
                  <td className={td} data-label={t("groups.status")}>{t(`statuses.${g.status}`)}</td>
                  <td className={td} data-label={t("groups.members")}>{g.members}</td>
                  <td className={td} data-label={t("groups.revenue")}>{formatRupiah(g.revenueRupiah)}</td>
                  <td className={td} data-label={t("groups.profile")}><Link href={`/groups/${g.id}/profile`}>{t("groups.profile")}<span className="sr-only"> {g.name}</span></Link></td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>
    </>
  );
}
