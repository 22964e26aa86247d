const STYLE: Record<string, string> = {
  PROSPECTIVE: "bg-sky-100 text-sky-900",
  VERIFIED: "bg-indigo-100 text-indigo-900",
  DEPARTED: "bg-amber-100 text-amber-900",
  RETURNED: "bg-green-100 text-green-900",
  CANCELLED: "bg-slate-200 text-slate-800",
};

/** A placement status as a small label (the text says it; the colour only helps). */
export function StatusBadge({ status, label }: { status: string | null; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${status ? STYLE[status] ?? "" : "text-slate-600"}`}>{label}</span>;
}
