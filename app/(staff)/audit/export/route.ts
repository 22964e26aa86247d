import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { auditQuerySchema } from "@/lib/audit/audit-query";
import { exportAudit } from "@/lib/audit/export-audit";
import { wibDay } from "@/lib/audit/history-query";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { toCsv } from "@/lib/export/to-csv";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";

// The audit log as CSV, with the same filters as the page (the link copies its query).
// Never cached: it is personal data and changes by the second.
export const dynamic = "force-dynamic";

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-08-05 14:30:05": WIB wall-clock time a spreadsheet reads as a date-time. */
function wibTimestamp(date: Date): string {
  return new Date(date.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  // Like the page: a role without the permission gets "not found", not a hint that it exists.
  if (!can(actor.role, "audit:read") || actor.mustChangePassword) return new Response("Not found", { status: 404 });

  const url = new URL(request.url);
  const query = auditQuerySchema.parse(Object.fromEntries(url.searchParams));
  const { rows } = await exportAudit(actor, query, { ip: clientIp(await headers()) });

  const t = await getTranslations("audit.export");
  const columns = ["at", "actorEmail", "actorRole", "action", "entity", "entityId", "villageCode", "before", "after", "ip"] as const;
  const csv = toCsv(
    columns.map((c) => t(`columns.${c}`)),
    rows.map((r) => [wibTimestamp(r.at), r.actorEmail, r.actorRole, r.action, r.entity, r.entityId, r.villageCode, json(r.before), json(r.after), r.ip]),
  );
  const filename = `${t("filename")}-${wibDay(new Date())}.csv`;
  return downloadResponse(csv, filename, "csv");
}
