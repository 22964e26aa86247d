import type { DepartureCheckStatus } from "@/lib/perdes/checklist/rules";

const STATUS_COLOURS: Record<DepartureCheckStatus, string> = {
  PENDING: "bg-slate-100 text-slate-800",
  DONE: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
  NOT_APPLICABLE: "bg-slate-200 text-slate-900",
};

export function CheckStatusBadge({ status, label }: { status: DepartureCheckStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_COLOURS[status]}`}>{label}</span>;
}

export function PlainBadge({ label, tone = "slate" }: { label: string; tone?: "slate" | "amber" }) {
  const colour = tone === "amber" ? "bg-amber-100 text-amber-950" : "bg-slate-100 text-slate-800";
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${colour}`}>{label}</span>;
}
