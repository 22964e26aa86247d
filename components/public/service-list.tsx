import Link from "next/link";

export type ServiceItem = { key: string; href: string; title: string; body: string };

// The villagers' services as big links (whole card is the tap target). No prefetch: nothing
// is loaded on a villager's data plan until they choose.
export function ServiceList({ items }: { items: ServiceItem[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.key}>
          <Link prefetch={false} href={item.href} className="block min-h-11 rounded-lg border border-slate-300 bg-white p-4 no-underline hover:border-brand-700 hover:no-underline">
            <span className="block text-base font-semibold text-brand-800 underline">{item.title}</span>
            <span className="mt-1 block text-sm text-slate-700">{item.body}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
