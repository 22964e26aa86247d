import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { buttonClass } from "@/components/ui/button";
import type { MergeField } from "@/lib/duplicates/merge-fields";

export type CompareRow = { field: MergeField; label: string; a: string; b: string; same: boolean; chosen: "a" | "b" };

export type CompareRecord = { id: string; version: number; title: string; details: string[] };

export type MergeCompareStrings = {
  keepLegend: string;
  tableLabel: string;
  field: string;
  recordA: string;
  recordB: string;
  /** "{field} from record {n}", filled in per cell (read out with the value). */
  chooseLabel: (field: string, n: 1 | 2) => string;
  next: string;
};

const radio = "size-5 shrink-0 accent-brand-700";

/**
 * Step 1 of a merge, a plain GET form (works without JavaScript): which record is kept and,
 * for each field that differs, whose value. It only leads to the confirmation page; nothing
 * is written until that page's form is sent.
 */
export function MergeCompareForm({
  action,
  a,
  b,
  keep,
  rows,
  strings: s,
}: {
  action: string;
  a: CompareRecord;
  b: CompareRecord;
  keep: "a" | "b";
  rows: CompareRow[];
  strings: MergeCompareStrings;
}) {
  return (
    <form method="get" action={action} className="flex flex-col gap-6">
      <input type="hidden" name="v1" value={a.version} />
      <input type="hidden" name="v2" value={b.version} />
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <legend className="px-1 font-semibold">{s.keepLegend}</legend>
        <div className="mt-2 flex flex-col gap-3 sm:flex-row sm:gap-6">
          {([["a", a], ["b", b]] as const).map(([side, r]) => (
            <label key={side} className="flex min-h-11 flex-1 cursor-pointer items-start gap-3 text-sm">
              <input type="radio" name="keep" value={side} defaultChecked={keep === side} required className={`${radio} mt-0.5`} />
              <span className="flex flex-col">
                <span className="font-medium text-slate-900">{r.title}</span>
                {r.details.map((d) => (
                  <span key={d} className="text-xs text-slate-600">
                    {d}
                  </span>
                ))}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <ScrollTable label={s.tableLabel}>
        <thead className={thead}>
          <tr>
            <th scope="col" className={th}>{s.field}</th>
            <th scope="col" className={th}>{s.recordA}</th>
            <th scope="col" className={th}>{s.recordB}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={tr}>
              <th scope="row" className={`${td} font-medium text-slate-800`}>
                {row.label}
              </th>
              {(["a", "b"] as const).map((side) => {
                const value = side === "a" ? row.a : row.b;
                const n = side === "a" ? 1 : 2;
                return (
                  <td key={side} className={td} data-label={side === "a" ? s.recordA : s.recordB}>
                    {row.same ? (
                      <span className="break-words">{value}</span>
                    ) : (
                      <label className="flex min-h-11 cursor-pointer items-center gap-3">
                        <input type="radio" name={row.field} value={side} defaultChecked={row.chosen === side} className={radio} />
                        <span className="break-words">
                          <span className="sr-only">{s.chooseLabel(row.label, n)}: </span>
                          {value}
                        </span>
                      </label>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <div>
        <button type="submit" className={buttonClass()}>
          {s.next}
        </button>
      </div>
    </form>
  );
}
