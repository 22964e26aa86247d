// Status, urgency and due-date badges. Each says its meaning in words: colour only repeats it.
export function CaseStatusBadge({ label }: { label: string }) {
  return <span className="inline-block rounded-full border border-slate-400 bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-900">{label}</span>;
}

export function UrgentBadge({ label }: { label: string }) {
  return <span className="inline-block rounded-full border border-red-700 bg-red-50 px-2 py-0.5 text-sm font-semibold text-red-800">{label}</span>;
}

export function OverdueBadge({ label }: { label: string }) {
  return <span className="inline-block rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">{label}</span>;
}
