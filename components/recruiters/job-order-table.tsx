import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Order = { id: string; sip2miNumber: string; countryName: string; jobName: string; quota: number; validUntil: Date };

export async function JobOrderTable({ orders, locale, today = new Date() }: { orders: Order[]; locale: Locale; today?: Date }) {
  const t = await getTranslations("recruiters.jobOrders");
  if (orders.length === 0) return <EmptyState text={t("empty")} />;
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return (
    <ScrollTable label={t("caption")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("number")}</th>
          <th scope="col" className={th}>{t("country")}</th>
          <th scope="col" className={th}>{t("job")}</th>
          <th scope="col" className={th}>{t("quota")}</th>
          <th scope="col" className={th}>{t("validUntil")}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => {
          const expired = o.validUntil.getTime() < startOfToday;
          return (
            <tr key={o.id} className={tr}>
              <td data-label={t("number")} className={td}>{o.sip2miNumber}</td>
              <td data-label={t("country")} className={td}>{o.countryName}</td>
              <td data-label={t("job")} className={td}>{o.jobName}</td>
              <td data-label={t("quota")} className={td}>{o.quota}</td>
              <td data-label={t("validUntil")} className={`${td} whitespace-nowrap`}>
                {formatDate(o.validUntil, locale)} <span className={expired ? "font-semibold text-red-800" : "text-green-800"}>({expired ? t("expired") : t("valid")})</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
