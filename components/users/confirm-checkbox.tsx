/** The "I am sure" box of a destructive step: required by the action's schema, so the step works without JavaScript. */
export function ConfirmCheckbox({ label, error }: { label: string; error?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-900">
        <input
          type="checkbox"
          name="confirm"
          required
          className="size-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirm-error" : undefined}
        />
        {label}
      </label>
      {error ? (
        <p id="confirm-error" role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
