import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, tr, ScrollTableHead } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { centsToInput } from "@/lib/cases/claims/money";
import { monthLabel, monthOf, quantityText } from "@/lib/empowerment/money/format";
import { listGroupSales } from "@/lib/empowerment/money/sales";
import { SALES_UNITS } from "@/lib/empowerment/money/schemas";
import { formatRupiah } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { todayWib } from "@/lib/placements/dates";
import { moneyClass, sectionClass, type GroupMoneySectionProps } from "./money-section-props";
import type { SalesFieldStrings } from "./sales-fields";
import { SalesDeleteForm, SalesEditForm, SalesForm } from "./sales-form";

/** What the group produced and sold, month by month, newest first; add, edit, delete for "group:write" (issue 6 item 5). */
export async function SalesSection({ actor, group }: GroupMoneySectionProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("groupMoney");
  const rows = await listGroupSales(actor, group.id);
  const mayWrite = can(actor.role, "group:write");
  const maxMonth = monthOf(todayWib());
  const cols = { month: t("sales.columns.month"), product: t("sales.columns.product"), quantity: t("sales.columns.quantity"), revenue: t("sales.columns.revenue"), soldIn: t("sales.columns.soldIn"), actions: t("sales.columns.actions") };
  const add = (k: string) => t(`sales.add.${k}`);
  const fields: SalesFieldStrings = {
    month: add("month"), monthHint: add("monthHint"), product: add("product"), productHint: add("productHint"), quantity: add("quantity"), quantityHint: add("quantityHint"),
    unit: add("unit"), unitHint: add("unitHint"), revenue: add("revenue"), revenueHint: t("rupiahHint"), soldIn: add("soldIn"), soldInHint: add("soldInHint"),
  };
  const edit = (k: string) => t(`sales.edit.${k}`);
  const colNames = mayWrite ? Object.values(cols) : Object.values(cols).slice(0, -1);
  return (
    <section id="sales" aria-labelledby="sales-title" className={sectionClass}>
      <h2 id="sales-title">{t("sales.title")}</h2>
      <div className="mt-3 flex flex-col gap-4">
        {rows.length === 0 ? (
          <EmptyState text={t("sales.empty")} />
        ) : (
          <ScrollTable label={t("sales.tableLabel")}>
            <ScrollTableHead columns={colNames} />
            <tbody>
              {rows.map((r) => {
                const month = monthLabel(r.month, locale);
                const quantity = quantityText(r.quantity);
                return (
                  <tr key={r.id} className={tr}>
                    <td className={`${td} whitespace-nowrap`} data-label={cols.month}>{month}</td>
                    <td className={`${td} [overflow-wrap:anywhere]`} data-label={cols.product}>{r.product}</td>
                    <td className={`${td} whitespace-nowrap tabular-nums`} data-label={cols.quantity}>{`${quantity} ${r.unit}`}</td>
                    <td className={`${td} ${moneyClass}`} data-label={cols.revenue}>{formatRupiah(r.revenueRupiah)}</td>
                    <td className={td} data-label={cols.soldIn}>{r.soldIn ?? "–"}</td>
                    {mayWrite ? (
                      <td className={td} data-label={cols.actions}>
                        <div className="flex flex-col gap-2">
                          <SalesEditForm
                            row={{ id: r.id, month: r.month, product: r.product, quantity, unit: r.unit, revenueRupiah: centsToInput(r.revenueRupiah * 100n), soldIn: r.soldIn ?? "" }}
                            maxMonth={maxMonth}
                            summary={edit("summary")}
                            title={t("sales.edit.title", { product: r.product, month })}
                            fields={fields}
                            buttons={{ submit: edit("submit"), pending: edit("pending"), done: edit("done") }}
                          />
                          <SalesDeleteForm
                            id={r.id}
                            summary={t("sales.delete.summary")}
                            confirm={t("sales.delete.confirm", { product: r.product, month })}
                            submit={t("sales.delete.submit")}
                            pending={t("sales.delete.pending")}
                          />
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        )}
        {mayWrite ? (
          <>
            <datalist id="sales-unit-suggestions">
              {SALES_UNITS.map((u) => (
                <option key={u} value={u} />
              ))}
            </datalist>
            <SalesForm groupId={group.id} maxMonth={maxMonth} title={add("title")} fields={fields} buttons={{ submit: add("submit"), pending: add("pending"), done: add("done") }} />
          </>
        ) : null}
      </div>
    </section>
  );
}
