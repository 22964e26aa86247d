/** A checkbox statement ("I am sure…"); required, so the step works without JavaScript too. */
export function ConfirmBox({ id, name, label, error }: { id: string; name: string; label: string; error?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-900">
        <input
          id={id}
          type="checkbox"
          name={name}
          required
          className="size-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
