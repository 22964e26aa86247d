import { NextResponse, type NextRequest } from "next/server";
import { FAMILY_ACCESS_MS, FAMILY_COOKIE, issueAccessToken } from "@/lib/cases/family-view/access-token";
import { FAMILY_FLASH_COOKIE, FAMILY_FLASH_MAX_AGE, type FamilyFormError } from "@/lib/cases/family-view/family-flash";
import { openFamilyView } from "@/lib/cases/family-view/open-family-view";
import { minutesToWait } from "@/lib/cases/family-view/pin-tries";
import { env, secureCookies } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { encodeFlash } from "@/lib/reports/flash";

// The family's code-and-PIN form posts here (plain HTML, no JavaScript). The PIN never
// appears in an address: on success the browser gets a signed 15-minute access cookie and is
// sent to /kasus/status; otherwise back to the form with one message for any wrong code or PIN.
function back(request: NextRequest, message: FamilyFormError, code: string, minutes?: number) {
  const { id, value } = encodeFlash({ errors: {}, values: { code: code.slice(0, 20), ...(minutes ? { minutes: String(minutes) } : {}) }, message });
  const response = NextResponse.redirect(new URL(`/kasus?f=${id}`, request.url), 303);
  response.cookies.set(FAMILY_FLASH_COOKIE, value, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/kasus", maxAge: FAMILY_FLASH_MAX_AGE });
  return response;
}

export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return new NextResponse(null, { status: 403 });
  const form = await request.formData().catch(() => null);
  const code = String(form?.get("code") ?? "").trim().slice(0, 40);
  const pin = String(form?.get("pin") ?? "").slice(0, 64);
  if (!code || !pin.trim()) return back(request, "missing", code);

  const opened = await openFamilyView({ trackingCode: code, pin }, { ip: clientIp(request.headers) });
  if (!opened.ok) return back(request, opened.reason, code, opened.reason === "blocked" ? minutesToWait(opened.retryAfterMs) : undefined);

  const response = NextResponse.redirect(new URL("/kasus/status", request.url), 303);
  response.cookies.set(FAMILY_COOKIE, issueAccessToken(env().AUTH_SECRET, opened.caseId), {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/kasus",
    maxAge: FAMILY_ACCESS_MS / 1000,
  });
  response.cookies.delete({ name: FAMILY_FLASH_COOKIE, path: "/kasus" });
  return response;
}
