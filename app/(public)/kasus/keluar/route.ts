import { NextResponse, type NextRequest } from "next/server";
import { FAMILY_COOKIE } from "@/lib/cases/family-view/access-token";

// "Keluar": forgets the family's access cookie (a shared or borrowed phone), back to the form.
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return new NextResponse(null, { status: 403 });
  const response = NextResponse.redirect(new URL("/kasus?keluar=1", request.url), 303);
  response.cookies.delete({ name: FAMILY_COOKIE, path: "/kasus" });
  return response;
}
