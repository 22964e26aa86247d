import Link from "next/link";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import type { ImportStatus } from "@/lib/import/import-status";

export type RecentImportRow = Pick<ImportStatus, "id" | "fileName"> & { uploadedAt: string; stage: string };

/** The user's imports of the last day, to come back to one that is still running or waiting. */
export function RecentImports({ rows, strings }: { rows: RecentImportRow[]; strings: { heading: string; file: string; uploadedAt: string; stage: string; open: string } }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="recent-imports-heading" className="mt-8">
      <h2 id="recent-imports-heading" className="mb-2 text-lg font-semibold">
        {strings.heading}
      </h2>
      <ScrollTable label={strings.heading}>
        <thead className={thead}>
          <tr>
            <th scope="col" className={th}>{strings.file}</th>
            <th scope="col" className={th}>{strings.uploadedAt}</th>
            <th scope="col" className={th}>{strings.stage}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={tr}>
              <td data-label={strings.file} className={td}>
                <Link href={`/registry/import/${r.id}`}>{r.fileName}</Link>
              </td>
              <td data-label={strings.uploadedAt} className={td}>{r.uploadedAt}</td>
              <td data-label={strings.stage} className={td}>{r.stage}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
