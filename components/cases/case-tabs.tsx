import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/authz";

const TABS = [
  { key: "all", href: "/cases", onlyHandlers: false },
  { key: "mine", href: "/cases/mine", onlyHandlers: true },
  { key: "overdue", href: "/cases/overdue", onlyHandlers: false },
  { key: "reports", href: "/cases/reports", onlyHandlers: false },
] as const;

/** The case lists side by side: all, my queue (BP3MI staff handle cases), overdue, figures. */
export async function CaseTabs({ current, role }: { current: (typeof TABS)[number]["key"]; role: Role }) {
  const t = await getTranslations("cases.tabs");
  return (
    <nav aria-label={t("label")} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {TABS.filter((tab) => !tab.onlyHandlers || role === "BP3MI_STAFF").map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className="inline-block rounded-md border border-slate-300 px-3 py-1 text-sm no-underline aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
