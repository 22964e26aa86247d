import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { VillageLetterRow } from "@/lib/perdes/letters/list-village-letters";
import { PlainBadge } from "../verification/check-badges";

/** The village letters; each row links to the letter. On a phone each row is a card. */
export async function LetterTable({ rows, locale, showVillage }: { rows: VillageLetterRow[]; locale: Locale; showVillage: boolean }) {
  const t = await getTranslations("verification.letters.list");
  return (
    <ScrollTable label={t("tableLabel")}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t("number")}</th>
          <th scope="col" className={th}>{t("worker")}</th>
          {showVillage ? <th scope="col" className={th}>{t("village")}</th> : null}
          <th scope="col" className={th}>{t("issuedAt")}</th>
          <th scope="col" className={th}>{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={tr}>
            <td data-label={t("number")} className={td}>
              <Link href={`/perdes/letters/${r.id}`} className="whitespace-nowrap font-mono text-sm font-medium">{r.number}</Link>
            </td>
            <td data-label={t("worker")} className={td}>{r.workerName}</td>
            {showVillage ? <td data-label={t("village")} className={td}>{r.villageName}</td> : null}
            <td data-label={t("issuedAt")} className={`${td} whitespace-nowrap`}>{formatDateTime(r.issuedAt, locale)}</td>
            <td data-label={t("status")} className={td}>
              {r.revokedAt ? <PlainBadge label={t("revoked")} tone="amber" /> : <PlainBadge label={t("valid")} />}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
