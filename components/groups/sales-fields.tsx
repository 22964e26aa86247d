import { TextField } from "@/components/ui/field";

export type SalesFieldStrings = {
  month: string; monthHint: string; product: string; productHint: string; quantity: string; quantityHint: string;
  unit: string; unitHint: string; revenue: string; revenueHint: string; soldIn: string; soldInHint: string;
};
export type SalesValues = { month?: string; product?: string; quantity?: string; unit?: string; revenueRupiah?: string; soldIn?: string };

/** The fields of a month's sales, shared by the add and edit forms; `prefix` keeps ids unique on the page. */
export function SalesFields({ prefix, values: v, errors: e, strings: s, maxMonth }: {
  prefix: string; values: SalesValues; errors: Record<string, string>; strings: SalesFieldStrings; maxMonth: string;
}) {
  const f = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <TextField id={f("month")} name="month" type="month" required max={maxMonth} pattern="\d{4}-\d{2}" label={s.month} hint={s.monthHint} defaultValue={v.month ?? ""} error={e.month} />
      <TextField id={f("product")} name="product" required maxLength={200} label={s.product} hint={s.productHint} defaultValue={v.product ?? ""} error={e.product} />
      <TextField id={f("quantity")} name="quantity" required inputMode="decimal" autoComplete="off" maxLength={40} label={s.quantity} hint={s.quantityHint} defaultValue={v.quantity ?? ""} error={e.quantity} />
      <TextField id={f("unit")} name="unit" required maxLength={30} list="sales-unit-suggestions" autoComplete="off" label={s.unit} hint={s.unitHint} defaultValue={v.unit ?? ""} error={e.unit} />
      <TextField id={f("revenueRupiah")} name="revenueRupiah" required inputMode="numeric" autoComplete="off" maxLength={40} label={s.revenue} hint={s.revenueHint} defaultValue={v.revenueRupiah ?? ""} error={e.revenueRupiah} />
      <TextField id={f("soldIn")} name="soldIn" maxLength={200} label={s.soldIn} hint={s.soldInHint} defaultValue={v.soldIn ?? ""} error={e.soldIn} />
    </>
  );
}
