import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { LateLoan } from "@/lib/empowerment/money/late-loans";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { moneyClass } from "./money-section-props";

/** The late-repayment list (most behind first), each group linked to its page at the loans section. */
export async function LateLoansTable({ loans, locale }: { loans: LateLoan[]; locale: Locale }) {
  const t = await getTranslations("groupMoney");
  if (loans.length === 0) return <EmptyState text={t("late.empty")} />;
  const c = (k: string) => t(`late.columns.${k}`);
  const cols = { group: c("group"), village: c("village"), lender: c("lender"), principal: c("principal"), outstanding: c("outstanding"), behind: c("behind"), lastRepayment: c("lastRepayment") };
  return (
    <ScrollTable label={t("late.tableLabel")}>
      <thead className={thead}>
        <tr>
          {Object.values(cols).map((x) => (
            <th key={x} scope="col" className={th}>{x}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {loans.map((l) => (
          <tr key={l.id} className={tr}>
            <th scope="row" className={`${td} font-semibold`} data-label={cols.group}>
              <Link href={`/groups/${l.group.id}#loan-${l.id}`} className="[overflow-wrap:anywhere]">{l.group.name}</Link>
            </th>
            <td className={td} data-label={cols.village}>{l.group.villageName}</td>
            <td className={`${td} [overflow-wrap:anywhere]`} data-label={cols.lender}>{`${t(`loans.kind.${l.kind}`)} · ${l.lender}`}</td>
            <td className={`${td} ${moneyClass}`} data-label={cols.principal}>{formatRupiah(l.principalRupiah)}</td>
            <td className={`${td} ${moneyClass}`} data-label={cols.outstanding}>{formatRupiah(l.schedule.outstandingRupiah)}</td>
            <td className={`${td} ${moneyClass}`} data-label={cols.behind}>
              {t("loans.behindText", { amount: formatRupiah(l.schedule.behindRupiah), count: l.schedule.behindInstalments })}
            </td>
            <td className={`${td} whitespace-nowrap`} data-label={cols.lastRepayment}>
              {l.schedule.lastRepaymentOn ? formatDate(l.schedule.lastRepaymentOn, locale) : t("late.never")}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
