import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { columnLetter } from "@/lib/import/fields";

/** The header row and the first rows under it, so the user sees what each column holds. */
export function FileSample({ headers, rows, strings }: { headers: string[]; rows: string[][]; strings: { heading: string; caption: string; untitled: string } }) {
  const names = headers.map((h, i) => `${columnLetter(i)}: ${h || strings.untitled}`);
  return (
    <section aria-labelledby="file-sample-heading" className="mb-6">
      <h2 id="file-sample-heading" className="mb-1 text-lg font-semibold">
        {strings.heading}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{strings.caption}</p>
      <ScrollTable label={strings.heading}>
        <thead className={thead}>
          <tr>
            {names.map((name) => (
              <th key={name} scope="col" className={th}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={tr}>
              {names.map((name, i) => (
                <td key={name} data-label={name} className={td}>
                  {row[i] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
