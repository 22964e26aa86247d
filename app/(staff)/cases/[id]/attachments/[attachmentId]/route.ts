import { headers } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { can, NotFoundError } from "@/lib/authz";
import { downloadAttachment } from "@/lib/cases/attachments/download-attachment";
import { kindOfMimeType } from "@/lib/cases/attachments/detect-file-type";
import { clientIp } from "@/lib/http/client-ip";
import { downloadResponse } from "@/lib/http/download";

// One case attachment, always saved rather than shown in the page (Content-Disposition:
// attachment, nosniff), never cached. Every download is audited by downloadAttachment.
// An attachment of a case outside the actor's villages does not exist (404).
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "case:read") || actor.mustChangePassword) return notFound();
  const { id, attachmentId } = await params;
  try {
    const file = await downloadAttachment(actor, id, attachmentId, { ip: clientIp(await headers()) });
    const kind = kindOfMimeType(file.mimeType);
    if (!kind) return notFound();
    return downloadResponse(file.content, file.fileName, kind);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
