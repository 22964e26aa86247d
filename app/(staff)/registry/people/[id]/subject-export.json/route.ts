import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { wibDay } from "@/lib/audit/history-query";
import { getActor } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { clientIp } from "@/lib/http/client-ip";
import { buildSubjectExport } from "@/lib/privacy/build-subject-export";
import { subjectExportJson } from "@/lib/privacy/subject-export-json";
import { downloadResponse } from "@/lib/http/download";

// The data-subject export as JSON (UU 27/2022), made at once within the request. Every
// download is an audited access to the record; personal data is never cached.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  // Like the pages: without the permission (or before the one-time password is changed) it does not exist.
  if (!can(actor.role, "person:subject-export") || actor.mustChangePassword) return notFound();

  const { id } = await params;
  let body: string;
  try {
    body = subjectExportJson(await buildSubjectExport(actor, id, { format: "json", ip: clientIp(await headers()) }));
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  const t = await getTranslations("privacy.export");
  const filename = `${t("filename")}-${wibDay(new Date())}.json`;
  return downloadResponse(body, filename, "json");
}
