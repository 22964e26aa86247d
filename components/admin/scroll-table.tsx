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

export const thead = "max-sm:hidden";
export const th = "border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold text-slate-700";
export const tr = "max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2";
export const td =
  "border-b border-slate-100 px-3 py-2 align-top max-sm:block max-sm:border-0 max-sm:py-1 max-sm:before:block max-sm:before:text-xs max-sm:before:font-medium max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)]";
