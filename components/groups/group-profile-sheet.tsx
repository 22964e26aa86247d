import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { GroupProfile } from "@/lib/empowerment/reports/get-group-profile";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { monthLabel } from "./charts/chart-format";

// The printable profile of a group for a bank or a funder: plain tables that print on A4
// (each section keeps together), rupiah as Rp1.500.000 and dates as dd MMM yyyy. No NIK.
const section = "mb-6 print:break-inside-avoid";
const table = "w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1.5 [&_th]:border-b [&_th]:border-slate-400 [&_th]:px-2 [&_th]:py-1.5";

function Table({ caption, head, children, foot }: { caption: string; head: string[]; children: ReactNode; foot?: ReactNode }) {
  return (
    <div className="overflow-x-auto print:overflow-visible" role="region" aria-label={caption} tabIndex={0}>
      <table className={table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>{children}</tbody>
        {foot ? <tfoot className="font-semibold">{foot}</tfoot> : null}
      </table>
    </div>
  );
}

export async function GroupProfileSheet({ profile, locale, printedAt }: { profile: GroupProfile; locale: Locale; printedAt: Date }) {
  const t = await getTranslations("groupReports.profile");
  const ts = await getTranslations("groupReports.village.statuses");
  const tl = await getTranslations("groupReports.charts.status");
  const g = profile.group;
  const date = (d: Date | null) => (d ? formatDate(d, locale) : t("none"));
  const month = monthLabel(locale);
  const salesMonths = profile.months.filter((m) => profile.sales.some((s) => s.month === m));
  const identity: [string, string][] = [
    [t("name"), g.name],
    [t("kind"), locale === "en" ? g.kindNameEn : g.kindNameId],
    [t("village"), g.villageName],
    [t("founded"), date(g.foundedOn)],
    [t("status"), ts(g.status)],
    [t("cooperative"), g.cooperative ?? t("none")],
    [t("leader"), g.leader ?? t("none")],
  ];
  const sum = (f: (l: GroupProfile["loans"][number]) => bigint) => profile.loans.reduce((n, l) => n + f(l), 0n);
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 print:border-0 print:p-0 print:shadow-none">
      <section className={section} aria-labelledby="profile-identity">
        <h2 id="profile-identity" className="mb-2">{t("identity")}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
          {identity.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-sm font-medium text-slate-700">{k}</dt>
              <dd className="mb-2 sm:mb-0">{v}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className={section} aria-labelledby="profile-members">
        <h2 id="profile-members" className="mb-2">{t("members.title", { count: profile.members.length })}</h2>
        {profile.members.length === 0 ? <p>{t("members.empty")}</p> : (
          <Table caption={t("members.title", { count: profile.members.length })} head={[t("members.name"), t("members.role"), t("members.since")]}>
            {profile.members.map((m) => (
              <tr key={m.id}><td>{m.name}</td><td>{t(`roles.${m.role}`)}</td><td>{date(m.joinedOn)}</td></tr>
            ))}
          </Table>
        )}
      </section>

      <section className={section} aria-labelledby="profile-trainings">
        <h2 id="profile-trainings" className="mb-2">{t("trainings.title")}</h2>
        {profile.trainings.length === 0 ? <p>{t("trainings.empty")}</p> : (
          <Table caption={t("trainings.title")} head={[t("trainings.date"), t("trainings.topic"), t("trainings.attended")]}>
            {profile.trainings.map((tr) => (
              <tr key={tr.id}><td>{date(tr.heldOn)}</td><td>{tr.title} ({t(`topics.${tr.topic}`)})</td><td>{tr.attended}</td></tr>
            ))}
          </Table>
        )}
      </section>

      <section className={section} aria-labelledby="profile-aid">
        <h2 id="profile-aid" className="mb-2">{t("aid.title")}</h2>
        {profile.aid.length === 0 ? <p>{t("aid.empty")}</p> : (
          <Table
            caption={t("aid.title")}
            head={[t("aid.item"), t("aid.value"), t("aid.giver"), t("aid.date")]}
            foot={<tr><th scope="row">{t("aid.total")}</th><td>{formatRupiah(profile.aidTotalRupiah)}</td><td /><td /></tr>}
          >
            {profile.aid.map((a) => (
              <tr key={a.id}><td>{a.item}</td><td>{formatRupiah(a.valueRupiah)}</td><td>{a.giver}</td><td>{date(a.givenOn)}</td></tr>
            ))}
          </Table>
        )}
      </section>

      <section className={section} aria-labelledby="profile-loans">
        <h2 id="profile-loans" className="mb-2">{t("loans.title")}</h2>
        {profile.loans.length === 0 ? <p>{t("loans.empty")}</p> : (
          <Table
            caption={t("loans.title")}
            head={[t("loans.lender"), t("loans.principal"), t("loans.disbursed"), t("loans.term"), t("loans.repaid"), t("loans.outstanding"), t("loans.status")]}
            foot={<tr><th scope="row">{t("loans.total")}</th><td>{formatRupiah(sum((l) => l.principalRupiah))}</td><td /><td /><td>{formatRupiah(sum((l) => l.repaidRupiah))}</td><td data-testid="loans-outstanding">{formatRupiah(sum((l) => l.outstandingRupiah))}</td><td /></tr>}
          >
            {profile.loans.map((l) => (
              <tr key={l.id}>
                <td>{l.lender} ({l.kind})</td><td>{formatRupiah(l.principalRupiah)}</td><td>{date(l.disbursedOn)}</td>
                <td>{t("loans.termMonths", { months: l.termMonths })}</td><td>{formatRupiah(l.repaidRupiah)}</td><td>{formatRupiah(l.outstandingRupiah)}</td><td>{tl(l.status)}</td>
              </tr>
            ))}
          </Table>
        )}
        <p className="mt-2 text-sm text-slate-700">{t("loans.note")}</p>
      </section>

      <section className={section} aria-labelledby="profile-sales">
        <h2 id="profile-sales" className="mb-2">{t("sales.title")}</h2>
        {profile.sales.length === 0 ? <p>{t("sales.empty")}</p> : (
          <Table
            caption={t("sales.title")}
            head={[t("sales.month"), t("sales.product"), t("sales.revenue")]}
            foot={<tr><th scope="row" colSpan={2}>{t("sales.total")}</th><td data-testid="sales-total">{formatRupiah(profile.salesTotalRupiah)}</td></tr>}
          >
            {salesMonths.flatMap((m) => [
              ...profile.sales.filter((s) => s.month === m).map((s) => (
                <tr key={`${m}-${s.product}`}><td>{month(m)}</td><td>{s.product}</td><td>{formatRupiah(s.revenueRupiah)}</td></tr>
              )),
              <tr key={`${m}-total`} className="font-semibold" data-testid="sales-month">
                <td colSpan={2}>{t("sales.monthTotal", { month: month(m) })}</td>
                <td>{formatRupiah(profile.sales.filter((s) => s.month === m).reduce((n, s) => n + s.revenueRupiah, 0n))}</td>
              </tr>,
            ])}
          </Table>
        )}
      </section>

      <p className="text-sm text-slate-700">{t("printedOn", { date: formatDate(printedAt, locale, { wib: true }), village: g.villageName })}</p>
    </article>
  );
}
