import { getLocale, getTranslations } from "next-intl/server";
import { ScrollTable, td, tr, ScrollTableHead } from "@/components/admin/scroll-table";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { listGroupAid } from "@/lib/empowerment/money/aid";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import { toLocale } from "@/lib/i18n/locales";
import { todayWib, toDateInput } from "@/lib/placements/dates";
import { AidForm } from "./aid-form";
import { moneyClass, sectionClass, type GroupMoneySectionProps } from "./money-section-props";

/** Equipment and other aid the group received, with the total; the form for "group:write" (issue 6 item 4). */
export async function AidSection({ actor, group }: GroupMoneySectionProps) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("groupMoney");
  const { grants, totalRupiah } = await listGroupAid(actor, group.id);
  const cols = { item: t("aid.columns.item"), value: t("aid.columns.value"), giver: t("aid.columns.giver"), givenOn: t("aid.columns.givenOn") };
  const add = (k: string) => t(`aid.add.${k}`);
  return (
    <section id="aid" aria-labelledby="aid-title" className={sectionClass}>
      <h2 id="aid-title">{t("aid.title")}</h2>
      <div className="mt-3 flex flex-col gap-4">
        {grants.length === 0 ? (
          <EmptyState text={t("aid.empty")} />
        ) : (
          <>
            <ScrollTable label={t("aid.tableLabel")}>
              <ScrollTableHead columns={Object.values(cols)} />
              <tbody>
                {grants.map((g) => (
                  <tr key={g.id} className={tr}>
                    <td className={`${td} [overflow-wrap:anywhere]`} data-label={cols.item}>{g.item}</td>
                    <td className={`${td} ${moneyClass}`} data-label={cols.value}>{formatRupiah(g.valueRupiah)}</td>
                    <td className={`${td} [overflow-wrap:anywhere]`} data-label={cols.giver}>{g.giver}</td>
                    <td className={`${td} whitespace-nowrap`} data-label={cols.givenOn}>{formatDate(g.givenOn, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            <p className="font-semibold">{t("aid.total", { total: formatRupiah(totalRupiah) })}</p>
          </>
        )}
        {can(actor.role, "group:write") ? (
          <AidForm
            groupId={group.id}
            today={toDateInput(todayWib())}
            strings={{
              title: add("title"), item: add("item"), itemHint: add("itemHint"), value: add("value"), valueHint: t("rupiahHint"),
              giver: add("giver"), giverHint: add("giverHint"), givenOn: add("givenOn"), submit: add("submit"), pending: add("pending"), done: add("done"),
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
