export function UserStatusBadge({ disabled, label }: { disabled: boolean; label: string }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${disabled ? "bg-slate-200 text-slate-800" : "bg-green-100 text-green-900"}`}
    >
      {label}
    </span>
  );
}
