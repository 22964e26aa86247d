import type { ReactNode } from "react";

// A data table that fits a 360 px phone: below the `sm` breakpoint each row is stacked as a
// card and every cell shows its column name (from `data-label`) above its value; from
// `sm` up it is an ordinary table, scrolling sideways inside its own box when the screen is
// still too narrow. The box can take keyboard focus, so keyboard users can scroll it too.
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  // `label` names the scroll region and is the table caption (read out, not shown).
  return (
    <div role="region" aria-label={label} tabIndex={0} className="rounded-lg border border-slate-200 bg-white shadow-sm sm:overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm max-sm:block sm:min-w-[40rem] [&>tbody]:max-sm:block">
        <caption className="sr-only">{label}</caption>
        {children}
      </table>
    </div>
  );
}

// The cell styles are named classes (app/globals.css): spelled out on every cell they were
// a third of a 25-row list's HTML, sent twice (in the HTML and in the RSC payload).
export const thead = "max-sm:hidden";
export const th = "scroll-table-th";
export const tr = "scroll-table-tr";
export const td = "scroll-table-td";

/** The header row of a ScrollTable from its column names (hidden below `sm`, where each cell says its own). */
export function ScrollTableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead className={thead}>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className={th}>{c}</th>
        ))}
      </tr>
    </thead>
  );
}
