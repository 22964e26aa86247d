import { getTranslations } from "next-intl/server";
import type { RegulationStatus } from "@/lib/perdes/regulations/schemas";

const STYLE: Record<RegulationStatus, string> = {
  DRAFT: "border-slate-400 bg-slate-50 text-slate-800",
  IN_FORCE: "border-green-700 bg-green-50 text-green-900",
  REVOKED: "border-red-700 bg-red-50 text-red-900",
};

/** A regulation's status in words (not by colour alone). */
export async function RegulationStatusBadge({ status }: { status: RegulationStatus }) {
  const t = await getTranslations("perdes.regulations.status");
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`} data-status={status}>{t(status)}</span>;
}
