import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundError, type Actor } from "@/lib/authz";
import { getGroupReport } from "@/lib/empowerment/reports/get-group-report";
import type { Locale } from "@/lib/i18n/locales";
import { LoansChart } from "./loans-chart";
import { MembersChart } from "./members-chart";
import { RevenueChart } from "./revenue-chart";

/** The three charts of one group (rendered on /groups/[id]); a group outside the actor's scope is a 404. */
export async function GroupCharts({ actor, groupId, locale }: { actor: Actor; groupId: string; locale: Locale }) {
  const report = await getGroupReport(actor, groupId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("groupReports.charts");
  return (
    <section aria-labelledby="group-charts-title" className="mb-8">
      <h2 id="group-charts-title" className="mb-3">{t("heading")}</h2>
      <RevenueChart id="group-revenue" months={report.months} revenue={report.revenue} products={report.products} locale={locale} />
      <MembersChart id="group-members" members={report.members} locale={locale} />
      <LoansChart id="group-loans" loans={report.loans} locale={locale} />
    </section>
  );
}
