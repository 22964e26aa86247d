import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { listGroupLoans, type LoanView } from "@/lib/empowerment/money/loans";
import { LOAN_KINDS } from "@/lib/empowerment/money/schemas";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { todayWib, toDateInput } from "@/lib/placements/dates";
import { LoanForm } from "./loan-form";
import { LoanStatusBadge } from "./loan-status-badge";
import { moneyClass, sectionClass, type GroupMoneySectionProps } from "./money-section-props";
import { RepaymentForm } from "./repayment-form";

type T = Awaited<ReturnType<typeof getTranslations<"groupMoney">>>;

/**
 * The group's loans (KUR and others), each with its status in words, the outstanding balance,
 * how much is behind, its repayments and a repayment form; the loan form for "group:write".
 */
export async function LoansSection({ actor, group }: GroupMoneySectionProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("groupMoney");
  const loans = await listGroupLoans(actor, group.id);
  const mayWrite = can(actor.role, "group:write");
  const today = toDateInput(todayWib());
  const add = (k: string) => t(`loans.add.${k}`);
  return (
    <section id="loans" aria-labelledby="loans-title" className={sectionClass}>
      <h2 id="loans-title">{t("loans.title")}</h2>
      <div className="mt-3 flex flex-col gap-4">
        {loans.length === 0 ? <EmptyState text={t("loans.empty")} /> : loans.map((loan) => <LoanCard key={loan.id} loan={loan} t={t} locale={locale} mayWrite={mayWrite} today={today} />)}
        {loans.length > 0 ? <p className="text-sm text-slate-600">{t("loans.scheduleNote")}</p> : null}
        {mayWrite ? (
          <LoanForm
            groupId={group.id}
            today={today}
            kinds={LOAN_KINDS.map((k) => ({ value: k, label: t(`loans.kind.${k}`) }))}
            strings={{
              title: add("title"), kind: add("kind"), chooseKind: add("chooseKind"), lender: add("lender"), lenderHint: add("lenderHint"),
              principal: add("principal"), principalHint: t("rupiahHint"), disbursedOn: add("disbursedOn"), termMonths: add("termMonths"),
              termHint: add("termHint"), submit: add("submit"), pending: add("pending"), done: add("done"),
            }}
          />
        ) : null}
      </div>
    </section>
  );
}

function LoanCard({ loan, t, locale, mayWrite, today }: { loan: LoanView; t: T; locale: Locale; mayWrite: boolean; today: string }) {
  const s = loan.schedule;
  const title = t("loans.loanTitle", { kind: t(`loans.kind.${loan.kind}`), lender: loan.lender });
  const facts: [string, string][] = [
    [t("loans.principal"), formatRupiah(loan.principalRupiah)],
    [t("loans.disbursedOn"), formatDate(loan.disbursedOn, locale)],
    [t("loans.term"), t("loans.termMonths", { months: loan.termMonths })],
    [t("loans.instalment"), formatRupiah(s.instalmentRupiah)],
    [t("loans.repaid"), formatRupiah(s.repaidRupiah)],
    [t("loans.outstanding"), formatRupiah(s.outstandingRupiah)],
  ];
  if (s.status === "LATE") facts.push([t("loans.behind"), t("loans.behindText", { amount: formatRupiah(s.behindRupiah), count: s.behindInstalments })]);
  if (s.nextDueOn) facts.push([t("loans.nextDue"), formatDate(s.nextDueOn, locale)]);
  const cols = { paidOn: t("loans.repaymentColumns.paidOn"), amount: t("loans.repaymentColumns.amount") };
  const repay = (k: string) => t(`loans.repay.${k}`);
  const outstanding = formatRupiah(s.outstandingRupiah);
  return (
    <article id={`loan-${loan.id}`} aria-labelledby={`loan-${loan.id}-title`} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`loan-${loan.id}-title`} className="text-base font-semibold [overflow-wrap:anywhere]">{title}</h3>
        <span className="sr-only">{t("loans.statusLabel")}:</span>
        <LoanStatusBadge status={s.status} label={t(`loans.status.${s.status}`)} />
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        {facts.map(([k, v]) => (
          <div key={k} className="flex justify-between gap-3 border-b border-slate-100 py-1">
            <dt className="text-slate-600">{k}</dt>
            <dd className={`${moneyClass} font-medium`}>{v}</dd>
          </div>
        ))}
      </dl>
      <h4 className="text-sm font-semibold">{t("loans.repaymentsTitle")}</h4>
      {loan.repayments.length === 0 ? (
        <p className="text-sm text-slate-600">{t("loans.noRepayments")}</p>
      ) : (
        <ScrollTable label={t("loans.repaymentsLabel", { lender: loan.lender })}>
          <thead className={thead}>
            <tr>
              <th scope="col" className={th}>{cols.paidOn}</th>
              <th scope="col" className={th}>{cols.amount}</th>
            </tr>
          </thead>
          <tbody>
            {loan.repayments.map((r) => (
              <tr key={r.id} className={tr}>
                <td className={`${td} whitespace-nowrap`} data-label={cols.paidOn}>{formatDate(r.paidOn, locale)}</td>
                <td className={`${td} ${moneyClass}`} data-label={cols.amount}>{formatRupiah(r.amountRupiah)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {mayWrite && s.status !== "PAID_OFF" ? (
        <RepaymentForm
          loanId={loan.id}
          title={`${repay("title")}: ${title}`}
          disbursedOn={toDateInput(loan.disbursedOn)}
          today={today}
          strings={{
            title: repay("title"), paidOn: repay("paidOn"), amount: repay("amount"), amountHint: t("loans.repay.amountHint", { outstanding }),
            moreThanOutstanding: t("loans.repay.moreThanOutstanding", { outstanding: "{outstanding}" }),
            submit: repay("submit"), pending: repay("pending"), done: repay("done"),
          }}
        />
      ) : null}
    </article>
  );
}
