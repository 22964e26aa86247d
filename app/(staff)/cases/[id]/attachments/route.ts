import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { can, ForbiddenError, NotFoundError } from "@/lib/authz";
import { ATTACHMENT_FLASH_COOKIE, ATTACHMENT_FLASH_MAX_AGE, attachmentErrorFor, encodeAttachmentFlash, type AttachmentError } from "@/lib/cases/attachments/attachment-flash";
import { MAX_ATTACHMENT_BYTES, MAX_DESCRIPTION_LENGTH } from "@/lib/cases/attachments/attachment-limits";
import { uploadAttachment } from "@/lib/cases/attachments/upload-attachment";
import { secureCookies } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { UUID } from "@/lib/users/uuid";
import { FieldError } from "@/lib/validation/errors";

// The upload form's target: a multipart POST (a route handler, not a server action, whose
// body limit is 1 MB), answered with a 303 back to the case page; the outcome travels in a
// cookie that the attachments section shows (lib/cases/attachments/attachment-flash.ts).
// next.config.ts lets the proxy pass bodies a little over 10 MB, so a file of exactly 10 MB
// arrives whole; anything larger is refused here by its Content-Length before it is read.
export const dynamic = "force-dynamic";

// The multipart envelope around the file: boundaries, part headers, the description.
const ENVELOPE_BYTES = 64 * 1024;

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

function back(request: NextRequest, caseId: string, flash: { ok: true; fileName: string } | { ok: false; error: AttachmentError; description?: string }) {
  const response = NextResponse.redirect(new URL(`/cases/${caseId}#attachments`, request.url), 303);
  const value = flash.ok ? { caseId, ...flash } : { caseId, ok: false as const, error: flash.error, description: (flash.description ?? "").slice(0, MAX_DESCRIPTION_LENGTH) };
  response.cookies.set(ATTACHMENT_FLASH_COOKIE, encodeAttachmentFlash(value), {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: `/cases/${caseId}`,
    maxAge: ATTACHMENT_FLASH_MAX_AGE,
  });
  return response;
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return new NextResponse(null, { status: 403 });
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  if (!can(actor.role, "case:read") || actor.mustChangePassword) return notFound();
  const { id } = await params;
  if (!UUID.test(id)) return notFound();

  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES) return back(request, id, { ok: false, error: "tooLarge" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back(request, id, { ok: false, error: length > MAX_ATTACHMENT_BYTES ? "tooLarge" : "unreadable" });
  }
  const description = String(form.get("description") ?? "");
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return back(request, id, { ok: false, error: "noFile", description });
  if (file.size > MAX_ATTACHMENT_BYTES) return back(request, id, { ok: false, error: "tooLarge", description });

  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const uploaded = await uploadAttachment(actor, { caseId: id, fileName: file.name, bytes, description }, { ip: clientIp(request.headers) });
    return back(request, id, { ok: true, fileName: uploaded.fileName });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
    if (error instanceof FieldError) return back(request, id, { ok: false, error: attachmentErrorFor(error.messageKey), description });
    throw error;
  }
}
