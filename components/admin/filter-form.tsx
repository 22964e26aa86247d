import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

// A GET form for list filters: plain HTML, so it works without JavaScript and the result
// can be bookmarked or shared. Submitting drops the cursor, so results start at page one.
export function FilterForm({
  action,
  label,
  children,
  strings,
}: {
  action: string;
  label: string;
  children: ReactNode;
  strings: { submit: string; reset: string };
}) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button type="submit">{strings.submit}</Button>
        <Link href={action} className="inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold">
          {strings.reset}
        </Link>
      </div>
    </form>
  );
}
