import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";
import { getLetterDocument } from "@/lib/perdes/letters/get-letter-document";
import { renderLetterPdf, type LetterTranslate } from "@/lib/perdes/letters/render-letter-pdf";

// The village letter as a PDF, opened in the browser's viewer (inline) for printing, never
// cached. It holds personal data: scoped like the letter (another village's: 404), and every
// download is audited (getLetterDocument). Always in Indonesian, whatever the UI language.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "letter:read") || actor.mustChangePassword) return notFound();
  const { id } = await params;
  try {
    const doc = await getLetterDocument(actor, id, { ip: clientIp(await headers()) });
    const t = await getTranslations({ locale: "id", namespace: "verification.letterPdf" });
    const bytes = await renderLetterPdf(doc, t as unknown as LetterTranslate);
    const response = downloadResponse(new Uint8Array(bytes), doc.fileName, "pdf");
    response.headers.set("Content-Disposition", response.headers.get("Content-Disposition")!.replace(/^attachment/, "inline"));
    return response;
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
