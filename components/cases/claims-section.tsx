import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, tr, ScrollTableHead } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { listCaseClaims } from "@/lib/cases/claims/list-case-claims";
import { centsToInput, CLAIM_CURRENCIES, currencyOfCountry, decimalToCents, formatMoney } from "@/lib/cases/claims/money";
import { CLAIM_KINDS } from "@/lib/cases/claims/schemas";
import { formatNumber } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { ClaimForm } from "./claim-form";
import { ClaimUpdateForm } from "./claim-update-form";
import type { CaseSectionProps } from "./section-props";

const section = "rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
const money = "whitespace-nowrap tabular-nums";

/**
 * Money claimed on the case and what was recovered (issue 4 item 6), each in its own
 * currency, with the totals per currency; the forms for roles with "case:claim".
 */
export async function ClaimsSection({ actor, kase }: CaseSectionProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("caseMoney.claims");
  const { claims, totals } = await listCaseClaims(actor, kase.id);
  const canClaim = can(actor.role, "case:claim");
  const mayAdd = canClaim && kase.status !== "CLOSED";
  const cols = { kind: t("columns.kind"), claimed: t("columns.claimed"), recovered: t("columns.recovered"), note: t("columns.note") };
  const tc = { currency: t("totalsColumns.currency"), claims: t("totalsColumns.claims"), claimed: t("totalsColumns.claimed"), recovered: t("totalsColumns.recovered") };
  const say = (key: string) => t(key);
  const pick = <K extends string>(prefix: string, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, say(`${prefix}.${k}`)])) as Record<K, string>;
  const update = { ...pick("update", ["summary", "amountClaimed", "amountRecovered", "amountRecoveredHint", "note", "submit", "pending", "done"] as const), amountHint: t("amountHint") };

  return (
    <section id="claims" aria-labelledby="claims-title" className={section}>
      <h2 id="claims-title">{t("title")}</h2>
      <div className="mt-3 flex flex-col gap-4">
        {claims.length === 0 ? (
          <EmptyState text={t("empty")} />
        ) : (
          <>
            <ScrollTable label={t("tableLabel")}>
              <ScrollTableHead columns={Object.values(cols)} />
              <tbody>
                {claims.map((c) => (
                  <tr key={c.id} className={tr}>
                    <td className={td} data-label={cols.kind}>{t(`kind.${c.kind}`)}</td>
                    <td className={`${td} ${money}`} data-label={cols.claimed}>{formatMoney(c.amountClaimed, c.currency, locale)}</td>
                    <td className={`${td} ${money}`} data-label={cols.recovered}>{formatMoney(c.amountRecovered, c.currency, locale)}</td>
                    <td className={td} data-label={cols.note}>
                      {c.note ? <span className="whitespace-pre-line [overflow-wrap:anywhere]">{c.note}</span> : null}
                      {canClaim ? (
                        <div className={c.note ? "mt-2" : undefined}>
                          <ClaimUpdateForm
                            claim={{ id: c.id, version: c.version, amountClaimed: centsToInput(decimalToCents(c.amountClaimed)), amountRecovered: centsToInput(decimalToCents(c.amountRecovered)), note: c.note ?? "" }}
                            strings={{ ...update, title: t("update.title", { kind: t(`kind.${c.kind}`), currency: c.currency }) }}
                          />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>

            <h3 className="text-base font-semibold">{t("totals")}</h3>
            <ScrollTable label={t("totalsLabel")}>
              <ScrollTableHead columns={Object.values(tc)} />
              <tbody>
                {totals.map((x) => (
                  <tr key={x.currency} className={tr}>
                    <th scope="row" className={`${td} font-semibold`} data-label={tc.currency}>{x.currency}</th>
                    <td className={td} data-label={tc.claims}>{formatNumber(x.claims, locale)}</td>
                    <td className={`${td} ${money}`} data-label={tc.claimed}>{formatMoney(x.claimed, x.currency, locale)}</td>
                    <td className={`${td} ${money}`} data-label={tc.recovered}>{formatMoney(x.recovered, x.currency, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            {totals.length > 1 ? <p className="text-sm text-slate-600">{t("totalsNote")}</p> : null}
          </>
        )}
        {mayAdd ? (
          <ClaimForm
            caseId={kase.id}
            defaultCurrency={currencyOfCountry(kase.countryCode) ?? ""}
            kinds={CLAIM_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            currencies={CLAIM_CURRENCIES.map((c) => ({ value: c, label: t(`currency.${c}`) }))}
            strings={{
              ...pick("add", ["title", "kind", "chooseKind", "currency", "chooseCurrency", "amountClaimed", "amountRecovered", "amountRecoveredHint", "note", "submit", "pending", "done"] as const),
              amountHint: t("amountHint"),
            }}
          />
        ) : canClaim ? (
          <p className="text-sm text-slate-600">{t("closedNote")}</p>
        ) : null}
      </div>
    </section>
  );
}
