import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { buildImportTemplate } from "@/lib/import/build-import-template";
import { downloadResponse } from "@/lib/http/download";

// An empty workbook with the headers the import recognises, for organizers starting a list.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "registry:import")) return new Response("Not found", { status: 404 });
  const t = await getTranslations("import");
  const bytes = await buildImportTemplate((key) => t(key));
  return downloadResponse(new Uint8Array(bytes), `${t("template.filename")}.xlsx`, "xlsx");
}
