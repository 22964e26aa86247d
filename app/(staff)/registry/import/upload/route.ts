import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { MAX_UPLOAD_BYTES, uploadImport } from "@/lib/import/upload-import";

// The upload form posts here (multipart, plain HTML: works without JavaScript); a route
// handler rather than a server action, whose request bodies are limited to 1 MB. Answers
// with a redirect: to the new import's page, or back to the form with the reason.
export const dynamic = "force-dynamic";

const back = (reason: string) => new Response(null, { status: 303, headers: { Location: `/registry/import?error=${reason}` } });

/** A cross-site form cannot post here (the session cookie is SameSite=Lax too). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/sign-in?callbackUrl=/registry/import" } });
  if (!can(actor.role, "registry:import") || actor.mustChangePassword) return new Response("Not found", { status: 404 });
  if (!sameOrigin(request)) return new Response("Forbidden", { status: 403 });

  // Refuse a body that is too large before reading it (the form's fields add a few kB).
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return back("tooLarge");

  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch (error) {
    // A body cut short, e.g. by next.config's proxyClientMaxBodySize (10 MB unless raised).
    console.error("[import-upload] unreadable form data", { length }, error);
    return back("badRequest");
  }
  if (!(file instanceof File) || file.size === 0) return back("missing");
  if (file.size > MAX_UPLOAD_BYTES) return back("tooLarge");

  const outcome = await uploadImport(actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!outcome.ok) return back(outcome.reason);
  return new Response(null, { status: 303, headers: { Location: `/registry/import/${outcome.id}` } });
}
