export type ComingSoonItem = { key: string; title: string; body: string };

// Public features that are not built yet: shown as plain cards, not links, so a villager
// never taps into a page that does not exist.
export function ComingSoonList({ items, badge }: { items: ComingSoonItem[]; badge: string }) {
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.key} className="rounded-lg border border-slate-300 bg-white p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-base font-semibold text-slate-900">{item.title}</h3>
            <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">{badge}</span>
          </div>
          <p className="mt-1 text-sm text-slate-700">{item.body}</p>
        </li>
      ))}
    </ul>
  );
}
