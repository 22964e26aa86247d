import { Button } from "@/components/ui/button";
import type { VillageOption } from "@/lib/perdes/perdes-village";

/** BP3MI staff choose one village of their region: a plain GET form (the list is in the address). */
export function VillagePicker({ action, villages, current, strings: s, keep = {} }: {
  action: string;
  villages: VillageOption[];
  current: string | null;
  strings: { village: string; chooseVillage: string; show: string };
  keep?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" action={action} className="mb-6 flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="flex grow flex-col gap-1">
        <label htmlFor="village-picker" className="text-sm font-medium text-slate-800">{s.village}</label>
        <select id="village-picker" name="village" defaultValue={current ?? ""} className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
          <option value="">{s.chooseVillage}</option>
          {villages.map((v) => (
            <option key={v.value} value={v.value}>{v.label}</option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">{s.show}</Button>
    </form>
  );
}
