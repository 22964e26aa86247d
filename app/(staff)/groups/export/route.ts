import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { wibDay } from "@/lib/audit/history-query";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { exportGroups } from "@/lib/empowerment/reports/export-groups";
import { buildGroupWorkbook } from "@/lib/empowerment/reports/group-workbook";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";
import { toLocale } from "@/lib/i18n/locales";

// The business groups of the actor's villages (or one of them: ?village=) as one XLSX
// workbook with four sheets (groups, members, loans, sales): one consistent copy for a bank
// or a funder and one audit entry. No NIK. Never cached.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "group:export") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const village = new URL(request.url).searchParams.get("village");
  const data = await exportGroups(actor, { villageCode: village, ip: clientIp(await headers()) });
  const t = await getTranslations("groupReports");
  const en = toLocale(await getLocale()) === "en";
  const workbook = buildGroupWorkbook(data, (key, values) => t(key, values), en);
  const body = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return downloadResponse(body, `${t("export.filename")}-${wibDay(new Date())}.xlsx`, "xlsx");
}
