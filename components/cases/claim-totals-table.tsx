import { getTranslations } from "next-intl/server";
import { ScrollTable, td, tr, ScrollTableHead } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { RegionClaimTotals } from "@/lib/cases/claims/sum-claims";
import { formatMoney } from "@/lib/cases/claims/money";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Money claimed and recovered over the actor's cases of a period, one row per currency (never added across). */
export async function ClaimTotalsTable({ totals, locale }: { totals: RegionClaimTotals; locale: Locale }) {
  const t = await getTranslations("caseLists.reports.money");
  if (totals.currencies.length === 0) return <EmptyState text={t("empty")} />;
  const col = { currency: t("currency"), cases: t("cases"), claims: t("claims"), claimed: t("claimed"), recovered: t("recovered") };
  return (
    <ScrollTable label={t("title")}>
      <ScrollTableHead columns={Object.values(col)} />
      <tbody>
        {totals.currencies.map((x) => (
          <tr key={x.currency} className={tr}>
            <th scope="row" className={`${td} font-semibold`} data-label={col.currency}>{x.currency}</th>
            <td className={td} data-label={col.cases}>{formatNumber(x.cases, locale)}</td>
            <td className={td} data-label={col.claims}>{formatNumber(x.claims, locale)}</td>
            <td className={`${td} whitespace-nowrap tabular-nums`} data-label={col.claimed}>{formatMoney(x.claimed, x.currency, locale)}</td>
            <td className={`${td} whitespace-nowrap tabular-nums`} data-label={col.recovered}>{formatMoney(x.recovered, x.currency, locale)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
