import Link from "next/link";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import type { DuplicatePair, DuplicatePerson } from "@/lib/duplicates/list-duplicates";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { maskNik } from "@/lib/registry/mask";

export type DuplicateTableStrings = {
  label: string;
  first: string;
  second: string;
  reasons: string;
  actions: string;
  compare: string;
  /** "Compare {first} and {second}" with the names filled in, per row. */
  compareLabel: (first: string, second: string) => string;
  nik: string;
  born: string;
  household: string;
  noHousehold: string;
  reason: Record<string, string>;
};

function PersonCell({ p, locale, clearIdentifiers, s }: { p: DuplicatePerson; locale: Locale; clearIdentifiers: boolean; s: DuplicateTableStrings }) {
  return (
    <div className="flex flex-col gap-0.5">
      <Link href={`/registry/people/${p.id}`} className="font-medium">
        {p.name}
      </Link>
      <span className="text-xs text-slate-700">
        {s.nik} <span className="font-mono">{clearIdentifiers ? p.nik : maskNik(p.nik)}</span>
      </span>
      <span className="text-xs text-slate-700">
        {s.born} {p.birthPlace}, {formatDate(p.birthDate, locale)}
      </span>
      <span className="text-xs text-slate-700">{p.household ? `${s.household} ${p.household.kkNumber}` : s.noHousehold}</span>
    </div>
  );
}

/** The possible-duplicates list: both records of each pair side by side, why they were paired, and a link to compare them. */
export function DuplicateTable({ pairs, locale, clearIdentifiers, strings: s }: { pairs: DuplicatePair[]; locale: Locale; clearIdentifiers: boolean; strings: DuplicateTableStrings }) {
  return (
    <ScrollTable label={s.label}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{s.first}</th>
          <th scope="col" className={th}>{s.second}</th>
          <th scope="col" className={th}>{s.reasons}</th>
          <th scope="col" className={th}>{s.actions}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={`${pair.first.id}-${pair.second.id}`} className={tr}>
            <td className={td} data-label={s.first}>
              <PersonCell p={pair.first} locale={locale} clearIdentifiers={clearIdentifiers} s={s} />
            </td>
            <td className={td} data-label={s.second}>
              <PersonCell p={pair.second} locale={locale} clearIdentifiers={clearIdentifiers} s={s} />
            </td>
            <td className={td} data-label={s.reasons}>
              <ul className="flex flex-col gap-1">
                {pair.reasons.map((r) => (
                  <li key={r} className="inline-block w-fit rounded bg-amber-50 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-amber-200">
                    {s.reason[r] ?? r}
                  </li>
                ))}
              </ul>
            </td>
            <td className={td} data-label={s.actions}>
              <Link
                href={`/registry/duplicates/${pair.first.id}/${pair.second.id}`}
                aria-label={s.compareLabel(pair.first.name, pair.second.name)}
                className="inline-flex min-h-11 items-center font-semibold"
              >
                {s.compare}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
