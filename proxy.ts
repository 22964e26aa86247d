import { NextResponse, type NextRequest } from "next/server";
import { isStaffPath } from "@/lib/auth/staff-paths";

// Next 16's proxy (formerly middleware). It does two small things and nothing else:
// 1. sends a visitor WITHOUT a session cookie away from staff pages to the sign-in page,
//    remembering where they wanted to go. It does not check the cookie's validity or any
//    permission: pages and data functions do that against the database on every request
//    (lib/auth/session.ts, lib/authz), so a bypassed proxy (CVE-2025-29927) opens nothing.
// 2. tells the server components which path is being rendered (`x-pathname`), which a
//    layout cannot otherwise know; the staff layout uses it to keep a user with a one-time
//    password on /account. Whatever the client sent under that name is overwritten.
// No Prisma and no next-auth here: it runs before every page and must stay light.

// Same rule as sessionCookieName() in lib/auth/session.ts, without importing its server code.
// next-auth splits a token above 4 kB into `<name>.0`, `<name>.1`, …; ours is far smaller,
// but the first chunk counts as present too.
function hasSessionCookie(request: NextRequest): boolean {
  const secure = (process.env.APP_URL ?? "http://localhost:3000").startsWith("https://");
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  return Boolean(request.cookies.get(name)?.value || request.cookies.get(`${name}.0`)?.value);
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (isStaffPath(pathname) && !hasSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const headers = new Headers(request.headers);
  headers.set("x-pathname", pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the auth and health API, Next's own files, or files with an extension.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.[a-zA-Z][a-zA-Z0-9]*$).*)"],
};
