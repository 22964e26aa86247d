import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/lib/recruiters/phone";
import type { ReportGroup } from "@/lib/reports/group-reports";

type Group = ReportGroup & { reports: { id: string; code: string; villageCode: string }[] };

/** "3 laporan dari 2 desa": reports naming the same phone or a similar name, across villages. */
export async function ReportGroups({ groups, villageNames }: { groups: Group[]; villageNames: Map<string, string> }) {
  const t = await getTranslations("reports.inbox");
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="groups-title" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="groups-title">{t("groupsTitle")}</h2>
      <p className="mt-1 mb-3 text-sm text-amber-950">{t("groupsIntro")}</p>
      <ul className="flex flex-col gap-3">
        {groups.map((g) => (
          <li key={g.key} className="rounded-md border border-amber-200 bg-white p-3" data-group={g.by}>
            <p className="font-semibold">{g.by === "phone" ? t("groupByPhone", { phone: formatPhone(g.label) }) : t("groupByName", { names: g.label })}</p>
            <p className="text-sm">{t("groupSummary", { reports: g.reportIds.length, villages: g.villageCodes.length })}</p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {g.reports.map((r) => (
                <li key={r.id}>
                  <Link href={`/reports/${r.id}`}>{r.code}</Link> ({villageNames.get(r.villageCode) ?? r.villageCode})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
