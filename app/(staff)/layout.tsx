import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { StaffNav } from "@/components/shell/staff-nav";
import { allowedWithOneTimePassword } from "@/lib/auth/nav-items";
import { requireActor } from "@/lib/auth/session";

// Not a security boundary: every staff page and data function checks the session and the
// permission again (server actions never pass through this layout).
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();

  // One-time password (set by an admin): the user must choose their own before anything
  // else. A layout cannot see the path, so proxy.ts passes it as `x-pathname`; on a full
  // page load every staff page except /account redirects there. The layout is not
  // re-rendered on in-app navigation, so the menu offers only /account meanwhile and the
  // banner below stays on every page (also if the header were ever missing).
  const pathname = (await headers()).get("x-pathname");
  if (actor.mustChangePassword && pathname && !allowedWithOneTimePassword(pathname)) redirect("/account");

  const t = await getTranslations("common");
  const ta = await getTranslations("auth");

  return (
    <div className="flex min-h-screen flex-col">
      <header className="no-print bg-white shadow-sm">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
          <Link href="/dashboard" className="text-lg font-semibold text-brand-800 no-underline">
            {t("appName")}
          </Link>
          <div className="flex items-center gap-2">
            <LanguageSwitch />
            <SignOutButton label={t("nav.signOut")} pendingLabel={ta("shell.signingOut")} />
          </div>
          <p className="w-full text-sm text-slate-600">{ta("shell.signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}</p>
        </div>
        <StaffNav actor={actor} />
      </header>
      {actor.mustChangePassword ? (
        <div role="status" className="no-print border-b border-amber-300 bg-amber-50">
          <p className="mx-auto max-w-5xl px-4 py-3 text-sm text-amber-900">{ta("shell.mustChangePassword")}</p>
        </div>
      ) : null}
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
