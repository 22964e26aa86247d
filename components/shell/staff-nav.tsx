import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/authz";
import { navItemsFor } from "@/lib/auth/nav-items";
import { StaffNavLinks, type NavLink } from "./staff-nav-links";

/**
 * The staff menu, with only what the actor's role may use. Wide screens get a bar; small
 * screens a <details> disclosure, which opens and closes without JavaScript. Both lists
 * are in the one <nav>; CSS shows one of them, and a hidden list is not read out.
 */
export async function StaffNav({ actor }: { actor: Actor }) {
  const t = await getTranslations("common");
  const ta = await getTranslations("auth");
  const links: NavLink[] = navItemsFor(actor.role, { mustChangePassword: actor.mustChangePassword }).map((item) => ({
    href: item.href,
    label: t(`nav.${item.key}`),
  }));

  return (
    <nav aria-label={t("nav.label")} className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4">
        <details className="group md:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 text-sm font-semibold text-slate-800 [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
              ▸
            </span>
            {ta("shell.menu")}
          </summary>
          <StaffNavLinks links={links} layout="stack" />
        </details>
        <div className="hidden py-1 md:block">
          <StaffNavLinks links={links} layout="bar" />
        </div>
      </div>
    </nav>
  );
}
