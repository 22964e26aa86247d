"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { currentNavHref } from "@/lib/auth/nav-items";

export type NavLink = { href: string; label: string };

// The staff layout is not re-rendered when moving between its pages, so the current page
// is marked here, from the browser's path.
export function StaffNavLinks({ links, layout }: { links: NavLink[]; layout: "bar" | "stack" }) {
  const pathname = usePathname();

  // On a phone the menu sits in a <details>; close it once a page is chosen.
  function closeMenu(event: MouseEvent<HTMLAnchorElement>) {
    event.currentTarget.closest("details")?.removeAttribute("open");
  }

  return (
    <ul className={layout === "bar" ? "flex flex-wrap gap-1" : "flex flex-col gap-1 py-2"}>
      {links.map((link) => {
        const current = link.href === currentNavHref(pathname, links.map((l) => l.href));
        return (
          <li key={link.href}>
            <Link
              href={link.href}
              onClick={closeMenu}
              aria-current={current ? "page" : undefined}
              className={`flex min-h-11 items-center rounded-md px-3 text-sm font-medium no-underline hover:no-underline ${
                current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-brand-50"
              }`}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
