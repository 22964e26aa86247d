import type { LoanStatus } from "@/lib/empowerment/money/loan-status";

// The status in words; the colour only repeats it.
const STYLE: Record<LoanStatus, string> = {
  CURRENT: "border-green-700 bg-green-50 text-green-900",
  LATE: "border-red-700 bg-red-50 text-red-800",
  PAID_OFF: "border-slate-400 bg-slate-100 text-slate-900",
};

export function LoanStatusBadge({ status, label }: { status: LoanStatus; label: string }) {
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{label}</span>;
}
