import { NextResponse, type NextRequest } from "next/server";
import { env, secureCookies } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { encodeFlash, FLASH_COOKIE, FLASH_MAX_AGE, type Flash } from "@/lib/reports/flash";
import { checkFormToken } from "@/lib/reports/form-token";
import { reportSchema } from "@/lib/reports/schemas";
import { RateLimitedError, submitReport } from "@/lib/reports/submit-report";
import { FieldError } from "@/lib/validation/errors";

// The report form's target: a plain HTML POST (works without JavaScript), answered with a
// 303 redirect: to the code on success, back to the form with its errors otherwise.
const FIELDS = ["what", "recruiterName", "agentName", "phone", "place", "villageCode", "reporterContact"] as const;

function back(request: NextRequest, flash: Omit<Flash, "id">) {
  const { id, value } = encodeFlash(flash);
  const response = NextResponse.redirect(new URL(`/lapor?f=${id}`, request.url), 303);
  response.cookies.set(FLASH_COOKIE, value, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/lapor", maxAge: FLASH_MAX_AGE });
  return response;
}

export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return new NextResponse(null, { status: 403 });
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const f of FIELDS) values[f] = String(form.get(f) ?? "").slice(0, 2000);

  // Honeypot: people never see the field; a bot that fills it gets a plain "thank you" and nothing is stored.
  if (String(form.get("website") ?? "") !== "") return NextResponse.redirect(new URL("/lapor/terkirim", request.url), 303);
  const token = checkFormToken(env().AUTH_SECRET, String(form.get("t") ?? ""));
  if (token !== "ok") return back(request, { errors: {}, values, message: token });

  const parsed = reportSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return back(request, { errors, values, message: "checkFields" });
  }
  try {
    const { code } = await submitReport(parsed.data, { ip: clientIp(request.headers) });
    const response = NextResponse.redirect(new URL(`/lapor/terkirim?code=${code}`, request.url), 303);
    response.cookies.delete({ name: FLASH_COOKIE, path: "/lapor" });
    return response;
  } catch (error) {
    if (error instanceof RateLimitedError) return back(request, { errors: {}, values, message: "rateLimited" });
    if (error instanceof FieldError) return back(request, { errors: { [error.field]: error.messageKey }, values, message: "checkFields" });
    throw error;
  }
}
