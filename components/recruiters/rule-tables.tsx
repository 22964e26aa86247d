import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScrollTable, td, th, thead, tr } from "@/components/admin/scroll-table";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { CountryRule, JobRule } from "@/lib/rules/list-rules";

type Col<T> = { key: string; cell: (row: T) => React.ReactNode };

async function RuleTable<T extends { code: string; nameId: string; nameEn: string }>({ ns, rows, cols, editBase, locale }: { ns: "countries" | "jobs"; rows: T[]; cols: Col<T>[]; editBase: string | null; locale: Locale }) {
  const t = await getTranslations("rules");
  return (
    <ScrollTable label={t(`${ns}.caption`)}>
      <thead className={thead}>
        <tr>
          <th scope="col" className={th}>{t(`${ns}.name`)}</th>
          {cols.map((c) => <th key={c.key} scope="col" className={th}>{t(`${ns}.${c.key}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = locale === "en" ? r.nameEn : r.nameId;
          return (
            <tr key={r.code} className={tr}>
              <td data-label={t(`${ns}.name`)} className={td}>
                {editBase ? <Link href={`${editBase}/${r.code}`} aria-label={`${t("edit")}: ${name}`}>{name}</Link> : name}
              </td>
              {cols.map((c) => <td key={c.key} data-label={t(`${ns}.${c.key}`)} className={td}>{c.cell(r)}</td>)}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

export async function CountryRuleTable({ rows, locale, editable }: { rows: CountryRule[]; locale: Locale; editable: boolean }) {
  const t = await getTranslations("rules");
  const yn = (b: boolean) => (b ? t("yes") : t("no"));
  return RuleTable({ ns: "countries", rows, locale, editBase: editable ? "/rules/countries" : null, cols: [
    { key: "moratorium", cell: (r) => (r.moratoriumHousehold ? <strong className="text-red-800">{t("yes")}</strong> : t("no")) },
    { key: "destination", cell: (r) => yn(r.destination) },
    { key: "basis", cell: (r) => r.legalBasis ?? "" },
    { key: "checked", cell: (r) => (r.lastCheckedOn ? formatDate(r.lastCheckedOn, locale) : t("never")) },
  ] });
}

export async function JobRuleTable({ rows, locale, editable }: { rows: JobRule[]; locale: Locale; editable: boolean }) {
  const t = await getTranslations("rules");
  const yn = (b: boolean) => (b ? t("yes") : t("no"));
  return RuleTable({ ns: "jobs", rows, locale, editBase: editable ? "/rules/jobs" : null, cols: [
    { key: "zeroCost", cell: (r) => (r.zeroCost ? <strong className="text-green-800">{t("yes")}</strong> : t("no")) },
    { key: "household", cell: (r) => yn(r.household) },
    { key: "basis", cell: (r) => r.legalBasis ?? "" },
    { key: "checked", cell: (r) => (r.lastCheckedOn ? formatDate(r.lastCheckedOn, locale) : t("never")) },
  ] });
}
