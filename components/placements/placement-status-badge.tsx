import type { PlacementStatus } from "@/lib/placements/transitions";

const COLOURS: Record<PlacementStatus, string> = {
  PROSPECTIVE: "bg-sky-100 text-sky-900",
  VERIFIED: "bg-green-100 text-green-900",
  DEPARTED: "bg-indigo-100 text-indigo-900",
  RETURNED: "bg-slate-200 text-slate-800",
  CANCELLED: "bg-red-100 text-red-900",
};

export function PlacementStatusBadge({ status, label }: { status: PlacementStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLOURS[status]}`}>{label}</span>;
}
