const STYLE = { ACTIVE: "bg-green-100 text-green-900", SUSPENDED: "bg-amber-100 text-amber-950", REVOKED: "bg-red-100 text-red-900" } as const;

export function LicenceBadge({ status, label }: { status: keyof typeof STYLE; label: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}>{label}</span>;
}
